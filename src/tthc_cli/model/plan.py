"""The plan file: the decision (quyết định) or plan (kế hoạch) with its appendices (phụ lục).

Every element of the three seed plans has a place here. Keys are English; printed text is kept exactly as
it is written, and the structure (numbers, units, deadlines, targets) is what the linter checks.
"""

from __future__ import annotations

from collections import Counter
from typing import Annotated, Any, Literal

from pydantic import AliasChoices, Discriminator, Field, Tag, field_validator, model_validator

from tthc_cli.model.common import Code, Identifier, NonEmptyStr, PartialDate, StrictModel
from tthc_cli.model.progress import Done
from tthc_cli.model.target import Target

SCHEMA_VERSION = 1


class Paragraph(StrictModel):
    """A paragraph of running text, with footnotes or a cross-reference to an appendix."""

    text: str
    footnotes: list[str] = Field(default_factory=list)
    """Footnote texts, numbered in order of appearance in the rendered document."""
    ref: str | None = None
    """Id of the appendix this paragraph points to, e.g. for "(Chi tiết phụ lục kèm theo)"."""
    style: Literal["body", "bullet", "numbered", "note"] = "body"
    """How the paragraph is laid out; the bullet or number itself is part of ``text``."""

    @model_validator(mode="before")
    @classmethod
    def _from_str(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data


class UnitCell(StrictModel):
    """A cell naming units: "Phòng Tư pháp, UBND các xã, thị trấn".

    Write the cell as printed (the units are found in ``units.yaml`` by name or alias), as a list of unit
    ids, or as a mapping with ``units`` (ids), ``text`` (printed words) and ``qualifier`` (a restriction such
    as "Trừ các cơ quan không có thủ tục hành chính phải thu phí, lệ phí").
    """

    text: str | None = None
    """The words as printed; when absent the units' names are printed."""
    units: list[str] = Field(default_factory=list)
    """Unit or group ids from ``units.yaml``."""
    qualifier: str | None = None
    """A restriction printed in parentheses after the units."""

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"text": data}
        if isinstance(data, list):
            return {"units": data}
        return data


class Assignment(StrictModel):
    """A row whose unit columns are replaced by one spanning text, e.g. "Đã được phân công theo Kế hoạch
    số 243/KH-UBND"."""

    text: NonEmptyStr
    ref: str | None = None
    """Number of the document that holds the assignment, e.g. ``243/KH-UBND``."""


class _RowBase(StrictModel):
    id: Identifier | None = None
    """Stable id, used by ``tthc diff`` to follow a row that moves or is renumbered."""
    stt: Code | None = Field(default=None, validation_alias=AliasChoices("stt", "no"))
    """The number printed in the STT column ("1", "1.", "9.1")."""
    stt2: Code | None = Field(default=None, validation_alias=AliasChoices("stt2", "no2"))
    """The second number column ("Stt2" in seed 002), restarting in each sub-section."""
    directive: str | None = None
    """Văn bản chỉ đạo: the document that orders the task."""
    lead: UnitCell | None = None
    """Cơ quan / đơn vị chủ trì (thực hiện)."""
    support: UnitCell | None = None
    """Cơ quan / đơn vị phối hợp."""
    executors: UnitCell | None = None
    """One column naming who leads and who supports, as in seed 001 ("… chủ trì; … phối hợp")."""
    evaluator: UnitCell | None = None
    """Cơ quan chủ trì đánh giá."""
    deadline: str | None = None
    """Thời gian hoàn thành, as printed ("Quý I/2024", "Thường xuyên", "Trước 28/02/2024")."""
    result: str | None = None
    """Kết quả / sản phẩm."""
    measure: str | None = None
    """Đơn vị tính ("%", "Điểm", "hồ sơ")."""
    target: Target | None = None
    """Chỉ tiêu; see :class:`Target`."""
    note: str | None = None
    """Ghi chú."""
    assignment: Assignment | None = None
    """A text spanning the unit, deadline, result and note columns."""


class Task(_RowBase):
    """A task row (nhiệm vụ)."""

    content: NonEmptyStr
    """Nội dung."""
    subitems: list[str] = Field(default_factory=list)
    """Numbered sub-items printed inside the content cell (seed 002, 3.II.11)."""
    done: list[Done] = Field(default_factory=list)
    """Khi nào đã hoàn thành (``tthc due``): ``[2024-03-15]`` or ``[{date: …, due: …, units: [...]}]``."""


class Indicator(_RowBase):
    """An indicator row (chỉ tiêu): a ratio or count with a target and a formula over metrics."""

    indicator: Identifier
    """Key of the indicator in the indicator set, e.g. ``online-payment``; the same key may appear under
    NQ 01 and NQ 02 with their own numbering."""
    name: NonEmptyStr
    """The indicator's name as printed."""
    source: str | None = None
    """Where the target comes from, e.g. ``01/NQ-CP``."""
    formula: str | None = None
    """Overrides the indicator set's formula, e.g. ``online_received / received_new * 100``."""
    precision: int | None = Field(default=None, ge=0, le=6)
    """Decimals to which the value is rounded (default 2)."""


class Group(StrictModel):
    """A row that only groups sub-rows ("9. Tỷ lệ xử lý văn bản …" with 9.1, 9.2)."""

    id: Identifier | None = None
    stt: Code | None = Field(default=None, validation_alias=AliasChoices("stt", "no"))
    group: NonEmptyStr
    """The group's title, spanning the table."""
    items: list[Row] = Field(default_factory=list)


def _row_kind(value: Any) -> str:
    if isinstance(value, dict):
        if "group" in value:
            return "group"
        if "indicator" in value:
            return "indicator"
        return "task"
    if isinstance(value, Group):
        return "group"
    return "indicator" if isinstance(value, Indicator) else "task"


Row = Annotated[
    Annotated[Task, Tag("task")] | Annotated[Indicator, Tag("indicator")] | Annotated[Group, Tag("group")],
    Discriminator(_row_kind),
]
"""A table row: a task, an indicator, or a group of rows (told apart by the ``indicator``/``group`` key)."""


class Section(StrictModel):
    """A section row (I, II, … or a sub-section) spanning the table, with its rows."""

    id: Identifier | None = None
    stt: Code | None = Field(default=None, validation_alias=AliasChoices("stt", "no"))
    title: NonEmptyStr
    items: list[Row] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)


ColumnKey = Literal[
    "stt",
    "stt2",
    "content",
    "directive",
    "lead",
    "support",
    "executors",
    "evaluator",
    "deadline",
    "result",
    "measure",
    "target",
    "note",
]


class Column(StrictModel):
    """A column of an appendix table: which field it shows and its header as printed."""

    key: ColumnKey
    header: NonEmptyStr
    width: float | None = Field(default=None, gt=0)
    """Relative width, used instead of the measured length of the column's text."""
    width_mm: float | None = Field(default=None, gt=0, le=400)
    """Fixed width in millimetres; the other columns share what is left."""

    @field_validator("key", mode="before")
    @classmethod
    def _legacy_key(cls, value: Any) -> Any:
        return {"no": "stt", "no2": "stt2", False: "stt"}.get(value, value) if isinstance(value, (str, bool)) else value


class Table(StrictModel):
    """An appendix table: its columns in order, then rows directly or in sections."""

    columns: list[Column] = Field(min_length=1)
    items: list[Row] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)

    @field_validator("columns")
    @classmethod
    def _unique_columns(cls, value: list[Column]) -> list[Column]:
        keys = [c.key for c in value]
        dupes = sorted(k for k, n in Counter(keys).items() if n > 1)
        if dupes:
            raise ValueError(f"cột bị lặp: {', '.join(dupes)}")
        return value


class Block(StrictModel):
    """A part of an appendix: a heading ("1. Thực hiện các nhiệm vụ …"), text, a table, sub-blocks."""

    id: Identifier | None = None
    stt: Code | None = Field(default=None, validation_alias=AliasChoices("stt", "no"))
    """The heading's number ("1", "9.1")."""
    title: str | None = None
    paragraphs: list[Paragraph] = Field(default_factory=list)
    table: Table | None = None
    indicator: Indicator | None = None
    """An indicator stated as a sentence rather than a table row (seed 002, 9.3: "Đạt loại tốt …")."""
    after: list[Paragraph] = Field(default_factory=list)
    """Text printed after the table."""
    blocks: list[Block] = Field(default_factory=list)


class Attached(StrictModel):
    """The "(Ban hành kèm theo Quyết định số … ngày … của …)" line; number and date come from the document."""

    verb: str = "Ban hành kèm theo"
    by: NonEmptyStr
    """Who issued the decision, as printed after "của"."""
    date_style: Literal["words", "numeric"] = "words"
    """"ngày 16 tháng 02 năm 2024" (words) or "ngày 16/02/2024" (numeric)."""
    printed: str | None = None
    """The whole line exactly as printed, parentheses included, when it differs from the line built from the
    document's number and date (seed 002's phụ lục prints "Quyết định số 752 /QĐ-UBND ngày  16  tháng 02 …");
    kept so that the as-issued file loses nothing and a rule can compare the two."""


class Appendix(StrictModel):
    """A phụ lục (or the kế hoạch table of seed 001): label, title, the attached line, its blocks."""

    id: Identifier
    label: NonEmptyStr = "PHỤ LỤC"
    """The first line as printed: "PHỤ LỤC", "Phụ lục", "KẾ HOẠCH"."""
    title: NonEmptyStr
    attached: Attached | None = None
    orientation: Literal["landscape", "portrait"] = "landscape"
    blocks: list[Block] = Field(default_factory=list)


class Part(StrictModel):
    """A numbered part of a kế hoạch's narrative ("I. MỤC ĐÍCH, YÊU CẦU")."""

    stt: Code | None = Field(default=None, validation_alias=AliasChoices("stt", "no"))
    heading: NonEmptyStr
    paragraphs: list[Paragraph] = Field(default_factory=list)


class PlanBody(StrictModel):
    """The kế hoạch issued with a decision: its own header, title and narrative parts."""

    label: NonEmptyStr = "KẾ HOẠCH"
    title: NonEmptyStr
    attached: Attached | None = None
    intro: list[Paragraph] = Field(default_factory=list)
    parts: list[Part] = Field(default_factory=list)


class Issuer(StrictModel):
    """The issuing body and its parent (cơ quan chủ quản)."""

    name: NonEmptyStr
    """Full name, e.g. "Ủy ban nhân dân huyện Tri Tôn"."""
    header: list[NonEmptyStr] = Field(default_factory=list)
    """The header lines as printed ("ỦY BAN NHÂN DÂN", "HUYỆN TRI TÔN"); derived from ``name`` if empty."""
    parent: str | None = None
    """Tên cơ quan chủ quản, printed above the issuer when there is one."""


class Signer(StrictModel):
    """The signature block."""

    capacity: str | None = Field(default=None, pattern=r"^(TM|KT|Q|TL|TUQ)\. \S.*$")
    """Quyền hạn: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH"; empty when signing in one's own name."""
    title: NonEmptyStr
    """Chức vụ: "CHỦ TỊCH", "PHÓ CHỦ TỊCH"."""
    name: NonEmptyStr


class Article(StrictModel):
    """An article of a decision ("Điều 1. …"); the number comes from its position."""

    title: str | None = None
    text: NonEmptyStr
    paragraphs: list[Paragraph] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _from_str(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data


class Document(StrictModel):
    """The decision (quyết định) or plan (kế hoạch) itself."""

    kind: Literal["quyet-dinh", "ke-hoach"]
    issuer: Issuer
    place: NonEmptyStr
    """Địa danh in the date line, e.g. "Tri Tôn"."""
    number: Code | None = None
    """Số; empty before the document is issued."""
    symbol: NonEmptyStr
    """Ký hiệu, e.g. "QĐ-UBND"."""
    date: PartialDate | None = None
    """Ngày ban hành; ``2024-02`` when only the month is known before signing."""
    title: NonEmptyStr
    """Trích yếu, e.g. "Về việc ban hành Kế hoạch …"."""
    authority: str | None = None
    """Thẩm quyền ban hành: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRI TÔN"."""
    bases: list[Paragraph] = Field(default_factory=list)
    """Căn cứ, one paragraph each, without the final ";" or "."."""
    proposal: str | None = None
    """"Theo đề nghị của …", without the final "."."""
    articles: list[Article] = Field(default_factory=list)
    recipients: list[str] = Field(default_factory=list)
    """Nơi nhận, one per line, without "- " and the final ";" or "."."""
    signer: Signer | None = None


class ParentPlan(StrictModel):
    """The plan of the level above, for cascade checks of targets."""

    path: str | None = None
    """Path of the parent plan file, relative to this file."""
    number: str | None = None
    """Its number, e.g. ``120/QĐ-UBND-HC``."""
    date: PartialDate | None = None


class Rounding(StrictModel):
    """How indicator values are rounded for publication."""

    mode: Literal["half-up", "truncate"] = "half-up"
    decimals: int = Field(default=2, ge=0, le=6)


class Reporting(StrictModel):
    """The reporting calendar the plan's counts follow."""

    month_closes_on: int | None = Field(default=None, ge=1, le=28)
    """The day reporting months close on (14: a month runs 15/2–14/3), so that luỹ kế takes the periods of
    the right reporting year; ``None`` for calendar months."""


class Plan(StrictModel):
    """A plan file."""

    schema_version: Literal[1] = 1
    id: Identifier
    year: int = Field(ge=2000, le=2100)
    level: Literal["tinh", "huyen", "xa"]
    """Cấp: tỉnh, huyện or xã."""
    locality: NonEmptyStr
    """The area the plan covers, e.g. "huyện Tri Tôn"."""
    units: str | None = None
    """Path of the units registry, relative to this file (default: the nearest ``units.yaml``)."""
    parent: ParentPlan | None = None
    document: Document
    plan: PlanBody | None = None
    appendices: list[Appendix] = Field(default_factory=list)
    formulas: dict[str, str] = Field(default_factory=dict)
    """Formulas overriding the indicator set for this plan, by indicator key."""
    rounding: Rounding = Field(default_factory=Rounding)
    reporting: Reporting = Field(default_factory=Reporting)
    """The reporting calendar (luỹ kế)."""


Group.model_rebuild()
Section.model_rebuild()
Block.model_rebuild()
