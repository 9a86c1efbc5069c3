"""One module per rule; the module docstring is the rule's documentation.

Add a new rule by writing its module (see :mod:`tthc_cli.lint.registry` for the contract) and listing it in
:data:`RULE_MODULES`.
"""

from __future__ import annotations

RULE_MODULES: tuple[str, ...] = (
    "yaml_syntax",
    "yaml_duplicate_key",
    "yaml_tab",
    "yaml_multi_document",
    "yaml_alias",
    "yaml_bool",
    "yaml_depth",
    "yaml_encoding",
    "yaml_tag",
    "input_unreadable",
    "yaml_number_too_long",
    "schema_missing",
    "schema_unknown",
    "schema_type",
    "schema_value",
    "text_not_nfc",
    "text_doubled_word",
    "text_stray_space",
    "text_misspelling",
    "text_doubled_punctuation",
    "numbering_gap",
    "numbering_duplicate",
    "numbering_order",
    "numbering_roman",
    "ref_unknown_unit",
    "ref_empty_unit_cell",
    "ref_lead_also_support",
    "target_percent_range",
    "target_words_contradict",
    "target_below_parent",
    "target_conflicting",
    "formula_syntax",
    "ref_unknown_metric",
    "ref_unknown_indicator",
    "ref_unknown_legal",
    "ref_ambiguous_legal",
    "citation_number_format",
    "citation_conflicting_dates",
    "citation_date_mismatch",
    "citation_missing_year",
    "citation_date_format",
    "deadline_unparseable",
    "deadline_outside_year",
    "deadline_before_plan_date",
    "deadline_missing",
    "suppression_unused",
    "internal_error",
)
"""Rule modules, by module name under ``tthc_cli.lint.rules``."""
