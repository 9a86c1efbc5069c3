"""``--format csv``: one line per indicator × unit × period, safe to open in a spreadsheet.

Text cells that a spreadsheet would read as a formula (starting with ``=`` ``+`` ``-`` ``@``, tab or carriage
return) are prefixed with ``'``; numbers are written by us and left as they are. The file starts with a
UTF-8 BOM so that Excel shows Vietnamese correctly.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from tthc_cli.report.score_common import flat_rows, target_text
from tthc_cli.text.csvsafe import safe_text

HEADER = [
    "period",
    "kind",
    "stt",
    "indicator",
    "indicator_name",
    "unit",
    "unit_name",
    "value",
    "target",
    "status",
    "gap",
    "needed",
    "numerator",
    "denominator",
    "previous",
    "change",
    "missing",
]
"""The columns, in order."""


def _d(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"


def flat_table(report: object) -> list[list[str]]:
    """The header and every row as text cells (shared with the XLSX writer)."""
    from tthc_cli.score.result import ScoreReport

    assert isinstance(report, ScoreReport)
    rows = [HEADER]
    for r in flat_rows(report):
        c = r.cell
        rows.append(
            [
                safe_text(r.period),
                r.kind,
                safe_text(r.spec.no or ""),
                safe_text(r.spec.key),
                safe_text(r.spec.name),
                safe_text(r.unit),
                safe_text(r.unit_name),
                _d(c.value),
                safe_text(target_text(r.spec)),
                c.status.value,
                _d(c.gap),
                "" if c.needed is None else str(c.needed),
                _d(c.numerator),
                _d(c.denominator),
                _d(c.previous),
                _d(c.change),
                safe_text(" ".join(c.missing)),
            ]
        )
    return rows


def render_csv(report: object) -> str:
    """The CSV text with a BOM and CRLF line ends (as spreadsheets expect)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerows(flat_table(report))
    return "\ufeff" + buf.getvalue()
