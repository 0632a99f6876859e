"""Every hosted model call goes through litellm. The only module that imports it."""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Mapping
from typing import Any

from ..errors import (
    AuthenticationError,
    MalformedResponseError,
    ModelConnectionError,
    ModelError,
    ModelTimeoutError,
    RateLimitError,
    ServerError,
)
from ..redact import redact
from .base import ChatRequest, ChatResponse, Usage

__all__ = ["LiteLLMModel", "import_litellm"]

_lock = threading.Lock()
_litellm: Any = None


def import_litellm() -> Any:
    """Import litellm once, offline: its cost map from the package."""
    global _litellm
    with _lock:
        if _litellm is None:
            os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"
            os.environ.setdefault("LITELLM_TELEMETRY", "False")
            import litellm

            litellm.telemetry = False
            litellm.suppress_debug_info = True
            _litellm = litellm
    return _litellm


def _retry_after(exc: Exception) -> float | None:
    headers: Mapping[str, str] = {}
    response = getattr(exc, "response", None)
    if response is not None and getattr(response, "headers", None) is not None:
        headers = response.headers
    headers = getattr(exc, "headers", None) or headers
    value = headers.get("retry-after") or headers.get("Retry-After") if headers else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _translate(exc: Exception, model: str) -> ModelError:
    """Map a litellm (or provider) exception onto our error tree, with secrets removed."""
    litellm = _litellm
    message = redact(str(getattr(exc, "message", None) or exc))[:2000]
    status = getattr(exc, "status_code", None)
    if _is_authentication(exc, status, message, litellm):
        return AuthenticationError(message, model=model)
    if litellm is not None:
        if isinstance(exc, litellm.Timeout):
            return ModelTimeoutError(message, model=model)
        if isinstance(exc, litellm.RateLimitError) or status == 429:
            return RateLimitError(message, model=model, retry_after=_retry_after(exc))
        if isinstance(exc, litellm.APIConnectionError) and not (isinstance(status, int) and status < 500):
            return ModelConnectionError(message, model=model)
    if isinstance(status, int) and status >= 500:
        return ServerError(message, model=model, status=status)
    if isinstance(exc, (TimeoutError,)):
        return ModelTimeoutError(message, model=model)
    if isinstance(exc, (ConnectionError,)):
        return ModelConnectionError(message, model=model)
    return ModelError(f"{type(exc).__name__}: {message}", model=model)


_MISSING_KEY = re.compile(r"(?i)(api[_ ]?key|credentials?|unauthori[sz]ed|authenticat)")


def _is_authentication(exc: Exception, status: Any, message: str, litellm: Any) -> bool:
    """Credentials refused or missing: litellm's AuthenticationError, 401/403, or a missing-key message
    (some providers report a missing key as a 500)."""
    if litellm is not None and isinstance(exc, getattr(litellm, "AuthenticationError", ())):
        return True
    if status in (401, 403):
        return True
    return bool(_MISSING_KEY.search(message)) and not (litellm is not None and isinstance(exc, litellm.RateLimitError))


class LiteLLMModel:
    """A litellm model string (`openai/gpt-4o-mini`, `ollama/llama3`, ...)."""

    def __init__(self, name: str) -> None:
        self.name = name

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """One `litellm.acompletion` call, its errors translated."""
        litellm = import_litellm()
        kwargs: dict[str, Any] = dict(request.options)
        kwargs.update(model=request.model, messages=[m.as_dict() for m in request.messages],
                      temperature=request.temperature, max_tokens=request.max_tokens, drop_params=True)
        if request.seed is not None:
            kwargs["seed"] = request.seed
        if request.api_base:
            kwargs["api_base"] = request.api_base
        try:
            raw = await litellm.acompletion(**kwargs)
        except Exception as exc:  # every provider failure is translated here, once
            raise _translate(exc, self.name) from None
        return self._response(raw, litellm)

    def _response(self, raw: Any, litellm: Any) -> ChatResponse:
        try:
            choice = raw.choices[0]
            text = choice.message.content
            finish = getattr(choice, "finish_reason", None)
        except (AttributeError, IndexError, TypeError) as exc:
            raise MalformedResponseError(f"unexpected response shape: {exc}", model=self.name) from None
        usage = getattr(raw, "usage", None)
        tokens = Usage(prompt_tokens=int(getattr(usage, "prompt_tokens", 0) or 0),
                       completion_tokens=int(getattr(usage, "completion_tokens", 0) or 0))
        return ChatResponse(text=text if isinstance(text, str) else "", model=self.name, usage=tokens,
                            cost=_cost(raw, litellm), finish_reason=finish)


def _cost(raw: Any, litellm: Any) -> float | None:
    hidden = getattr(raw, "_hidden_params", None) or {}
    cost = hidden.get("response_cost") if isinstance(hidden, Mapping) else None
    if cost is None:
        try:
            cost = litellm.completion_cost(completion_response=raw)
        except Exception:  # unknown price: the cost stays unknown, not zero
            return None
    return float(cost)
