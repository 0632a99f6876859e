"""Every error the engine raises on purpose.

    SimulateError
    ├── InputError (ValueError)            bad input from a user: files, options
    │   └── ScenarioError                  a scenario or persona file is invalid; carries every Problem
    ├── MissingExtraError (ImportError)    an optional dependency is not installed; names the extra
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
    ├── RunError                           a run folder is missing or unusable
    └── InconsistentPersonaError (AssertionError)   a consistency test failed (simulate.testing)

Friendly text is produced only at the CLI boundary; the library raises these.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "AuthenticationError",
    "InputError",
    "MalformedResponseError",
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
    "BudgetExhaustedError",
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


class MissingExtraError(SimulateError, ImportError):
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


class RunError(SimulateError):
    """A run folder is missing, incomplete or unusable."""


class BudgetExhaustedError(SimulateError):
    """A batch's token or cost budget is spent: no further model call may start.

    Not a ModelError on purpose: a conversation that meets it is not failed, it is left unfinished
    (nothing of it is written) and runs again when the batch is resumed with a larger budget.
    """
