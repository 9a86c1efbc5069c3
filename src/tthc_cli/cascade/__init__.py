"""``tthc cascade``: targets for each sub-unit from the parent's targets and last year's results."""
