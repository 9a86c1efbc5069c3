"""``tthc site``: a static site of the results of ``tthc score`` (pages per area, unit and period)."""
