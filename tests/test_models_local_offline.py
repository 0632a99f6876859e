"""The embedded-model machinery without the weights: finding GGUF files, sampling settings, slots and
prompt-prefix reuse, the context limit, cancellation, and the litellm provider `local`, on a stand-in
for llama.cpp's `Llama`. (tests/test_models_local.py runs the real model.)"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from simulate.errors import InputError, MissingExtraError
from simulate.models import local
from simulate.models.local import (
    CONTEXT_TOKENS,
    DEFAULT_SAMPLING,
    MIN_SUFFIX,
    SLOTS,
    EmbeddedModel,
    common_prefix,
    embedded_model,
    find_gguf,
    sampling,
)

TEMPLATE = "{% for m in messages %}<{{ m.role }}>{{ m.content }}{{ eos_token }}{% endfor %}<assistant>"
EOS, BOS = 2, 1
LONG = "You are Maya, a nurse from Denver who loves hiking and talks about it at length. " * 2


class FakeLlama:
    """Stands in for llama_cpp.Llama: one token per byte of the prompt, `steps` generated words."""

    def __init__(self, *, template: str | None = TEMPLATE, steps: int = 3, delay: float = 0.0,
                 fail: bool = False) -> None:
        self.metadata = {"tokenizer.chat_template": template} if template else {}
        self._model = SimpleNamespace(token_get_text=lambda token: {BOS: "<s>", EOS: "</s>"}[token])
        self.steps, self.delay, self.fail = steps, delay, fail
        self.n_tokens = 0
        self.resets = 0
        self.calls: list[dict[str, Any]] = []
        self.generated = 0

    def token_eos(self) -> int:
        return EOS

    def token_bos(self) -> int:
        return BOS

    def tokenize(self, data: bytes, add_bos: bool, special: bool) -> list[int]:
        return ([BOS] if add_bos else []) + list(data)

    def reset(self) -> None:
        self.resets += 1
        self.n_tokens = 0

    def create_completion(self, *, prompt: list[int], logits_processor: list[Any], **options: Any) -> dict[str, Any]:
        self.calls.append({"kept": self.n_tokens, "prompt": prompt, **options})
        if self.fail:
            raise RuntimeError("llama_decode returned -1")
        words = []
        for step in range(min(self.steps, options["max_tokens"])):
            logits = np.zeros(300, dtype=np.float32)
            logits[100 + step] = 1.0
            token = int(np.argmax(logits_processor[0](np.array(prompt), logits)))
            if token == EOS:
                return _completion(words, "stop")
            words.append(f"w{step}")
            self.generated += 1
            time.sleep(self.delay)
        return _completion(words, "length")


def _completion(words: list[str], finish: str) -> dict[str, Any]:
    return {"id": "cmpl-1", "usage": {"prompt_tokens": 1, "completion_tokens": len(words), "total_tokens": 1},
            "choices": [{"text": " ".join(words), "finish_reason": finish}]}


class FakeWeights(EmbeddedModel):
    """An EmbeddedModel whose contexts are FakeLlamas, built with `fake_options`."""

    fake_options: dict[str, Any] = {}
    made: list[FakeLlama] = []

    def _new_llama(self) -> FakeLlama:
        self.made.append(FakeLlama(**self.fake_options))
        return self.made[-1]


@pytest.fixture
def llamas() -> list[FakeLlama]:
    """Every Llama the test's models create, in order."""
    FakeWeights.made = []
    return FakeWeights.made


def _model(**fake_options: Any) -> EmbeddedModel:
    model = FakeWeights(Path("fake.gguf"), threads=1)
    model.fake_options = fake_options
    return model


def _generate(model: EmbeddedModel, user: str, *, system: str = LONG, cancel: threading.Event | None = None,
              **options: Any) -> dict[str, Any]:
    messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
    options = {"temperature": 0.5, "max_tokens": 8, "seed": 4, **options}
    return model.generate(messages, cancel=cancel or threading.Event(), **options)


# --- finding a model --------------------------------------------------------------------------------

def test_a_gguf_path_is_a_model_and_a_missing_one_is_named(tmp_path: Path) -> None:
    weights = tmp_path / "tiny.gguf"
    weights.write_bytes(b"GGUF")
    assert find_gguf(str(weights)) == weights
    with pytest.raises(InputError, match=r"local/.*gone\.gguf: no GGUF file at"):
        find_gguf(str(tmp_path / "gone.gguf"))


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(InputError, match="unknown embedded model 'gpt5'; known: smollm2"):
        find_gguf("gpt5")


def test_a_known_model_whose_package_is_missing_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(local.KNOWN_MODELS, "ghost", ("no_such_weights_package", "ghost.gguf"))
    with pytest.raises(MissingExtraError, match=r"no-such-weights-package.*simulate\[local\]") as info:
        find_gguf("ghost")
    assert info.value.extra == "local"


def test_a_known_package_without_its_file_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(local.KNOWN_MODELS, "hollow", ("pytest", "hollow.gguf"))  # a package, but no such file
    with pytest.raises(MissingExtraError):
        find_gguf("hollow")


def test_without_llama_cpp_a_model_cannot_load_and_says_which_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "llama_cpp", None)
    with pytest.raises(MissingExtraError, match="llama-cpp-python") as info:
        EmbeddedModel(Path("fake.gguf"), threads=1).load()
    assert info.value.extra == "local"


def test_one_instance_per_model_in_a_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "_models", {})
    weights = tmp_path / "tiny.gguf"
    weights.write_bytes(b"GGUF")
    first = embedded_model(str(weights), threads=2)
    assert embedded_model(str(weights)) is first and first.threads == 2 and first.path == weights


# --- settings ---------------------------------------------------------------------------------------

def test_sampling_defaults_are_overridden_only_by_known_keys_with_values() -> None:
    assert sampling({}) == DEFAULT_SAMPLING
    got = sampling({"top_k": 5, "min_p": None, "mirostat": 2})
    assert got == {**DEFAULT_SAMPLING, "top_k": 5}


def test_common_prefix() -> None:
    assert common_prefix([1, 2, 3], [1, 2, 4, 5]) == 2
    assert common_prefix([], [1]) == 0 and common_prefix([7, 8], [7, 8]) == 2


# --- prompts ----------------------------------------------------------------------------------------

def test_the_prompt_is_built_with_the_models_own_chat_template(llamas: list[FakeLlama]) -> None:
    tokens, stops = _model().prompt_tokens([{"role": "user", "content": "Hi"}])
    assert bytes(tokens).decode() == "<user>Hi</s><assistant>"
    assert stops == ["</s>"]


def test_a_gguf_without_a_chat_template_is_an_input_error(llamas: list[FakeLlama]) -> None:
    with pytest.raises(InputError, match=r"fake\.gguf: this GGUF file has no chat template"):
        _model(template=None).prompt_tokens([{"role": "user", "content": "Hi"}])


def test_a_prompt_past_the_context_is_refused_before_any_work(llamas: list[FakeLlama]) -> None:
    model = _model()
    with pytest.raises(InputError, match=f"exceeds the embedded model's context of {CONTEXT_TOKENS} tokens"):
        _generate(model, "x" * CONTEXT_TOKENS)
    assert model.stats["calls"] == 0 and llamas[0].calls == []


# --- generation -------------------------------------------------------------------------------------

def test_a_generation_passes_its_settings_and_returns_an_openai_shaped_answer(llamas: list[FakeLlama]) -> None:
    result = _generate(_model(), "Hi", stop=["\nTom:"], options={"top_k": 7}, seed=None)
    call = llamas[0].calls[0]
    assert call["stop"] == ["\nTom:", "</s>"] and call["seed"] == 0 and call["top_k"] == 7
    assert call["temperature"] == 0.5 and call["max_tokens"] == 8 and "grammar" not in call
    assert result["choices"] == [{"index": 0, "finish_reason": "length",
                                  "message": {"role": "assistant", "content": "w0 w1 w2"}}]
    assert result["usage"]["completion_tokens"] == 3 and result["id"] == "cmpl-1"


def test_a_json_schema_constrains_sampling_with_a_grammar(llamas: list[FakeLlama]) -> None:
    pytest.importorskip("llama_cpp")
    _generate(_model(), "Hi", json_schema={"type": "object", "properties": {"verdict": {"type": "string"}}})
    assert type(llamas[0].calls[0]["grammar"]).__name__ == "LlamaGrammar"


def test_a_shared_prompt_prefix_is_kept_and_only_the_rest_evaluated(llamas: list[FakeLlama]) -> None:
    model = _model()
    _generate(model, "How was your week?")
    _generate(model, "And your weekend?")
    first, second = llamas[0].calls
    assert len(llamas) == 1 and llamas[0].resets == 1  # the first call started from nothing; the second did not
    shared = common_prefix(first["prompt"], second["prompt"])
    assert first["kept"] == 0 and second["kept"] == min(shared, len(second["prompt"]) - MIN_SUFFIX) > 100
    assert model.stats == {"calls": 2, "prompt_tokens": len(first["prompt"]) + len(second["prompt"]),
                           "reused_tokens": second["kept"]}


def test_the_same_prompt_still_evaluates_its_last_tokens(llamas: list[FakeLlama]) -> None:
    model = _model()
    _generate(model, "Hi")
    _generate(model, "Hi")
    second = llamas[0].calls[1]
    assert second["kept"] == len(second["prompt"]) - MIN_SUFFIX


def test_unrelated_prompts_take_new_slots_then_the_least_recently_used(llamas: list[FakeLlama]) -> None:
    model = _model()
    systems = [f"{n} " * 40 for n in ("alpha", "bravo", "charlie", "delta")]
    for system in systems:
        _generate(model, "Hi", system=system)
    assert len(llamas) == SLOTS == 4 and all(len(f.calls) == 1 for f in llamas)
    _generate(model, "Hi", system=systems[0])  # back to the first conversation: its slot, its prefix
    assert len(llamas[0].calls) == 2 and llamas[0].calls[1]["kept"] > 0
    _generate(model, "Hi", system="echo " * 40)  # a fifth: the least recently used slot (bravo's)
    assert len(llamas) == 4 and len(llamas[1].calls) == 2
    before, after = llamas[1].calls
    assert after["kept"] == common_prefix(before["prompt"], after["prompt"]) == len("<system>")  # what it shares


def test_without_prefix_reuse_every_call_starts_from_nothing(llamas: list[FakeLlama]) -> None:
    model = _model()
    model.reuse_prefix = False
    for _ in range(3):
        _generate(model, "Hi")
    assert len(llamas) == 1 and llamas[0].resets == 3 and [c["kept"] for c in llamas[0].calls] == [0, 0, 0]
    assert model.stats["reused_tokens"] == 0


def test_a_failed_evaluation_leaves_nothing_to_reuse(llamas: list[FakeLlama]) -> None:
    model = _model(fail=True)
    with pytest.raises(RuntimeError):
        _generate(model, "Hi")
    llamas[0].fail = False
    _generate(model, "Hi")
    assert llamas[0].calls[1]["kept"] == 0


def test_a_cancelled_generation_ends_at_the_next_token(llamas: list[FakeLlama]) -> None:
    cancel = threading.Event()
    cancel.set()
    result = _generate(_model(), "Hi", cancel=cancel)
    assert result["choices"][0]["finish_reason"] == "stop" and result["choices"][0]["message"]["content"] == ""


def test_cancelling_the_await_stops_the_worker_thread(llamas: list[FakeLlama]) -> None:
    model = _model(steps=10_000, delay=0.002)
    messages = [{"role": "user", "content": "Tell me everything."}]

    async def main() -> None:
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(model.agenerate(messages, temperature=0.5, max_tokens=1500, seed=1), 0.1)

    asyncio.run(main())
    model._executor.shutdown(wait=True)  # returns once the generation has really stopped
    assert 0 < llamas[0].generated < 1500


def test_agenerate_returns_the_generation() -> None:
    class Quick(EmbeddedModel):
        def generate(self, messages: list[dict[str, str]], **options: Any) -> dict[str, Any]:
            return {"thread": threading.current_thread().name, "options": options}

    result = asyncio.run(Quick(Path("fake.gguf"), threads=1).agenerate([], temperature=0.1, max_tokens=2, seed=None))
    assert result["thread"].startswith("simulate-llama") and result["options"]["max_tokens"] == 2
