"""Walking the document's items in order, and the text patterns of an administrative document."""

from __future__ import annotations

import re

from tthc_cli.importer.docxread import Grid, Item, Para

ROMAN = re.compile(r"^[IVXLC]+$")
NUMBERED = re.compile(r"^(?P<no>[IVXLC]+|[A-Z]|\d+(?:\.\d+)*)\s*[.):]\s*(?P<rest>\S.*)$", re.S)
"""A numbered heading: "I. MỤC ĐÍCH", "9.1. Chỉ tiêu …", "A) …"."""
LABEL = re.compile(r"^(phụ lục|kế hoạch)(\s+([ivxlc]+|\d+|[a-z]))?\s*:?$")
"""The first line of a phụ lục or of an attached kế hoạch, compared folded."""
LABEL_TITLE = re.compile(r"^(?P<label>phụ lục(\s+([IVXLC]+|\d+))?)\s*[:.–-]\s*(?P<title>\S.*)$", re.I)
"""A phụ lục label with its title on the same line: "PHỤ LỤC I: DANH MỤC NHIỆM VỤ"."""
SEPARATOR = re.compile(r"^[\s\-_=*.…·—–]*$")
"""A rule line typed with dashes or underscores (or an empty paragraph)."""


def is_blank(item: Item) -> bool:
    """An empty paragraph or a typed rule line."""
    return isinstance(item, Para) and bool(SEPARATOR.match(item.text))


def is_upper(text: str) -> bool:
    """Every letter upper case (and at least three letters)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


class Cursor:
    """A position in the list of items."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.i = 0

    def done(self) -> bool:
        """Past the last item."""
        return self.i >= len(self.items)

    def skip_blank(self) -> None:
        """Move over empty paragraphs and rule lines."""
        while not self.done() and is_blank(self.items[self.i]):
            self.i += 1

    def peek(self) -> Item | None:
        """The next non-blank item (without moving past it)."""
        self.skip_blank()
        return None if self.done() else self.items[self.i]

    def para(self) -> Para | None:
        """The next non-blank item if it is a paragraph."""
        item = self.peek()
        return item if isinstance(item, Para) else None

    def grid(self) -> Grid | None:
        """The next non-blank item if it is a table."""
        item = self.peek()
        return item if isinstance(item, Grid) else None

    def take(self) -> Item:
        """The next non-blank item, moving past it."""
        item = self.peek()
        assert item is not None
        self.i += 1
        return item
