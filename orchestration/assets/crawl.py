"""Crawl (off unless configured): news sites' article pages into the landing folder."""

from pathlib import Path

import dagster as dg

from chiso.crawler import Crawler, CrawlPolicy, load_sites
from orchestration.resources import LandingFolder, Warehouse


class NewsSites(dg.ConfigurableResource):
    """The sites to crawl: a JSON file (``CHISO_CRAWL_SITES``); empty means the crawler is off."""

    sites_file: str = ""
    min_interval_seconds: float = 2.0
    timeout_seconds: float = 15.0


@dg.asset(
    group_name="ingest",
    kinds={"python"},
    description="Listing and article pages of the configured news sites, saved as HTML into the "
    "landing folder (robots.txt, per-host rate limit, retries with backoff, conditional GET). "
    "The landing-folder sensor then loads them. Off unless CHISO_CRAWL_SITES names a sites file.",
)
def crawled_pages(context: dg.AssetExecutionContext, news_sites: NewsSites, landing: LandingFolder,
                  warehouse_db: Warehouse) -> dg.MaterializeResult:
    if not news_sites.sites_file:
        context.log.info("no sites configured (CHISO_CRAWL_SITES is empty): nothing to crawl")
        return dg.MaterializeResult(metadata={"enabled": False, "pages_saved": 0})
    policy = CrawlPolicy(timeout_seconds=news_sites.timeout_seconds,
                         min_interval_seconds=news_sites.min_interval_seconds)
    crawler = Crawler(landing.root, warehouse_db.root / "crawl_state.json", policy)
    report = crawler.crawl(load_sites(Path(news_sites.sites_file)))
    for url, error in report.failed:
        context.log.warning(f"could not fetch {url}: {error}")
    return dg.MaterializeResult(metadata={
        "enabled": True, "requests": report.requests, "pages_saved": len(report.saved),
        "not_modified": len(report.not_modified), "disallowed_by_robots": len(report.disallowed),
        "failed": len(report.failed)})
