"""Deadlines: the one parser of deadline phrases, the due date, and printing a deadline back to words."""

from __future__ import annotations

from tthc_cli.deadline.core import Deadline, Kind, Phrases, due_date, parse_deadline, phrases
from tthc_cli.deadline.text import describe, to_text

__all__ = ["Deadline", "Kind", "Phrases", "describe", "due_date", "parse_deadline", "phrases", "to_text"]
