"""The site's own stylesheet and scripts as a browser needs them: without comments
and the spaces that only help a reader (rcssmin and rjsmin, which keep what a
browser reads unchanged). The readable source stays in render/assets/; the browser
suite compares the rules Chromium reads from both."""

from __future__ import annotations

from functools import cache

import rcssmin  # type: ignore[import-untyped]
import rjsmin  # type: ignore[import-untyped]


@cache
def minified_css(text: str) -> str:
    """The stylesheet without comments and needless white space."""
    return str(rcssmin.cssmin(text))


@cache
def compact_script(text: str) -> str:
    """The script without comments and needless white space."""
    return str(rjsmin.jsmin(text))
