"""Generated from ui/ by packaging/build_qt.py: do not edit."""
