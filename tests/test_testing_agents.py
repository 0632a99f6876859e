"""Plain functions as ChatModels: the shapes accepted, and what is refused."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import MalformedResponseError
from simulate.models.base import ChatModel, ChatRequest, ChatResponse, Message
from simulate.models.scripted import ScriptedModel
from simulate.testing import FunctionModel, as_chat_model

REQUEST = ChatRequest(model="agent", messages=(Message("system", "You are Maya."), Message("user", "Tom: Hi?")))


def ask(model: ChatModel) -> ChatResponse:
    return asyncio.run(model.complete(REQUEST))


def test_a_sync_function_gets_the_messages_as_dicts() -> None:
    """messages -> str; the answer is wrapped in a ChatResponse named after the function."""
    seen: list[list[dict[str, str]]] = []

    def my_agent(messages: list[dict[str, str]]) -> str:
        seen.append(messages)
        return "Hello Tom."

    response = ask(as_chat_model(my_agent))
    assert seen == [[{"role": "system", "content": "You are Maya."}, {"role": "user", "content": "Tom: Hi?"}]]
    assert (response.text, response.model, response.finish_reason) == ("Hello Tom.", "my_agent", "stop")


def test_an_async_function_gets_the_request() -> None:
    """async request -> str, and async callables objects too."""
    async def agent(request: ChatRequest) -> str:
        return f"{len(request.messages)} messages"

    class Agent:
        async def __call__(self, request: ChatRequest) -> ChatResponse:
            return ChatResponse(text=request.messages[-1].content, model="mine")

    assert ask(as_chat_model(agent)).text == "2 messages"
    assert ask(FunctionModel(Agent(), name="obj")).text == "Tom: Hi?"
    assert FunctionModel(Agent()).name == "Agent"


def test_a_chat_model_is_used_as_it_is() -> None:
    """Anything with a name and complete() passes through unchanged."""
    model = ScriptedModel()
    assert as_chat_model(model) is model
    assert isinstance(as_chat_model(lambda m: "x", name="lam"), ChatModel)


def test_answers_that_are_not_text_are_malformed() -> None:
    """A function returning None (a forgotten return) is a MalformedResponseError, not an empty turn."""
    with pytest.raises(MalformedResponseError, match="returned NoneType"):
        ask(as_chat_model(lambda messages: None, name="forgetful"))
    with pytest.raises(TypeError, match="callable"):
        FunctionModel("not a function")  # type: ignore[arg-type]
