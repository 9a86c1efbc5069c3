"""The monthly báo cáo in the shape of seed 004: hồ sơ received, resolved and pending with their
breakdowns, digitisation, PAKN, then the plan's indicators against their targets with a chart per
indicator of each unit's value."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any

from tthc_cli.errors import InputError
from tthc_cli.render.chart import bar_chart
from tthc_cli.render.context import document_context
from tthc_cli.render.engine import find_template, render_docx
from tthc_cli.render.plan_file import LoadedPlan
from tthc_cli.render.report_input import IndicatorLine, ReportInput
from tthc_cli.render.sections import PORTRAIT
from tthc_cli.render.vnformat import (
    format_count,
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
DEFAULT_RECIPIENTS = ("Văn phòng UBND tỉnh", "Lưu: VT")


def period_words(period: str) -> str:
    """ "tháng 3 năm 2024", "quý I năm 2024", "năm 2024" for ``2024-03``, ``2024-Q1``, ``2024``."""
    year, _, rest = period.partition("-")
    if rest.upper().startswith("Q") and rest[1:].isdigit():
        return f"quý {roman(int(rest[1:]))} năm {year}"
    if rest.isdigit():
        return f"tháng {int(rest)} năm {year}"
    return f"năm {year}" if year.isdigit() and not rest else f"kỳ {period}"


def _clauses(totals: dict[str, float], unit: str, pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{label}: {format_count(int(totals[m]))} {unit}" for label, m in pairs if m in totals]


def dossier_paragraphs(t: dict[str, float]) -> list[str]:
    """Received / resolved / pending sentences, each only with the counts that were given."""
    out: list[str] = []
    received = t.get("received_total")
    if received is None and "received_new" in t:
        received = t["received_new"] + t.get("carried_over", 0)
    if received is not None:
        parts = _clauses(t, "hồ sơ", [("kỳ trước chuyển qua", "carried_over"), ("trong kỳ", "received_new")])
        online = _clauses(t, "hồ sơ", [("trực tuyến", "received_online")])
        tail = f"; trong đó, {'; '.join(parts)}" if parts else ""
        tail += f" ({online[0]})" if online else ""
        out.append(f"- Tổng số hồ sơ tiếp nhận là {format_count(int(received))} hồ sơ{tail}.")
    for total, lead, pairs in (
        (
            "resolved",
            "Số lượng hồ sơ đã giải quyết",
            [("sớm hạn", "resolved_early"), ("đúng hạn", "resolved_on_time"), ("trễ hạn", "resolved_late")],
        ),
        (
            "pending",
            "Số lượng hồ sơ đang giải quyết",
            [("chưa đến hạn", "pending_on_time"), ("quá hạn", "pending_overdue")],
        ),
    ):
        if total in t:
            parts = _clauses(t, "hồ sơ", pairs)
            tail = f"; trong đó, {', '.join(parts)}" if parts else ""
            out.append(f"- {lead}: {format_count(int(t[total]))} hồ sơ{tail}.")
    return out


def other_paragraphs(t: dict[str, float]) -> tuple[list[str], list[str]]:
    """(digitisation sentences, PAKN sentences)."""
    digit = _clauses(
        t,
        "hồ sơ",
        [
            ("Kết quả giải quyết xong, trả kết quả", "results_returned"),
            ("số hóa kết quả giải quyết TTHC", "digitised_results"),
            ("số hóa thành phần hồ sơ", "digitised_components"),
        ],
    )
    pakn = _clauses(
        t,
        "PAKN",
        [
            ("Số phản ánh, kiến nghị tiếp nhận", "feedback_received"),
            ("đã xử lý", "feedback_handled"),
            ("xử lý đúng hạn", "feedback_on_time"),
        ],
    )
    return ([f"- {'; '.join(digit)}."] if digit else []), ([f"- {'; '.join(pakn)}."] if pakn else [])


def value_text(value: float | None, unit: str) -> str:
    """A value as printed in the table: "60,67%", "85,5 điểm", "7.920 hồ sơ"; "" without data."""
    if value is None:
        return ""
    return format_percent(value) if unit == "%" else f"{format_number(value)} {unit}".strip()


def indicator_table(lines: tuple[IndicatorLine, ...]) -> str:
    """The indicators against their targets, as table XML."""
    width = PORTRAIT.text_width
    widths = [int(width * w) for w in (0.07, 0.45, 0.17, 0.15, 0.16)]
    rows = [(ln.no, clean(ln.name), clean(ln.target), value_text(ln.value, ln.unit), ln.status) for ln in lines]
    headers = ("Stt", "Chỉ tiêu", "Chỉ tiêu giao", "Kết quả", "Đánh giá")
    return simple_table(headers, rows, widths, centred={0, 2, 3, 4})


def charts(tpl: Any, lines: tuple[IndicatorLine, ...]) -> list[dict[str, Any]]:
    """One picture per indicator that has a target and values for at least two units."""
    from docx.shared import Mm
    from docxtpl import InlineImage

    out = []
    for n, ln in enumerate((ln for ln in lines if ln.threshold is not None), 1):
        if sum(u.value is not None for u in ln.units) < 2:
            continue
        png = bar_chart(
            [u.value for u in ln.units],
            [format_number(u.value, 1) if u.value is not None else "" for u in ln.units],
            ln.threshold,
            [u.met for u in ln.units],
        )
        legend = "; ".join(f"{i} - {clean(u.name)}" for i, u in enumerate(ln.units, 1))
        caption = f"Hình {n}. {clean(ln.name)} theo đơn vị (đường ngang: chỉ tiêu {clean(ln.target)}). {legend}."
        out.append({"image": InlineImage(tpl, io.BytesIO(png), width=Mm(160)), "caption": caption})
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


def report_context(
    tpl: Any, loaded: LoadedPlan, data: ReportInput, number: str | None, date: str | None
) -> dict[str, Any]:
    """The ``doc`` and ``report`` variables of the report template."""
    plan = loaded.plan
    doc = document_context(plan)
    words = period_words(data.period)
    issuer = clean(plan.document.issuer.name)
    doc.update(
        is_decision=False,
        type_name="BÁO CÁO",
        number_line=number_line(number, "BC-UBND"),
        place_date=place_date(clean(plan.document.place), _report_date(date, data.period)),
        title=f"Kết quả thực hiện cải cách thủ tục hành chính {words}",
        recipients=[f"- {r};" for r in DEFAULT_RECIPIENTS[:-1]] + [f"- {DEFAULT_RECIPIENTS[-1]}."],
    )
    digit, pakn = other_paragraphs(data.totals)
    parts = [
        ("KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", dossier_paragraphs(data.totals)),
        ("SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH", digit),
        ("TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ", pakn),
    ]
    ctx_parts: list[dict[str, Any]] = [
        {"heading": heading, "paragraphs": [{"text": t, "style": "body"} for t in texts], "table": "", "charts": []}
        for heading, texts in parts
        if texts
    ]
    if data.indicators:
        from markupsafe import Markup

        ctx_parts.append(
            {
                "heading": "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU",
                "paragraphs": [],
                "table": Markup(indicator_table(data.indicators)),
                "charts": charts(tpl, data.indicators),
            }
        )
    for i, part in enumerate(ctx_parts, 1):
        part["heading"] = f"{roman(i)}. {part['heading']}"
    report = {
        "intro": [
            {
                "text": f"{issuer} báo cáo kết quả thực hiện cải cách thủ tục hành chính {words} như sau:",
                "style": "body",
            }
        ],
        "parts": ctx_parts,
        "closing": f"Trên đây là báo cáo kết quả thực hiện cải cách thủ tục hành chính {words} của {issuer}./.",
    }
    return {"doc": doc, "report": report}


def render_report(
    loaded: LoadedPlan,
    data: ReportInput,
    *,
    number: str | None = None,
    date: str | None = None,
    template_dir: Path | None = None,
    template: Path | None = None,
) -> bytes:
    """The .docx of the report."""
    path = template or find_template(REPORT_TEMPLATE, loaded.path, template_dir)
    return render_docx(path, lambda tpl: report_context(tpl, loaded, data, number, date))
