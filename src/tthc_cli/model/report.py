"""The report file: what the officer writes for a monthly báo cáo, beside the counts tthc fills in.

The counts come from the counts file (``--counts``); the words do not. A report file gives the opening
("Thực hiện Công văn số …"), the parts I, II, … with their narrative paragraphs, where the figures go
(``figures: dossiers`` in a part prints the hồ sơ received and resolved by each unit group, then the
total), the groups themselves (cấp huyện, cấp xã), the signer and the nơi nhận.

Example (``examples/lap-vo/bao-cao-2024-03.yaml``)::

    schema_version: 1
    period: {start: 2024-02-15, end: 2024-03-12}
    groups:
      - {name: Bộ phận Một cửa huyện, units: [mot-cua-huyen]}
    parts:
      - heading: ĐỔI MỚI VIỆC THỰC HIỆN TTHC
        items:
          - heading: Kết quả giải quyết TTHC
            figures: dossiers
    signer: {capacity: TM. ỦY BAN NHÂN DÂN, title: Q. CHỦ TỊCH, name: Trương Thị Diệp}
    recipients: [Văn phòng UBND Tỉnh, 'Lưu: VT']
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, model_validator

from tthc_cli.model.common import NonEmptyStr, StrictModel
from tthc_cli.model.plan import Paragraph, Signer

Day = Annotated[dt.date, Field(strict=False)]
"""A calendar day, written ``2024-03-12``."""
Figures = Literal["dossiers", "digitisation", "feedback", "indicators"]
"""Blocks of figures tthc writes into a part: hồ sơ received/resolved/pending, digitisation, PAKN, and the
plan's indicators against their targets (table and charts)."""


class DateRange(StrictModel):
    """The days the counts cover ("từ ngày 15/02/2024 đến ngày 12/3/2024")."""

    start: Day
    end: Day

    @model_validator(mode="after")
    def _ordered(self) -> DateRange:
        if self.end < self.start:
            raise ValueError("ngày kết thúc trước ngày bắt đầu")
        return self


class UnitGroup(StrictModel):
    """Units whose counts are reported together, e.g. all the Bộ phận Một cửa of the xã."""

    name: NonEmptyStr
    """As printed after "tại": "Bộ phận Một cửa huyện"."""
    units: list[NonEmptyStr] = Field(min_length=1)
    """Unit ids of the units registry (as in the counts file)."""


class ReportPart(StrictModel):
    """A part of the report (I, II, …) or an item of a part (1, 2, …)."""

    heading: NonEmptyStr
    paragraphs: list[Paragraph] = Field(default_factory=list)
    figures: Figures | None = None
    """Figures printed after the paragraphs."""
    items: list[ReportPart] = Field(default_factory=list)
    """Numbered items 1, 2, … (one level below a part)."""


class ReportFile(StrictModel):
    """A monthly (or quarterly, yearly) báo cáo's own words."""

    schema_version: Literal[1] = 1
    title: str | None = None
    """Trích yếu; default "Kết quả thực hiện cải cách thủ tục hành chính tháng …"."""
    number: str | None = None
    date: Day | None = None
    period: DateRange | None = None
    opening: list[Paragraph] = Field(default_factory=list)
    """"Thực hiện Công văn số …" paragraphs before the parts."""
    groups: list[UnitGroup] = Field(default_factory=list)
    """How the figures are broken down; default: one group per unit of the counts file."""
    parts: list[ReportPart] = Field(min_length=1)
    closing: str | None = None
    """"Trên đây là báo cáo …"; a default sentence when absent."""
    signer: Signer | None = None
    """Default: the plan's signer; a report without either is an error."""
    recipients: list[str] = Field(default_factory=list)
    """Nơi nhận; default: the plan's."""
