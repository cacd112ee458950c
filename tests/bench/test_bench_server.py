"""The bench's loopback server answers as the pipeline needs: the same bodies as the bare loop
times, the headers the fetcher reads, keep-alive, 304 to a feed's If-Modified-Since, 404 else;
and `bench.stack_cpu`'s labels. The server's precomputed responses must never change what a
run fetches, or the bench would measure other pages than the bare loop."""

import http.client
import time

import feedparser
import pytest

from bench.corpus import served_page
from bench.server import LAST_MODIFIED, CorpusServer, Site, response
from bench.stack_cpu import frame_label, summary, thread_group

PAGES = [f"<html><body><p>page {i}</p></body></html>".encode() for i in range(7)]


@pytest.fixture(scope="module")
def server():
    s = CorpusServer(PAGES, hosts=3, per_host=4)
    yield s
    s.stop()


def test_pages_feed_and_headers_over_one_kept_alive_connection(server):
    port = server.ports[1]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    for i in range(6):  # beyond per_host too, as the old server allowed
        conn.request("GET", f"/p/{i}.html?x=1")
        resp = conn.getresponse()
        body = resp.read()
        assert resp.status == 200
        assert body == served_page(PAGES, 1, 4, i)
        assert resp.getheader("Content-Type") == "text/html"
        assert resp.getheader("Content-Length") == str(len(body))
        assert resp.getheader("Last-Modified") == LAST_MODIFIED
    sock = conn.sock
    conn.request("GET", "/feed.xml")
    resp = conn.getresponse()
    feed = feedparser.parse(resp.read())
    assert conn.sock is sock  # the same connection throughout: keep-alive
    assert resp.getheader("Content-Type") == "application/rss+xml"
    links = [e.link for e in feed.entries]
    assert links == [f"http://127.0.0.1:{port}/p/{i}.html" for i in range(4)]
    assert [e.id for e in feed.entries] == [f"1-{i}" for i in range(4)]
    conn.request("GET", "/feed.xml", headers={"If-Modified-Since": LAST_MODIFIED})
    resp = conn.getresponse()
    assert resp.status == 304 and resp.read() == b""
    conn.request("GET", "/feed.xml", headers={"if-modified-since": "Mon, 01 Jan 2024 00:00:00 GMT"})
    assert conn.getresponse().read().startswith(b"<rss")
    conn.request("GET", "/robots.txt")
    resp = conn.getresponse()
    assert resp.status == 404 and resp.read() == b""
    conn.close()


def test_connection_close_is_honoured(server):
    conn = http.client.HTTPConnection("127.0.0.1", server.ports[0], timeout=10)
    conn.request("GET", "/p/0.html", headers={"Connection": "close"})
    resp = conn.getresponse()
    assert resp.read() == served_page(PAGES, 0, 4, 0)
    assert conn.sock is not None
    conn.sock.settimeout(5)
    assert conn.sock.recv(1) == b""  # the server closed its end
    conn.close()


def test_delay_holds_each_response():
    s = CorpusServer(PAGES, hosts=1, per_host=2, delay=0.2)
    try:
        conn = http.client.HTTPConnection("127.0.0.1", s.ports[0], timeout=10)
        started = time.monotonic()
        conn.request("GET", "/p/1.html")
        assert conn.getresponse().read() == served_page(PAGES, 0, 2, 1)
        assert time.monotonic() - started >= 0.19
    finally:
        s.stop()


def test_site_answers_from_the_request_head():
    site = Site([response(p, "text/html") for p in PAGES], host=2, per_host=3)
    site.set_port(8080)
    out, keep = site.answer(b"GET /p/2.html HTTP/1.1\r\nHost: x")
    assert out.endswith(served_page(PAGES, 2, 3, 2)) and keep
    assert site.answer(b"GET /p/x.html HTTP/1.1")[0].startswith(b"HTTP/1.1 404")
    assert site.answer(b"POST /feed.xml HTTP/1.1") == (site.answer(b"BAD")[0], False)
    assert not site.answer(b"GET /feed.xml HTTP/1.0")[1]
    assert b"http://127.0.0.1:8080/p/0.html" in site.answer(b"GET /feed.xml HTTP/1.1")[0]


def test_stack_labels_and_summary():
    assert thread_group("ThreadPoolExecutor-3_7") == "ThreadPoolExecutor"
    assert thread_group("xauto-stage_2") == "xauto-stage"
    assert thread_group("Thread-13 (run)") == "Thread"
    assert thread_group("MainThread") == "MainThread"
    assert (
        frame_label("/srv/xauto/.venv/lib/python3.11/site-packages/feedparser/api.py", "parse")
        == "feedparser/api.py:parse"
    )
    assert (
        frame_label("/srv/xauto/pipelines/workers.py", "collect", repo="/srv/xauto/")
        == "pipelines/workers.py:collect"
    )
    text = summary({("MainThread", "a", "b"): 3_000_000_000, ("T", "a"): 1_000_000_000})
    assert "sampled CPU 4.00 s" in text
    inclusive = text.split("inclusive")[1].split("self")[0]
    assert "4.000 s 100.0 %  a" in inclusive and "3.000 s  75.0 %  b" in inclusive
