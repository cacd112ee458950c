"""A real HTTP server for the sample site on 127.0.0.1, with ETag and Last-Modified.

Feeds and pages hold `{{BASE_URL}}`, replaced by this server's own address when served, so the
sample works on any port. Every path under /fail/ answers 500, to exercise the error path.
"""

import email.utils
import errno
import hashlib
import mimetypes
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SITE = Path(__file__).resolve().parent / "site"
FEEDS = (
    "feeds/rss.xml",
    "feeds/atom.xml",
    "feeds/zh.xml",
    "feeds/broken.xml",
    "feeds/facts.xml",  # one figure restated, rounded and revised (facts table tests)
    "feeds/world.xml",  # French, Spanish and Japanese coverage (issue 14)
)
DEFAULT_PORT = 8765  # fixed for `make run`: entry ids include the feed URL, so the port stays
# A fixed date: the content changes only with the repository, and ETag covers that.
LAST_MODIFIED = email.utils.formatdate(1_735_689_600, usegmt=True)  # 2025-01-01
TYPES = {".xml": "application/rss+xml; charset=utf-8", ".html": "text/html; charset=utf-8"}


class _Handler(BaseHTTPRequestHandler):
    server_version = "xauto-sample/1.0"
    site: Path = SITE
    base_url = ""

    def log_message(self, format: str, *args: object) -> None:  # quiet: tests run many
        pass

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0].split("#", 1)[0].lstrip("/")
        if path.startswith("fail/"):
            self._send(500, b"<h1>500 Internal Server Error</h1>", "text/html")
            return
        file = (self.site / path).resolve()
        if not file.is_file() or self.site not in file.parents:
            self._send(404, b"<h1>404 Not Found</h1>", "text/html")
            return
        body = file.read_bytes().replace(b"{{BASE_URL}}", self.base_url.encode())
        etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
        if self.headers.get("If-None-Match") == etag or (
            not self.headers.get("If-None-Match")
            and self.headers.get("If-Modified-Since") == LAST_MODIFIED
        ):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            return
        ctype = TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "text/plain"
        if path.startswith("feeds/atom"):
            ctype = "application/atom+xml; charset=utf-8"
        self._send(200, body, ctype, {"ETag": etag, "Last-Modified": LAST_MODIFIED})

    def _send(
        self, status: int, body: bytes, ctype: str, headers: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)


class PortInUse(OSError):
    """The sample site's port is taken; the message says which and how to choose another."""


class SampleSite:
    """The running server: `base_url` and the feed URLs a config should poll."""

    def __init__(self, port: int = 0, site: Path = SITE) -> None:
        handler = type("Handler", (_Handler,), {"site": site.resolve()})
        try:
            self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        except OSError as exc:
            if exc.errno != errno.EADDRINUSE:
                raise
            raise PortInUse(
                f"port {port} on 127.0.0.1 is already in use (another xauto run or sample-site?); "
                "serve the sample on another port with XAUTO_SAMPLE_PORT=PORT (or "
                "`xauto sample-site --port PORT`). Entries are keyed by feed URL, so a new port "
                "ingests the sample again as new entries."
            ) from exc
        self.httpd.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        handler.base_url = self.base_url
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    @property
    def feed_urls(self) -> list[str]:
        return [f"{self.base_url}/{f}" for f in FEEDS]

    def start(self) -> "SampleSite":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@contextmanager
def serve(port: int = 0) -> Iterator[SampleSite]:
    site = SampleSite(port).start()
    try:
        yield site
    finally:
        site.stop()
