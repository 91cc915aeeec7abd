"""Course materials: chapters, figures, downloads, worksheets, exercises (M)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = []

PHRASES: list[Phrase] = []
