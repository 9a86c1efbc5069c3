"""Allow ``python -m tthc_cli``."""

from __future__ import annotations

from tthc_cli.cli.entry import run

if __name__ == "__main__":
    run()
