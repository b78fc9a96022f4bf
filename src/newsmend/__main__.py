"""``python -m newsmend``: the same as the ``newsmend`` command."""

import sys

from newsmend.cli import main

sys.exit(main())
