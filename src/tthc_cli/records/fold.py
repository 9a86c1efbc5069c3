"""Stage 2 of ``tthc counts``: turning the ``(unit, channel, status)`` groups into the catalogue's counts.

The groups are few (units × channels × statuses), so spelling variants of a channel or a status, and
spaces or Unicode forms in unit names, are normalised here once per group instead of once per record.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from tthc_cli.records.sql import STAGE1_COUNTS
from tthc_cli.text.normalize import slug

METRICS: tuple[str, ...] = (
    "carried_over",
    "received_new",
    "received_total",
    "received_online",
    "received_direct",
    "received_postal",
    "due",
    "resolved",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "pending",
    "pending_on_time",
    "pending_overdue",
    "returned",
    "digitised_components",
    "digitised_results",
    "results_returned",
    "e_results",
    "results_synced",
    "payment_transactions",
    "payment_online",
    "reused_dossiers",
)
"""Metric ids ``tthc counts`` can compute, in the catalogue's order (the columns of its CSV)."""

NEEDS: dict[str, tuple[str, ...]] = {
    "received_online": ("channel",),
    "received_direct": ("channel",),
    "received_postal": ("channel",),
    "returned": ("status",),
    "results_returned": ("returned_at",),
    "digitised_components": ("digitised_components",),
    "digitised_results": ("digitised_result", "returned_at"),
    "e_results": ("e_result", "returned_at"),
    "results_synced": ("synced",),
    "payment_transactions": ("fee_required",),
    "payment_online": ("fee_required", "paid_online"),
    "reused_dossiers": ("reused_data",),
}
"""Optional record columns a metric needs; when one is absent the metric is left out, not written as 0."""

CHANNELS: dict[str, str] = {
    "truc-tuyen": "received_online",
    "online": "received_online",
    "dvc-truc-tuyen": "received_online",
    "truc-tiep": "received_direct",
    "direct": "received_direct",
    "buu-chinh": "received_postal",
    "buu-chinh-cong-ich": "received_postal",
    "buu-dien": "received_postal",
    "postal": "received_postal",
}
"""Channel spellings (after :func:`slug`) and the metric each one counts in."""

RETURNED_STATUSES = frozenset({"tra-lai", "rut", "rut-ho-so", "tra-lai-ho-so", "returned", "withdrawn"})
"""Statuses (after :func:`slug`) of a dossier returned to the applicant or withdrawn."""


@dataclass
class Folded:
    """Counts per unit (in first-seen order) and what stopped or worried the folding."""

    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    unknown_channels: dict[str, int] = field(default_factory=dict)
    """Channel text -> new receipts with it, for channels that are none of :data:`CHANNELS`."""
    missing_unit: int = 0
    missing_due: int = 0
    missing_received: int = 0


def output_metrics(present: Iterable[str]) -> tuple[str, ...]:
    """The metrics that can be computed from a file with the ``present`` columns."""
    have = set(present)
    return tuple(m for m in METRICS if all(col in have for col in NEEDS.get(m, ())))


def fold_groups(rows: Iterable[Sequence[Any]], has_status: bool) -> Folded:
    """Fold stage-1 rows ``(unit, channel, status, *STAGE1_COUNTS)`` into per-unit metric counts."""
    out = Folded()
    for row in rows:
        unit_raw, channel_raw, status_raw = row[0], row[1], row[2]
        n = dict(zip(STAGE1_COUNTS, (int(v or 0) for v in row[3:]), strict=True))
        out.missing_received += n["bad_received"]
        out.missing_due += n["bad_due"]
        unit = " ".join(unicodedata.normalize("NFC", str(unit_raw)).split()) if unit_raw is not None else ""
        if not unit:
            out.missing_unit += n["n"]
            continue
        c = out.counts.setdefault(unit, dict.fromkeys(METRICS, 0))
        returned = has_status and status_raw is not None and slug(str(status_raw)) in RETURNED_STATUSES
        _add(c, n, returned)
        channel_metric = CHANNELS.get(slug(str(channel_raw))) if channel_raw is not None else None
        if channel_metric:
            c[channel_metric] += n["nw"]
        elif n["nw"]:
            label = "" if channel_raw is None else str(channel_raw)
            out.unknown_channels[label] = out.unknown_channels.get(label, 0) + n["nw"]
    return out


def _add(c: dict[str, int], n: dict[str, int], returned: bool) -> None:
    c["carried_over"] += n["co"]
    c["received_new"] += n["nw"]
    c["received_total"] += n["co"] + n["nw"]
    c["due"] += n["due"]
    c["pending"] += n["pd"]
    c["pending_overdue"] += n["pd_over"]
    c["pending_on_time"] += n["pd"] - n["pd_over"]
    c["digitised_components"] += n["nw_dc"]
    c["payment_transactions"] += n["nw_fee"]
    c["payment_online"] += n["nw_fee_po"]
    c["reused_dossiers"] += n["nw_ru"]
    if returned:
        c["returned"] += n["cl"]
        return
    c["resolved"] += n["cl"]
    c["resolved_early"] += n["cl_early"]
    c["resolved_on_time"] += n["cl_on_time"]
    c["resolved_late"] += n["cl_late"]
    c["results_synced"] += n["cl_sy"]
    c["results_returned"] += n["td"]
    c["digitised_results"] += n["td_dr"]
    c["e_results"] += n["td_er"]


@dataclass(frozen=True)
class Problem:
    """Records that cannot be counted honestly: the message, and how to find one of them in the file."""

    message: str
    condition: str
    """A SQL condition over the record columns that the offending records meet."""
    hint: str | None = None
    in_period: bool = True
    """Only records that touch the period matter (the example is looked for among those)."""


def find_problem(folded: Folded, channel_in_file: bool) -> Problem | None:
    """The first problem that makes the counts wrong, or ``None`` when the records can be counted."""
    if folded.missing_received:
        return Problem(
            f"cột received_at trống ở {folded.missing_received} hồ sơ", "received_at IS NULL", in_period=False
        )
    if folded.missing_unit:
        return Problem(
            f"cột unit trống ở {folded.missing_unit} hồ sơ thuộc kỳ báo cáo", "coalesce(trim(unit), '') = ''"
        )
    if folded.missing_due:
        return Problem(
            f"cột due_at (hạn giải quyết) trống ở {folded.missing_due} hồ sơ thuộc kỳ báo cáo", "due_at IS NULL"
        )
    if channel_in_file and folded.unknown_channels:
        ranked = sorted(folded.unknown_channels.items(), key=lambda kv: -kv[1])
        shown = ", ".join(f"'{k}' ({v} hồ sơ)" if k else f"để trống ({v} hồ sơ)" for k, v in ranked[:3])
        first = ranked[0][0]
        condition = "coalesce(channel, '') = ''" if not first else "channel = " + "'" + first.replace("'", "''") + "'"
        return Problem(
            f"cột channel có giá trị không nhận ra: {shown}",
            condition,
            hint="dùng truc-tuyen, truc-tiep hoặc buu-chinh",
        )
    return None
