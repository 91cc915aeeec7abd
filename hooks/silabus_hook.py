"""MkDocs hook: builds the curriculum pages from curriculum/*.yml.

The work happens in the installed `silabus` package; this file only names the
events MkDocs should call.
"""

try:
    from silabus.mkdocs_adapter import (
        on_build_error,
        on_config,
        on_env,
        on_files,
        on_page_content,
        on_page_markdown,
        on_post_build,
        on_post_page,
        on_post_template,
        on_shutdown,
        on_startup,
    )
except ModuleNotFoundError as missing:
    raise SystemExit(
        f"The Silabus hook cannot import '{missing.name}': "
        + (
            "Silabus is not installed in the Python environment that runs MkDocs."
            if (missing.name or "").split(".")[0] == "silabus"
            else "a package Silabus needs is missing."
        )
        + "\nRun `make site`, or `pip install -e .` in this project, then build again."
    ) from None

__all__ = [
    "on_build_error",
    "on_config",
    "on_env",
    "on_files",
    "on_page_content",
    "on_page_markdown",
    "on_post_build",
    "on_post_page",
    "on_post_template",
    "on_shutdown",
    "on_startup",
]
