"""Loading inputs: the one YAML loader that keeps positions, and the counts readers."""
