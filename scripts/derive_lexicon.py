"""Derive ``src/tthc_cli/data/lexicon/words.txt`` from two word lists shipped by PyPI packages.

Sources: ``pyvi/models/words.txt`` of pyvi 0.1.1 (MIT licence) and ``underthesea/corpus/data/Viet74K.txt`` of
underthesea 9.5.0 (Apache-2.0 licence). Run: ``python scripts/derive_lexicon.py PYVI_WORDS VIET74K`` (the files
inside the wheels: ``pip download --no-deps pyvi underthesea==9.5.0`` and unzip). Each entry is lower-cased,
NFC-normalised, its tone marks put in the old placement ("hoá" → "hóa", see
``tthc_cli.text.syllable.canonical``); entries with a syllable the orthography does not allow go to
``loanwords.txt`` when they are one token ("acid"), and are dropped otherwise; duplicates go. ``words.txt``
keeps the words of two to five syllables, ``syllables.txt`` every syllable of every entry: loading them costs no
parsing.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

from tthc_cli.text.lexicon import MAX_WORD
from tthc_cli.text.syllable import canonical

DATA = Path(__file__).resolve().parent.parent / "src/tthc_cli/data/lexicon"
HEADER = """\
# Vietnamese words of two to five syllables attested in two word lists:
# - pyvi 0.1.1, pyvi/models/words.txt, Copyright (c) 2016 Viet-Trung Tran, MIT License
#   (https://github.com/trungtv/pyvi);
# - underthesea 9.5.0, underthesea/corpus/data/Viet74K.txt, Copyright the underthesea authors,
#   Apache License 2.0 (https://github.com/undertheseanlp/underthesea).
# Derived by scripts/derive_lexicon.py: lower case, NFC, tone marks in the old placement, sorted.
# One entry a line, its syllables separated by one space.
"""


def derive(sources: list[Path]) -> tuple[list[str], list[str]]:
    """The derived entries and the loanwords, sorted."""
    out: set[str] = set()
    loans: set[str] = set()
    lines = [line for source in sources for line in source.read_text(encoding="utf-8").splitlines()]
    for raw in lines:
        tokens = unicodedata.normalize("NFC", raw).lower().split()
        if not tokens:
            continue
        forms = [canonical(t) for t in tokens]
        if all(forms):
            out.add(" ".join(f for f in forms if f))
        elif len(tokens) == 1 and tokens[0].isalpha() and len(tokens[0]) > 1:
            loans.add(tokens[0])
    return sorted(out), sorted(loans)


def main() -> None:
    """Write the derived file."""
    entries, loans = derive([Path(a) for a in sys.argv[1:]])
    words = sorted(e for e in entries if 0 < e.count(" ") < MAX_WORD)
    (DATA / "words.txt").write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    loan_header = HEADER.replace("words of two to five syllables", "single-token loanwords")
    (DATA / "loanwords.txt").write_text(loan_header + "\n".join(loans) + "\n", encoding="utf-8")
    syllables = sorted(set(" ".join(entries).split()))
    syl_header = HEADER.replace("words of two to five syllables", "syllables of all entries")
    (DATA / "syllables.txt").write_text(syl_header + "\n".join(syllables) + "\n", encoding="utf-8")
    print(f"{len(words)} words, {len(syllables)} syllables, {len(loans)} loanwords → {DATA}")


if __name__ == "__main__":
    main()
