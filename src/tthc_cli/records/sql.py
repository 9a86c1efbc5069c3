"""The SQL that ``tthc counts`` runs on dossier records: one scan, one GROUP BY, nothing row by row in Python.

DuckDB reads the file itself (``read_csv`` with explicit column types, or ``read_parquet``), drops the
records that cannot touch the period, and aggregates the rest by ``(unit, channel, status)``. Grouping by
the raw channel and status strings keeps the per-record work to a few integer comparisons: the few hundred
or thousand groups are then spelled out, checked and folded per unit in Python
(:mod:`tthc_cli.records.fold`).

Dates are compared as DuckDB ``DATE`` values, never as text. DuckDB's CSV reader parses
``2024-03-01 08:15:00`` into the ``DATE`` 2024-03-01 directly (the time of day does not count), so a
received or finished time needs no ``TIMESTAMP`` parse and no cast per record; a Parquet ``TIMESTAMP``
``received_at`` is compared with the ``DATE`` bounds as it is (the bounds are cast once, not the column).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

RECORD_TYPES: dict[str, str] = {
    "dossier_id": "VARCHAR",
    "unit": "VARCHAR",
    "received_at": "DATE",
    "due_at": "DATE",
    "finished_at": "DATE",
    "returned_at": "DATE",
    "channel": "VARCHAR",
    "status": "VARCHAR",
    "digitised_components": "BOOLEAN",
    "digitised_result": "BOOLEAN",
    "e_result": "BOOLEAN",
    "fee_required": "BOOLEAN",
    "paid_online": "BOOLEAN",
    "reused_data": "BOOLEAN",
    "synced": "BOOLEAN",
}
"""The columns of a records file and the type DuckDB reads each one as (see docs/counts-records.md)."""

REQUIRED_COLUMNS = ("unit", "received_at", "due_at", "finished_at")
"""Without these no count can be made; every other column is optional and only its metrics go missing."""

_FLAG_COLUMNS = tuple(name for name, kind in RECORD_TYPES.items() if kind == "BOOLEAN")

FLAG_COUNTS: dict[str, tuple[str, str]] = {
    "nw_dc": ("nw", "digitised_components"),
    "td_dr": ("tdin", "digitised_result"),
    "td_er": ("tdin", "e_result"),
    "nw_fee": ("nw", "fee_required"),
    "nw_ru": ("nw", "reused_data"),
    "cl_sy": ("cl", "synced"),
}
"""Stage-1 counts of a flag among new receipts (``nw``), dossiers closed in the period (``cl``) or whose
results were handed back in the period (``tdin``)."""

STAGE1_COUNTS = (
    "n",
    "co",
    "nw",
    "due",
    "cl",
    "cl_early",
    "cl_on_time",
    "cl_late",
    "pd",
    "pd_over",
    "td",
    *FLAG_COUNTS,
    "nw_fee_po",
    "bad_due",
    "bad_received",
)
"""The per-group counts the query returns after ``unit, channel, status`` (order of the SELECT)."""


@dataclass(frozen=True)
class SqlSource:
    """How to read one records file: the table expression and the SQL expression of each column."""

    table: str
    columns: dict[str, str]
    """Column name -> SQL expression typed as in :data:`RECORD_TYPES`; absent optional columns are missing."""


def quote_literal(text: str) -> str:
    """A SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def csv_source(path: str, header: list[str | None], delimiter: str) -> SqlSource:
    """``read_csv`` with every column named and typed, so DuckDB samples nothing and guesses nothing.

    ``header`` holds, for each column of the file in order, the record column it is (or ``None`` for a
    column ``tthc`` does not use, read as text and never touched, so it costs no parsing).
    """
    names = [name if name else f"_extra_{i}" for i, name in enumerate(header)]
    types = ", ".join(f"{quote_literal(n)}: {quote_literal(RECORD_TYPES.get(n, 'VARCHAR'))}" for n in names)
    table = (
        f"read_csv({quote_literal(path)}, header = true, auto_detect = false, "
        f"delim = {quote_literal(delimiter)}, quote = '\"', escape = '\"', "
        f"columns = {{{types}}})"
    )
    return SqlSource(table=table, columns={n: f'"{n}"' for n in header if n})


def parquet_source(path: str, schema: dict[str, str]) -> SqlSource:
    """``read_parquet`` with a cast where a column's stored type differs from the one counted on."""
    columns: dict[str, str] = {}
    for name, stored in schema.items():
        wanted = RECORD_TYPES[name]
        plain = f'"{name}"'
        kind = stored.upper()
        # received_at is only compared with midnight bounds, so a timestamp works as it is; other dates are
        # compared with each other (finished on the due day) and must lose their time of day
        timestamp = kind.startswith("TIMESTAMP") and "TIME ZONE" not in kind
        if kind == wanted or (name == "received_at" and timestamp):
            columns[name] = plain
        else:
            columns[name] = f"CAST({plain} AS {wanted})"
    return SqlSource(table=f"read_parquet({quote_literal(path)})", columns=columns)


def _date(value: date) -> str:
    return f"DATE '{value.isoformat()}'"


def _closing(source: SqlSource) -> str:
    c = source.columns
    return f"coalesce({c['finished_at']}, {c['returned_at']})" if "returned_at" in c else c["finished_at"]


def touching(source: SqlSource, start: date, end: date) -> str:
    """The condition (over the record columns) of a record that can count in ``start..end``: received by
    ``end`` and not closed before ``start`` (or results handed back in the period), or without a receipt
    date (reported as an error)."""
    c = source.columns
    ra, cd, s, e1 = c["received_at"], _closing(source), _date(start), _date(end + timedelta(days=1))
    td = c.get("returned_at", "CAST(NULL AS DATE)")
    return f"{ra} IS NULL OR ({ra} < {e1} AND ({cd} IS NULL OR {cd} >= {s} OR {td} >= {s}))"


def stage1_query(source: SqlSource, start: date, end: date) -> str:
    """The one aggregation over the records for the period ``start..end`` (both days included).

    Per record (``S`` = start, ``E`` = end, ``E1`` = the day after ``E``; ``cd`` = the closing day,
    ``finished_at``, else ``returned_at``):

    - ``n``: records that touch the period (the rest are dropped by the WHERE clause);
    - ``co`` carried over: received before ``S`` and not closed before ``S``;
    - ``nw`` new: received on ``S..E``; ``open`` = ``co`` or ``nw``;
    - ``due``: open and ``due_at`` on ``S..E``;
    - ``cl`` closed in the period: open and ``cd <= E``; split by ``cd`` before / on / after ``due_at``;
    - ``pd`` pending at the period's end: open and not closed by ``E``; ``pd_over``: ``due_at < E``;
    - ``td``: ``returned_at`` on ``S..E`` (results handed back in the period);
    - flags counted among ``nw``, ``cl`` or ``td`` (see :data:`FLAG_COUNTS`);
    - ``bad_due`` / ``bad_received``: open records without ``due_at``, records without ``received_at``.
    """
    c = source.columns
    s, e, e1 = _date(start), _date(end), _date(end + timedelta(days=1))
    closing, returned = _closing(source), c.get("returned_at", "CAST(NULL AS DATE)")
    flags = ", ".join(f"{c.get(col, 'FALSE')} AS f_{col}" for col in _FLAG_COLUMNS)
    keys = ", ".join(f"{c.get(k, 'CAST(NULL AS VARCHAR)')} AS {k}" for k in ("unit", "channel", "status"))
    rows = (
        f"SELECT {keys}, {c['received_at']} AS ra, {c['due_at']} AS dd, {closing} AS cd, "
        f"{returned} AS td, {flags} FROM {source.table} WHERE {touching(source, start, end)}"
    )
    marks = (
        f"SELECT unit, channel, status, dd, cd, td, ra IS NULL AS no_ra, "
        f"ra < {s} AND (cd IS NULL OR cd >= {s}) AS co, ra >= {s} AND ra < {e1} AS nw, "
        f"ra < {e1} AND (cd IS NULL OR cd >= {s}) AS op, " + ", ".join(f"f_{col}" for col in _FLAG_COLUMNS) + " FROM r"
    )
    marks2 = (
        f"SELECT *, op AND cd <= {e} AS cl, op AND (cd IS NULL OR cd > {e}) AS pd, "
        f"td BETWEEN {s} AND {e} AS tdin FROM m"
    )
    counts = {
        "n": "TRUE",
        "co": "co",
        "nw": "nw",
        "due": f"op AND dd BETWEEN {s} AND {e}",
        "cl": "cl",
        "cl_early": "cl AND cd < dd",
        "cl_on_time": "cl AND cd = dd",
        "cl_late": "cl AND cd > dd",
        "pd": "pd",
        "pd_over": f"pd AND dd < {e}",
        "td": "tdin",
        **{k: f"{mark} AND f_{col}" for k, (mark, col) in FLAG_COUNTS.items()},
        "nw_fee_po": "nw AND f_fee_required AND f_paid_online",
        "bad_due": "op AND dd IS NULL",
        "bad_received": "no_ra",
    }
    # count_if returns HUGEINT, which the Python client converts ten times slower than BIGINT
    aggregates = ", ".join(f"CAST(count_if({counts[k]}) AS BIGINT) AS {k}" for k in STAGE1_COUNTS)
    return (
        f"WITH r AS ({rows}), m AS ({marks}), k AS ({marks2}) "
        f"SELECT unit, channel, status, {aggregates} FROM k GROUP BY unit, channel, status"
    )


def example_query(source: SqlSource, condition: str) -> str:
    """One record matching ``condition`` (in terms of the record columns), for an error message."""
    ident = source.columns.get("dossier_id", "NULL")
    return f"SELECT {ident} FROM {source.table} WHERE {condition} LIMIT 1"
