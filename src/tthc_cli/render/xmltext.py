"""Text made safe for WordprocessingML: no character that XML 1.0 forbids, markup characters escaped."""

from __future__ import annotations

import unicodedata

from tthc_cli.text.escape import strip_controls


def clean(text: str | None) -> str:
    """NFC text without the control characters that would make a .docx unreadable or reorder what it shows
    (C0, C1, bidi overrides); "" for None.

    Tabs and line breaks are kept as spaces: a cell or paragraph is one run of text.
    """
    if not text:
        return ""
    t = strip_controls(unicodedata.normalize("NFC", text))
    return t.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def escape(text: str) -> str:
    """``text`` escaped for an XML text node or attribute (after :func:`clean`)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
