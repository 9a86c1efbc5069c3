"""Một cơ quan được viết hai cách trong cùng kế hoạch ("Văn phòng HĐND và UBND huyện" và "Văn phòng HĐND-UBND
huyện", "Phòng Tư pháp" và "Phòng tư pháp").

Tên cơ quan lấy từ danh mục đơn vị (``units.yaml``: tên và bí danh). Hai cách viết chỉ khác nhau ở chữ hoa,
khoảng trắng hay cách nối ("và", "-", "–") là cùng một cơ quan; khi kế hoạch dùng cả hai, cách viết không
có trong danh mục được báo, kèm cách viết đúng (tiêu đề viết hoa toàn bộ không tính). Các bí danh khác
chữ ("UBND huyện" và "Ủy ban nhân dân huyện") là cách viết được phép, không báo.

Ví dụ sai:

    content: Văn phòng HĐND và UBND huyện chủ trì; Văn phòng HĐND-UBND huyện tổng hợp báo cáo

Ví dụ đúng:

    content: Văn phòng HĐND và UBND huyện chủ trì; Văn phòng HĐND và UBND huyện tổng hợp báo cáo
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from tthc_cli import codes
from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.spelling_support import unit_names
from tthc_cli.lint.textpos import finding_at, strings
from tthc_cli.units.resolve import name_key

CODE = codes.TEXT_AGENCY_TWO_NAMES
FAMILY = "text"
NEEDS_MODEL = False

_SEP = re.compile(r"\s*(?:\bvà\b|[-–—&])\s*", re.IGNORECASE)
_LOOSE_SEP = r"\s*(?:và|[-–—&])\s*"


@dataclass(frozen=True)
class _Mention:
    path: YamlPath
    value: str
    start: int
    surface: str


def writing_key(name: str) -> str:
    """One form for the ways of writing a name: the registry's comparison form, any joining word or dash as
    " + " ("Văn phòng HĐND và UBND huyện" and "Văn phòng HĐND-UBND huyện" are one)."""
    return " ".join(_SEP.sub(" + ", name_key(name)).split())


def _pattern(name: str) -> str:
    parts = [p for p in _SEP.split(unicodedata.normalize("NFC", name).strip())]
    return _LOOSE_SEP.join(r"\s+".join(re.escape(w) for w in p.split()) for p in parts)


def _registry(ctx: PlanContext) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    if ctx.units is None:
        return None, frozenset()
    forms = {" ".join(n.split()) for n in unit_names(ctx.units)}
    if not forms:
        return None, frozenset()
    body = "|".join(_pattern(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE), frozenset(forms)


def check(ctx: PlanContext) -> Iterator[Finding]:
    """Report the writings of a registry agency that are not the registry's, when the plan also uses another."""
    pattern, forms = _registry(ctx)
    if pattern is None:
        return
    groups: dict[str, list[_Mention]] = {}
    for path, value in strings(ctx):
        for m in pattern.finditer(value):
            surface = " ".join(m.group().split())
            if surface.isupper():
                continue  # a heading in capitals is a style, not another name
            groups.setdefault(writing_key(surface), []).append(_Mention(path, value, m.start(), surface))
    for mentions in groups.values():
        surfaces = [x.surface for x in mentions]
        if len(set(surfaces)) < 2:
            continue
        right = [s for s in surfaces if s in forms]
        preferred = right[0] if right else max(surfaces, key=surfaces.count)
        for x in mentions:
            if x.surface != preferred and x.surface not in forms:
                yield finding_at(
                    ctx,
                    x.path,
                    x.value,
                    x.start,
                    f"Cơ quan được viết hai cách trong kế hoạch: '{x.surface}' và '{preferred}'",
                    f"viết thống nhất '{preferred}' như danh mục đơn vị",
                )
