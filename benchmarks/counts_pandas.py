"""The baseline of ``benchmarks/score.py``: ``tthc counts`` written plainly with pandas.

``python benchmarks/counts_pandas.py RECORDS START END LABEL`` prints the same wide counts CSV as
``tthc counts --records RECORDS --period LABEL`` (START and END are the period's first and last days).
It is what an analyst would write: read the whole file, make a boolean column per condition, group by unit.
"""

from __future__ import annotations

import sys

import pandas as pd  # type: ignore[import-untyped]

DATES = ["received_at", "due_at", "finished_at", "returned_at"]
FLAGS = ["digitised_components", "digitised_result", "e_result", "fee_required", "paid_online", "reused_data", "synced"]
METRICS = [
    "carried_over", "received_new", "received_total", "received_online", "received_direct", "received_postal",
    "due", "resolved", "resolved_early", "resolved_on_time", "resolved_late", "pending", "pending_on_time",
    "pending_overdue", "returned", "digitised_components", "digitised_results", "results_returned", "e_results",
    "results_synced", "payment_transactions", "payment_online", "reused_dossiers",
]  # fmt: skip


def read(path: str) -> pd.DataFrame:
    """All the columns the counts need, with dates parsed."""
    columns = ["unit", *DATES, "channel", "status", *FLAGS]
    if path.endswith(".parquet"):
        df = pd.read_parquet(path, columns=columns)
        for col in DATES:
            df[col] = pd.to_datetime(df[col])
        return df
    dtypes = {"unit": "string", "channel": "string", "status": "string", **dict.fromkeys(FLAGS, "float32")}
    df = pd.read_csv(path, usecols=columns, dtype=dtypes)
    for col in DATES:
        df[col] = pd.to_datetime(df[col], format="ISO8601")
    return df


def counts(df: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """One row per unit, one column per metric."""
    s, e, e1 = pd.Timestamp(start), pd.Timestamp(end), pd.Timestamp(end) + pd.Timedelta(days=1)
    ra, dd, td = df["received_at"], df["due_at"].dt.normalize(), df["returned_at"].dt.normalize()
    cd = df["finished_at"].fillna(df["returned_at"]).dt.normalize()
    ret = df["status"].isin(["tra-lai", "rut"]).fillna(False).astype(bool)
    flag = {f: df[f].fillna(0).astype(bool) for f in FLAGS}
    co = (ra < s) & (cd.isna() | (cd >= s))
    nw = (ra >= s) & (ra < e1)
    op = co | nw
    closed = op & (cd <= e)
    resolved = closed & ~ret
    pending = op & (cd.isna() | (cd > e))
    handed = (td >= s) & (td <= e) & ~ret
    m = {
        "carried_over": co,
        "received_new": nw,
        "received_total": op,
        "received_online": nw & (df["channel"] == "truc-tuyen"),
        "received_direct": nw & (df["channel"] == "truc-tiep"),
        "received_postal": nw & (df["channel"] == "buu-chinh"),
        "due": op & (dd >= s) & (dd <= e),
        "resolved": resolved,
        "resolved_early": resolved & (cd < dd),
        "resolved_on_time": resolved & (cd == dd),
        "resolved_late": resolved & (cd > dd),
        "pending": pending,
        "pending_on_time": pending & ~(dd < e),
        "pending_overdue": pending & (dd < e),
        "returned": closed & ret,
        "digitised_components": nw & flag["digitised_components"],
        "digitised_results": handed & flag["digitised_result"],
        "results_returned": handed,
        "e_results": handed & flag["e_result"],
        "results_synced": resolved & flag["synced"],
        "payment_transactions": nw & flag["fee_required"],
        "payment_online": nw & flag["fee_required"] & flag["paid_online"],
        "reused_dossiers": nw & flag["reused_data"],
    }
    table = pd.DataFrame({k: v.fillna(False).astype("int64") for k, v in m.items()})
    table["unit"] = df["unit"]
    grouped = table.groupby("unit").sum()
    touched = grouped[(grouped["received_total"] > 0) | (grouped["results_returned"] > 0)]
    return touched[METRICS].sort_index()


def main() -> None:
    """Print the counts CSV."""
    path, start, end, label = sys.argv[1:5]
    result = counts(read(path), start, end)
    result.insert(0, "period", label)
    sys.stdout.write(result.reset_index()[["period", "unit", *METRICS]].to_csv(index=False, lineterminator="\n"))


if __name__ == "__main__":
    main()
