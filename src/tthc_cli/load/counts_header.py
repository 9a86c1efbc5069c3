"""Finding the header row of a counts table and what each column holds."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from tthc_cli.load.counts_grid import Cell
from tthc_cli.model.metrics import MetricCatalogue
from tthc_cli.text.normalize import fold

_GENERIC = {"tổng số", "tổng", "cộng", "số lượng", "số hồ sơ", "tổng cộng"}
SCAN_ROWS = 30
"""The header is looked for in the first rows only."""


def cell_text(cell: Cell) -> str:
    """A cell as text (numbers as written by Python, ``None`` as "")."""
    if type(cell) is str:  # the usual cell, first: this runs for every cell of the table
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


@dataclass
class Header:
    """The header row and the role of each column (0-based column → role)."""

    row: int
    """1-based row (line) of the header."""
    unit: int
    period: int | None = None
    metric: int | None = None
    value: int | None = None
    metrics: dict[int, str] = field(default_factory=dict)
    """Column → metric id (wide layout)."""
    unknown: dict[int, str] = field(default_factory=dict)
    """Column → header text that names no metric."""
    repeated: dict[int, tuple[str, int]] = field(default_factory=dict)
    """Column → (metric id, column where it came first) for a metric named by a second column (not read)."""
    printed: dict[int, str] = field(default_factory=dict)
    """Column → header of a printed percentage ("Tỷ lệ hồ sơ trực tuyến (%)"), checked against the plan."""

    @property
    def long(self) -> bool:
        """Long layout: one row per unit and metric, with metric and value columns."""
        return self.metric is not None and self.value is not None


class HeaderReader:
    """Classifies header cells with the catalogue's metric labels and column names."""

    def __init__(self, catalogue: MetricCatalogue) -> None:
        self.metric_index = catalogue.header_index()
        cols = catalogue.columns
        self.roles = {fold(t): role for role in ("unit", "period", "metric", "value") for t in getattr(cols, role)}
        self.ignore = {fold(t) for t in cols.ignore}
        self.indicators = {fold(k) for i in catalogue.indicators.values() for k in (i.key, i.name)}

    def role(self, text: str, parent: str) -> str | None:
        """``unit``, ``period``, ``metric``, ``value``, ``ignore``, ``printed``, ``m:<id>``, or ``None``."""
        sub, top = fold(text), fold(parent)
        if not sub and top:
            sub, top = top, ""
        if not sub:
            return "ignore"
        tries = [f"{top} {sub}", f"{sub} {top}"] if top and top != sub else []
        if sub in _GENERIC and top:
            tries.insert(0, top)
        tries.append(sub)
        for t in tries:
            if t in self.metric_index:
                return "m:" + self.metric_index[t]
        if sub in self.roles:
            return self.roles[sub]
        if sub in self.ignore:
            return "ignore"
        if sub.startswith("tỷ lệ") or printed_key(sub) in self.indicators:
            return "printed"
        return None

    def suggest(self, text: str) -> list[str]:
        """Metric ids whose labels or aliases look like ``text``."""
        close = difflib.get_close_matches(fold(text), list(self.metric_index), n=3, cutoff=0.6)
        return list(dict.fromkeys(self.metric_index[c] for c in close))

    def find(self, rows: list[tuple[int, list[Cell]]]) -> Header | None:
        """The best header among the first rows: it has a unit column and the most metric columns."""
        best: Header | None = None
        best_score = 0
        prev: list[str] = []
        for line, cells in rows[:SCAN_ROWS]:
            texts = [cell_text(c) for c in cells]
            parent = _forward_fill(prev, len(texts))
            header = self._classify(line, texts, parent)
            if header is not None:
                score = 1000 if header.long else len(header.metrics)
                if score > best_score:
                    best, best_score = header, score
            if any(texts):
                prev = texts
        return best

    def _classify(self, line: int, texts: list[str], parent: list[str]) -> Header | None:
        roles = [self.role(t, p) for t, p in zip(texts, parent, strict=False)]
        if "unit" not in roles:
            # No column is named for the unit ("Mức độ", "Lĩnh vực"): the first text column before the counts
            # labels the rows.
            first_metric = next((i for i, r in enumerate(roles) if r and r.startswith("m:")), None)
            label = next((i for i, r in enumerate(roles[:first_metric]) if r is None), None)
            if first_metric is None or label is None:
                return None
            roles[label] = "unit"
        h = Header(row=line, unit=roles.index("unit"))
        for i, r in enumerate(roles):
            if r == "period" and h.period is None:
                h.period = i
            elif r == "metric" and h.metric is None:
                h.metric = i
            elif r == "value" and h.value is None:
                h.value = i
            elif r == "printed":
                h.printed[i] = texts[i] or parent[i]
            elif r and r.startswith("m:"):
                first = next((c for c, m in h.metrics.items() if m == r[2:]), None)
                if first is None:
                    h.metrics[i] = r[2:]
                else:
                    h.repeated[i] = (r[2:], first)
            elif r is None:
                h.unknown[i] = texts[i] or parent[i]
        if not h.long and not h.metrics:
            return None
        return h


def printed_key(header: str) -> str:
    """A printed figure's header in comparison form, without its "(%)": "tỷ lệ hồ sơ trực tuyến"."""
    return fold(header).replace("(%)", "").replace("%", "").strip(" :-–")


def _forward_fill(texts: list[str], width: int) -> list[str]:
    out: list[str] = []
    last = ""
    for i in range(width):
        t = texts[i] if i < len(texts) else ""
        last = t or last
        out.append(last)
    return out
