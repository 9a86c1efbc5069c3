"""``tthc counts``: the catalogue's counts per unit for a period, from dossier-level records, at scale.

One record is one hồ sơ (columns in ``docs/counts-records.md``). For a period ``S..E`` (both days
included), with ``closed`` = ``finished_at``, or ``returned_at`` when ``finished_at`` is empty:

- **carried_over**: received before ``S`` and not closed before ``S`` (closed on ``S`` or later, or open);
- **received_new**: received on ``S..E``, split by ``channel`` into received_online / direct / postal;
  received_total = carried_over + received_new (the hồ sơ "open in the period");
- **due**: open in the period with ``due_at`` on ``S..E``;
- **resolved**: open in the period and closed on or before ``E``, status not ``tra-lai``/``rut``;
  **resolved_early** closed before ``due_at``, **resolved_on_time** closed on ``due_at``, **resolved_late**
  after it (whole days: the time of day of a timestamp does not count);
- **returned**: the same but with status ``tra-lai`` (returned) or ``rut`` (withdrawn);
- **pending**: open in the period and not closed by ``E``; **pending_overdue** when ``due_at`` is before
  ``E`` (a hồ sơ due on ``E`` itself is still in time on that day), else **pending_on_time**;
  so received_total = resolved + returned + pending, always;
- **results_returned**: ``returned_at`` on ``S..E`` (results handed back), not returned/withdrawn hồ sơ;
- among new receipts: digitised_components, payment_transactions (``fee_required``), payment_online
  (``fee_required`` and ``paid_online``), reused_dossiers (``reused_data``);
- among resolved: results_synced (``synced``);
- among results handed back (results_returned): digitised_results (``digitised_result``), e_results
  (``e_result``), as seed 004 counts them ("trả kết quả là 209 hồ sơ; số hóa kết quả … là 196 hồ sơ").

DuckDB does the reading and the one aggregation (:mod:`tthc_cli.records.sql`); Python only folds
the few resulting groups (:mod:`tthc_cli.records.fold`).
"""

from __future__ import annotations

import csv
import io
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tthc_cli.errors import InputError
from tthc_cli.model.period import Period, parse_period
from tthc_cli.records.audit import Exclusion, audit_query, cleaned, exclusions
from tthc_cli.records.fold import Problem, find_problem, fold_groups, output_metrics
from tthc_cli.records.input import (
    check_readable,
    csv_header,
    is_parquet,
    parquet_schema,
    translate_error,
)
from tthc_cli.records.sql import SqlSource, csv_source, parquet_source, stage1_query
from tthc_cli.text.csvsafe import safe_text

if TYPE_CHECKING:
    from tthc_cli.model.units import UnitsFile

__all__ = ["Period", "RecordCounts", "count_records", "parse_period"]

ProgressCallback = Callable[[float], None]
"""Called now and then with the fraction of the file read so far (0 to 1)."""


@dataclass(frozen=True)
class RecordCounts:
    """The counts of one period, one row per unit, ready to be written as a wide counts CSV."""

    period: Period
    metrics: tuple[str, ...]
    """The metric ids computed (columns after ``period,unit``); those lacking an input column are left out."""
    rows: tuple[tuple[str, dict[str, int]], ...]
    """``(unit, counts by metric id)`` in output order."""
    unknown_units: tuple[str, ...] = ()
    """Units of the records not found in the units registry (kept under their own name)."""
    excluded: tuple[Exclusion, ...] = ()
    """Records left out of the counts, by kind (:mod:`tthc_cli.records.audit`)."""

    def to_csv(self) -> str:
        """The wide counts CSV (``period,unit,<metric ids…>``) that ``tthc score --counts`` reads."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["period", "unit", *self.metrics])
        for unit, counts in self.rows:
            writer.writerow([self.period.label, safe_text(unit), *(counts[m] for m in self.metrics)])
        return buffer.getvalue()


def count_records(
    path: Path,
    period: Period,
    *,
    units: UnitsFile | None = None,
    on_progress: ProgressCallback | None = None,
    threads: int = 2,
    memory_limit: str = "700MB",
    today: date | None = None,
) -> RecordCounts:
    """Count the records of ``path`` (CSV, CSV.gz or Parquet) for ``period``; see the module docstring.

    Raises :class:`InputError` with a one-line Vietnamese message for a missing file, missing columns,
    unreadable values (naming the line and column for CSV) or records that cannot be counted. Records that
    must not be counted (a repeated id, impossible dates; dates after ``today``) are left out and listed in
    :attr:`RecordCounts.excluded`.
    """
    import duckdb

    today = today or date.today()
    check_readable(path)
    config: dict[str, Any] = {
        "threads": threads,
        "memory_limit": memory_limit,
        "preserve_insertion_order": False,
        "temp_directory": tempfile.gettempdir(),
    }
    try:
        con = duckdb.connect(":memory:", config=config)
    except duckdb.Error as exc:
        raise InputError(f"không khởi động được bộ máy truy vấn ({str(exc).splitlines()[0]})") from None
    try:
        shown = "true" if on_progress is not None else "false"
        con.execute(f"SET enable_progress_bar = {shown}; SET enable_progress_bar_print = false")
        source = _source(con, path)
        audit = _run(con, audit_query(source, period.start, period.end, today), path, None)[0]
        excluded = exclusions(tuple(audit), "dossier_id" in source.columns)
        source = cleaned(source, period.start, period.end, today, excluded)
        rows = _run(con, stage1_query(source, period.start, period.end), path, on_progress)
        folded = fold_groups(rows, has_status="status" in source.columns)
        problem = find_problem(folded, channel_in_file="channel" in source.columns)
        if problem:
            raise _problem_error(con, source, period, problem, path)
    finally:
        con.close()
    if units is None:
        # the registry's matching needs pydantic and the YAML loader: not worth importing without one
        table = tuple(sorted(folded.counts.items(), key=lambda kv: kv[0].casefold()))
        return RecordCounts(period, output_metrics(source.columns), table, excluded=excluded)
    from tthc_cli.records.units import assign_units

    table, unknown = assign_units(folded.counts, units)
    return RecordCounts(period, output_metrics(source.columns), table, unknown, excluded)


def _source(con: Any, path: Path) -> SqlSource:
    if is_parquet(path):
        return parquet_source(str(path), parquet_schema(con, path))
    header, delimiter = csv_header(path)
    return csv_source(str(path), header, delimiter)


def _run(con: Any, sql: str, path: Path, on_progress: ProgressCallback | None) -> list[Any]:
    if on_progress is None:
        try:
            return list(con.execute(sql).fetchall())
        except Exception as exc:
            raise translate_error(exc, path) from None
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["rows"] = con.execute(sql).fetchall()
        except Exception as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
            done = con.query_progress()
            if done >= 0:
                on_progress(min(done, 100.0) / 100.0)
    except KeyboardInterrupt:
        con.interrupt()
        worker.join(5)
        raise
    if "error" in outcome:
        raise translate_error(outcome["error"], path) from None
    on_progress(1.0)
    return list(outcome["rows"])


def _problem_error(con: Any, source: SqlSource, period: Period, problem: Problem, path: Path) -> InputError:
    named = ", ".join(f"{expr} AS {name}" for name, expr in source.columns.items())
    condition = f"({problem.condition})"
    if problem.in_period:
        after = period.end + timedelta(days=1)
        condition += (
            f" AND received_at < DATE '{after.isoformat()}'"
            f" AND (finished_at IS NULL OR finished_at >= DATE '{period.start.isoformat()}')"
        )
    example = ""
    if "dossier_id" in source.columns:
        import duckdb

        sql = f"SELECT dossier_id FROM (SELECT {named} FROM {source.table}) WHERE {condition} LIMIT 1"
        try:
            found = con.execute(sql).fetchone()
        except duckdb.Error:
            found = None  # the example is a courtesy: the error stands without it
        if found and found[0] is not None:
            example = f" (ví dụ hồ sơ {found[0]})"
    return InputError(f"{path}: {problem.message}{example}", hint=problem.hint)
