"""Walks a plan's raw data and collects every numbering issue (see :mod:`tthc_cli.lint.numbering`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from tthc_cli import codes
from tthc_cli.findings import YamlPath
from tthc_cli.lint.context import Finding, PlanContext
from tthc_cli.lint.numbering import Issue, Number, check_sequence, parse_number

_CACHE = "numbering.issues"
STT = ("stt", "no")
STT2 = ("stt2", "no2")
Entry = tuple[YamlPath, Number]


def numbering_issues(ctx: PlanContext) -> list[Issue]:
    """Every numbering issue of the plan, computed once per plan and shared by the numbering rules."""
    if _CACHE not in ctx.extra:
        walker = _Walker()
        data = ctx.data if isinstance(ctx.data, dict) else {}
        body = data.get("plan")
        if isinstance(body, dict):
            walker.siblings(body.get("parts"), ("plan", "parts"), "Phần đầu tiên", roman=True)
        for i, appendix in enumerate(_list(data.get("appendices"))):
            if isinstance(appendix, dict):
                walker.blocks(appendix.get("blocks"), ("appendices", i, "blocks"), ())
        ctx.extra[_CACHE] = walker.issues
    issues: list[Issue] = ctx.extra[_CACHE]
    return issues


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _entry(item: Any, base: YamlPath, keys: tuple[str, str]) -> Entry | None:
    if not isinstance(item, dict):
        return None
    key = next((k for k in keys if k in item), None)
    if key is None or item[key] is None or isinstance(item[key], (bool, dict, list)):
        return None
    return (*base, key), parse_number(item[key])


class _Walker:
    def __init__(self) -> None:
        self.issues: list[Issue] = []

    def format(self, entries: list[Entry], parent: tuple[int, ...], roman: bool) -> None:
        for path, num in entries:
            if num.style == "unknown":
                self.issues.append(
                    Issue(
                        codes.NUMBERING_ROMAN,
                        path,
                        f"Không đọc được số thứ tự '{num.raw}'",
                        "viết số như 1, 1., 9.1 hoặc I, II",
                    )
                )
            elif num.style == "roman" and num.parts is None:
                self.issues.append(
                    Issue(
                        codes.NUMBERING_ROMAN,
                        path,
                        f"'{num.raw}' không phải số La Mã hợp lệ",
                        "viết I, II, III, IV, V…",
                    )
                )
            elif roman and num.style == "arabic":
                self.issues.append(
                    Issue(
                        codes.NUMBERING_ROMAN,
                        path,
                        f"Mục lớn phải đánh số La Mã, không phải '{num.raw}'",
                        "viết I, II, III…",
                    )
                )
            elif num.parts and len(num.parts) > 1 and parent and num.parts[:-1] != parent:
                want = ".".join(map(str, parent))
                self.issues.append(
                    Issue(
                        codes.NUMBERING_ROMAN,
                        path,
                        f"Số {num.raw} không thuộc mục {want} chứa nó",
                        f"đánh số dạng {want}.1, {want}.2…",
                    )
                )

    def siblings(
        self,
        items: Any,
        base: YamlPath,
        what: str,
        parent: tuple[int, ...] = (),
        roman: bool = False,
        keys: tuple[str, str] = STT,
    ) -> None:
        entries = [e for i, item in enumerate(_list(items)) if (e := _entry(item, (*base, i), keys))]
        self.format(entries, parent, roman)
        self.issues.extend(check_sequence(entries, what))

    def blocks(self, items: Any, base: YamlPath, parent: tuple[int, ...]) -> None:
        self.siblings(items, base, "Mục đầu tiên", parent)
        for j, block in enumerate(_list(items)):
            if not isinstance(block, dict):
                continue
            entry = _entry(block, (*base, j), STT)
            parts = entry[1].parts if entry and entry[1].style == "arabic" and entry[1].parts else parent
            if isinstance(block.get("table"), dict):
                self.table(block["table"], (*base, j, "table"))
            self.blocks(block.get("blocks"), (*base, j, "blocks"), parts)

    def table(self, table: dict[str, Any], tpath: YamlPath) -> None:
        segments: list[tuple[str, Any, YamlPath]] = [("", table.get("items"), (*tpath, "items"))]
        self.sections(table.get("sections"), (*tpath, "sections"), segments, top=True)
        for keys, label in ((STT, "Cột STT"), (STT2, "Cột Stt2")):
            self.rows(segments, keys, label)

    def sections(self, items: Any, base: YamlPath, segments: list[tuple[str, Any, YamlPath]], top: bool) -> None:
        self.siblings(items, base, "Mục đầu tiên", roman=top)
        for k, section in enumerate(_list(items)):
            if isinstance(section, dict):
                name = str(section.get("stt") or section.get("no") or k + 1)
                segments.append((name, section.get("items"), (*base, k, "items")))
                self.sections(section.get("sections"), (*base, k, "sections"), segments, top=False)

    def rows(self, segments: list[tuple[str, Any, YamlPath]], keys: tuple[str, str], label: str) -> None:
        numbered: list[tuple[str, list[Entry]]] = []
        for name, items, base in segments:
            entries = [e for i, item in enumerate(_list(items)) if (e := _entry(item, (*base, i), keys))]
            self.format(entries, (), False)
            if entries:
                numbered.append((name, entries))
            if keys == STT:
                for i, item in enumerate(_list(items)):
                    self.group(item, (*base, i))
        readable = [(n, [e for e in es if e[1].parts]) for n, es in numbered]
        readable = [(n, es) for n, es in readable if es]
        parts = readable[1][1][0][1].parts if len(readable) > 1 else None
        if parts and parts[-1] != 1:
            self.issues.extend(check_sequence([e for _, es in readable for e in es], f"{label} của bảng"))
            return
        for name, entries in readable:
            where = f"{label} của mục {name}" if name else f"{label} của bảng"
            self.issues.extend(check_sequence(entries, where))

    def group(self, item: Any, path: YamlPath) -> None:
        if not isinstance(item, dict) or "group" not in item:
            return
        entry = _entry(item, path, STT)
        parent = entry[1].parts if entry and entry[1].parts else ()
        self.siblings(item.get("items"), (*path, "items"), "Nhóm", parent)
        for i, sub in enumerate(_list(item.get("items"))):
            self.group(sub, (*path, "items", i))


def numbering_check(code: str) -> Callable[[PlanContext], Iterator[Finding]]:
    """The ``check`` of the numbering rule ``code``: its share of the one walk over the plan's numbers."""

    def check(ctx: PlanContext) -> Iterator[Finding]:
        for issue in numbering_issues(ctx):
            if issue.code == code:
                yield Finding(issue.path, issue.message, issue.hint)

    return check
