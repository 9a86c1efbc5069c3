"""Which encoding a file that is not UTF-8 was saved in, and how to convert it.

Offices save plans and counts from Notepad, Excel or old Word setups: UTF-16 ("Unicode" in Notepad), the
Vietnamese ANSI code page Windows-1258, or the Western one Windows-1252. A byte order mark, or a pattern of
NUL bytes that decodes cleanly, makes UTF-16/UTF-32 certain; an 8-bit code page is only a guess (the same
bytes are valid in all of them), so a caller may decode it for counts but must not run checks on it.
"""

from __future__ import annotations

import codecs
import itertools
from dataclasses import dataclass

_BOMS: tuple[tuple[bytes, str, str, int], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32LE", 12000),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32BE", 12001),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16LE", 1200),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16BE", 1201),
)
_VN_1258 = frozenset(b"\xc3\xe3\xd0\xf0\xd5\xf5\xdd\xfd")
"""Ă ă Đ đ Ơ ơ Ư ư in Windows-1258."""
_TONES_1258 = frozenset(b"\xcc\xec\xd2\xde\xf2")
"""The combining tone marks of Windows-1258 (huyền, sắc, hỏi, ngã, nặng), written after their vowel."""
_VOWELS = frozenset(b"aeiouyAEIOUY\xe2\xea\xf4\xc2\xca\xd4\xe3\xc3\xf5\xd5\xfd\xdd")


@dataclass(frozen=True)
class Sniffed:
    """An encoding a file was found in."""

    codec: str
    """Python's codec name."""
    label: str
    """The name users know it by."""
    certain: bool
    """A byte order mark or a clean UTF-16 NUL pattern: decoding with it gives the text the author wrote."""
    iconv: str
    """Its name for ``iconv -f``."""
    codepage: int
    """Its Windows code page number (for PowerShell / .NET)."""

    def convert_hint(self, name: str) -> str:
        """The commands that convert ``name`` to UTF-8, on Linux/macOS/Git Bash and in PowerShell."""
        quoted = name.replace("'", "'\\''")
        ps = name.replace("'", "''")
        return (
            f"chuyển sang UTF-8 rồi chạy lại: iconv -f {self.iconv} -t UTF-8 '{quoted}' > tam.yaml && mv tam.yaml "
            f"'{quoted}' (Linux, macOS, Git Bash); trong PowerShell: [IO.File]::WriteAllText('{ps}', "
            f"[IO.File]::ReadAllText('{ps}', [Text.Encoding]::GetEncoding({self.codepage})))"
        )


UTF16_LE = Sniffed("utf-16-le", "UTF-16", True, "UTF-16LE", 1200)
UTF16_BE = Sniffed("utf-16-be", "UTF-16 (big-endian)", True, "UTF-16BE", 1201)
CP1258 = Sniffed("cp1258", "Windows-1258 (cp1258)", False, "CP1258", 1258)
CP1252 = Sniffed("cp1252", "Windows-1252 (cp1252)", False, "CP1252", 1252)


def sniff_wide(raw: bytes) -> Sniffed | None:
    """UTF-16 or UTF-32, when a byte order mark or the NUL bytes of mostly-ASCII text say so for certain."""
    for bom, codec, iconv, page in _BOMS:
        if raw.startswith(bom):
            return Sniffed(codec, iconv.replace("LE", "").replace("BE", " (big-endian)"), True, iconv, page)
    head = raw[:4096]
    if len(head) < 4 or len(raw) % 2:
        return None
    for found, nul_half, text_half in ((UTF16_LE, head[1::2], head[0::2]), (UTF16_BE, head[0::2], head[1::2])):
        mostly_ascii = nul_half.count(0) * 2 >= len(nul_half) and text_half.count(0) * 100 <= len(text_half)
        if mostly_ascii and _decodes(raw, found.codec):
            return found
    return None


def _decodes(raw: bytes, codec: str) -> bool:
    try:
        return "\x00" not in raw.decode(codec)
    except UnicodeDecodeError:
        return False


def sniff_8bit(raw: bytes) -> Sniffed | None:
    """The 8-bit code page that bytes which are not UTF-8 were most likely written in; ``None`` when the
    file is mostly valid UTF-8 with a few broken bytes (a bad paste, not another encoding)."""
    text = raw.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd") > broken:
        return None
    high = [b for b in raw if b > 0x7F]
    vietnamese = sum(1 for b in high if b in _VN_1258)
    vietnamese += sum(1 for a, b in itertools.pairwise(raw) if b in _TONES_1258 and a in _VOWELS)
    return CP1258 if high and vietnamese * 3 >= len(high) else CP1252
