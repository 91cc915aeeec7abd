"""MkDocs hook: builds the curriculum pages from curriculum/*.yml.

The work happens in the installed `silabus` package; this file only names the
events MkDocs should call.
"""

from silabus.mkdocs_adapter import on_config, on_env, on_files

__all__ = ["on_config", "on_env", "on_files"]
