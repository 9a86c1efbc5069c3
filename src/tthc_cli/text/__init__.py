"""Text: normalisation and escaping shared by every command."""
