import datetime as dt

import pytest

from pipelines.core.feeds import entry_id, parse_feed

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>t</title><link>http://h/</link><description>d</description>
<item><title>A &amp; B</title><link>http://h/a.html?utm_source=rss</link><guid>g1</guid>
<pubDate>Thu, 25 Apr 2024 08:30:00 +0800</pubDate>
<description>&lt;p&gt;Sum&lt;/p&gt;</description></item>
<item><title>No guid</title><link>/b.html</link></item>
<item><title>Dup</title><link>http://h/c.html</link><guid>g1</guid></item>
<item><title>Nothing to fetch</title></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:f</id><updated>2024-06-01T00:00:00Z</updated>
<entry><title>E</title><id>urn:e1</id><link href="http://h/e.html"/><updated>2024-06-01T10:00:00Z</updated>
<summary>S</summary></entry></feed>"""

GBK_RSS = (
    '<?xml version="1.0" encoding="gbk"?><rss version="2.0"><channel><title>小米</title>'
    "<item><title>小米汽车交付</title><link>http://h/z.html</link><guid>z1</guid></item>"
    "</channel></rss>"
).encode("gbk")


def test_rss_entries_are_normalised() -> None:
    feed = parse_feed(RSS, "http://h/rss.xml")
    assert feed.error is None
    assert [e.guid for e in feed.entries] == ["g1", None]  # duplicate guid and no-link dropped
    first, second = feed.entries
    assert first.title == "A & B"
    assert first.summary == "Sum"
    assert first.canonical_url == "http://h/a.html"
    assert first.published_at == dt.datetime(2024, 4, 25, 0, 30, tzinfo=dt.UTC)
    assert second.link == "http://h/b.html"  # relative link resolved against the feed
    assert second.published_at is None


def test_atom_entry() -> None:
    (entry,) = parse_feed(ATOM, "http://h/atom.xml").entries
    assert (entry.guid, entry.link, entry.summary) == ("urn:e1", "http://h/e.html", "S")
    assert entry.published_at == dt.datetime(2024, 6, 1, 10, tzinfo=dt.UTC)


def test_gbk_feed_decodes() -> None:
    (entry,) = parse_feed(GBK_RSS, "http://h/zh.xml").entries
    assert entry.title == "小米汽车交付"


@pytest.mark.parametrize(
    "data",
    [b"<html><body>502 Bad Gateway</body></html>", b"", b"\x00\x01garbage", b"<rss><chan"],
)
def test_broken_feed_is_an_error(data: bytes) -> None:
    feed = parse_feed(data, "http://h/broken.xml")
    assert feed.entries == ()
    assert feed.error


def test_entry_id_is_stable_and_per_feed() -> None:
    assert entry_id("f1", "g", None) == entry_id("f1", "g", "http://other")
    assert entry_id("f1", "g", None) != entry_id("f2", "g", None)
    assert entry_id("f", None, "http://h/a?utm_source=x") == entry_id("f", None, "http://h/a")


def test_billion_laughs_is_refused_quickly() -> None:
    lol = (
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'.encode()
            for i in range(1, 10)
        )
        + b']><rss version="2.0"><channel><item><title>&lol9;</title><link>http://h/x</link>'
        + b"</item></channel></rss>"
    )
    feed = parse_feed(lol, "http://h/lol.xml")
    assert all(len(e.title or "") < 10_000 for e in feed.entries)


HOSTILE_LINKS = {
    "http://h.example:99999/a.html": "port 99999 out of range",
    f"http://{'a' * 64}.example/b.html": "not a valid domain name",
    "http://[::1/c.html": "IPv6",
    "javascript:alert(1)": "javascript",
}


def test_unusable_links_are_kept_with_their_reason_and_the_feed_lands() -> None:
    """Issue 11: one such link used to raise out of the poll and stop every feed."""
    items = "".join(
        f"<item><title>h{n}</title><link>{link}</link><guid>h{n}</guid></item>"
        for n, link in enumerate(HOSTILE_LINKS)
    )
    items += "<item><title>ok</title><link>http://[::1]:8080/ok.html</link></item>"
    feed = parse_feed(
        f'<rss version="2.0"><channel>{items}</channel></rss>'.encode(), "http://h/rss.xml"
    )
    assert feed.error is None and len(feed.entries) == 5
    by_link = {e.link: e for e in feed.entries}
    for link, reason in HOSTILE_LINKS.items():
        entry = by_link[link]
        assert entry.canonical_url is None and entry.link_error is not None
        assert reason in entry.link_error[1]
    assert by_link["javascript:alert(1)"].link_error[0] == "BlockedScheme"  # type: ignore[index]
    ok = by_link["http://[::1]:8080/ok.html"]
    assert ok.canonical_url == "http://[::1]:8080/ok.html" and ok.link_error is None
