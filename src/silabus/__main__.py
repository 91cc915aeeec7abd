"""`python -m silabus`: the same as the `silabus` command."""

import sys

from silabus.cli import main

sys.exit(main())
