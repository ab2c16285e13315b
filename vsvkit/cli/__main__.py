"""``python -m vsvkit.cli``: the same command line as ``vsvkit``."""

import sys

from vsvkit.cli import main

sys.exit(main())
