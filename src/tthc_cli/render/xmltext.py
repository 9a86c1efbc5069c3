"""Text made safe for WordprocessingML: no character that XML 1.0 forbids, markup characters escaped."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean(text: str | None) -> str:
    """NFC text without the control characters that would make a .docx unreadable; "" for None.

    Tabs and line breaks are kept as spaces: a cell or paragraph is one run of text.
    """
    if not text:
        return ""
    t = _FORBIDDEN.sub("", unicodedata.normalize("NFC", text))
    return t.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\t", " ")


def escape(text: str) -> str:
    """``text`` escaped for an XML text node or attribute (after :func:`clean`)."""
    return clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
