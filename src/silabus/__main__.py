"""`python -m silabus`: the same as the `silabus` command."""

from silabus.cli import command

command()
