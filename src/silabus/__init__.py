"""Silabus: publish a training curriculum written as YAML as a course website."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # The version is read from the installed package's metadata only when asked for:
    # importlib.metadata is slow to import, and a build does not need it.
    if name != "__version__":
        raise AttributeError(f"module 'silabus' has no attribute '{name}'")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("silabus")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0.0.0"
