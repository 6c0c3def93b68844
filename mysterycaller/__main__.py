"""``python -m mysterycaller``: the same as the ``mysterycaller`` command."""

import sys

from mysterycaller.cli import main

sys.exit(main())
