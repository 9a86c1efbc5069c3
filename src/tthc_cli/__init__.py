"""tthc: plans for administrative-procedure reform kept as version-controlled YAML."""

from __future__ import annotations

__version__ = "0.1.0"
