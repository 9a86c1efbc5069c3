"""The legal catalogue: documents a plan cites (số hiệu, loại, cơ quan ban hành, ngày, trích yếu).

The shipped catalogue is ``tthc_cli/data/legal.yaml``; a repository adds its own documents with
``legal = ["legal.yaml"]`` in its configuration. The same number can exist in many years, so a document is
identified by its number and its date (or the year in its number).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tthc_cli.model.common import NonEmptyStr, PartialDate, StrictModel, partial_date_parts

DocType = Literal[
    "luat",
    "nghi-dinh",
    "nghi-quyet",
    "quyet-dinh",
    "thong-tu",
    "chi-thi",
    "ke-hoach",
    "cong-van",
    "cong-dien",
    "thong-bao",
    "huong-dan",
    "bao-cao",
    "to-trinh",
    "chuong-trinh",
    "van-ban",
]
"""Kinds of documents, as ASCII ids (``van-ban`` when the kind is not said)."""

DOC_TYPE_WORDS: dict[str, str] = {
    "luat": "Luật",
    "nghi-dinh": "Nghị định",
    "nghi-quyet": "Nghị quyết",
    "quyet-dinh": "Quyết định",
    "thong-tu": "Thông tư",
    "chi-thi": "Chỉ thị",
    "ke-hoach": "Kế hoạch",
    "cong-van": "Công văn",
    "cong-dien": "Công điện",
    "thong-bao": "Thông báo",
    "huong-dan": "Hướng dẫn",
    "bao-cao": "Báo cáo",
    "to-trinh": "Tờ trình",
    "chuong-trinh": "Chương trình",
    "van-ban": "Văn bản",
}
"""The Vietnamese name of each kind, as written before the number."""


class LegalDocument(StrictModel):
    """One document of the catalogue."""

    number: str | None = None
    """Số, ký hiệu as officially written, e.g. ``63/2010/NĐ-CP``; empty for a law cited only by its name."""
    type: DocType
    issuer: str | None = None
    """Cơ quan ban hành, e.g. "Chính phủ"; empty when not known."""
    date: PartialDate
    """Ngày ban hành (``2010-06-08``), or only the year (``2019``) when the day is not known."""
    title: str = ""
    """Trích yếu."""
    normative: bool = False
    """Văn bản quy phạm pháp luật: its number must carry the year."""
    aliases: list[NonEmptyStr] = Field(default_factory=list)
    """Names by which it is cited without a number, e.g. "Luật Tổ chức chính quyền địa phương"."""
    locality: str | None = None
    """For a local document ("tỉnh An Giang"): it is only looked up for plans that mention this place."""
    source: str = ""
    """Where the date was established (which seeds cite it consistently, or another reference)."""

    @property
    def year(self) -> int:
        """The year of issue."""
        return partial_date_parts(self.date)[0]

    @property
    def label(self) -> str:
        """How the document is named in messages: "Nghị định 63/2010/NĐ-CP" or its first alias."""
        if self.number:
            return f"{DOC_TYPE_WORDS[self.type]} {self.number}"
        return self.aliases[0] if self.aliases else DOC_TYPE_WORDS[self.type]


class LegalFile(StrictModel):
    """A ``legal.yaml`` file."""

    schema_version: Literal[1] = 1
    documents: list[LegalDocument] = Field(default_factory=list)
