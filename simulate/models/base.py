"""The one interface every model speaks: an async `complete(request) -> response`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

__all__ = ["ChatModel", "ChatRequest", "ChatResponse", "Message", "Usage"]

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True, slots=True)
class Message:
    """One chat message."""

    role: Role
    content: str

    def as_dict(self) -> dict[str, str]:
        """The OpenAI-style dict form."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True, slots=True)
class ChatRequest:
    """What a model is asked. `context` carries engine data for built-in models; it is never sent out."""

    model: str
    messages: tuple[Message, ...]
    temperature: float = 0.7
    max_tokens: int = 64
    seed: int | None = None
    api_base: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    context: Mapping[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True, slots=True)
class Usage:
    """Tokens a call used."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        """Prompt plus completion tokens."""
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True, slots=True)
class ChatResponse:
    """A model's answer. `metadata` carries facts a built-in model records (e.g. scripted ground truth);
    `cached` marks an answer that came from the call cache (no call was made)."""

    text: str
    model: str
    usage: Usage = field(default_factory=Usage)
    cost: float | None = None
    latency_s: float = 0.0
    attempts: int = 1
    finish_reason: str | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    cached: bool = False


@runtime_checkable
class ChatModel(Protocol):
    """Anything that answers chat requests."""

    name: str

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Answer one request or raise a ModelError."""
        ...
