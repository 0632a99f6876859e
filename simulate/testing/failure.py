"""The assertion error a consistency test raises, defined with every other error in `simulate.errors`
(this module keeps its old import path; the pytest plugin imports little through it)."""

from __future__ import annotations

from ..errors import InconsistentPersonaError

__all__ = ["InconsistentPersonaError"]
