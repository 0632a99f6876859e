"""Model settings: which model speaks and how (the scenario's `model:` section, a batch's models).

Options in files may not hold secrets: they belong in environment variables. Options given on the
command line (validation context `allow_secrets`) may: they are used, and masked in every file written.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

__all__ = ["ALLOW_SECRETS", "FaultSettings", "ModelOverride", "ModelSettings", "no_secret_options", "no_url_password"]

_SECRET_KEYS = re.compile(r"(api[_-]?key|token|secret|password|authorization)", re.IGNORECASE)
_URL_PASSWORD = re.compile(r"://[^/@\s]+:[^/@\s]+@")


ALLOW_SECRETS = "allow_secrets"  # validation context: options given on the command line may hold secrets


def no_secret_options(value: dict[str, Any] | None, info: ValidationInfo | None = None) -> dict[str, Any] | None:
    """Refuse secrets in options, at any depth: names like api_key or token, `user:password@` in a URL.

    They belong in environment variables, not in files. Options given on the command line
    (validation context `allow_secrets`) may hold them: they are used, and masked in every file written.
    """
    if value and not (info is not None and isinstance(info.context, dict) and info.context.get(ALLOW_SECRETS)):
        _refuse_secrets(value, "")
    return value


def _refuse_secrets(value: Any, where: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if _SECRET_KEYS.search(str(key)):
                raise ValueError(f"{where}{key!r}: keep API keys and tokens in environment variables, not in files")
            _refuse_secrets(item, f"{where}{key}.")
    elif isinstance(value, (list, tuple)):
        for item in value:
            _refuse_secrets(item, where)
    elif isinstance(value, str) and _URL_PASSWORD.search(value):
        raise ValueError(f"{where.rstrip('.') or 'value'}: a password in the URL: keep credentials in environment "
                         "variables, not in files")


def no_url_password(value: str | None) -> str | None:
    """Refuse `user:password@` in a URL: credentials belong in environment variables, not in files."""
    if value is not None and _URL_PASSWORD.search(value):
        raise ValueError("a password in the URL: keep credentials in environment variables, not in files")
    return value


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class FaultSettings(_Strict):
    """Failure rates to inject around the model, for testing what surrounds it."""

    rate_limit: float = Field(default=0.0, ge=0, le=1)
    server_error: float = Field(default=0.0, ge=0, le=1)
    connection_error: float = Field(default=0.0, ge=0, le=1)
    timeout: float = Field(default=0.0, ge=0, le=1)
    malformed: float = Field(default=0.0, ge=0, le=1)

    @model_validator(mode="after")
    def _at_most_one(self) -> FaultSettings:
        if sum(self.model_dump().values()) > 1:
            raise ValueError("fault rates add up to more than 1")
        return self


class ModelOverride(_Strict):
    """Model settings for one persona; unset fields fall back to the scenario's."""

    name: str | None = None
    temperature: float | None = Field(default=None, ge=0, le=2)
    max_tokens: int | None = Field(default=None, ge=1, le=32_768)
    seed: int | None = None
    api_base: str | None = None
    options: dict[str, Any] | None = None

    _no_secrets = field_validator("options")(classmethod(lambda cls, v, info: no_secret_options(v, info)))
    _no_url_password = field_validator("api_base")(classmethod(lambda cls, v: no_url_password(v)))


class ModelSettings(_Strict):
    """Which model speaks, and how. `name` is a litellm model string, `local/smollm2` or `scripted`."""

    name: str = Field(default="local/smollm2", min_length=1)
    temperature: float = Field(default=0.7, ge=0, le=2)
    max_tokens: int = Field(default=64, ge=1, le=32_768)
    seed: int | None = Field(default=None, description="fixed sampling seed; default: derived per turn")
    timeout: float = Field(default=120.0, gt=0, description="seconds per call, enforced")
    retries: int = Field(default=3, ge=0, le=20)
    concurrency: int = Field(default=4, ge=1, le=10_000, description="calls in flight per model")
    api_base: str | None = None
    options: dict[str, Any] = Field(default_factory=dict, description="provider-specific parameters")
    faults: FaultSettings | None = Field(default=None, description="inject failures (for tests)")
    per_persona: dict[str, ModelOverride] = Field(default_factory=dict)

    _no_secrets = field_validator("options")(classmethod(lambda cls, v, info: no_secret_options(v, info)))
    _no_url_password = field_validator("api_base")(classmethod(lambda cls, v: no_url_password(v)))

    def for_persona(self, name: str) -> ModelSettings:
        """The settings that apply to `name`."""
        override = self.per_persona.get(name)
        if override is None:
            return self
        changes = override.model_dump(exclude_none=True)
        return self.model_copy(update={**changes, "per_persona": {}})
