"""A static report from serving.duckdb: SVG charts and one HTML page that links every plotted
figure back to the article and sentence it came from.

It reads only the published snapshot, so it shows exactly what BI users see.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path

from chiso.charts import Bar, TimeSeries, bar_chart, horizontal_grouped_bar_chart, time_series_chart


MAX_LISTED_FINDINGS = 300  # the page lists this many findings; the chart counts them all
GENDER_SHARES = {
    "women_staff_share": "Cán bộ, công chức, viên chức",
    "women_leader_share": "Lãnh đạo, quản lý",
    "women_party_committee_share": "Cấp ủy",
    "women_deputy_share": "Đại biểu dân cử",
}


@dataclass(frozen=True)
class Chart:
    slug: str
    title: str
    image: str  # file name inside the report folder
    figures: list[dict]  # the plotted observations, with their provenance


def _rows(conn, sql: str, params: list | None = None) -> list[dict]:
    cursor = conn.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _finish(svg: str, out_dir: Path, slug: str, title: str, figures: list[dict]) -> Chart:
    """Save a drawn chart as ``<slug>.svg`` and describe it."""
    (out_dir / f"{slug}.svg").write_text(svg, encoding="utf-8")
    return Chart(slug, title, f"{slug}.svg", figures)


def gender_shares_chart(conn, out_dir: Path) -> Chart:
    figures = _rows(conn, f"""
        SELECT indicator_code, coalesce(province_name, 'Không rõ') AS place, value, period,
               article_title, source, url, sentence, organization_name
        FROM marts.mart_indicator_latest
        WHERE indicator_code IN ({', '.join(repr(c) for c in GENDER_SHARES)}) AND area IS NULL
        ORDER BY place, indicator_code""")
    shares: dict[str, dict[str, float]] = {label: {} for label in GENDER_SHARES.values()}
    for f in figures:
        by_place = shares[GENDER_SHARES[f["indicator_code"]]]
        by_place[f["place"]] = max(by_place.get(f["place"], 0), f["value"])
    svg = horizontal_grouped_bar_chart("Tỷ lệ nữ theo tỉnh và cấp (số liệu mới nhất)",
                                       sorted({f["place"] for f in figures}), shares, x_label="% nữ")
    return _finish(svg, out_dir, "gender_shares", "Tỷ lệ nữ theo tỉnh và cấp", figures)


def hi_coverage_chart(conn, out_dir: Path) -> Chart:
    # One point per province, date and kind (the latest report of it), so the chart and its
    # table stay readable however many articles repeat a figure.
    figures = _rows(conn, """
        SELECT place, value, kind, period, period_end, article_title, source, url, sentence
        FROM (
            SELECT coalesce(province_name, 'Không rõ') AS place, value, kind, period, period_end,
                   article_title, source, url, sentence,
                   row_number() OVER (PARTITION BY province_name, period_end, kind
                                      ORDER BY published_at DESC NULLS LAST, observation_id) AS newest
            FROM marts.mart_indicator_observations
            WHERE indicator_code = 'hi_coverage_rate' AND kind IN ('actual', 'target')
              AND period_end IS NOT NULL AND area IS NULL)
        WHERE newest = 1
        ORDER BY place, period_end""")
    points: dict[str, dict[str, list]] = {}
    for f in figures:
        points.setdefault(f["place"], {"actual": [], "target": []})[f["kind"]].append((f["period_end"], f["value"]))
    series = [TimeSeries(place if kinds["actual"] else f"{place} (mục tiêu)", kinds["actual"], kinds["target"])
              for place, kinds in sorted(points.items())]
    svg = time_series_chart("Tỷ lệ bao phủ BHYT theo tỉnh (● thực hiện, × mục tiêu)", series,
                            y_label="% dân số có BHYT")
    return _finish(svg, out_dir, "hi_coverage", "Bao phủ BHYT theo thời gian, so với mục tiêu", figures)


def findings_chart(conn, out_dir: Path) -> Chart:
    reconciliation = _rows(conn, """
        SELECT status, count(*) AS n FROM marts.mart_reconciliation GROUP BY 1 ORDER BY 1""")
    conflicts = conn.execute("SELECT count(*) FROM marts.mart_indicator_conflicts").fetchone()[0]
    figures = _rows(conn, """
        SELECT 'reconciliation: ' || status AS finding, article_title, NULL AS source, NULL AS url,
               count_sentence AS sentence, count_value AS value, stated_share, expected_share
        FROM marts.mart_reconciliation WHERE status <> 'ok'
        UNION ALL
        SELECT 'conflict: ' || indicator_code, article_title_a || ' ↔ ' || article_title_b, NULL, NULL,
               sentence_a || ' ↔ ' || sentence_b, value_a, value_b, NULL
        FROM marts.mart_indicator_conflicts
        LIMIT ?""", [MAX_LISTED_FINDINGS])
    labels = [f"đối chiếu: {r['status']}" for r in reconciliation] + ["mâu thuẫn giữa bài"]
    values = [r["n"] for r in reconciliation] + [conflicts]
    bars = [Bar(label, value, "#4c9f70" if "ok" in label else "#d1495b") for label, value in zip(labels, values)]
    svg = bar_chart("Kiểm tra đối chiếu và mâu thuẫn số liệu", bars, y_label="số trường hợp")
    return _finish(svg, out_dir, "findings", "Đối chiếu và mâu thuẫn", figures)


def _figure_table(chart: Chart) -> str:
    if not chart.figures:
        return "<p>Chưa có số liệu.</p>"
    columns = [c for c in chart.figures[0] if c not in ("url",)]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for figure in chart.figures:
        cells = []
        for column in columns:
            value = "" if figure[column] is None else str(figure[column])
            if column == "article_title" and figure.get("url"):
                cells.append(f'<td><a href="{html.escape(figure["url"])}">{html.escape(value)}</a></td>')
            else:
                cells.append(f"<td>{html.escape(value)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def is_current(out_dir: Path, serving_db: Path) -> bool:
    """True when the report in ``out_dir`` was rendered after ``serving_db`` was last published
    (a report that failed, or was deleted, is not)."""
    page, serving_db = Path(out_dir) / "index.html", Path(serving_db)
    return page.exists() and serving_db.exists() and page.stat().st_mtime_ns >= serving_db.stat().st_mtime_ns


def render_report(serving_db: Path, out_dir: Path) -> tuple[Path, list[Chart]]:
    """Write the charts and index.html into ``out_dir`` (replaced as a whole); return the page."""
    out_dir = Path(out_dir)
    building = out_dir.with_name(out_dir.name + ".building")
    building.mkdir(parents=True, exist_ok=True)
    import duckdb

    with duckdb.connect(str(serving_db), read_only=True) as conn:
        charts = [gender_shares_chart(conn, building), hi_coverage_chart(conn, building),
                  findings_chart(conn, building)]
        observations = conn.execute("SELECT count(*) FROM marts.fct_indicator_observation").fetchone()[0]
    sections = "".join(
        f'<section id="{c.slug}"><h2>{html.escape(c.title)}</h2>'
        f'<img src="{c.image}" alt="{html.escape(c.title)}">'
        f"<details open><summary>Số liệu và nguồn ({len(c.figures)})</summary>{_figure_table(c)}</details></section>"
        for c in charts)
    page = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Chỉ số — báo cáo</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}}img{{max-width:100%;border:1px solid #ddd}}
table{{border-collapse:collapse;font-size:12px}}td,th{{border:1px solid #ccc;padding:2px 6px;vertical-align:top}}</style>
</head><body><h1>Chỉ số — báo cáo chỉ tiêu</h1>
<p>{observations} quan sát đã qua kiểm tra, từ <code>{html.escape(Path(serving_db).name)}</code>.</p>
{sections}
<script>/* lets a headless browser (and the tests) tell that every chart actually rendered */
window.addEventListener("load", () => {{
  const images = [...document.images];
  document.body.dataset.chartsRendered = images.filter(i => i.complete && i.naturalWidth > 0).length + "/" + images.length;
}});</script></body></html>"""
    (building / "index.html").write_text(page, encoding="utf-8")
    old = out_dir.with_name(out_dir.name + ".old")
    if out_dir.exists():
        os.replace(out_dir, old)
    os.replace(building, out_dir)
    if old.exists():
        import shutil

        shutil.rmtree(old)
    return out_dir / "index.html", charts
