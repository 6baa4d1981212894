"""Allows ``python -m reader``, the same as the ``broadsheet`` command."""

import multiprocessing
import sys

from reader.cli import main

if __name__ == "__main__":
    # A frozen bundle starts the import's worker processes through its own executable.
    multiprocessing.freeze_support()
    sys.exit(main())
