"""Reporters: turn a lint report into text, JSON, GitHub annotations or SARIF."""
