"""A small news site of our own for the Dagster tests, served by the real SampleSite server.

Our own rather than the bundled one, so the tests know its dates (a week of April 2024) and
can add an entry to a feed. It keeps the bundled site's traps: a broken feed, a page that
answers 500, one link in two feeds.
"""

import shutil
from pathlib import Path

import yaml

from orchestration.resources import XautoResource
from pipelines.sample_site.server import SampleSite

FEED_NAMES = ("rss.xml", "zh.xml", "broken.xml")

PAGES = {
    "su7-orders": (
        "2024-04-01T08:00:00Z",
        "Xiaomi SU7 passes 75,723 locked orders",
        "Xiaomi said on Monday that the SU7 had collected more than 75,723 locked orders as of "
        "March 31, a figure that surprised analysts who had expected a slower start for the "
        "company's first electric sedan. The company also plans to deliver 100,000 vehicles "
        "this year, it said in a statement, adding that the factory in Beijing is running two "
        "shifts to keep up with demand from buyers across the country.",
    ),
    "su7-deliveries": (
        "2024-04-02T09:30:00Z",
        "Xiaomi starts SU7 deliveries",
        "Xiaomi began delivering the SU7 to customers in 29 cities, the company said, after "
        "the first batch of cars left the Beijing factory. Lei Jun told reporters that the "
        "company plans to deliver 100,000 vehicles this year and that the order book was "
        "still growing every week, with many buyers coming from other brands.",
    ),
    "factory": (
        "2024-04-05T06:00:00Z",
        "Inside Xiaomi's Beijing car factory",
        "The Beijing factory where Xiaomi builds the SU7 uses large die-casting machines for "
        "the rear body of the car. Workers on the line said the plant was adding a second "
        "shift, and suppliers said they were preparing for higher volumes in the summer, "
        "when the company expects demand to pick up again across its markets.",
    ),
    "zh-orders": (
        "2024-04-03T02:00:00Z",
        "小米SU7锁单量公布",
        "小米汽车宣布，截至3月31日，小米SU7的锁单量已经超过75,723台。公司表示，北京工厂正在"
        "加紧生产，计划今年交付100,000辆汽车。分析人士认为，这一成绩超出了市场此前的预期，"
        "小米汽车的表现值得关注。",
    ),
}


def _page(title: str, published: str, text: str) -> str:
    paragraphs = "".join(f"<p>{s.strip()}.</p>" for s in text.split(". ") if s.strip())
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return (
        f'<html lang="{lang}"><head><title>{title}</title>'
        f'<meta property="article:published_time" content="{published}"></head>'
        f'<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>{paragraphs}'
        "</article><footer>Share this article</footer></body></html>"
    )


def _item(guid: str, title: str, link: str, published: str) -> str:
    return (
        f"<item><title>{title}</title><link>{{{{BASE_URL}}}}/{link}</link>"
        f'<guid isPermaLink="false">{guid}</guid><pubDate>{published}</pubDate></item>'
    )


def _rss(items: list[str]) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
        "<link>{{BASE_URL}}/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    )


RSS_ITEMS = [
    _item(
        "en-1", "SU7 orders", "news/su7-orders.html?utm_source=rss", "Mon, 01 Apr 2024 08:00:00 GMT"
    ),
    _item("en-2", "SU7 deliveries", "news/su7-deliveries.html", "Tue, 02 Apr 2024 09:30:00 GMT"),
    _item("en-3", "Factory", "news/factory.html", "Fri, 05 Apr 2024 06:00:00 GMT"),
    _item("en-4", "Gone", "fail/gone.html", "Fri, 05 Apr 2024 07:00:00 GMT"),
]
ZH_ITEMS = [
    _item("zh-1", "锁单", "news/zh-orders.html", "Wed, 03 Apr 2024 02:00:00 GMT"),
    _item("zh-2", "SU7 orders", "news/su7-orders.html", "Mon, 01 Apr 2024 08:00:00 GMT"),
]


def write_site(root: Path) -> Path:
    (root / "feeds").mkdir(parents=True, exist_ok=True)
    (root / "news").mkdir(exist_ok=True)
    for name, (published, title, text) in PAGES.items():
        (root / "news" / f"{name}.html").write_text(_page(title, published, text), "utf-8")
    (root / "feeds" / "rss.xml").write_text(_rss(RSS_ITEMS), "utf-8")
    (root / "feeds" / "zh.xml").write_text(_rss(ZH_ITEMS), "utf-8")
    (root / "feeds" / "broken.xml").write_text("<html><body>Bad Gateway", "utf-8")
    return root


def add_article(site_root: Path, slug: str, published: str, title: str, text: str) -> None:
    """Publish a new page and list it first in the English feed (a new entry)."""
    (site_root / "news" / f"{slug}.html").write_text(_page(title, published, text), "utf-8")
    item = _item(f"en-{slug}", title, f"news/{slug}.html", "Sat, 06 Apr 2024 08:00:00 GMT")
    (site_root / "feeds" / "rss.xml").write_text(_rss([item, *RSS_ITEMS]), "utf-8")


class Site:
    """Our site, copied to `root` and served on an ephemeral loopback port."""

    def __init__(self, root: Path) -> None:
        self.root = write_site(root)
        self.server = SampleSite(0, self.root).start()
        self.feed_urls = [f"{self.server.base_url}/feeds/{n}" for n in FEED_NAMES]

    def stop(self) -> None:
        self.server.stop()


def write_config(path: Path, feed_urls: list[str], storage: Path) -> Path:
    config = {
        "feeds": feed_urls,
        "storage": str(storage),
        # Loopback is refused unless allowed; no retries: the 500 page fails at once.
        "http": {"allow_private": True, "retries": 0},
    }
    path.write_text(yaml.safe_dump(config), "utf-8")
    return path


def resource(config: Path, storage: Path | None = None) -> XautoResource:
    return XautoResource(config_path=str(config), storage_root=str(storage) if storage else None)


def copy_storage(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("writer.lock"))
    return dst
