"""Cohorts, timetables, dates and times (T)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = []

PHRASES: list[Phrase] = []
