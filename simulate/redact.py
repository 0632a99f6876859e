"""Keep secrets out of everything the engine writes: outputs, logs, manifests, error messages."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

__all__ = ["MASK", "redact", "redact_mapping", "secret_values"]

_PATTERNS = [
    re.compile(r"\b(sk|pk|rk)-[A-Za-z0-9_\-]{8,}"),
    re.compile(r"\b(xox[abpr]|ghp|gho|github_pat|hf|AIza)[A-Za-z0-9_\-]{10,}"),
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._\-+/=]{8,}"),
    re.compile(r"(?i)((?<![a-z0-9])(?:api[_-]?key|token|secret|password|access[_-]?key)[\"']?\s*[:=]\s*[\"']?)"
               r"[^\s\"',;&]{4,}"),
    re.compile(r"(?i)((?:https?|wss?)://[^\s/:@]+:)[^\s/@]+(?=@)"),  # the password in user:password@host
]
_SECRET_NAME = re.compile(
    r"(?i)(api[_-]?key|secret|passw(or)?d|credential|access[_-]?key|[_-]key$|(^|[_-])token$|^authorization$)"
)
MASK = "[REDACTED]"
_MASK = MASK


def secret_values() -> list[str]:
    """The values of secret-named environment variables (8 characters or more), longest first."""
    return _secret_values()


def _secret_values() -> list[str]:
    return sorted((v for k, v in os.environ.items() if _SECRET_NAME.search(k) and len(v) >= 8),
                  key=len, reverse=True)


def redact(text: str, *, env_secrets: list[str] | None = None) -> str:
    """`text` with API keys, tokens and the values of secret-looking environment variables masked
    (`env_secrets`: those values, when the caller has read them already)."""
    for value in _secret_values() if env_secrets is None else env_secrets:
        if value in text:
            text = text.replace(value, _MASK)
    for pattern in _PATTERNS:
        if pattern.groups and pattern.pattern.startswith("(?i)(("):
            text = pattern.sub(lambda m: m.group(1) + _MASK, text)
        else:
            text = pattern.sub(_MASK, text)
    return text


def redact_mapping(data: Mapping[str, Any], *, env_secrets: list[str] | None = None) -> dict[str, Any]:
    """A copy of `data` whose secret-named keys are masked and whose strings are redacted, at any depth
    (`env_secrets`: the values of secret environment variables, when the caller has read them already)."""
    return _redact_dict(data, _secret_values() if env_secrets is None else env_secrets)


def _redact_dict(data: Mapping[str, Any], env: list[str]) -> dict[str, Any]:
    return {key: _MASK if _secret_key(key) and value not in (None, "", 0) else _redact_value(value, env)
            for key, value in data.items()}


@lru_cache(maxsize=4096)
def _secret_key(key: object) -> bool:
    return bool(_SECRET_NAME.search(str(key)))


def _redact_value(value: Any, env: list[str]) -> Any:
    if isinstance(value, Mapping):
        return _redact_dict(value, env)
    if isinstance(value, str):
        return redact(value, env_secrets=env)
    if isinstance(value, (list, tuple)):
        return [_redact_value(v, env) for v in value]
    return value
