"""The crawler against a real HTTP server on 127.0.0.1 serving fixture pages."""

from __future__ import annotations

import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from chiso.crawler import USER_AGENT, Crawler, CrawlPolicy, Site

ARTICLE = ("<html><head><title>{title}</title></head><body><nav>Trang chủ | Tin tức</nav><article><h1>{title}</h1>"
           "<p>Tính đến ngày 30/6/2024, toàn tỉnh có 520.123 người tham gia BHYT, đạt 94,1% dân số.</p></article>"
           "<footer>Lượt truy cập: 1.234.567</footer></body></html>")
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)


class FixtureSite(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}
    log: list[tuple[float, str, str]] = []

    def log_message(self, *args):  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes = b"", headers: dict | None = None) -> None:
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except BrokenPipeError:  # the crawler gave up waiting: that is the point of the slow page
            pass

    def do_GET(self):  # noqa: N802 - the http.server API
        path = self.path
        FixtureSite.hits[path] = FixtureSite.hits.get(path, 0) + 1
        FixtureSite.log.append((time.monotonic(), path, self.headers.get("User-Agent", "")))
        page = lambda title: ARTICLE.format(title=title).encode()  # noqa: E731
        if path == "/robots.txt":
            self._send(200, b"User-agent: *\nDisallow: /bai/rieng-tu\n")
        elif path == "/tin-tuc":
            links = ["/bai/etag.html", "/bai/last-modified.html", "/bai/cham.html", "/bai/loi.html", "/bai/chap-chon.html",
                     "/bai/chuyen-huong.html", "/bai/rieng-tu.html", "/gioi-thieu", "http://other.example/bai/x.html"]
            self._send(200, "".join(f'<a href="{link}">tin</a>' for link in links).encode())
        elif path == "/bai/etag.html":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304, headers={"ETag": '"v1"'})
            else:
                self._send(200, page("Tin ETag"), {"ETag": '"v1"', "Content-Type": "text/html; charset=utf-8"})
        elif path == "/bai/last-modified.html":
            if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                self._send(304)
            else:
                self._send(200, page("Tin Last-Modified"), {"Last-Modified": LAST_MODIFIED})
        elif path == "/bai/cham.html":
            time.sleep(1.5)  # past the crawler's time-out
            self._send(200, page("Tin chậm"))
        elif path == "/bai/loi.html":
            self._send(500, b"Internal Server Error")
        elif path == "/bai/chap-chon.html":  # fails once, then works: a retry recovers it
            self._send(503 if FixtureSite.hits[path] == 1 else 200, page("Tin chập chờn"))
        elif path == "/bai/chuyen-huong.html":
            self._send(301, headers={"Location": "/bai/dich.html"})
        elif path == "/bai/dich.html":
            self._send(200, page("Tin sau chuyển hướng"))
        else:
            self._send(404, b"not found")


@pytest.fixture
def site_url():
    FixtureSite.hits, FixtureSite.log = {}, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FixtureSite)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


POLICY = CrawlPolicy(timeout_seconds=0.5, min_interval_seconds=0.05, max_attempts=3, backoff_seconds=0.05)


def test_crawl_saves_articles_and_handles_errors_politely(site_url, tmp_path):
    site = Site("fixture", (f"{site_url}/tin-tuc",), r"/bai/")
    crawler = Crawler(tmp_path / "landing", tmp_path / "crawl_state.json", POLICY)
    report = crawler.crawl([site])

    saved_titles = sorted(p.read_text(encoding="utf-8").split("<title>")[1].split("<")[0]
                          for p in (tmp_path / "landing").rglob("*.html"))
    assert saved_titles == ["Tin ETag", "Tin Last-Modified", "Tin chập chờn", "Tin sau chuyển hướng"]
    failed = dict(report.failed)
    assert failed[f"{site_url}/bai/loi.html"] == "HTTP 500"
    assert "timed out" in failed[f"{site_url}/bai/cham.html"]
    assert FixtureSite.hits["/bai/loi.html"] == 3  # retried with backoff, then given up
    assert report.disallowed == [f"{site_url}/bai/rieng-tu.html"]
    assert "/bai/rieng-tu.html" not in FixtureSite.hits  # robots.txt is obeyed before any request
    assert "/gioi-thieu" not in FixtureSite.hits and not any("other.example" in p for p in FixtureSite.hits)
    assert {agent for _, _, agent in FixtureSite.log} == {USER_AGENT}
    starts = [t for t, _, _ in FixtureSite.log]
    assert min(b - a for a, b in zip(starts, starts[1:])) >= POLICY.min_interval_seconds * 0.9


def test_second_crawl_uses_conditional_requests(site_url, tmp_path):
    site = Site("fixture", (f"{site_url}/tin-tuc",), r"/bai/(etag|last-modified)")
    Crawler(tmp_path / "landing", tmp_path / "state.json", POLICY).crawl([site])
    report = Crawler(tmp_path / "landing", tmp_path / "state.json", POLICY).crawl([site])
    assert sorted(report.not_modified) == [f"{site_url}/bai/etag.html", f"{site_url}/bai/last-modified.html"]
    assert report.saved == []


def test_crawled_pages_are_ingested_as_articles(site_url, tmp_path):
    from chiso.documents import read_articles

    Crawler(tmp_path / "landing", tmp_path / "state.json", POLICY).crawl(
        [Site("fixture", (f"{site_url}/tin-tuc",), r"/bai/etag")])
    [page] = list((tmp_path / "landing").rglob("*.html"))
    [article] = read_articles(page)
    assert "520.123 người tham gia BHYT" in article.text and "Lượt truy cập" not in article.text
