"""Allows ``python -m reader``, the same as the ``broadsheet`` command."""

import sys

from reader.cli import main

sys.exit(main())
