"""Writing diff results: Markdown (pull requests, ``$GITHUB_STEP_SUMMARY``), JSON, and rich text lines.

Lowered targets and other weakened commitments come first, each on one line starting with "⚠", so that a
reviewer cannot miss them; a pure reformat says so in one line and lists nothing else.
"""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text

from tthc_cli.review.changes import Change, ChangeKind, PlanDiff
from tthc_cli.text.escape import json_text, markdown_code, markdown_text, visible

NO_CHANGE = "Không có thay đổi."
COSMETIC = "Chỉ thay đổi hình thức (định dạng, chú thích, thứ tự khóa); nội dung không đổi."


def status(result: PlanDiff) -> str:
    """``added``, ``removed``, ``changed``, ``cosmetic`` or ``same``."""
    if result.added:
        return "added"
    if result.removed:
        return "removed"
    if result.changes:
        return "changed"
    return "cosmetic" if result.cosmetic else "same"


def _status_line(result: PlanDiff) -> str:
    return {
        "added": "Kế hoạch mới.",
        "removed": "Kế hoạch bị xóa.",
        "cosmetic": COSMETIC,
        "same": NO_CHANGE,
        "changed": f"{len(result.changes)} thay đổi nội dung.",
    }[status(result)]


def ordered(result: PlanDiff) -> list[Change]:
    """Warnings first, then the rest in plan order."""
    return [c for c in result.changes if c.warning] + [c for c in result.changes if not c.warning]


def summary_line(results: list[PlanDiff]) -> str:
    """One line over all files: how many changed, how many targets were weakened."""
    changed = sum(1 for r in results if r.differs)
    cosmetic = sum(1 for r in results if status(r) == "cosmetic")
    warn = sum(len(r.warnings) for r in results)
    parts = [f"{changed} kế hoạch thay đổi nội dung"]
    if cosmetic:
        parts.append(f"{cosmetic} kế hoạch chỉ thay đổi hình thức")
    if warn:
        parts.append(f"⚠ {warn} chỉ tiêu bị hạ hoặc nới lỏng")
    return ", ".join(parts) + "."


def _md_words(change: Change) -> str:
    out = []
    for op, text in change.words:
        t = markdown_text(text)
        out.append(t if op == "=" else f"~~{t.strip()}~~ " if op == "-" else f"**{t.strip()}** ")
    return "".join(out).strip()


def to_markdown(results: list[PlanDiff]) -> str:
    """Markdown for a pull-request comment or the job summary."""
    lines = ["## tthc diff: thay đổi nội dung kế hoạch", "", f"**{summary_line(results)}**", ""]
    for r in results:
        lines += [f"### {markdown_code(r.new_name if not r.removed else r.old_name)}", ""]
        warnings = r.warnings
        if warnings:
            lines.append("> [!WARNING]")
            for k, c in enumerate(warnings):
                lines += ([">"] if k else []) + [f"> **⚠ {markdown_text(c.message)}**"]
            lines.append("")
        lines += [_status_line(r), ""]
        for c in ordered(r):
            if c.warning:
                continue
            where = f" _({markdown_text(c.where)})_" if c.where else ""
            lines.append(f"- {markdown_text(c.message, line_start=True)}{where}")
            if c.words:
                lines.append(f"  <br>{_md_words(c)}")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def to_json(results: list[PlanDiff]) -> str:
    """JSON: one object per file with its status and changes (kinds are stable)."""

    def change(c: Change) -> dict[str, Any]:
        return {
            "kind": c.kind.value,
            "warning": c.warning,
            "message": c.message,
            "where": c.where,
            "path": c.path,
            "old": c.old,
            "new": c.new,
            "words": [list(w) for w in c.words],
        }

    doc = {
        "differs": any(r.differs for r in results),
        "summary": summary_line(results),
        "files": [
            {"old": r.old_name, "new": r.new_name, "status": status(r), "changes": [change(c) for c in ordered(r)]}
            for r in results
        ],
    }
    return json_text(json.dumps(doc, ensure_ascii=False, indent=2)) + "\n"


_STYLE = {
    ChangeKind.TARGET_RAISED: "green",
    ChangeKind.ROW_ADDED: "green",
    ChangeKind.SECTION_ADDED: "green",
    ChangeKind.BASIS_ADDED: "green",
    ChangeKind.UNIT_ADDED: "green",
    ChangeKind.ROW_REMOVED: "red",
    ChangeKind.SECTION_REMOVED: "red",
    ChangeKind.BASIS_REMOVED: "red",
    ChangeKind.UNIT_REMOVED: "red",
    ChangeKind.RENUMBERED: "dim",
}


def to_rich(results: list[PlanDiff], *, markers: bool = False) -> list[Text]:
    """Lines for the terminal: warnings in bold red, word diffs in colour (and, with ``markers``, written
    ``[-removed-]{+added+}`` so that they read without colour)."""
    out: list[Text] = []
    for r in results:
        out.append(Text(visible(f"{r.old_name} → {r.new_name}"), style="bold"))
        for c in r.warnings:
            out.append(Text(f"  ⚠ {visible(c.message)}", style="bold red"))
        if not r.changes:
            out.append(Text(f"  {_status_line(r)}", style="dim" if status(r) != "added" else ""))
        for c in ordered(r):
            if c.warning:
                continue
            line = Text("  • ")
            line.append(visible(c.message), style=_STYLE.get(c.kind, ""))
            if c.where:
                line.append(f"  ({visible(c.where)})", style="dim")
            out.append(line)
            if c.words:
                words = Text("      ")
                for op, raw in c.words:
                    text = visible(raw)
                    shown = text if op == "=" or not markers else f"[-{text}-]" if op == "-" else f"{{+{text}+}}"
                    words.append(shown, style="" if op == "=" else "red strike" if op == "-" else "green bold")
                out.append(words)
        out.append(Text(""))
    if len(results) > 1:
        out.append(Text(summary_line(results), style="bold"))
    return out


def to_plain(results: list[PlanDiff]) -> str:
    """The text format without colour (what a pipe or a file receives)."""
    return "\n".join(line.plain for line in to_rich(results, markers=True)) + "\n"
