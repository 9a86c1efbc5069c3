"""Legal documents: the citation parser and the catalogue of documents."""
