"""The formula language of indicators: parsed by tthc itself, never by eval."""
