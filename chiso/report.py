"""A static report from serving.duckdb: PNG charts and one HTML page that links every plotted
figure back to the article and sentence it came from.

It reads only the published snapshot, so it shows exactly what BI users see.
"""

from __future__ import annotations

import html
import os
from dataclasses import dataclass
from pathlib import Path


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
    png: str  # file name inside the report folder
    figures: list[dict]  # the plotted observations, with their provenance


def _rows(conn, sql: str, params: list | None = None) -> list[dict]:
    cursor = conn.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _plt():
    import matplotlib

    matplotlib.use("Agg")  # files only, never a window
    import matplotlib.pyplot as plt

    return plt


def _finish(fig, out_dir: Path, slug: str, title: str, figures: list[dict]) -> Chart:
    """Save a drawn figure as ``<slug>.png`` and describe it."""
    fig.tight_layout()
    fig.savefig(out_dir / f"{slug}.png", dpi=110)
    _plt().close(fig)
    return Chart(slug, title, f"{slug}.png", figures)


def gender_shares_chart(conn, out_dir: Path) -> Chart:
    figures = _rows(conn, f"""
        SELECT indicator_code, coalesce(province_name, 'Không rõ') AS place, value, period,
               article_title, source, url, sentence, organization_name
        FROM marts.mart_indicator_latest
        WHERE indicator_code IN ({', '.join(repr(c) for c in GENDER_SHARES)}) AND area IS NULL
        ORDER BY place, indicator_code""")
    plt = _plt()
    places = sorted({f["place"] for f in figures}) or ["(chưa có số liệu)"]
    fig, ax = plt.subplots(figsize=(10, max(3.0, 0.45 * len(places) + 1.5)))
    height = 0.8 / len(GENDER_SHARES)
    for i, (code, label) in enumerate(GENDER_SHARES.items()):
        by_place = {}
        for f in figures:
            if f["indicator_code"] == code:
                by_place[f["place"]] = max(by_place.get(f["place"], 0), f["value"])
        ys = [p + i * height for p in range(len(places))]
        ax.barh(ys, [by_place.get(p, 0) for p in places], height=height, label=label)
    ax.set_yticks([p + 0.4 - height / 2 for p in range(len(places))], places)
    ax.set_xlim(0, 100)
    ax.set_xlabel("% nữ")
    ax.set_title("Tỷ lệ nữ theo tỉnh và cấp (số liệu mới nhất)")
    ax.legend(loc="lower right", fontsize=8)
    return _finish(fig, out_dir, "gender_shares", "Tỷ lệ nữ theo tỉnh và cấp", figures)


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
    plt = _plt()
    fig, ax = plt.subplots(figsize=(10, 5))
    places = sorted({f["place"] for f in figures})
    for place in places:
        actual = [(f["period_end"], f["value"]) for f in figures if f["place"] == place and f["kind"] == "actual"]
        target = [(f["period_end"], f["value"]) for f in figures if f["place"] == place and f["kind"] == "target"]
        line = None
        if actual:
            (line,) = ax.plot(*zip(*actual), marker="o", label=place)
        if target:
            ax.scatter(*zip(*target), marker="x", s=60, color=line.get_color() if line else None,
                       label=None if line else f"{place} (mục tiêu)")
    ax.set_ylabel("% dân số có BHYT")
    ax.set_title("Tỷ lệ bao phủ BHYT theo tỉnh (● thực hiện, × mục tiêu)")
    if places:
        ax.legend(fontsize=7, ncol=2)
    fig.autofmt_xdate()
    return _finish(fig, out_dir, "hi_coverage", "Bao phủ BHYT theo thời gian, so với mục tiêu", figures)


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
    plt = _plt()
    labels = [f"đối chiếu: {r['status']}" for r in reconciliation] + ["mâu thuẫn giữa bài"]
    values = [r["n"] for r in reconciliation] + [conflicts]
    fig, ax = plt.subplots(figsize=(8, 3.5))
    ax.bar(labels, values, color=["#4c9f70" if "ok" in lab else "#d1495b" for lab in labels])
    ax.set_title("Kiểm tra đối chiếu và mâu thuẫn số liệu")
    ax.set_ylabel("số trường hợp")
    return _finish(fig, out_dir, "findings", "Đối chiếu và mâu thuẫn", figures)


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
        f'<img src="{c.png}" alt="{html.escape(c.title)}">'
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
