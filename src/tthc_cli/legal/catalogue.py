"""Loading the legal catalogue: the shipped ``data/legal.yaml`` plus the repository's own files.

Library use::

    from tthc_cli.legal.catalogue import load_catalogue
    catalogue = load_catalogue()                 # shipped only
    catalogue.find("766/QĐ-TTg")                 # every entry with that number (all years)

A bad catalogue file stops the run with one line naming the file, line and column (``InputError``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from tthc_cli.load.model_reader import parse_model
from tthc_cli.load.source import read_source
from tthc_cli.model.legal import LegalDocument, LegalFile
from tthc_cli.text.normalize import fold

SHIPPED = "tthc_cli/data/legal.yaml"


def number_key(number: str) -> str:
    """The comparison form of a number: NFC, no spaces, upper case ("766/QĐ- TTg" → "766/QĐ-TTG")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", number)).upper()


def serial_key(number: str) -> str:
    """The number without its year ("31/2021/QĐ-TTg" → "31/QĐ-TTG"), to find a citation that omits it."""
    return re.sub(r"^(\d+)/\d{4}/", r"\1/", number_key(number))


def name_key(name: str) -> str:
    """The comparison form of a name (:func:`tthc_cli.text.normalize.fold`)."""
    return fold(name)


@dataclass(frozen=True)
class LegalCatalogue:
    """Legal documents, searchable by number (any year) and by alias."""

    documents: tuple[LegalDocument, ...] = ()
    origin: dict[int, str] = field(default_factory=dict, compare=False)
    """The file each document comes from, by index in :attr:`documents`."""

    def _index(self, key: Callable[[str], str]) -> dict[str, list[LegalDocument]]:
        index: dict[str, list[LegalDocument]] = {}
        for d in self.documents:
            if d.number:
                index.setdefault(key(d.number), []).append(d)
        return index

    @functools.cached_property
    def _by_number(self) -> dict[str, list[LegalDocument]]:
        return self._index(number_key)

    @functools.cached_property
    def _by_serial(self) -> dict[str, list[LegalDocument]]:
        return self._index(serial_key)

    def find(self, number: str) -> list[LegalDocument]:
        """Every document with this number (the year in the number must match when written)."""
        return list(self._by_number.get(number_key(number), ()))

    def find_serial(self, number: str) -> list[LegalDocument]:
        """Every document whose number, without its year, is this number without its year."""
        return list(self._by_serial.get(serial_key(number), ()))

    def by_name(self, name: str) -> list[LegalDocument]:
        """Documents cited by this name (an alias)."""
        key = name_key(name)
        return [d for d in self.documents if any(name_key(a) == key for a in d.aliases)]

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every alias, longest first (so that a longer name wins over a name inside it)."""
        names = {a for d in self.documents for a in d.aliases}
        return tuple(sorted(names, key=lambda a: (-len(a), a)))

    def for_text(self, text: str) -> LegalCatalogue:
        """The catalogue without local documents whose place the text never mentions."""
        folded = name_key(text)
        keep = [d for d in self.documents if d.locality is None or _place(d.locality) in folded]
        return LegalCatalogue(tuple(keep))


def _place(locality: str) -> str:
    words = name_key(locality).split()
    if len(words) > 1 and words[0] in {"tỉnh", "huyện", "xã", "thành", "thị", "quận"}:
        words = words[2:] if words[0] in {"thành", "thị"} and len(words) > 2 else words[1:]
    return " ".join(words)


def parse_legal_file(text: str, name: str) -> LegalFile:
    """Validate the text of a ``legal.yaml``; errors raise :class:`InputError` with file:line:col."""
    return parse_model(LegalFile, text, name, what="danh mục văn bản", hint="xem mẫu trong tthc_cli/data/legal.yaml")


@cache
def _shipped() -> LegalFile:
    text = resources.files("tthc_cli.data").joinpath("legal.yaml").read_text(encoding="utf-8")
    return parse_legal_file(text, SHIPPED)


def _extra(path: Path) -> LegalFile:
    return parse_legal_file(read_source(path, what="legal").text, str(path))


def load_catalogue(extra: Iterable[Path] = ()) -> LegalCatalogue:
    """The shipped catalogue followed by the documents of ``extra`` files (the workspace keeps it for a run).

    A repository's document with the same number and date as a shipped one replaces it.
    """
    docs: dict[tuple[str, str], LegalDocument] = {}
    origin: dict[tuple[str, str], str] = {}
    sources = [(SHIPPED, _shipped())] + [(str(p), _extra(p.resolve())) for p in extra]
    for name, file in sources:
        for doc in file.documents:
            key = (number_key(doc.number) if doc.number else name_key(doc.aliases[0] if doc.aliases else ""), doc.date)
            docs[key] = doc
            origin[key] = name
    keys = list(docs)
    return LegalCatalogue(tuple(docs[k] for k in keys), {i: origin[k] for i, k in enumerate(keys)})
