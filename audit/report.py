"""The personal report, as self-contained HTML (pure Python; the PDF is made from it in desktop/).

It says when the audit ran, which archives and date ranges it covered, what
could not be checked, counts by category and status, what a newer archive
proved, and (unless left out) every finding with its status. All text from
the archive is escaped: an archive is untrusted input, and the HTML may be
opened in a browser. Nothing is sent anywhere; the caller writes the file
where the user chose.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from audit import __version__
from audit.checklist import PLATFORM_ORDER, progress, reason_text, verification
from audit.i18n import catalogue, tr
from audit.store.compare import Comparison, comparisons
from audit.store.store import STATES, RunInfo, SourceInfo, Store, StoredFinding, parse_iso
from audit.textfix import strip_controls
from audit.timeutil import zone

SEVERITIES = ("high", "medium", "low")
# Attributes as well as CSS: Qt's rich-text engine (the PDF) reads the former, browsers both.
WIDE = "width='100%' cellspacing='0' cellpadding='3'"
NARROW = WIDE


@dataclass
class ReportData:
    run: RunInfo
    sources: list[SourceInfo]
    findings: list[StoredFinding]
    comparisons: list[Comparison]
    by_category: dict[str, Counter[str]] = field(default_factory=dict)   # category -> state -> n
    by_platform: dict[str, Counter[str]] = field(default_factory=dict)
    by_severity: Counter[str] = field(default_factory=Counter)

    @property
    def totals(self) -> Counter[str]:
        c: Counter[str] = Counter()
        for states in self.by_category.values():
            c.update(states)
        return c


def collect(store: Store, run_id: int, *, content: bool = True) -> ReportData:
    findings = store.findings(run_id, content=content)
    data = ReportData(store.run(run_id), store.sources(run_id), findings, comparisons(store, run_id))
    for f in findings:
        data.by_category.setdefault(f.category or "-", Counter())[f.state] += 1
        data.by_platform.setdefault(f.platform, Counter())[f.state] += 1
        data.by_severity[f.severity] += 1
    return data


def esc(value: Any) -> str:
    """Archive text made inert: control characters dropped, markup escaped."""
    return html.escape(strip_controls(str(value)) if value is not None else "", quote=True)


def category_label(category: str, lang: str) -> str:
    for key in (f"category.{category}", f"engine.category.{category}", f"rules.category.{category}",
                f"gui.category.{category}"):
        if key in catalogue():
            return tr(key, lang)
    return category.replace("_", " ").replace(".", " ").strip().capitalize() or "-"


def _label(key: str, lang: str, fallback: str) -> str:
    return tr(key, lang) if key in catalogue() else fallback


def _when(dt: datetime | None, tz: str, lang: str, with_time: bool = True) -> str:
    if dt is None:
        return tr("report.unknown_date", lang)
    local = dt.astimezone(zone(tz))
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d") + (f" {tz}" if with_time else "")


def _day(iso: str | None, tz: str, lang: str) -> str:
    return _when(parse_iso(iso), tz, lang, with_time=False) if iso else tr("report.unknown_date", lang)


STYLE = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; font-size: 10pt; color: #1b1b1b; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; border-bottom: 1px solid #888; }
table { border-collapse: collapse; margin-top: 4pt; }
th { background-color: #e8eaed; text-align: left; }
th, td { padding: 3px 6px; border: 1px solid #999; vertical-align: top; }
td.n { text-align: right; }
.muted { color: #555; }
.sev-high { color: #b3261e; font-weight: bold; }
.sev-medium { color: #9a5b00; font-weight: bold; }
.sev-low { color: #4a5a6a; }
"""


def render_html(store: Store, run_id: int, *, lang: str = "id", include_content: bool = True) -> str:
    data = collect(store, run_id, content=include_content)
    return render(data, lang=lang, include_content=include_content)


def render(data: ReportData, *, lang: str = "id", include_content: bool = True) -> str:
    t = lambda key, **p: esc(tr(key, lang, **p))  # noqa: E731 - local shorthand, every string escaped
    run = data.run
    tz = run.timezone or "WIB"
    out: list[str] = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{t('report.title')}</title><style>{STYLE}</style></head><body>",
        f"<h1>{t('report.title')}</h1>",
        f"<p class='muted'>{t('report.made_offline', version=__version__)}</p>",
        f"<p>{t('report.ran_at', started=_when(run.started, tz, lang), finished=_when(run.finished, tz, lang))}"
        f"<br>{t('report.items_checked', n=run.items_total)}</p>",
    ]
    if not include_content:
        out.append(f"<p><b>{t('report.content_left_out')}</b></p>")

    # Archives and their date ranges.
    out.append(f"<h2>{t('report.h.archives')}</h2><table {WIDE}><tr><th>{t('report.col.archive')}</th>"
               f"<th>{t('report.col.platform')}</th><th>{t('report.col.period')}</th>"
               f"<th>{t('report.col.items')}</th><th>{t('report.col.files')}</th></tr>")
    # Without content, archive names go too: a chat export is named after the chat.
    names = {s.id: (s.name if include_content else tr("report.archive_n", lang, n=i))
             for i, s in enumerate(data.sources, 1)}
    for s in data.sources:
        period = t("report.period", first=_day(s.date_min, tz, lang), last=_day(s.date_max, tz, lang))
        out.append(f"<tr><td>{esc(names[s.id])}</td><td>{esc(tr(f'platform.{s.platform}', lang))}</td>"
                   f"<td>{period}</td><td class='n'>{s.items_total}</td>"
                   f"<td>{t('report.files', read=s.files_read, skipped=s.files_skipped)}</td></tr>")
    out.append("</table>")

    # What could not be checked.
    gaps: list[str] = []
    for i, p in enumerate(run.problems, 1):
        if not include_content:
            gaps.append(t("report.gap.unreadable_input", name=tr("report.input_n", lang, n=i)))
            continue
        gaps.append(t("report.gap.unreadable_input", name=p.get("name", "")) + ": "
                    + esc(tr(p.get("code", ""), lang, **(p.get("params") or {}))))
    for s in data.sources:
        cov = s.coverage or {}
        for reason, n in sorted((cov.get("skipped_by_reason") or {}).items()):
            gaps.append(t("report.gap.skipped", name=names[s.id], n=n,
                          reason=_label(f"coverage.reason.{reason}", lang, reason)))
        if s.unknown_date:
            gaps.append(t("report.gap.no_date", name=names[s.id], n=s.unknown_date))
        for note in cov.get("notes") or []:
            if not include_content and note.get("params"):
                gaps.append(t("report.gap.note_hidden", name=names[s.id]))
                continue
            message = tr(str(note.get("code", "")), lang, **(note.get("params") or {}))
            gaps.append(esc(names[s.id]) + ": " + esc(message))
    if run.manual_check:
        gaps.append(t("report.gap.manual", n=run.manual_check))
    out.append(f"<h2>{t('report.h.not_checked')}</h2>")
    out.append("<ul>" + "".join(f"<li>{g}</li>" for g in gaps) + "</ul>" if gaps
               else f"<p>{t('report.gap.none')}</p>")

    # Counts.
    totals = data.totals
    overall, _ = progress(data.findings)
    out.append(f"<h2>{t('report.h.summary')}</h2>")
    sev = data.by_severity
    out.append("<p>" + t("report.findings_total", n=len(data.findings), done=totals["done"], todo=totals["todo"],
                         na=totals["not_applicable"], cannot=totals["cannot"])
               + "<br>" + t("report.progress", pct=int(round(overall.fraction * 100)))
               + "<br>" + t("report.by_severity", high=sev["high"], medium=sev["medium"], low=sev["low"]) + "</p>")
    head = "".join(f"<th>{t(f'checklist.state.{s}')}</th>" for s in STATES)
    out.append(f"<table {NARROW}><tr><th>{t('report.col.category')}</th>{head}<th>{t('report.col.total')}</th></tr>")
    for cat in sorted(data.by_category):
        c = data.by_category[cat]
        cells = "".join(f"<td class='n'>{c[s]}</td>" for s in STATES)
        out.append(f"<tr><td>{esc(category_label(cat, lang))}</td>{cells}<td class='n'>{sum(c.values())}</td></tr>")
    cells = "".join(f"<td class='n'><b>{totals[s]}</b></td>" for s in STATES)
    out.append(f"<tr><td><b>{t('report.col.total')}</b></td>{cells}<td class='n'><b>{sum(totals.values())}</b>"
               "</td></tr></table>")
    out.append(f"<p></p><table {NARROW}><tr><th>{t('report.col.platform')}</th>{head}"
               f"<th>{t('report.col.total')}</th></tr>")
    for plat in sorted(data.by_platform, key=lambda p: PLATFORM_ORDER.index(p) if p in PLATFORM_ORDER else 99):
        c = data.by_platform[plat]
        cells = "".join(f"<td class='n'>{c[s]}</td>" for s in STATES)
        out.append(f"<tr><td>{esc(tr(f'platform.{plat}', lang))}</td>{cells}"
                   f"<td class='n'>{sum(c.values())}</td></tr>")
    out.append("</table>")

    # Proof of cleanup.
    if data.comparisons:
        out.append(f"<h2>{t('report.h.proof')}</h2><ul>")
        for cmp in data.comparisons:
            out.append("<li>" + t("report.proof.line", name=names.get(cmp.new_source, ""), gone=cmp.gone,
                                  still=cmp.still_there, new=cmp.new, done_verified=cmp.done_verified,
                                  done_still=cmp.done_still_there) + "</li>")
        out.append("</ul>")

    # The findings themselves.
    if include_content and data.findings:
        out.append(f"<h2>{t('report.h.findings')}</h2><table {WIDE}><tr><th>#</th><th>{t('report.col.date')}</th>"
                   f"<th>{t('report.col.what')}</th><th>{t('report.col.why')}</th>"
                   f"<th>{t('report.col.status')}</th></tr>")
        order = {"high": 0, "medium": 1, "low": 2}
        rows = sorted(data.findings, key=lambda f: (order.get(f.severity, 3), f.ts is None, f.ts))
        for n, f in enumerate(rows, 1):
            sev_word = t("report.sev." + f.severity) if f.severity in SEVERITIES else esc(f.severity)
            what = [f"<span class='sev-{esc(f.severity)}'>{sev_word}</span>",
                    esc(tr(f"platform.{f.platform}", lang)) + " · " + esc(tr(f"kind.{f.kind}", lang))]
            if f.target_label:
                what.append(esc(f.target_label))
            if f.text:
                flat = " ".join(f.text.split())
                what.append("“" + esc(flat[:300] + ("…" if len(flat) > 300 else "")) + "”")
            status = [t(f"checklist.state.{f.state}")]
            why = reason_text(f, lang)
            if why:
                status.append(esc(why))
            ver = verification(f, run.id)
            if ver:
                status.append(f"<i>{t(ver)}</i>")
            status.append(t("report.action", action=tr(f"action.{f.action}", lang)))
            out.append(f"<tr><td class='n'>{n}</td><td>{esc(_when(f.ts, tz, lang, with_time=False))}</td>"
                       f"<td>{'<br>'.join(what)}</td><td>{esc(f.explanation(lang))}</td>"
                       f"<td>{'<br>'.join(status)}</td></tr>")
        out.append("</table>")
    out.append(f"<p class='muted'>{t('report.footer')}</p></body></html>")
    return "\n".join(out)
