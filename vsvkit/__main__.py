"""``python -m vsvkit``: the same command line as ``vsvkit``."""

import sys

from .cli import main

sys.exit(main())
