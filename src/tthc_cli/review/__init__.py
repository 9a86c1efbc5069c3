"""Reviewing plans in git: the semantic diff, the formatter, JSON Schemas and new plans."""
