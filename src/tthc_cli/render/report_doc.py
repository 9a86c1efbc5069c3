"""The monthly báo cáo in the shape of seed 004: the officer's opening and parts (from a report file) with
the figures filled in — hồ sơ received, resolved and pending, digitisation and PAKN for each unit group and
then in total — and the plan's indicators against their targets with a chart per indicator; the signer and
the nơi nhận come from the report file or the plan, and a report without them is an error."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError
from tthc_cli.model.plan import Paragraph
from tthc_cli.model.report import ReportFile, ReportPart
from tthc_cli.render.chart import Bar, bar_table
from tthc_cli.render.context import document_context, paragraph
from tthc_cli.render.engine import find_template, render_docx
from tthc_cli.render.footnotes import apply as apply_footnotes
from tthc_cli.render.footnotes import collecting
from tthc_cli.render.plan_file import LoadedPlan
from tthc_cli.render.report_figures import by_group, groups
from tthc_cli.render.report_input import IndicatorLine, ReportInput
from tthc_cli.render.sections import PORTRAIT
from tthc_cli.render.vnformat import (
    end_document,
    end_with,
    format_number,
    format_percent,
    number_line,
    place_date,
    roman,
    split_date,
)
from tthc_cli.render.wordml import simple_table
from tthc_cli.render.xmltext import clean

REPORT_TEMPLATE = "bao-cao.docx"


def period_words(period: str) -> str:
    """ "tháng 3 năm 2024", "quý I năm 2024", "năm 2024" for ``2024-03``, ``2024-Q1``, ``2024``."""
    year, _, rest = period.partition("-")
    if rest.upper().startswith("Q") and rest[1:].isdigit():
        return f"quý {roman(int(rest[1:]))} năm {year}"
    if rest.isdigit():
        return f"tháng {int(rest)} năm {year}"
    return f"năm {year}" if year.isdigit() and not rest else f"kỳ {period}"


def value_text(value: float | None, unit: str) -> str:
    """A value as printed in the table: "60,67%", "85,5 điểm", "7.920 hồ sơ"; "" without data."""
    if value is None:
        return ""
    return format_percent(value) if unit == "%" else f"{format_number(value)} {unit.lower()}".strip()


def _shown(ln: IndicatorLine) -> str:
    """The value as printed, marked "(tạm tính)" when it was computed without every input."""
    text = value_text(ln.value, ln.unit)
    return f"{text} (tạm tính)" if text and ln.provisional else text


def indicator_table(lines: tuple[IndicatorLine, ...]) -> str:
    """The indicators against their targets, as table XML."""
    width = PORTRAIT.text_width
    widths = [int(width * w) for w in (0.07, 0.45, 0.17, 0.15, 0.16)]
    rows = [
        (ln.no, clean(ln.name), clean(ln.target), _shown(ln), ln.status if not ln.provisional else "tạm tính")
        for ln in lines
    ]
    headers = ("Stt", "Chỉ tiêu", "Chỉ tiêu giao", "Kết quả", "Đánh giá")
    return simple_table(headers, rows, widths, centred={0, 2, 3, 4})


AXES = {"%": "Tỷ lệ (%)", "điểm": "Điểm", "hồ sơ": "Số hồ sơ"}


def charts(lines: tuple[IndicatorLine, ...]) -> list[dict[str, Any]]:
    """One chart per indicator that has a target and values for at least two units, numbered 1, 2, …
    in the order printed."""
    from markupsafe import Markup

    out: list[dict[str, Any]] = []
    for ln in lines:
        if ln.threshold is None or sum(u.value is not None for u in ln.units) < 2:
            continue
        bars = [Bar(clean(u.name), u.value, value_text(u.value, ln.unit), u.met) for u in ln.units]
        axis = AXES.get(ln.unit.lower(), clean(ln.unit) or "Giá trị")
        table = bar_table(bars, ln.threshold, clean(ln.target), axis, PORTRAIT.text_width)
        caption = f"Hình {len(out) + 1}. {clean(ln.name)} của từng đơn vị so với chỉ tiêu {clean(ln.target)}"
        out.append({"chart": Markup(table), "caption": caption + (" (tạm tính)." if ln.provisional else ".")})
    return out


def _report_date(date: str | None, period: str) -> str | None:
    value = date or (period if re.fullmatch(r"\d{4}-\d{2}", period) else None)
    try:
        year, month, day = split_date(value)
        if year is not None:  # a real day of the calendar, in a year a report can have
            dt.date(year, month or 1, day or 1)
            if not 1900 <= year <= 2200:
                raise ValueError(year)
    except ValueError:
        raise InputError(f"--date: ngày báo cáo không hợp lệ: {value} (dạng YYYY-MM-DD hoặc YYYY-MM)") from None
    return value


DEFAULT_PARTS = (
    ReportPart(heading="KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", figures="dossiers"),
    ReportPart(heading="SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", figures="digitisation"),
    ReportPart(heading="TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ", figures="feedback"),
    ReportPart(heading="KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", figures="indicators"),
)
"""The parts of a báo cáo written from the counts alone (no report file)."""


def _text(p: Paragraph) -> dict[str, str]:
    return paragraph(p)


class _Parts:
    """Turns report parts into template dicts, filling in the figures and numbering the charts."""

    def __init__(self, data: ReportInput, report: ReportFile | None) -> None:
        self.data = data
        self.period = report.period if report else None
        wanted = [(g.name, g.units) for g in report.groups] if report else []
        known = set(data.unit_totals)
        for g in report.groups if report else []:
            missing = [u for u in g.units if u not in known]
            if missing and known:
                raise InputError(f"tệp báo cáo: nhóm '{g.name}' có đơn vị không có trong số liệu: {', '.join(missing)}")
        self.groups = groups(data, wanted)
        self.charts = 0

    def part(self, part: ReportPart, heading: str) -> dict[str, Any] | None:
        from markupsafe import Markup

        texts = [_text(p) for p in part.paragraphs]
        table: Any = ""
        chart_list: list[dict[str, Any]] = []
        if part.figures == "indicators":
            if self.data.indicators:
                table = Markup(indicator_table(self.data.indicators))
                chart_list = charts(self.data.indicators)
        elif part.figures is not None:
            lines = by_group(part.figures, self.data, self.groups, self.period)
            texts += [{"text": t, "style": "body"} for t in lines]
        items = [self.part(item, f"{i}. {clean(item.heading)}") for i, item in enumerate(part.items, 1)]
        kept = [i for i in items if i is not None]
        if not texts and not table and not kept and part.figures is not None:
            return None
        return {"heading": heading, "paragraphs": texts, "table": table, "charts": chart_list, "subparts": kept}

    def all(self, parts: tuple[ReportPart, ...] | list[ReportPart]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for part in parts:
            built = self.part(part, clean(part.heading))
            if built is not None:
                built["heading"] = f"{roman(len(out) + 1)}. {built['heading']}"
                out.append(built)
        for built in out:
            for chart in [c for item in [built, *built["subparts"]] for c in item["charts"]]:
                self.charts += 1
                chart["caption"] = re.sub(r"^Hình \d+\.", f"Hình {self.charts}.", chart["caption"])
        return out


def _signature(loaded: LoadedPlan, report: ReportFile | None) -> tuple[dict[str, str], list[str]]:
    doc = loaded.plan.document
    signer = (report.signer if report else None) or doc.signer
    if signer is None:
        raise InputError(
            "báo cáo chưa có người ký: thêm signer vào tệp báo cáo (--report) hoặc vào document của kế hoạch"
        )
    recipients = (report.recipients if report else None) or doc.recipients
    if not recipients:
        raise InputError("báo cáo chưa có nơi nhận: thêm recipients vào tệp báo cáo (--report) hoặc kế hoạch")
    n = len(recipients)
    lines = [f"- {end_with(clean(r), '.' if i == n - 1 else ';')}" for i, r in enumerate(recipients)]
    return {"capacity": clean(signer.capacity), "title": clean(signer.title), "name": clean(signer.name)}, lines


def report_context(
    loaded: LoadedPlan,
    data: ReportInput,
    number: str | None,
    date: str | None,
    report: ReportFile | None = None,
) -> dict[str, Any]:
    """The ``doc`` and ``report`` variables of the report template."""
    plan = loaded.plan
    doc = document_context(plan)
    words = period_words(data.period)
    issuer = clean(plan.document.issuer.name)
    signer, recipients = _signature(loaded, report)
    if report is not None:
        number = number or report.number
        date = date or (report.date.isoformat() if report.date else None)
    title = clean(report.title) if report and report.title else f"Kết quả thực hiện cải cách thủ tục hành chính {words}"
    doc.update(
        is_decision=False,
        type_name="BÁO CÁO",
        number_line=number_line(number, "BC-UBND"),
        place_date=place_date(clean(plan.document.place), _report_date(date, data.period)),
        title=title,
        signer=signer,
        recipients=recipients,
    )
    builder = _Parts(data, report)
    parts = builder.all(report.parts if report else DEFAULT_PARTS)
    intro = [_text(p) for p in report.opening] if report else []
    intro.append({"text": f"{issuer} báo cáo {_lower_first(title)} như sau:", "style": "body"})
    closing = report.closing if report and report.closing else f"Trên đây là báo cáo {_lower_first(title)} của {issuer}"
    return {"doc": doc, "report": {"intro": intro, "parts": parts, "closing": end_document(clean(closing))}}


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def render_report(
    loaded: LoadedPlan,
    data: ReportInput,
    *,
    number: str | None = None,
    date: str | None = None,
    template_dir: Path | None = None,
    template: Path | None = None,
    report: ReportFile | None = None,
) -> bytes:
    """The .docx of the report; ``report`` holds the officer's words (default: parts from the counts alone)."""
    path = template or find_template(REPORT_TEMPLATE, loaded.path, template_dir)
    with collecting() as notes:
        ctx = report_context(loaded, data, number, date, report)
        return render_docx(path, ctx, lambda document: apply_footnotes(document, notes))
