"""The figures of a báo cáo, as sentences in the manner of seed 004: hồ sơ received, resolved and pending,
digitisation and PAKN, first for each unit group (cấp huyện, cấp xã …), then for the whole area."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from tthc_cli.model.report import DateRange
from tthc_cli.render.report_input import ReportInput
from tthc_cli.render.vnformat import day_text, format_count, month_text


@dataclass(frozen=True)
class Group:
    """Units reported together and their summed counts."""

    name: str
    totals: dict[str, float]


def range_words(period: DateRange | None) -> str:
    """ "từ ngày 15/02/2024 đến ngày 12/3/2024", or "" without a range."""
    if period is None:
        return ""

    def day(d: dt.date) -> str:
        return f"{day_text(d.day)}/{month_text(d.month)}/{d.year}"

    return f"từ ngày {day(period.start)} đến ngày {day(period.end)}"


def groups(data: ReportInput, wanted: Sequence[tuple[str, Sequence[str]]]) -> list[Group]:
    """The unit groups with their counts (``wanted``: name and unit ids; empty: one group per unit).

    A group naming a unit the counts do not have is an error of the report file, reported by the caller."""
    if not wanted:
        wanted = [(data.unit_names.get(u, u), [u]) for u in data.unit_totals]
    out = []
    for name, units in wanted:
        totals: dict[str, float] = {}
        for unit in units:
            for metric, value in data.unit_totals.get(unit, {}).items():
                totals[metric] = totals.get(metric, 0.0) + value
        out.append(Group(name, totals))
    return out


def _clauses(totals: dict[str, float], unit: str, pairs: list[tuple[str, str]]) -> list[str]:
    return [f"{label}: {format_count(int(totals[m]))} {unit}" for label, m in pairs if m in totals]


def dossier_lines(t: dict[str, float], mark: str = "-") -> list[str]:
    """Received / resolved / pending sentences, each only with the counts that were given."""
    out: list[str] = []
    received = t.get("received_total")
    if received is None and "received_new" in t:
        received = t["received_new"] + t.get("carried_over", 0)
    if received is not None:
        parts = _clauses(t, "hồ sơ", [("kỳ trước chuyển qua", "carried_over"), ("trong kỳ", "received_new")])
        online = _clauses(t, "hồ sơ", [("trực tuyến", "received_online")])
        tail = f"; trong đó, {'; '.join(parts)}" if parts else ""
        tail += f" (trong đó, {online[0]})" if online else ""
        out.append(f"{mark} Tổng số hồ sơ tiếp nhận là {format_count(int(received))} hồ sơ{tail}.")
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
            out.append(f"{mark} {lead}: {format_count(int(t[total]))} hồ sơ{tail}.")
    return out


_DIGITISATION = (
    ("Kết quả giải quyết xong, trả kết quả", "results_returned"),
    ("số hóa kết quả giải quyết TTHC", "digitised_results"),
    ("số hóa thành phần hồ sơ", "digitised_components"),
)
_FEEDBACK = (
    ("Số phản ánh, kiến nghị tiếp nhận", "feedback_received"),
    ("đã xử lý", "feedback_handled"),
    ("xử lý đúng hạn", "feedback_on_time"),
)


def _sentence(t: dict[str, float], noun: str, clauses: tuple[tuple[str, str], ...], mark: str) -> list[str]:
    said = _clauses(t, noun, list(clauses))
    return [f"{mark} {'; '.join(said)}."] if said else []


def digitisation_lines(t: dict[str, float], mark: str = "-") -> list[str]:
    """Results returned and digitised, in one sentence."""
    return _sentence(t, "hồ sơ", _DIGITISATION, mark)


def feedback_lines(t: dict[str, float], mark: str = "-") -> list[str]:
    """PAKN received and handled, in one sentence."""
    return _sentence(t, "PAKN", _FEEDBACK, mark)


LINES = {"dossiers": dossier_lines, "digitisation": digitisation_lines, "feedback": feedback_lines}
LEADS = {
    "dossiers": "Kết quả tiếp nhận và giải quyết TTHC",
    "digitisation": "Kết quả số hóa trong tiếp nhận và trả kết quả giải quyết TTHC",
    "feedback": "Kết quả tiếp nhận, xử lý phản ánh, kiến nghị",
}


def by_group(kind: str, data: ReportInput, unit_groups: list[Group], period: DateRange | None) -> list[str]:
    """The figures of ``kind`` for each group ("- … tại Bộ phận Một cửa huyện (từ ngày …):" then "+" lines),
    then for the whole area; only the total when there is a single group."""
    lines_of = LINES[kind]
    when = range_words(period)
    when = f" ({when})" if when else ""
    with_data = [g for g in unit_groups if lines_of(g.totals)]
    if len(with_data) <= 1:
        return lines_of(data.totals)
    out: list[str] = []
    for g in with_data:
        out.append(f"- {LEADS[kind]} tại {g.name}{when}:")
        out.extend(lines_of(g.totals, "+"))
    out.append(f"- Tổng cộng toàn địa bàn{when}:")
    out.extend(lines_of(data.totals, "+"))
    return out
