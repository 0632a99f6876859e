"""Plain Python agents as ChatModels, so a team can test its own agent function with the engine.

Two shapes are accepted:

- a synchronous function of the OpenAI-style messages: `agent(messages: list[dict]) -> str`;
- an async function of the whole request: `async agent(request: ChatRequest) -> str | ChatResponse`.

Either may return a ChatResponse instead of a string. Anything that already has an async
`complete(request)` is used as it is.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import Any, cast

from ..errors import MalformedResponseError
from ..models.base import ChatModel, ChatRequest, ChatResponse

__all__ = ["AgentFunction", "FunctionModel", "as_chat_model"]

AgentFunction = Callable[[list[dict[str, str]]], Any] | Callable[[ChatRequest], Awaitable[Any]]


def _is_async(fn: Any) -> bool:
    return inspect.iscoroutinefunction(fn) or inspect.iscoroutinefunction(getattr(fn, "__call__", None))  # noqa: B004 (async __call__)


class FunctionModel:
    """A ChatModel that answers with `fn` (see the module docstring for the shapes of `fn`)."""

    def __init__(self, fn: AgentFunction, *, name: str | None = None) -> None:
        if not callable(fn):
            raise TypeError(f"an agent must be callable, got {type(fn).__name__}")
        self.fn: Callable[..., Any] = fn  # which of the two shapes is decided by is_async
        self.name = name or getattr(fn, "__name__", None) or type(fn).__name__
        self.is_async = _is_async(fn)

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Call the function and wrap its answer."""
        if self.is_async:
            answer = await self.fn(request)
        else:
            answer = self.fn([m.as_dict() for m in request.messages])
            if inspect.isawaitable(answer):
                answer = await answer
        if isinstance(answer, ChatResponse):
            return answer
        if not isinstance(answer, str):
            raise MalformedResponseError(f"the agent returned {type(answer).__name__}, not a str", model=self.name)
        return ChatResponse(text=answer, model=self.name, cost=0.0, finish_reason="stop")

    def __repr__(self) -> str:
        return f"FunctionModel({self.name!r})"


def as_chat_model(agent: ChatModel | AgentFunction, *, name: str | None = None) -> ChatModel:
    """`agent` itself if it is a ChatModel, else a FunctionModel around it."""
    if callable(getattr(agent, "complete", None)) and isinstance(getattr(agent, "name", None), str):
        return cast(ChatModel, agent)
    return FunctionModel(cast(AgentFunction, agent), name=name)
