"""python -m vsvkit: the command line (vsvkit.cli)."""

from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
