"""The linter: diagnostics, the rule registry and the engine that runs rules over a plan."""
