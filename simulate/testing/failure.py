"""The assertion error a consistency test raises (kept apart so the pytest plugin imports little)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import SimulateError

if TYPE_CHECKING:
    from ..checkers.findings import Finding
    from .interview import Interview

__all__ = ["InconsistentPersonaError"]


class InconsistentPersonaError(SimulateError, AssertionError):
    """A persona contradicted its card or itself; the message shows the transcript with the findings.

    `interview` is the (shrunk) interview that failed and `findings` the findings that failed it.
    """

    def __init__(self, message: str, *, interview: Interview | None = None,
                 findings: list[Finding] | None = None) -> None:
        self.interview = interview
        self.findings = list(findings or [])
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:  # picklable for pytest-xdist: keep the message only
        return (type(self), (str(self),))
