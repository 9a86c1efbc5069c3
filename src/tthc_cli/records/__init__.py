"""Dossier-level records (one row per hồ sơ) counted into the monthly counts that tthc score reads."""
