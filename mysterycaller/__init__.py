"""Mystery Caller: record and report mystery calls to service hotlines."""

__version__ = "0.1.0"
