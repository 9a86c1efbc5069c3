"""Every finding code any tthc command can emit: its constant, readable name and default severity.

Emitters name a code through these constants, never a string literal. Each code is documented by its module
under :mod:`tthc_cli.lint.rules` (the registry behind ``tthc rules CODE``; a test checks that the two lists
are the same), and its severity can be changed or the code turned off in ``tthc.toml``. Codes are stable:
never reused or renumbered.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from tthc_cli.findings import Severity


class CodeSpec(NamedTuple):
    """What every emitter and the configuration need to know of a code."""

    name: str
    """Readable name, ``family.short-name``."""
    severity: Severity
    """Default severity; ``[severity]`` in tthc.toml changes it."""
    aliases: tuple[str, ...] = ()
    """Old codes or names kept when a code is renamed: the configuration and suppressions still accept them."""
    enabled: bool = True
    """Off by default: only an ``enable = [...]`` in tthc.toml turns it on."""


SPECS: dict[str, CodeSpec] = {}
"""Code → its spec, in code order."""


def _code(code: str, name: str, severity: Severity, *, aliases: tuple[str, ...] = (), enabled: bool = True) -> str:
    SPECS[code] = CodeSpec(name, severity, aliases, enabled)
    return code


def spec(code: str) -> CodeSpec:
    """The spec of ``code`` (a :class:`KeyError` for a code that does not exist)."""
    return SPECS[code]


def lookup(code_or_name: str) -> str | None:
    """The code meant by a code, a name or an alias (case-insensitive), or ``None``."""
    key = code_or_name.strip()
    if key.upper() in SPECS:
        return key.upper()
    folded = key.casefold()
    for code, item in SPECS.items():
        if item.name == folded or folded in (a.casefold() for a in item.aliases):
            return code
    return None


def every_name() -> list[str]:
    """Every code and name, for "did you mean" suggestions."""
    return [*SPECS, *(item.name for item in SPECS.values())]


_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO


# YAML hygiene (the loader)
YAML_SYNTAX: Final = _code("TT001", "yaml.syntax", _E)
YAML_DUPLICATE_KEY: Final = _code("TT002", "yaml.duplicate-key", _E)
YAML_TAB: Final = _code("TT003", "yaml.tab", _E)
YAML_MULTI_DOCUMENT: Final = _code("TT004", "yaml.multi-document", _W)
YAML_ALIAS: Final = _code("TT005", "yaml.alias", _W)
YAML_YAML11_BOOLEAN: Final = _code("TT006", "yaml.yaml11-boolean", _W)
YAML_TOO_DEEP: Final = _code("TT007", "yaml.too-deep", _E)
YAML_ENCODING: Final = _code("TT008", "yaml.encoding", _E)
YAML_UNSAFE_TAG: Final = _code("TT009", "yaml.unsafe-tag", _E)
INPUT_UNREADABLE: Final = _code("TT010", "input.unreadable", _E)
YAML_NUMBER_TOO_LONG: Final = _code("TT011", "yaml.number-too-long", _E)
YAML_ENCODING_DECODED: Final = _code("TT012", "yaml.encoding-decoded", _W)

# schema
SCHEMA_MISSING_FIELD: Final = _code("TT101", "schema.missing-field", _E)
SCHEMA_UNKNOWN_FIELD: Final = _code("TT102", "schema.unknown-field", _E)
SCHEMA_WRONG_TYPE: Final = _code("TT103", "schema.wrong-type", _E)
SCHEMA_INVALID_VALUE: Final = _code("TT104", "schema.invalid-value", _E)

# references
REF_UNKNOWN_UNIT: Final = _code("TT201", "ref.unknown-unit", _E)
REF_UNKNOWN_LEGAL: Final = _code("TT202", "ref.unknown-legal", _I)
REF_AMBIGUOUS_LEGAL: Final = _code("TT203", "ref.ambiguous-legal", _W)
REF_EMPTY_UNIT_CELL: Final = _code("TT209", "ref.empty-unit-cell", _W)
REF_LEAD_ALSO_SUPPORT: Final = _code("TT210", "ref.lead-also-support", _W)

# legal citations
CITATION_NUMBER_FORMAT: Final = _code("TT301", "citation.number-format", _E)
CITATION_CONFLICTING_DATES: Final = _code("TT302", "citation.conflicting-dates", _E)
CITATION_DATE_MISMATCH: Final = _code("TT303", "citation.date-mismatch", _E)
CITATION_MISSING_YEAR: Final = _code("TT304", "citation.missing-year", _W)
CITATION_DATE_FORMAT: Final = _code("TT305", "citation.date-format", _I)

# numbering
NUMBERING_GAP: Final = _code("TT401", "numbering.gap", _E)
NUMBERING_DUPLICATE: Final = _code("TT402", "numbering.duplicate", _E)
NUMBERING_ORDER: Final = _code("TT403", "numbering.order", _W)
NUMBERING_ROMAN: Final = _code("TT404", "numbering.roman", _W)

# deadlines
DEADLINE_UNPARSEABLE: Final = _code("TT501", "deadline.unparseable", _W)
DEADLINE_OUTSIDE_YEAR: Final = _code("TT502", "deadline.outside-year", _W)
DEADLINE_BEFORE_PLAN_DATE: Final = _code("TT503", "deadline.before-plan-date", _W)
DEADLINE_MISSING: Final = _code("TT504", "deadline.missing", _W)

# targets and formulas
TARGET_PERCENT_RANGE: Final = _code("TT601", "target.percent-range", _E)
TARGET_WORDS_CONTRADICT: Final = _code("TT602", "target.words-contradict", _E)
TARGET_BELOW_PARENT: Final = _code("TT603", "target.below-parent", _W)
TARGET_CONFLICTING: Final = _code("TT604", "target.conflicting", _E)
FORMULA_SYNTAX: Final = _code("TT605", "formula.syntax", _E)
REF_UNKNOWN_METRIC: Final = _code("TT606", "ref.unknown-metric", _E)
REF_UNKNOWN_INDICATOR: Final = _code("TT607", "ref.unknown-indicator", _E)

# text
TEXT_NOT_NFC: Final = _code("TT701", "text.not-nfc", _W)
TEXT_DOUBLED_WORD: Final = _code("TT702", "text.doubled-word", _W)
TEXT_STRAY_SPACE: Final = _code("TT703", "text.stray-space", _W)
TEXT_MISSPELLING: Final = _code("TT704", "text.misspelling", _W)
TEXT_DOUBLED_PUNCTUATION: Final = _code("TT705", "text.doubled-punctuation", _W)
TEXT_WRONG_WORD: Final = _code("TT706", "text.wrong-word", _W)
TEXT_AGENCY_TWO_NAMES: Final = _code("TT707", "text.agency-two-names", _W)
TEXT_PLACEHOLDER: Final = _code("TT708", "text.placeholder", _E)

# counts files
COUNTS_UNREADABLE: Final = _code("TT800", "counts.unreadable", _E)
COUNTS_UNKNOWN_UNIT: Final = _code("TT801", "counts.unknown-unit", _E)
COUNTS_UNKNOWN_METRIC: Final = _code("TT802", "counts.unknown-metric", _W)
COUNTS_BAD_NUMBER: Final = _code("TT803", "counts.bad-number", _E)
COUNTS_NEGATIVE: Final = _code("TT804", "counts.negative", _E)
COUNTS_INCONSISTENT: Final = _code("TT805", "counts.inconsistent", _W)
COUNTS_TOTAL_MISMATCH: Final = _code("TT806", "counts.total-mismatch", _W)
COUNTS_DUPLICATE: Final = _code("TT807", "counts.duplicate", _E)
COUNTS_NO_HEADER: Final = _code("TT808", "counts.no-header", _E)
COUNTS_ENCODING_GUESSED: Final = _code("TT809", "counts.encoding-guessed", _I)
COUNTS_MERGED_CELL: Final = _code("TT810", "counts.merged-cell", _W)
COUNTS_NO_DATA: Final = _code("TT811", "counts.no-data", _E)
COUNTS_PRINTED_MISMATCH: Final = _code("TT812", "counts.printed-mismatch", _E)
COUNTS_DERIVED: Final = _code("TT813", "counts.derived", _I)

# suppressions and internal errors
SUPPRESSION_UNUSED: Final = _code("TT901", "suppression.unused", _W)
INTERNAL_ERROR: Final = _code("TT999", "internal.error", _E)
