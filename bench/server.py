"""A separate process serving the corpus on many loopback ports (one "host" per port), so the
server's CPU never competes with the pipeline's GIL.

It stands for remote news sites, whose CPU is not on the machine a user runs xauto on; here it
shares the same cores with the run being measured, so whatever it spends is taken from the run.
It is therefore as cheap as a server can be in Python: one asyncio event loop for every host,
each response (status line, headers and body) built once before the run and written as one
buffer. The threaded `http.server` it replaces parsed every request's headers with the email
package, formatted each response's headers anew and took a thread per connection: 0.38 to 0.45
ms of CPU a page at N = 1,000 (about a tenth of the run's own process). What it serves is the
same: HTTP/1.1 keep-alive, `Content-Type`, `Content-Length` and `Last-Modified` on every 200,
a 304 (no body) to a feed request whose If-Modified-Since is that Last-Modified, 404 with an
empty body for anything else (robots.txt).
"""

import asyncio
import multiprocessing as mp
from email.utils import formatdate

from bench.corpus import served_index

LAST_MODIFIED = formatdate(1_735_689_600, usegmt=True)
_IMS = b"if-modified-since:"
_NOT_MODIFIED = b"HTTP/1.1 304 Not Modified\r\n\r\n"
_NOT_FOUND = b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"
# A request's head larger than this is refused (the client sends a few hundred bytes).
_MAX_HEAD = 64 << 10


def response(body: bytes, content_type: str) -> bytes:
    """A 200 response, head and body, as one buffer."""
    head = (
        "HTTP/1.1 200 OK\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Last-Modified: {LAST_MODIFIED}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


def feed_body(host: int, port: int, per_host: int) -> bytes:
    """The RSS feed of one host: `per_host` items linking to its pages."""
    base = f"http://127.0.0.1:{port}"
    items = "".join(
        f"<item><title>Page {host}-{i}</title>"
        f"<link>{base}/p/{i}.html</link><guid>{host}-{i}</guid>"
        f"<pubDate>Thu, {1 + i % 28:02d} Feb 2024 08:00:00 GMT</pubDate></item>"
        for i in range(per_host)
    )
    return f'<rss version="2.0"><channel><title>h</title>{items}</channel></rss>'.encode()


class Site:
    """What one host answers, every response built once: `answer(head)` maps a request's head
    (request line and headers, without the blank line) to the bytes to send, and whether the
    connection stays open."""

    def __init__(self, page_responses: list[bytes], host: int, per_host: int) -> None:
        """`page_responses`: a 200 response for each distinct page, in `load_pages` order."""
        self.page_responses = page_responses
        self.host, self.per_host = host, per_host
        self.feed = b""  # set once the port is known (its URL is in every link)

    def set_port(self, port: int) -> None:
        self.feed = response(feed_body(self.host, port, self.per_host), "application/rss+xml")

    def answer(self, head: bytes) -> tuple[bytes, bool]:
        line, _, headers = head.partition(b"\r\n")
        parts = line.split(b" ")
        if len(parts) != 3 or parts[0] != b"GET":
            return _NOT_FOUND, False
        keep = parts[2] == b"HTTP/1.1" and b"connection: close" not in headers.lower()
        path = parts[1].split(b"?", 1)[0]
        if path == b"/feed.xml":
            if self._if_modified_since(headers) == LAST_MODIFIED.encode():
                return _NOT_MODIFIED, keep
            return self.feed, keep
        if path.startswith(b"/p/"):
            number = path[3:].split(b".", 1)[0]
            if number.isdigit():
                index = served_index(
                    len(self.page_responses), self.host, self.per_host, int(number)
                )
                return self.page_responses[index], keep
        return _NOT_FOUND, keep

    @staticmethod
    def _if_modified_since(headers: bytes) -> bytes | None:
        for header in headers.split(b"\r\n"):
            if header[: len(_IMS)].lower() == _IMS:
                return header[len(_IMS) :].strip()
        return None


class _Connection(asyncio.Protocol):
    """One keep-alive connection: requests answered in order, each after `delay` s."""

    def __init__(self, site: Site, delay: float) -> None:
        self.site, self.delay = site, delay
        self.buffer = b""
        self.ready_at = 0.0  # when the last delayed response goes out (keeps them in order)
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:
            head, self.buffer = self.buffer[:end], self.buffer[end + 4 :]
            out, keep = self.site.answer(head)
            if self.delay:
                loop = asyncio.get_running_loop()
                self.ready_at = max(loop.time() + self.delay, self.ready_at)
                loop.call_at(self.ready_at, self._send, out, keep)
            else:
                self._send(out, keep)
        if len(self.buffer) > _MAX_HEAD and self.transport is not None:
            self.transport.close()

    def _send(self, out: bytes, keep: bool) -> None:
        if self.transport is None:
            return
        self.transport.write(out)
        if not keep:
            self.transport.close()


def _serve(
    pages: list[bytes], hosts: int, per_host: int, delay: float, ports: "mp.Queue[list[int]]"
) -> None:
    page_responses = [response(body, "text/html") for body in pages]
    loop = asyncio.new_event_loop()
    sites = [Site(page_responses, h, per_host) for h in range(hosts)]

    async def start() -> list[int]:
        bound = []
        for site in sites:
            server = await loop.create_server(
                lambda site=site: _Connection(site, delay), "127.0.0.1", 0, backlog=128
            )
            port = server.sockets[0].getsockname()[1]
            site.set_port(port)
            bound.append(port)
        return bound

    ports.put(loop.run_until_complete(start()))
    loop.run_forever()  # until the process is terminated


class CorpusServer:
    def __init__(self, pages: list[bytes], hosts: int, per_host: int, delay: float = 0.0) -> None:
        queue: mp.Queue[list[int]] = mp.Queue()
        self.proc = mp.Process(
            target=_serve, args=(pages, hosts, per_host, delay, queue), daemon=True
        )
        self.proc.start()
        self.ports = queue.get(timeout=60)
        self.feed_urls = [f"http://127.0.0.1:{p}/feed.xml" for p in self.ports]

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.join(5)
