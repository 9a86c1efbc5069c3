"""Pydantic models of plans, units, legal documents, metrics and indicators."""
