"""Records that must not be counted: a dossier id given twice, a dossier finished before it was received,
dates after today. Each kind is counted with an example id, and the records are left out of the counts.

Exports of the one-stop software repeat rows (a page fetched twice) and carry typing errors in dates. A
repeated row would count one hồ sơ twice; a hồ sơ "finished" before it was received would count as
resolved early; a date after the day of the run has not happened. Leaving them in gives figures that look
right and are not; refusing the whole file would block the month's report for one bad row. So they are
left out, and the run says how many, of which kind, with an example to look up. Only the records that can
count in the period are looked at: the others are not counted anyway, and a year of records is checked at
the cost of a month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from tthc_cli.records.sql import SqlSource, touching


@dataclass(frozen=True)
class Exclusion:
    """One kind of record left out of the counts."""

    code: str
    """``duplicate-id``, ``finished-before-received`` or ``future-date``."""
    count: int
    """Records of this kind left out (for duplicates: the copies after the first)."""
    example: str | None
    """A dossier id of one of them, when the file has ``dossier_id``."""

    @property
    def message(self) -> str:
        """The Vietnamese sentence for users."""
        what = {
            "duplicate-id": "hồ sơ trùng mã dossier_id (chỉ tính bản đầu tiên)",
            "finished-before-received": "hồ sơ có ngày giải quyết hoặc trả kết quả trước ngày tiếp nhận",
            "future-date": "hồ sơ có ngày tiếp nhận, giải quyết hoặc trả kết quả sau hôm nay",
        }[self.code]
        example = f" (ví dụ hồ sơ {self.example})" if self.example else ""
        return f"bỏ qua {self.count} {what}{example}"


def _day(expr: str) -> str:
    return f"CAST({expr} AS DATE)"


def _conditions(source: SqlSource, today: date) -> dict[str, str]:
    c = source.columns
    received = _day(c["received_at"])
    later = [c["finished_at"], *([c["returned_at"]] if "returned_at" in c else [])]
    limit = f"DATE '{today.isoformat()}'"
    return {
        "finished-before-received": " OR ".join(f"{d} < {received}" for d in later),
        "future-date": " OR ".join(f"{d} > {limit}" for d in [received, *later]),
    }


def audit_query(source: SqlSource, start: date, end: date, today: date) -> str:
    """For each kind, how many records and one example id (``NULL`` without ``dossier_id``), among the
    records that can count in ``start..end`` (the others are not counted anyway)."""
    ident = source.columns.get("dossier_id", "CAST(NULL AS VARCHAR)")
    rows = f"SELECT * FROM {source.table} WHERE {touching(source, start, end)}"
    parts = []
    for cond in _conditions(source, today).values():
        parts.append(f"count_if(coalesce({cond}, FALSE))")
        parts.append(f"min({ident}) FILTER (WHERE coalesce({cond}, FALSE))")
    found = f"SELECT {', '.join(parts)} FROM r"
    if "dossier_id" not in source.columns:
        return f"WITH r AS ({rows}) {found}"
    repeated = f"SELECT {ident} AS i, count(*) AS n FROM r WHERE {ident} IS NOT NULL GROUP BY 1 HAVING count(*) > 1"
    twice = f"SELECT CAST(coalesce(sum(n - 1), 0) AS BIGINT) AS copies, min(i) AS first FROM ({repeated})"
    return f"WITH r AS ({rows}) SELECT * FROM ({found}) AS a, ({twice}) AS d"


def exclusions(row: tuple[Any, ...], has_ids: bool) -> tuple[Exclusion, ...]:
    """The kinds found by :func:`audit_query` (its one row), in a fixed order."""
    codes = ["finished-before-received", "future-date", *(["duplicate-id"] if has_ids else [])]
    found = [
        Exclusion(code, int(row[2 * i] or 0), None if row[2 * i + 1] is None else str(row[2 * i + 1]))
        for i, code in enumerate(codes)
    ]
    return tuple(e for e in sorted(found, key=lambda e: e.code) if e.count)


def cleaned(source: SqlSource, start: date, end: date, today: date, found: tuple[Exclusion, ...]) -> SqlSource:
    """``source`` without the records of ``found``: the same columns over the period's records, filtered and
    de-duplicated."""
    if not found:
        return source
    kinds = {e.code for e in found}
    conditions = _conditions(source, today)
    keep = [f"NOT coalesce({conditions[k]}, FALSE)" for k in sorted(kinds) if k in conditions]
    table = f"(SELECT * FROM {source.table} WHERE ({touching(source, start, end)})"
    table += "".join(f" AND {k}" for k in keep)
    if "duplicate-id" in kinds:
        ident = source.columns["dossier_id"]
        order = ", ".join(source.columns[k] for k in ("received_at", "due_at", "finished_at"))
        table += f" QUALIFY {ident} IS NULL OR row_number() OVER (PARTITION BY {ident} ORDER BY {order}) = 1"
    return SqlSource(table=table + ")", columns=source.columns)
