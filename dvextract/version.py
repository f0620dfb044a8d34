"""The extractor's version: one place, read by the package, its metadata and every record."""

__version__ = "0.1.0"
