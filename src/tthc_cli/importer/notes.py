"""What the importer guessed or could not place: shown to the user and written into the YAML as comments."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Note:
    """One thing for a human to look at."""

    where: str
    """Where in the document, as a reader names it ("Phụ lục › bảng 1 › dòng 3")."""
    message: str


@dataclass
class Notebook:
    """The notes of one import, and the YAML comments they become."""

    notes: list[Note] = field(default_factory=list)
    comments: dict[int, tuple[Any, dict[Any, list[str]]]] = field(default_factory=dict)
    """id(container) → (container, key or index → comment lines)."""
    unplaced: list[str] = field(default_factory=list)
    """Texts of the document that have no place in the plan, kept as comments at the top of the file."""
    owners: list[int | None] = field(default_factory=list)
    """id(container) of each note, to forget the notes of a value that turned out to be known."""

    def add(self, where: str, message: str, container: Any = None, key: Any = None) -> None:
        """Record a note; with ``container`` and ``key`` it is also a comment on that key of the YAML. A
        message already recorded without a place is not repeated (one column guess per import)."""
        if container is not None or not any(n.message == message for n in self.notes):
            self.notes.append(Note(where, message))
            self.owners.append(id(container) if container is not None else None)
        if container is not None:
            _, keyed = self.comments.setdefault(id(container), (container, {}))
            keyed.setdefault(key, []).append(message)

    def keep(self, where: str, text: str, container: Any = None, key: Any = None) -> None:
        """A text that could not be placed: listed, and kept as a comment (never dropped)."""
        self.add(where, f"chưa xếp được vào kế hoạch, giữ nguyên văn: {text}", container, key)
        if container is None:
            self.unplaced.append(f"{where}: {text}")

    def forget(self, container: Any) -> None:
        """Drop the notes and comments on ``container`` (its values were known after all)."""
        self.comments.pop(id(container), None)
        kept = [(n, o) for n, o in zip(self.notes, self.owners, strict=True) if o != id(container)]
        self.notes[:] = [n for n, _ in kept]
        self.owners[:] = [o for _, o in kept]
