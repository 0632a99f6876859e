"""The litellm adapter: lazy import, error translation, secret hygiene and an offline mock call."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from simulate.errors import (
    AuthenticationError,
    MalformedResponseError,
    ModelConnectionError,
    ModelError,
    ModelTimeoutError,
    RateLimitError,
    RetryableModelError,
    ServerError,
)
from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.models.litellm_model import LiteLLMModel, _translate, import_litellm

FAKE_KEY = "fake-openai-key-0123456789abcdef"


@pytest.fixture(scope="module")
def litellm() -> Any:
    """The litellm module, imported the way the engine imports it."""
    return import_litellm()


def _kw(message: str = "boom") -> dict[str, str]:
    return {"message": message, "llm_provider": "openai", "model": "x"}


@pytest.mark.parametrize(("name", "expected"), [
    ("RateLimitError", RateLimitError),
    ("Timeout", ModelTimeoutError),
    ("APIConnectionError", ModelConnectionError),
    ("InternalServerError", ServerError),
    ("ServiceUnavailableError", ServerError),
])
def test_retryable_litellm_errors_map_to_our_tree(litellm: Any, name: str, expected: type[ModelError]) -> None:
    """Transient litellm errors become the matching retryable error, naming our model."""
    error = _translate(getattr(litellm, name)(**_kw()), "openai/x")
    assert type(error) is expected
    assert isinstance(error, RetryableModelError)
    assert error.model == "openai/x"
    assert "boom" in str(error)


def test_service_unavailable_keeps_status(litellm: Any) -> None:
    """A 503 keeps its status code."""
    error = _translate(litellm.ServiceUnavailableError(**_kw()), "m")
    assert isinstance(error, ServerError) and error.status == 503


def test_rate_limit_retry_after_header_is_read(litellm: Any) -> None:
    """A Retry-After header becomes retry_after seconds."""
    error = _translate(litellm.RateLimitError(**_kw(), headers={"retry-after": "3"}), "m")
    assert isinstance(error, RateLimitError) and error.retry_after == 3.0


def test_authentication_errors_are_not_retryable_and_keep_the_provider_message(litellm: Any) -> None:
    error = _translate(litellm.AuthenticationError(**_kw()), "m")
    assert isinstance(error, AuthenticationError) and not isinstance(error, RetryableModelError)
    assert "boom" in str(error)


def test_a_missing_key_reported_as_a_server_error_fails_at_once(litellm: Any) -> None:
    """Some providers report a missing key as a 500: it is an authentication error, not retried."""
    kw = {**_kw(), "message": "OpenAIException - The api_key client option must be set"}
    error = _translate(litellm.InternalServerError(**kw), "openai/x")
    assert isinstance(error, AuthenticationError) and "api_key client option must be set" in str(error)


@pytest.mark.parametrize("name", ["BadRequestError"])
def test_client_errors_are_plain_model_errors(litellm: Any, name: str) -> None:
    """Bad-request errors become a plain, non-retryable ModelError naming the litellm type."""
    error = _translate(getattr(litellm, name)(**_kw()), "m")
    assert type(error) is ModelError
    assert not isinstance(error, RetryableModelError)
    assert name in str(error)


def test_api_key_in_provider_error_is_redacted(litellm: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """The configured API key never shows in the translated error, directly or through a call."""
    monkeypatch.setenv("OPENAI_API_KEY", FAKE_KEY)
    raw = litellm.AuthenticationError(**_kw(f"Incorrect API key provided: {FAKE_KEY}."))
    assert FAKE_KEY not in str(_translate(raw, "openai/x"))

    async def failing(**kwargs: Any) -> Any:
        raise raw

    monkeypatch.setattr(litellm, "acompletion", failing)
    with pytest.raises(ModelError) as info:
        asyncio.run(LiteLLMModel("openai/x").complete(ChatRequest(model="openai/x", messages=(Message("user", "hi"),))))
    assert FAKE_KEY not in str(info.value)
    assert "[REDACTED]" in str(info.value)
    assert info.value.__cause__ is None


def test_mock_response_end_to_end(litellm: Any) -> None:
    """An offline mock_response call returns that text with token usage and a known price."""
    request = ChatRequest(model="openai/gpt-4o-mini", messages=(Message("user", "hello"),),
                          options={"mock_response": "Hi there"})
    response = asyncio.run(LiteLLMModel("openai/gpt-4o-mini").complete(request))
    assert response.text == "Hi there"
    assert response.model == "openai/gpt-4o-mini"
    assert response.usage.prompt_tokens > 0 and response.usage.completion_tokens > 0
    assert response.cost is not None and response.cost > 0
    assert response.finish_reason == "stop"


def test_unroutable_model_is_a_plain_model_error(litellm: Any) -> None:
    """A model string litellm cannot route fails with a non-retryable ModelError."""
    request = ChatRequest(model="no-such-provider-model", messages=(Message("user", "hi"),),
                          options={"mock_response": "x"})
    with pytest.raises(ModelError) as info:
        asyncio.run(LiteLLMModel("no-such-provider-model").complete(request))
    assert not isinstance(info.value, RetryableModelError)


def test_litellm_is_imported_lazily_and_offline(root: Path) -> None:
    """Importing the adapter does not import litellm; import_litellm() does, with the local cost map."""
    script = ("import os, sys, simulate.models.litellm_model as m; print('litellm' in sys.modules); "
              "m.import_litellm(); print('litellm' in sys.modules); print(os.environ['LITELLM_LOCAL_MODEL_COST_MAP'])")
    env = {k: v for k, v in os.environ.items() if k != "LITELLM_LOCAL_MODEL_COST_MAP"}
    result = subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True,
                            timeout=120, check=True)
    assert result.stdout.split() == ["False", "True", "True"]


def test_import_litellm_sets_local_cost_map(litellm: Any) -> None:
    """In this process, too, the cost map is local after import_litellm()."""
    assert os.environ["LITELLM_LOCAL_MODEL_COST_MAP"] == "True"
    assert import_litellm() is litellm


# --- one call: what is sent, what comes back ------------------------------------------------------

def _raw(content: Any = "Hello.", *, prompt: int | None = 12, completion: int | None = 3,
         finish: str | None = "stop", hidden: Any = None) -> Any:
    """A response shaped like litellm's ModelResponse (only what the adapter reads)."""
    usage = None if prompt is None else SimpleNamespace(prompt_tokens=prompt, completion_tokens=completion)
    raw = SimpleNamespace(choices=[SimpleNamespace(message=SimpleNamespace(content=content), finish_reason=finish)],
                          usage=usage)
    if hidden is not None:
        raw._hidden_params = hidden
    return raw


def _call(litellm: Any, monkeypatch: pytest.MonkeyPatch, name: str, request: ChatRequest,
          raw: Any = None) -> tuple[ChatResponse, dict[str, Any]]:
    sent: dict[str, Any] = {}

    async def acompletion(**kwargs: Any) -> Any:
        sent.update(kwargs)
        return _raw(hidden={"response_cost": 0.25}) if raw is None else raw

    monkeypatch.setattr(litellm, "acompletion", acompletion)
    return asyncio.run(LiteLLMModel(name).complete(request)), sent


def test_a_call_sends_the_request_and_its_options(litellm: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    request = ChatRequest(model="openai/x", messages=(Message("system", "Be brief."), Message("user", "Hi")),
                          temperature=0.2, max_tokens=40, seed=9, api_base="http://127.0.0.1:9/v1",
                          options={"stop": ["\nTom:"], "top_p": 0.5}, context={"card": "never sent"})
    response, sent = _call(litellm, monkeypatch, "openai/x", request)
    assert sent == {"model": "openai/x", "temperature": 0.2, "max_tokens": 40, "drop_params": True, "seed": 9,
                    "api_base": "http://127.0.0.1:9/v1", "stop": ["\nTom:"], "top_p": 0.5,
                    "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]}
    assert (response.text, response.model, response.finish_reason) == ("Hello.", "openai/x", "stop")
    assert (response.usage.prompt_tokens, response.usage.completion_tokens, response.cost) == (12, 3, 0.25)


def test_no_seed_and_no_api_base_are_left_out(litellm: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    _, sent = _call(litellm, monkeypatch, "openai/x", ChatRequest(model="openai/x", messages=(Message("user", "Hi"),)))
    assert "seed" not in sent and "api_base" not in sent


def test_a_response_without_choices_is_malformed(litellm: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    request = ChatRequest(model="openai/x", messages=(Message("user", "Hi"),))
    with pytest.raises(MalformedResponseError, match="unexpected response shape"):
        _call(litellm, monkeypatch, "openai/x", request, SimpleNamespace(choices=[]))


def test_missing_text_and_usage_become_empty_and_zero(litellm: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    request = ChatRequest(model="openai/x", messages=(Message("user", "Hi"),))
    response, _ = _call(litellm, monkeypatch, "openai/x", request, _raw(None, prompt=None, finish="length",
                                                                        hidden={"response_cost": 0.0}))
    assert (response.text, response.usage.total_tokens, response.finish_reason) == ("", 0, "length")


def test_an_unknown_price_stays_unknown(litellm: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """(The embedded model is not reached through litellm; tests/test_models_local.py checks it is free.)"""
    request = ChatRequest(model="x", messages=(Message("user", "Hi"),))
    unknown, _ = _call(litellm, monkeypatch, "nobody/unpriced-model", request, _raw())
    assert unknown.cost is None  # not 0.0: nothing is known about it


def test_retry_after_is_read_from_the_response_headers_and_a_bad_value_is_ignored() -> None:
    class Refused(Exception):
        status_code = 429

        def __init__(self, headers: dict[str, str], *, on_response: bool) -> None:
            super().__init__("slow down")
            if on_response:
                self.response = SimpleNamespace(headers=headers)
            else:
                self.headers = headers

    advised = _translate(Refused({"Retry-After": "1.5"}, on_response=True), "m")
    assert isinstance(advised, RateLimitError) and advised.retry_after == 1.5
    garbled = _translate(Refused({"retry-after": "soon"}, on_response=False), "m")
    assert isinstance(garbled, RateLimitError) and garbled.retry_after is None


@pytest.mark.parametrize(("error", "expected"), [
    (TimeoutError("took too long"), ModelTimeoutError),
    (ConnectionRefusedError("no route"), ModelConnectionError),
    (type("Gateway502", (Exception,), {"status_code": 502})("bad gateway"), ServerError),
    (type("Forbidden", (Exception,), {"status_code": 403})("not for you"), AuthenticationError),
    (KeyError("what"), ModelError),
])
def test_exceptions_that_are_not_litellm_errors_are_translated_too(error: Exception, expected: type) -> None:
    translated = _translate(error, "m")
    assert type(translated) is expected and translated.model == "m"
