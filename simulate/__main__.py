"""`python -m simulate`."""

from .cli import run

run()
