"""Glossary (G), references (R), links (L) and the site's configuration and publishing (P)."""

from __future__ import annotations

from silabus.catalogue.entries import Phrase, Problem

PROBLEMS: list[Problem] = []

PHRASES: list[Phrase] = []
