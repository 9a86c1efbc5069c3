"""Benchmark of the spell checker on real documents it was not built from, with typos injected.

Run: ``python benchmarks/spelling.py`` (``--seed N``, ``--rate R``, ``--show`` to list the tuning half's false
and missed findings, ``--corpus DIR`` for another place). It reads the development corpus in place,
``../shared/corpus/*.md`` relative to the repository root (never copied into the repository), and says so and
stops cleanly when it is absent.

Halves: the odd-numbered documents (01, 03, …, 19) are the tuning half the checker was adjusted on; the
even-numbered ones (02, 04, …, 20) are the measured half. Both are printed; the goals (issue 12) are judged
on the measured half: recall ≥ 80 % and at most 1 false finding per 10.000 words of the clean text.

The clean text is each document as published (its "Text as published" sections, not the notes around them).
A finding on it is false unless it falls on a typo the corpus README itself names for that document
(``typo "…"``/``typos "…", "…"``): those are real typos, counted apart.

The typo generator (seeded, ``random.Random(seed)``) picks about one word in ``1/rate`` among the lower-case
Vietnamese syllables of the text (at least four words apart, not inside a code or a name) and changes it
by one of five slips, chosen in turn:

- ``tone``: another tone mark, or none (hỏi/ngã, a forgotten or wrong tone key);
- ``missing``: one letter left out;
- ``doubled``: one letter typed twice;
- ``neighbour``: one letter replaced by a key next to it on a QWERTY keyboard;
- ``confusion``: another attested syllable a writer confuses it with (d/đ, s/x, ch/tr, n/ng, a mark
  left out as in â/a, ê/e, ư/u, ơ/o, or another tone), the hardest: the result is a real syllable.

A typo is found when a finding of the spell checker (``tthc_cli.text.spelling``: rules TT704 and TT706)
overlaps the changed word. The shipped phrase list that TT704 also reads is not part of the measure: its one
entry was chosen because it occurs in real documents, this corpus among them. The baseline is the phrase list
the spelling rule had before this checker (``benchmarks/baseline_misspellings.yaml``), run on the same texts.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from tthc_cli.lint.wordlists import phrase_pattern
from tthc_cli.load.yaml_loader import load_yaml
from tthc_cli.text.lexicon import lexicon
from tthc_cli.text.spelling import check_text
from tthc_cli.text.syllable import canonical, compose, split_tone

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SLIPS = ("tone", "missing", "doubled", "neighbour", "confusion")
_WORD = re.compile(r"[^\W\d_]+")
_QWERTY = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_MARKS = {"â": "a", "ă": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d"}
_SWAPS = (("d", "đ"), ("s", "x"), ("ch", "tr"), ("n", "ng"), ("l", "n"), ("gi", "d"), ("r", "d"))


@dataclass
class Tally:
    """Counts for one half."""

    words: int = 0
    false: int = 0
    real: int = 0
    injected: int = 0
    found: int = 0
    baseline_found: int = 0
    by_slip: dict[str, list[int]] | None = None


def _neighbours(ch: str) -> str:
    for row_index, row in enumerate(_QWERTY):
        if ch in row:
            i = row.index(ch)
            near = row[max(0, i - 1) : i] + row[i + 1 : i + 2]
            for other in (row_index - 1, row_index + 1):
                if 0 <= other < len(_QWERTY):
                    near += _QWERTY[other][max(0, i - 1) : i + 1]
            return near
    return ""


def _confusions(word: str) -> list[str]:
    split = split_tone(word)
    if split is None:
        return []
    letters, tone, _ = split
    out = {compose(letters, t) for t in range(6) if t != tone}
    for i, ch in enumerate(letters):
        if ch in _MARKS:
            out.add(compose(letters[:i] + _MARKS[ch] + letters[i + 1 :], tone))
    for a, b in _SWAPS:
        for x, y in ((a, b), (b, a)):
            if letters.startswith(x):
                out.add(compose(y + letters[len(x) :], tone))
            if letters.endswith(x) and x in ("n", "ng"):
                out.add(compose(letters[: -len(x)] + y, tone))
    syllables = lexicon().syllables
    return sorted(c for c in out if c != word and c in syllables)


def slip(word: str, kind: str, rng: random.Random) -> str | None:
    """``word`` with one slip of ``kind``; ``None`` when that slip does not apply to it."""
    split = split_tone(word)
    if split is None:
        return None
    letters, tone, _ = split
    if kind == "tone":
        new = compose(letters, rng.choice([t for t in range(6) if t != tone]))
        return unicodedata.normalize("NFC", new)
    if kind == "confusion":
        options = _confusions(word)
        return rng.choice(options) if options else None
    i = rng.randrange(len(word))
    if kind == "missing":
        return word[:i] + word[i + 1 :] if len(word) > 1 else None
    if kind == "doubled":
        return word[: i + 1] + word[i] + word[i + 1 :]
    base = unicodedata.normalize("NFD", word[i])[0]
    near = _neighbours(base)
    return word[:i] + rng.choice(near) + word[i + 1 :] if near else None


def inject(text: str, rng: random.Random, rate: float) -> tuple[str, list[tuple[int, int, str]]]:
    """``text`` with typos, and where each one is (start, end in the new text, slip kind)."""
    pieces, spans, last, pos, gap, turn = [], [], 0, 0, 0, 0
    for m in _WORD.finditer(text):
        gap += 1
        word = m.group()
        if gap < 4 or not word.islower() or canonical(word) is None or rng.random() > rate:
            continue
        kind = SLIPS[turn % len(SLIPS)]
        new = slip(word, kind, rng)
        if new is None or new == word:
            continue
        turn += 1
        gap = 0
        pieces.append(text[last : m.start()])
        pos += m.start() - last
        spans.append((pos, pos + len(new), kind))
        pieces.append(new)
        pos += len(new)
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces), spans


def real_typos(readme: str) -> dict[str, list[str]]:
    """The typos the corpus README names per document (``typo "x"``, ``typos "x", "y"``)."""
    out: dict[str, list[str]] = {}
    for line in readme.splitlines():
        name = re.search(r"\[([^\]]+\.md)\]", line)
        if not name:
            continue
        for m in re.finditer(r'typos? ((?:"[^"]+"(?:, )?)+)', line):
            out.setdefault(name.group(1), []).extend(re.findall(r'"([^"]+)"', m.group(1)))
    return out


def published_text(document: str) -> str:
    """The text of a corpus file's "Text as published" sections (their fences dropped; the notes in English
    around them are not the document)."""
    out, inside = [], False
    for line in document.split("\n"):
        if line.startswith("## "):
            inside = line.startswith("## Text as published")
            continue
        if inside and not line.startswith("```"):
            out.append(line)
    return "\n".join(out)


def _loose(phrase: str) -> str:
    """A pattern for ``phrase`` with any run of whitespace between its words (lines break anywhere)."""
    return r"\s+".join(re.escape(w) for w in phrase.split())


def baseline_spans(text: str, patterns: list[re.Pattern[str]]) -> list[tuple[int, int]]:
    """Where the old phrase list matches ``text``."""
    return [m.span() for p in patterns for m in p.finditer(text)]


def _baseline() -> list[re.Pattern[str]]:
    data = load_yaml((ROOT / "benchmarks/baseline_misspellings.yaml").read_text(encoding="utf-8")).data
    return [phrase_pattern(str(e["wrong"]), match_case=bool(e.get("match_case"))) for e in data["misspellings"]]


def _findings(text: str) -> list[tuple[int, int, str]]:
    """Findings per paragraph (as a plan holds them, one string each); a word cut off at the end of an
    excerpt (the paragraph's last word, with no punctuation after it) is no finding."""
    out, pos = [], 0
    for para in text.split("\n\n"):
        cut = len(para.rstrip()) if para.rstrip()[-1:].isalpha() else -1
        out += [(pos + m.start, pos + m.end, m.kind) for m in check_text(para) if m.end != cut]
        pos += len(para) + 2
    return out


def _overlaps(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in others)


def measure(files: list[Path], typos: dict[str, list[str]], seed: int, rate: float, show: bool) -> Tally:
    """Clean-text false findings and injected-typo recall over ``files``."""
    tally = Tally(by_slip={k: [0, 0] for k in SLIPS})
    assert tally.by_slip is not None
    baseline = _baseline()
    for file in files:
        text = published_text(unicodedata.normalize("NFC", file.read_text(encoding="utf-8")))
        tally.words += len(_WORD.findall(text))
        known = [m.span() for t in typos.get(file.name, []) for m in re.finditer(_loose(t), text)]
        for start, end, kind in _findings(text):
            if _overlaps((start, end), known):
                tally.real += 1
                continue
            tally.false += 1
            if show:
                print(f"  sai: {file.name}: {text[max(0, start - 30) : end + 20]!r} [{text[start:end]}] {kind}")
        noisy, spans = inject(text, random.Random(f"{seed}:{file.name}"), rate)
        found = [(s, e) for s, e, _ in _findings(noisy)]
        old = baseline_spans(noisy, baseline)
        for start, end, kind in spans:
            hit = _overlaps((start, end), found)
            tally.injected += 1
            tally.found += hit
            tally.baseline_found += _overlaps((start, end), old)
            tally.by_slip[kind][0] += 1
            tally.by_slip[kind][1] += hit
            if show and not hit:
                print(f"  sót: {file.name}: {noisy[max(0, start - 30) : end + 20]!r} [{noisy[start:end]}] {kind}")
    return tally


def report(name: str, tally: Tally) -> bool:
    """Print one half's figures; whether both goals are met."""
    recall = tally.found / tally.injected if tally.injected else 0.0
    per10k = tally.false * 10_000 / tally.words if tally.words else 0.0
    base = tally.baseline_found / tally.injected if tally.injected else 0.0
    ratio = f"{recall / base:.1f}×" if base else "∞ (danh sách cũ không tìm thấy lỗi nào)"
    print(f"{name}: {tally.words} từ; lỗi cài vào {tally.injected}, tìm thấy {tally.found}")
    print(f"  độ nhạy (recall) {recall:.1%} (mục tiêu ≥ 80%); danh sách cũ {base:.1%}; tỷ số {ratio}")
    print(f"  báo sai trên văn bản sạch: {tally.false} = {per10k:.2f} / 10.000 từ (mục tiêu ≤ 1)")
    print(f"  lỗi thật của văn bản gốc được báo: {tally.real}")
    assert tally.by_slip is not None
    parts = [f"{k} {f}/{n}" for k, (n, f) in tally.by_slip.items()]
    print("  theo loại lỗi: " + ", ".join(parts))
    return recall >= 0.8 and per10k <= 1.0


def main() -> None:
    """Measure both halves and say whether the measured half meets the goals."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="thư mục kho văn bản (mặc định ../shared/corpus)")
    args = parser.parse_args()
    corpus: Path = args.corpus
    if not corpus.is_dir():
        print(f"Không có thư mục kho văn bản {corpus}: bỏ qua đo (kho văn bản không nằm trong kho mã).")
        return
    files = sorted(corpus.glob("[0-9][0-9]-*.md"))
    readme = corpus / "README.md"
    typos = real_typos(readme.read_text(encoding="utf-8")) if readme.is_file() else {}
    tune = [f for f in files if int(f.name[:2]) % 2 == 1]
    held = [f for f in files if int(f.name[:2]) % 2 == 0]
    print(f"Kho văn bản: {corpus} (đọc tại chỗ); hạt giống {args.seed}, tỷ lệ lỗi {args.rate}")
    print("Nửa tinh chỉnh: " + ", ".join(f.name[:2] for f in tune))
    print("Nửa đo: " + ", ".join(f.name[:2] for f in held))
    report("Nửa tinh chỉnh", measure(tune, typos, args.seed, args.rate, args.show))
    met = report("Nửa đo", measure(held, typos, args.seed, args.rate, False))
    print("Đạt cả hai mục tiêu trên nửa đo." if met else "CHƯA đạt mục tiêu trên nửa đo.")
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
