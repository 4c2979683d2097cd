"""A polite crawler that fills the landing folder from news sites' listing pages.

For each configured site it fetches the listing pages, follows links that match the site's
article pattern on the same host, and saves each article page as an ``.html`` file in the
landing folder, where ingestion takes over. It respects robots.txt, waits between requests to
one host, retries server errors and time-outs with exponential backoff, sends conditional
requests (ETag / Last-Modified) so unchanged pages cost a 304, and names itself in its user
agent. Its memory of validators is a JSON file written atomically.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
import urllib.robotparser
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

USER_AGENT = "ChisoBot/0.1 (+https://github.com/chiso-project/chiso; indicator warehouse of Vietnamese public-sector news)"


@dataclass(frozen=True)
class Site:
    """A news site: where its listings are and which links on them are articles."""

    name: str
    listing_urls: tuple[str, ...]
    article_pattern: str  # a regular expression matched against absolute URLs


@dataclass(frozen=True)
class CrawlPolicy:
    timeout_seconds: float = 10.0
    min_interval_seconds: float = 1.0  # between two requests to one host
    max_attempts: int = 3
    backoff_seconds: float = 0.5  # doubled after every failed attempt
    max_articles_per_site: int = 200


@dataclass
class FetchResult:
    url: str
    status: int | None  # None when no response came (time-out, refused connection)
    body: bytes | None = None
    final_url: str | None = None
    error: str | None = None
    attempts: int = 1


@dataclass
class CrawlReport:
    saved: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    disallowed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    requests: int = 0


class _LinkParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.links.append(href)


def article_links(listing_html: str, base_url: str, pattern: str) -> list[str]:
    """Absolute links of a listing page that match the article pattern on the same host."""
    parser = _LinkParser()
    parser.feed(listing_html)
    host = urllib.parse.urlsplit(base_url).netloc
    matcher = re.compile(pattern)
    seen: dict[str, None] = {}
    for href in parser.links:
        absolute = urllib.parse.urljoin(base_url, href).split("#", 1)[0]
        if urllib.parse.urlsplit(absolute).netloc == host and matcher.search(absolute):
            seen.setdefault(absolute)
    return list(seen)


def landing_name(url: str) -> str:
    """A stable file name for a URL: host, last path segment, and a hash against collisions."""
    parts = urllib.parse.urlsplit(url)
    stem = re.sub(r"[^A-Za-z0-9-]+", "-", Path(parts.path).stem or "index").strip("-")[:60] or "page"
    digest = hashlib.sha256(url.encode()).hexdigest()[:10]
    return f"{parts.netloc.replace(':', '_')}/{stem}-{digest}.html"


class Crawler:
    def __init__(self, landing_dir: Path, state_file: Path, policy: CrawlPolicy = CrawlPolicy()) -> None:
        self.landing_dir = Path(landing_dir)
        self.state_file = Path(state_file)
        self.policy = policy
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser] = {}
        self._validators: dict[str, dict[str, str]] = (
            json.loads(self.state_file.read_text()) if self.state_file.exists() else {})
        self._opener = urllib.request.build_opener(_NotModifiedIsNotAnError(), _PoliteRedirects(self._wait_for_host))
        self.requests = 0

    # -- politeness ---------------------------------------------------------------------------
    def _wait_for_host(self, url: str) -> None:
        """Sleep until ``min_interval_seconds`` have passed since the last exchange with the host
        ENDED: a slow server gets its pause on top of its own time, never less."""
        host = urllib.parse.urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            wait = self.policy.min_interval_seconds - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
        self._last_request[host] = time.monotonic()

    def _exchange_ended(self, url: str) -> None:
        self._last_request[urllib.parse.urlsplit(url).netloc] = time.monotonic()

    def allowed(self, url: str) -> bool:
        parts = urllib.parse.urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        if root not in self._robots:
            parser = urllib.robotparser.RobotFileParser()
            result = self._get(f"{root}/robots.txt", conditional=False)
            if result.status == 200 and result.body is not None:
                parser.parse(result.body.decode("utf-8", errors="replace").splitlines())
            elif result.status in (401, 403):
                parser.disallow_all = True
            else:  # no robots.txt (404) or unreachable: allowed, as the convention says
                parser.allow_all = True
            self._robots[root] = parser
        return self._robots[root].can_fetch(USER_AGENT, url)

    # -- HTTP ---------------------------------------------------------------------------------
    def _get(self, url: str, conditional: bool = True) -> FetchResult:
        headers = {"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
        validators = self._validators.get(url, {}) if conditional else {}
        if "etag" in validators:
            headers["If-None-Match"] = validators["etag"]
        if "last_modified" in validators:
            headers["If-Modified-Since"] = validators["last_modified"]
        delay = self.policy.backoff_seconds
        last_error = "no attempt"
        for attempt in range(1, self.policy.max_attempts + 1):
            self._wait_for_host(url)
            self.requests += 1
            try:
                request = urllib.request.Request(url, headers=headers)
                with self._opener.open(request, timeout=self.policy.timeout_seconds) as response:
                    body = response.read()
                    if response.status == 200 and conditional:
                        self._remember_validators(url, response.headers)
                    return FetchResult(url, response.status, body, response.geturl(), attempts=attempt)
            except urllib.error.HTTPError as error:
                if error.code < 500 and error.code != 429:
                    return FetchResult(url, error.code, None, error.url, f"HTTP {error.code}", attempt)
                last_error = f"HTTP {error.code}"
                status = error.code
            except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
                reason = getattr(error, "reason", error)
                last_error = f"timed out after {self.policy.timeout_seconds}s" if "timed out" in str(reason) else str(reason)
                status = None
            finally:
                self._exchange_ended(url)
            if attempt < self.policy.max_attempts:
                time.sleep(delay)
                delay *= 2
        return FetchResult(url, status, None, None, last_error, self.policy.max_attempts)

    def _remember_validators(self, url: str, headers) -> None:
        kept = {k: headers[h] for k, h in (("etag", "ETag"), ("last_modified", "Last-Modified")) if headers.get(h)}
        if kept:
            self._validators[url] = kept

    def _save_state(self) -> None:
        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_name(self.state_file.name + ".part")
        tmp.write_text(json.dumps(self._validators, indent=1, sort_keys=True))
        os.replace(tmp, self.state_file)

    def _save_page(self, url: str, body: bytes) -> str:
        name = landing_name(url)
        target = self.landing_dir / name
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        tmp.write_bytes(body)
        os.replace(tmp, target)  # ingestion never sees half a page
        return name

    # -- the crawl ----------------------------------------------------------------------------
    def crawl(self, sites: list[Site]) -> CrawlReport:
        report = CrawlReport()
        self.requests = 0
        try:
            for site in sites:
                self._crawl_site(site, report)
        finally:
            self._save_state()
            report.requests = self.requests
        return report

    def _crawl_site(self, site: Site, report: CrawlReport) -> None:
        links: dict[str, None] = {}
        for listing_url in site.listing_urls:
            if not self.allowed(listing_url):
                report.disallowed.append(listing_url)
                continue
            listing = self._get(listing_url, conditional=False)
            if listing.status != 200 or listing.body is None:
                report.failed.append((listing_url, listing.error or f"HTTP {listing.status}"))
                continue
            base = listing.final_url or listing_url
            for link in article_links(listing.body.decode("utf-8", errors="replace"), base, site.article_pattern):
                links.setdefault(link)
        for url in list(links)[: self.policy.max_articles_per_site]:
            if not self.allowed(url):
                report.disallowed.append(url)
                continue
            result = self._get(url)
            if result.status == 304:
                report.not_modified.append(url)
            elif result.status == 200 and result.body is not None:
                report.saved.append(self._save_page(url, result.body))
            else:
                report.failed.append((url, result.error or f"HTTP {result.status}"))


class _NotModifiedIsNotAnError(urllib.request.BaseHandler):
    """urllib raises on 304; a conditional GET expects it, so turn it into a response."""

    handler_order = 100

    def http_error_304(self, req, fp, code, msg, headers):
        return urllib.request.addinfourl(fp, headers, req.full_url, code)


class _PoliteRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects, but as a new request to the host: after the per-host wait."""

    def __init__(self, wait_for_host: Callable[[str], None]) -> None:
        self._wait_for_host = wait_for_host

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self._wait_for_host(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def load_sites(path: Path) -> list[Site]:
    """Sites from a JSON file: ``[{"name", "listing_urls": [...], "article_pattern"}]``."""
    entries = json.loads(Path(path).read_text(encoding="utf-8"))
    return [Site(e["name"], tuple(e["listing_urls"]), e["article_pattern"]) for e in entries]
