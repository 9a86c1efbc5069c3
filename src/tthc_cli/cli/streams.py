"""Standard output and error in UTF-8, whatever the console or pipe says.

With output redirected or piped, Python on Windows writes in the ANSI code page (cp1252, cp1258), which
cannot encode most Vietnamese letters: every message would end in ``UnicodeEncodeError`` and exit code 1,
which means "the plan has errors". tthc's output is always UTF-8 (what editors, CI logs and PowerShell 7 read);
a character UTF-8 cannot hold (a lone surrogate from an undecodable file name) becomes a replacement mark
rather than a traceback. Line ends are written as given, on every system: the CSV format ends its lines with
CRLF itself, which Windows' newline translation would turn into CR CR LF. Standard library only: this runs
before anything else, on every call.
"""

from __future__ import annotations

import sys
from typing import TextIO


def _reconfigure(stream: TextIO | None) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is None:
        return
    try:
        reconfigure(encoding="utf-8", errors="replace", newline="\n")
    except (ValueError, OSError):
        # already written to, or not a wrapper that can change encoding: at least never raise on a letter
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):
            return


def utf8_streams() -> None:
    """Switch ``sys.stdout`` and ``sys.stderr`` to UTF-8 with replacement of what cannot be encoded."""
    _reconfigure(sys.stdout)
    _reconfigure(sys.stderr)
