"""Daily partitions of the tables partitioned by publication date (articles, metric_events).

A partition key is a `published_date` value, the folder name `published_date=YYYY-MM-DD`.
Those dates are UTC dates (schemas/tables.py: partitions never shift with a reader's time
zone); the Asia/Shanghai timezone here decides when a day's key appears and when schedules
tick, Beijing time being where the news and the team are. end_offset=1 keeps today's key
available: an article published today (UTC, which is never ahead of Beijing) has a partition.
"""

import dagster as dg

TIMEZONE = "Asia/Shanghai"

daily_partitions = dg.DailyPartitionsDefinition(
    start_date="2024-01-01", timezone=TIMEZONE, end_offset=1
)
