"""Allow ``python -m tthc_cli``."""

from __future__ import annotations

from tthc_cli.cli.main import run

if __name__ == "__main__":
    run()
