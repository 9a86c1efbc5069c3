"""Units: the registry lookup and the matcher of printed unit names."""
