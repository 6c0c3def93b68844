"""The frozen app's entry point: the `mysterycaller` command (GUI by default)."""

import multiprocessing
import sys

from mysterycaller.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
