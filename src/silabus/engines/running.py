"""An engine run as a command of its own (`mkdocs build`, `zensical serve`): it
stops when Silabus is stopped, by Ctrl+C or by a signal to stop, instead of
running on unseen."""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def stopped_with_silabus(engine: subprocess.Popen[bytes]) -> Iterator[subprocess.Popen[bytes]]:
    """While inside, a signal to stop Silabus is a KeyboardInterrupt, as Ctrl+C is;
    on leaving, the engine is stopped if it still runs (asked first, then ended
    after ten seconds)."""
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield engine
    finally:
        signal.signal(signal.SIGTERM, previous)
        if engine.poll() is None:
            engine.terminate()
            try:
                engine.wait(timeout=10)
            except subprocess.TimeoutExpired:
                engine.kill()


def _interrupt(number: int, frame: object) -> None:
    raise KeyboardInterrupt
