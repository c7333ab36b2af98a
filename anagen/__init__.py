"""anagen: an open-source, evidence-graded guide to hair loss and its treatments."""

__version__ = "0.1.0"
