"""masa-check: compliance checker for multi-agency safeguarding arrangements."""

__version__ = "0.1.0"
