"""YAML syntax and reading files (Y, F)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = []

PHRASES: list[Phrase] = []
