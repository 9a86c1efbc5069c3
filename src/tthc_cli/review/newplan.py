"""A new plan: next year's from this year's, or a fresh one from a built-in skeleton.

Next year's plan keeps the content, units, targets and comments; it moves year-bound words ("năm 2024" in
titles and tasks, years in deadlines) to the new year, blanks the number and the day of the date, and lists
what a person must look at: citations of last year's documents (their successors have other dates), the
parent plan, the targets (the level above issues new ones), the signer. Dates inside citations are never
changed: "Nghị quyết số 01/NQ-CP ngày 05 tháng 01 năm 2024" stays a citation of the 2024 resolution.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from tthc_cli.errors import InputError
from tthc_cli.findings import YamlPath, format_path
from tthc_cli.review.fmt import format_text, round_trip_yaml

_CITATION = (
    r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+{y}",
    r"ngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*{y}",
    r"\d+/{y}/[A-ZĐ]",
    r"\d+/[A-ZĐ][A-ZĐa-z0-9-]*\s+năm\s+{y}",
)
_DOC_NUMBER = re.compile(r"\d+/(?:\d{4}/)?[A-ZĐ]")
_NO_SHIFT_KEYS = {"directive", "ref", "number", "symbol", "path"}
_LEVELS = {"tinh": "tỉnh", "huyen": "huyện", "xa": "xã"}
KINDS = ("quyet-dinh", "ke-hoach")


@dataclass(frozen=True)
class ReviewItem:
    """A place in the new plan that a person must look at, and why."""

    path: str
    message: str


@dataclass
class NewPlan:
    """The text of a new plan and the list of what needs a human look."""

    text: str
    review: list[ReviewItem] = field(default_factory=list)


class _Shifter:
    def __init__(self, old: int, new: int) -> None:
        self.old, self.new = old, new
        self.citation = re.compile("|".join(p.replace("{y}", str(old)) for p in _CITATION))
        self.year = re.compile(rf"(?<!\d){old}(?!\d)")
        self.review: list[ReviewItem] = []

    def note(self, path: YamlPath, message: str) -> None:
        self.review.append(ReviewItem(format_path(path), message))

    def shift(self, text: str, path: YamlPath) -> str:
        """Move the old year to the new one, unless the text cites a document of the old year: then the
        whole text is kept (the citation's own title often says "năm 2024" too) and noted. A deadline's date
        ("Trước ngày 30 tháng 4 năm 2024") is not a citation unless a document number stands in it."""
        is_deadline = bool(path) and path[-1] == "deadline"
        cites = _DOC_NUMBER.search(text) if is_deadline else self.citation.search(text)
        if cites:
            self.note(path, f"trích dẫn văn bản năm {self.old}: thay bằng văn bản tương ứng năm {self.new} nếu có")
            return text
        out = self.year.sub(str(self.new), text)
        if out != text and "29/02/" in out and self.new % 4:
            out = out.replace(f"29/02/{self.new}", f"28/02/{self.new}")
            self.note(path, "ngày 29/02 không có trong năm mới: đã đổi thành 28/02, cần xem lại")
        return out

    def walk(self, node: Any, path: YamlPath) -> None:
        items = node.items() if isinstance(node, CommentedMap) else enumerate(node)
        for key, value in list(items):
            here = (*path, key)
            if isinstance(value, (CommentedMap, CommentedSeq)):
                self.walk(value, here)
            elif isinstance(value, str) and str(self.old) in value:
                if key in _NO_SHIFT_KEYS or "bases" in path or (path and path[0] == "parent"):
                    if "bases" in path or key == "directive":
                        self.note(here, f"trích dẫn văn bản năm {self.old}: thay bằng văn bản năm {self.new} nếu có")
                    continue
                node[key] = self.shift(value, here)


def next_year_plan(text: str, year: int, name: str = "<input>") -> NewPlan:
    """Next year's plan from ``text`` (see the module docstring)."""
    y = round_trip_yaml()
    doc = y.load(format_text(text, name=name))
    if not isinstance(doc, CommentedMap) or not isinstance(doc.get("year"), int):
        raise InputError(f"{name}: không phải kế hoạch (thiếu 'year:')")
    old = int(doc["year"])
    if year <= old:
        raise InputError(f"{name}: năm mới ({year}) phải sau năm của kế hoạch ({old})")
    s = _Shifter(old, year)
    doc["year"] = year
    if isinstance(doc.get("id"), str):
        doc["id"] = doc["id"].replace(str(old), str(year)) if str(old) in doc["id"] else f"{doc['id']}-{year}"
    s.walk(doc, ())
    document = doc.get("document")
    if isinstance(document, CommentedMap):
        document["number"] = None
        date = str(document.get("date") or "")
        document["date"] = f"{year}-{date[5:7]}" if re.match(r"^\d{4}-\d{2}", date) else str(year)
        s.note(("document", "number"), "số và ngày văn bản để trống cho đến khi ban hành")
        if document.get("signer") is not None:
            s.note(("document", "signer"), "người ký: kiểm tra chức vụ và họ tên")
    _blank_attached(doc, s)
    if isinstance(doc.get("parent"), CommentedMap):
        parent = doc["parent"]
        for key in ("number", "date"):
            if key in parent:
                parent[key] = None
        if isinstance(parent.get("path"), str):
            parent["path"] = parent["path"].replace(str(old), str(year))
        s.note(("parent",), f"kế hoạch cấp trên năm {year}: điền số và ngày")
    targets = len(re.findall(r"^\s*target:", text, re.M))
    if targets:
        s.note(("appendices",), f"{targets} chỉ tiêu giữ như năm {old}: đối chiếu chỉ tiêu năm {year} của cấp trên")
    out = io.StringIO()
    y.dump(doc, out)
    return NewPlan(format_text(out.getvalue(), name=name), _unique(s.review))


def _blank_attached(doc: CommentedMap, s: _Shifter) -> None:
    for i, app in enumerate(doc.get("appendices") or []):
        attached = app.get("attached") if isinstance(app, CommentedMap) else None
        if isinstance(attached, CommentedMap) and "printed" in attached:
            del attached["printed"]
            s.note(("appendices", i, "attached"), "dòng 'Kèm theo …' sẽ lấy số và ngày của văn bản mới")


def _unique(items: list[ReviewItem]) -> list[ReviewItem]:
    seen: set[ReviewItem] = set()
    return [i for i in items if not (i in seen or seen.add(i))]  # type: ignore[func-returns-value]


def skeleton_plan(level: str, kind: str, year: int, locality: str) -> NewPlan:
    """A fresh plan from the built-in skeleton for ``level`` (tinh, huyen, xa) and ``kind``."""
    if level not in _LEVELS or kind not in KINDS:
        raise InputError(f"không có khung cho cấp '{level}' và loại '{kind}'")
    name = f"{level}-{kind}.yaml"
    template = resources.files("tthc_cli.data").joinpath(f"skeletons/{name}").read_text(encoding="utf-8")
    place = re.sub(rf"^{_LEVELS[level]}\s+", "", locality.strip(), flags=re.I) or locality
    slug = _slug(place)

    # every placeholder but {{year}} stands inside a single-quoted scalar in the skeletons: double the quote
    def quoted(value: str) -> str:
        return value.replace("'", "''")

    text = (
        template.replace("{{year}}", str(year))
        .replace("{{locality}}", quoted(locality.strip()))
        .replace("{{LOCALITY}}", quoted(locality.strip().upper()))
        .replace("{{place}}", quoted(place))
        .replace("{{slug}}", slug)
    )
    text = format_text(text, name=name)
    review = [
        ReviewItem(f"dòng {n}", line.strip())
        for n, line in enumerate(text.splitlines(), 1)
        if "[cần điền" in line and not line.lstrip().startswith("#")
    ]
    return NewPlan(text, review)


def _slug(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-") or "ke-hoach"
