"""tthc: plans for administrative-procedure reform kept as version-controlled YAML."""

from __future__ import annotations

__version__ = "0.1.0"
"""The one place the version is kept: packaging reads it from here, and a release is the tag ``v`` + this
(docs/release.md)."""

REPOSITORY_URL = "https://github.com/OWNER/tthc"
"""Where tthc's source, releases (tags) and issues are: named by SARIF output and the package metadata.

OWNER is a placeholder for the account that holds the repository, until its public address is settled. The
same address is in pyproject.toml's URLs and in the copyable examples (docs/release.md);
tests/test_project_files.py finds every place that must change with it."""
