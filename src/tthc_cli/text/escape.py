"""Text from input made harmless before people see it: on a terminal, in a log, in Markdown, in a document.

A plan, a counts file or a records cell may hold control characters (ESC starts the sequences that clear a
screen, set a window title or forge a coloured "OK" line; GitHub's log viewer obeys them too) and bidi
overrides (U+202E shows "gpj.exe" as "exe.jpg"). Every reporter passes input text through :func:`visible`,
which writes them as ``\\x1b`` or ``<U+202E>`` so that they are seen, not obeyed; CSV and XLSX cells get the
same through :func:`~tthc_cli.text.csvsafe.safe_text`. A .docx takes :func:`strip_controls`; JSON keeps every
value exact but writes these characters as ``\\u`` escapes (:func:`json_text`). Markdown outputs take
:func:`markdown_text` and :func:`markdown_code`, so that ``<img src=…>`` or ``[x](javascript:…)`` in a plan is
shown as written and a ``|`` does not split a table cell.
"""

from __future__ import annotations

import re

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_INVISIBLE = "\u00ad\u200b-\u200d\u2060-\u2064\ufeff"
"""Characters that print as nothing (zero-width space, BOM, soft hyphen …): a name with one looks right and
matches nothing, so terminal output shows them too (JSON keeps them, as values)."""
_CONTROLS = re.compile(f"[\x00-\x08\x0a-\x1f\x7f-\x9f{_BIDI}{_INVISIBLE}]")
_CONTROLS_KEEP_NL = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}{_INVISIBLE}]|\r(?!\n)")
_JSON_RAW = re.compile(f"[\x7f-\x9f{_BIDI}]")
"""What JSON keeps as a value but writes as ``\\u…``: json.dumps escapes C0 itself, not DEL, C1 or bidi."""
_UNSHOWABLE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_BIDI}\ud800-\udfff\ufffe\uffff]")
"""What a .docx run or an XLSX cell cannot hold or should not obey (see :func:`strip_controls`)."""
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~]|&(?=#?[0-9A-Za-z]+;))")
_MD_LINE_START = re.compile(r"^(\s*(?:\d+)?)([#+=-]|(?<=\d)[.)])")
_URL_END = r"[^\s<>()\[\]|`]*[^\s<>()\[\]|`.,;:!?'\"]"
_MD_LITERAL = re.compile(
    rf"(?:https?|ftp)://{_URL_END}|(?<![\w.])www\.{_URL_END}"  # links GitHub would make of bare addresses
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses, which it links too
    r"|(?<![\w@`])@[A-Za-z0-9][\w-]*(?:/[\w.-]+)?"  # @mentions, which would notify someone
)
"""Text that GitHub turns into a link or a notification by itself; shown as code, which it leaves alone."""


def _show(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"<U+{code:04X}>"


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """``text`` with control characters (C0 but tab, DEL, C1) and bidi controls written as ``\\x1b`` or
    ``<U+202E>``; line ends (LF, CRLF) are kept only with ``keep_newlines`` (a one-line message stays one line)."""
    pattern = _CONTROLS_KEEP_NL if keep_newlines else _CONTROLS
    return pattern.sub(_show, text) if pattern.search(text) else text


def json_text(dumped: str) -> str:
    """JSON text from ``json.dumps(..., ensure_ascii=False)`` with DEL, C1 and bidi controls written as
    ``\\u009b``-style escapes: the same values when parsed, but safe to print (C0 is escaped by json itself)."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)


def strip_controls(text: str) -> str:
    """``text`` without the characters a .docx or an XLSX cell cannot hold or should not obey (tab and line
    breaks are kept: the caller decides what they become)."""
    return _UNSHOWABLE.sub("", text)


def markdown_text(text: str, *, line_start: bool = False) -> str:
    """``text`` shown literally in GitHub-flavoured Markdown: inline markup, HTML and table pipes escaped,
    controls made :func:`visible`, on one line; bare web and e-mail addresses and ``@mentions`` written as
    code, so that they neither become links nor notify anyone. With ``line_start`` (text that begins a list
    item or a paragraph) a leading ``#``, ``-``, ``+``, ``=`` or ``1.`` is escaped too, so it cannot start a
    block."""
    one_line = " ".join(visible(text.replace("\r\n", "\n"), keep_newlines=True).split("\n"))
    parts: list[str] = []
    done = 0
    for m in _MD_LITERAL.finditer(one_line):
        parts += [_MD_SPECIAL.sub(r"\\\1", one_line[done : m.start()]), markdown_code(m.group())]
        done = m.end()
    escaped = "".join(parts) + _MD_SPECIAL.sub(r"\\\1", one_line[done:])
    return _MD_LINE_START.sub(r"\1\\\2", escaped, count=1) if line_start else escaped


def markdown_code(text: str) -> str:
    """``text`` as a Markdown code span whose fence is longer than any backtick run inside it (a table
    pipe inside is escaped too, since GitHub splits cells before it reads code spans)."""
    shown = " ".join(visible(text, keep_newlines=True).split("\n")).replace("|", "\\|")
    run = max((len(m) for m in re.findall(r"`+", shown)), default=0)
    fence = "`" * (run + 1)
    pad = " " if shown.startswith("`") or shown.endswith("`") or run else ""
    return f"{fence}{pad}{shown}{pad}{fence}"
