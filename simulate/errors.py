"""Every error the engine raises on purpose, all defined here.

    SimulateError
    ├── InputError (ValueError)            bad input from a user: a file, an option, an argument (CLI: exit 2)
    │   ├── ScenarioError                  a scenario or persona file is invalid; carries every Problem
    │   ├── KnowledgeError                 a knowledge file line does not read as its format says
    │   ├── MissingExtraError (ImportError)   an optional dependency is not installed; names the extra
    │   └── RunError                       a run or batch folder is missing or unusable
    │       └── MemoryStoreError           a memory database cannot be opened or used
    ├── ModelError                         a model call failed
    │   ├── RetryableModelError            worth another attempt
    │   │   ├── RateLimitError             429; may carry retry_after seconds
    │   │   ├── ModelTimeoutError          the call ran past its deadline
    │   │   ├── ModelConnectionError       the provider could not be reached
    │   │   └── ServerError                5xx from the provider
    │   ├── AuthenticationError            the provider refused the credentials (or none were given)
    │   ├── MalformedResponseError         the provider answered, but not with usable text
    │   ├── RetriesExhaustedError          retries ran out; carries attempts and the last error
    │   └── CacheMissError                 replay found no cached answer (simulate.models.cache)
    ├── BudgetExhaustedError               a batch's token or cost budget is spent
    ├── MemoryStateError                   a memory component was asked for a step its lifecycle forbids
    └── InconsistentPersonaError (AssertionError)   a consistency test failed (simulate.testing)

Every user error is an InputError, so the CLI turns exactly those into exit code 2; every other
SimulateError is the engine's report of something that went wrong. Friendly text is produced only at
the CLI boundary; the library raises these. `tests/test_errors.py` checks that this tree is the real
class hierarchy.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "AuthenticationError",
    "BudgetExhaustedError",
    "CacheMissError",
    "InconsistentPersonaError",
    "InputError",
    "KnowledgeError",
    "MalformedResponseError",
    "MemoryStateError",
    "MemoryStoreError",
    "MissingExtraError",
    "ModelConnectionError",
    "ModelError",
    "ModelTimeoutError",
    "Problem",
    "RateLimitError",
    "RetriesExhaustedError",
    "RetryableModelError",
    "RunError",
    "ScenarioError",
    "ServerError",
    "SimulateError",
]


class SimulateError(Exception):
    """Root of every error raised by simulate."""


class InputError(SimulateError, ValueError):
    """Bad input from a user: a file, a command-line option, an argument."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, at one place."""

    file: str
    line: int | None
    column: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class ScenarioError(InputError):
    """A scenario or persona card failed to load; `problems` lists every error found."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class KnowledgeError(InputError):
    """A knowledge file line that does not read as the format says."""


class MissingExtraError(InputError, ImportError):
    """An optional dependency is missing; the message names the extra that installs it."""

    def __init__(self, package: str, extra: str, purpose: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{purpose} needs the optional package {package!r}: install it with "
            f"`pip install 'simulate[{extra}]'`"
        )


class ModelError(SimulateError):
    """A model call failed."""

    def __init__(self, message: str, *, model: str = "") -> None:
        self.model = model
        super().__init__(f"{model}: {message}" if model else message)


class RetryableModelError(ModelError):
    """A failure that another attempt may cure."""


class RateLimitError(RetryableModelError):
    """The provider refused the call for rate; `retry_after` is its advice in seconds, if any."""

    def __init__(self, message: str, *, model: str = "", retry_after: float | None = None) -> None:
        self.retry_after = retry_after
        super().__init__(message, model=model)


class ModelTimeoutError(RetryableModelError):
    """The call ran past its deadline."""


class ModelConnectionError(RetryableModelError):
    """The provider could not be reached."""


class ServerError(RetryableModelError):
    """The provider failed with a 5xx status."""

    def __init__(self, message: str, *, model: str = "", status: int = 500) -> None:
        self.status = status
        super().__init__(message, model=model)


class AuthenticationError(ModelError):
    """The provider refused the call's credentials, or none were given: never retried."""


class MalformedResponseError(ModelError):
    """The provider answered, but not with usable text."""


class RetriesExhaustedError(ModelError):
    """Every attempt failed; `attempts` counts them and `last_error` is the final failure."""

    def __init__(self, last_error: ModelError, *, attempts: int, model: str = "") -> None:
        self.last_error = last_error
        self.attempts = attempts
        super().__init__(f"gave up after {attempts} attempts: {last_error}", model=model)


class CacheMissError(ModelError):
    """Replay mode found no cached answer for a request; `key` names the request."""

    def __init__(self, key: str, *, model: str = "") -> None:
        self.key = key
        super().__init__(f"no cached answer for this call (key {key[:12]}…) and the cache is in replay mode; "
                         "run once without replay to record it", model=model)


class RunError(InputError):
    """A run or batch folder is missing, incomplete or unusable."""


class MemoryStoreError(RunError):
    """The memory database cannot be opened or used (missing, not SQLite, newer schema, closed)."""


class BudgetExhaustedError(SimulateError):
    """A batch's token or cost budget is spent: no further model call may start.

    Not a ModelError on purpose: a conversation that meets it is not failed, it is left unfinished
    (nothing of it is written) and runs again when the batch is resumed with a larger budget.
    """


class MemoryStateError(SimulateError):
    """A memory component was asked to do something its state does not allow."""


class InconsistentPersonaError(SimulateError, AssertionError):
    """A persona contradicted its card or itself; the message shows the transcript with the findings.

    `interview` is the (shrunk) `simulate.testing.Interview` that failed and `findings` the
    `simulate.checkers.Finding`s that failed it (typed loosely: the error tree depends on nothing above it).
    """

    def __init__(self, message: str, *, interview: Any = None, findings: Sequence[Any] | None = None) -> None:
        self.interview = interview
        self.findings = list(findings or [])
        super().__init__(message)

    def __reduce__(self) -> tuple[Any, ...]:  # picklable for pytest-xdist: keep the message only
        return (type(self), (str(self),))
