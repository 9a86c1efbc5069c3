"""What the configuration says of each finding code: whether it is reported, and at which severity.

One policy serves every command, so ``disable = ["TT801"]`` or ``[severity] TT805 = "error"`` in tthc.toml
acts on ``tthc score`` as it acts on ``tthc validate``. A code or name that does not exist is a configuration
error with a suggestion, never silently ignored.
"""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Iterable

from tthc_cli import codes
from tthc_cli.errors import ConfigError
from tthc_cli.findings import Diagnostic, Severity
from tthc_cli.model.config import Config


def _canon(value: str, key: str, config: Config) -> str:
    code = codes.lookup(value)
    if code is not None:
        return code
    typed = value.strip()
    lookalike = codes.lookup(typed.upper().replace("O", "0").replace("I", "1").replace("L", "1"))
    close = [lookalike] if lookalike else difflib.get_close_matches(typed, codes.every_name(), n=3, cutoff=0.6)
    hint = ("có phải " + " hoặc ".join(f"'{c}'" for c in close) + "?") if close else "xem danh sách: tthc rules"
    where = config.source or "cấu hình"
    raise ConfigError(f"{where}: '{key}' nêu mã quy tắc không tồn tại: '{value}'", hint=hint)


class Policy:
    """The codes turned off or on and the severities changed by one configuration."""

    def __init__(self, config: Config) -> None:
        self.disabled = {_canon(c, "disable", config) for c in config.disable}
        self.enabled = {_canon(c, "enable", config) for c in config.enable}
        self.severity = {_canon(k, "severity", config): Severity(v) for k, v in config.severity.items()}

    def active(self, code: str) -> bool:
        """Whether findings of ``code`` are reported."""
        if code in self.disabled:
            return False
        return codes.spec(code).enabled or code in self.enabled

    def severity_of(self, code: str) -> Severity:
        """The severity of ``code`` after configuration."""
        return self.severity.get(code) or codes.spec(code).severity

    def apply(self, diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
        """Findings made outside the linter (counts, records) after configuration: dropped or re-graded."""
        out = []
        for d in diagnostics:
            if not self.active(d.code):
                continue
            wanted = self.severity.get(d.code)
            out.append(d if wanted is None or wanted is d.severity else dataclasses.replace(d, severity=wanted))
        return out
