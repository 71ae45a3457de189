"""Engine: rule packs (data) evaluated against a Document, giving Results. Never prints."""
