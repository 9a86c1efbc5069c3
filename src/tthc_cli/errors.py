"""The small exception hierarchy for failures that stop a run.

Findings about a plan are values (:class:`tthc_cli.findings.Diagnostic`); these exceptions are for
things that make it impossible to go on: a file that cannot be read, a configuration that is wrong. The
CLI catches :class:`TthcError` once and prints its message in one line.
"""

from __future__ import annotations


class TthcError(Exception):
    """Base of every error that the CLI reports in one line (exit code 2 unless said otherwise)."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(TthcError):
    """An input file or folder is missing, unreadable or not of the expected kind."""


class ConfigError(TthcError):
    """The configuration (``tthc.toml`` or ``[tool.tthc]``) is invalid."""


class OutputError(TthcError):
    """An output file cannot be written."""
