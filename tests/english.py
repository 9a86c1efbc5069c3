"""Detecting English that reaches a user: words of the parser's, click's and Pydantic's own messages."""

from __future__ import annotations

import re

ENGLISH = re.compile(
    r"\b(?:expected|found|while|allowed|context|stream|scanning|parsing|missing|option|options|got|unexpected|"
    r"extra|arguments?|input|should|valid|permitted|invalid|value|such|usage|error|try|help|choose|from|"
    r"is not|not a|did you mean|requires|show|this|message|exit|commands?|field|required)\b",
    re.IGNORECASE,
)
"""Whole English words (Vietnamese has none of them as syllables, and codes or paths are removed first)."""

_CODE = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|--?[\w-]+|\[[A-Z]{2}\d{3}[^\]]*\]|\S+\.(?:yaml|toml|csv)\b|\S*/\S*")
"""What a Vietnamese message may quote verbatim: quoted text, option names, codes, file names and paths."""


def english_in(text: str) -> list[str]:
    """The English words left in ``text`` once quoted values, options, codes and paths are taken out."""
    return ENGLISH.findall(_CODE.sub(" ", text))
