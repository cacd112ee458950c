"""The metric families, their units and plausible bounds, and the size limits of a run.

Apart because every other part of the extractor reads them and they read nothing: the bottom
layer, imported by the modules that choose a metric, a unit, a period or a subject.
"""

from __future__ import annotations

from pipelines.core.metrics import scan

# Bounds that keep extraction linear in the text whatever it holds (issue 11: a page of
# repeated figures or of digits must not stop a run). No news sentence is longer than this, nor
# states more figures; an article with more events than this is a data table, not news.
MAX_SENTENCE_CHARS = 400
MAX_NUMBERS_PER_SENTENCE = 12
MAX_EVENTS_PER_ARTICLE = 400

MONEY_UNITS = (
    "CNY",
    "USD",
    "EUR",
    "HKD",
    "GBP",
    "JPY",
    "KRW",
    "BRL",
    "IDR",
    "VND",
    "TRY",
    "PLN",
    "RUB",
)
# Rough yuan per unit, only to hold money figures of any currency to the same bounds.
CNY_PER = {
    "CNY": 1.0, "USD": 7.0, "EUR": 8.0, "HKD": 0.9, "GBP": 9.0, "JPY": 0.05, "KRW": 0.005,
    "BRL": 1.3, "IDR": 0.00045, "VND": 0.00028, "TRY": 0.2, "PLN": 1.8, "RUB": 0.08,
}  # fmt: skip
MONEY_METRICS = {"price", "investment", "rd_spend", "revenue", "net_loss"}
COUNT_METRICS = {
    "orders", "locked_orders", "reservations", "deliveries", "delivery_target", "production",
    "production_capacity",
}  # fmt: skip
MODEL_METRICS = {"orders", "locked_orders", "reservations", "buyer_share", "price"}
GROUP_METRICS = {"rd_spend", "headcount"}
BUSINESS_METRICS = {
    "headcount",
    "investment",
    "rd_spend",
    "revenue",
    "net_loss",
    "production_capacity",
}
DEFAULT_UNIT = {
    "orders": "orders", "locked_orders": "orders", "reservations": "orders",
    "deliveries": "vehicles", "delivery_target": "vehicles", "production": "vehicles",
    "production_capacity": "vehicles", "headcount": "people", "buyer_share": "percent",
    "test_mileage": "km",
}  # fmt: skip
# Orders of magnitude outside which a value is a misreading, not news.
BOUNDS = {
    "price": (10_000, 5_000_000),
    "buyer_share": (0.1, 100),
    "headcount": (10, 500_000),
    "orders": (100, 5_000_000),
    "locked_orders": (100, 5_000_000),
    "reservations": (100, 5_000_000),
    "deliveries": (100, 10_000_000),
    "delivery_target": (1_000, 10_000_000),
    "production": (100, 10_000_000),
    "production_capacity": (1_000, 10_000_000),
    "investment": (1e6, 1e13),
    "rd_spend": (1e6, 1e13),
    "revenue": (1e6, 1e13),
    "net_loss": (1e5, 1e13),
    "test_mileage": (1_000, 1e10),
}


_ORDER_METRICS = frozenset(("orders", "locked_orders", "reservations"))


scan.speed_up(globals())
