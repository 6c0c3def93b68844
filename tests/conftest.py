"""Root test configuration: offscreen Qt and a private home, before anything imports Qt."""

import os

# Must be set before any QApplication exists: a missing platform plugin aborts the process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory, monkeypatch):
    """Point HOME and the XDG folders at a temporary directory: no test touches user data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        monkeypatch.setenv(name, str(home / sub))
    monkeypatch.delenv("MYSTERYCALLER_DB", raising=False)
    return home
