"""A separate process serving the corpus on many loopback ports (one "host" per port), so the
server's CPU never competes with the pipeline's GIL."""

import multiprocessing as mp
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from bench.corpus import served_page

LAST_MODIFIED = formatdate(1_735_689_600, usegmt=True)


def _serve(
    pages: list[bytes], hosts: int, per_host: int, delay: float, ports: "mp.Queue[list[int]]"
) -> None:
    servers = []
    for h in range(hosts):

        class Handler(BaseHTTPRequestHandler):
            host_index = h
            # Keep-alive, as news sites serve: the client reuses its connections per host.
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if delay:
                    time.sleep(delay)
                path = self.path.split("?", 1)[0]
                if path == "/feed.xml":
                    if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                        self.send_response(304)
                        self.end_headers()
                        return
                    base = f"http://127.0.0.1:{self.server.server_address[1]}"
                    items = "".join(
                        f"<item><title>Page {self.host_index}-{i}</title>"
                        f"<link>{base}/p/{i}.html</link><guid>{self.host_index}-{i}</guid>"
                        f"<pubDate>Thu, {1 + i % 28:02d} Feb 2024 08:00:00 GMT</pubDate></item>"
                        for i in range(per_host)
                    )
                    body = f'<rss version="2.0"><channel><title>h</title>{items}</channel></rss>'
                    self._send(body.encode(), "application/rss+xml")
                elif path.startswith("/p/"):
                    i = int(path[3:].split(".")[0])
                    self._send(served_page(pages, self.host_index, per_host, i), "text/html")
                else:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()

            def _send(self, body: bytes, ctype: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Last-Modified", LAST_MODIFIED)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        httpd.daemon_threads = True
        httpd.request_queue_size = 128
        # The poll interval only bounds how fast shutdown() is noticed (never called: the
        # process is terminated); at 0.05 s the 20 hosts' threads woke 400 times a second,
        # 1 % of a core taken from the run being measured.
        threading.Thread(target=httpd.serve_forever, args=(1.0,), daemon=True).start()
        servers.append(httpd)
    ports.put([s.server_address[1] for s in servers])
    while True:
        time.sleep(3600)


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
