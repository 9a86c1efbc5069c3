"""Scoring: formulas over metrics, indicator status, series and the 766 index. Pure functions, no I/O."""
