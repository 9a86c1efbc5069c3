"""Characters that make a name look right and match nothing: invisible ones and look-alike letters.

"Phòng Tư pháp" with a zero-width space, a byte-order mark pasted from another file, or "ÐỒNG" typed with
the Latin eth (U+00D0) instead of the Vietnamese "Đ" (U+0110) all print like the real name. Terminal output
shows invisible characters (:func:`tthc_cli.text.escape.visible`), names are compared without them
(:func:`tthc_cli.text.normalize.fold`), and :func:`explain` says in a hint what they are.
"""

from __future__ import annotations

import unicodedata

LOOK_ALIKES = {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u0189": "\u0110"}
"""Letters mistaken for Vietnamese ones: Latin eth (Ð ð) and African D (Ɖ) for đ/Đ."""


def _invisible(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cf", "Cc", "Zl", "Zp") or ch in "\u00a0\u2007\u202f\u3000"


def explain(text: str) -> str | None:
    """A Vietnamese sentence naming the invisible and look-alike characters of ``text``, or ``None``."""
    parts: list[str] = []
    for ch in dict.fromkeys(text):
        name = unicodedata.name(ch, "").lower()
        if _invisible(ch):
            parts.append(f"ký tự vô hình U+{ord(ch):04X} ({name or 'không tên'})")
        elif ch in LOOK_ALIKES:
            real = LOOK_ALIKES[ch]
            parts.append(f"'{ch}' (U+{ord(ch):04X}, {name}) thay cho '{real}' (U+{ord(real):04X})")
    return "có " + ", ".join(parts) + "; hãy gõ lại tên" if parts else None
