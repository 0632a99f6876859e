"""CheckedModel: blank answers become MalformedResponseError."""

from __future__ import annotations

import asyncio

import pytest

from simulate.errors import MalformedResponseError
from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.models.checked import CheckedModel

REQUEST = ChatRequest(model="fake", messages=(Message("user", "hi"),))


class FixedModel:
    """Always answers with the given text."""

    def __init__(self, text: str, finish_reason: str | None = None) -> None:
        self.name = "fixed"
        self.text = text
        self.finish_reason = finish_reason

    async def complete(self, request: ChatRequest) -> ChatResponse:
        return ChatResponse(text=self.text, model=self.name, finish_reason=self.finish_reason)


@pytest.mark.parametrize("text", ["", " ", "\n\t  \n"])
def test_blank_text_is_malformed(text: str) -> None:
    """Empty or whitespace-only text raises MalformedResponseError naming the model."""
    with pytest.raises(MalformedResponseError) as info:
        asyncio.run(CheckedModel(FixedModel(text)).complete(REQUEST))
    assert info.value.model == "fixed"


def test_finish_reason_is_mentioned() -> None:
    """The error message carries the finish reason when there is one."""
    with pytest.raises(MalformedResponseError, match="finish_reason=length"):
        asyncio.run(CheckedModel(FixedModel("", finish_reason="length")).complete(REQUEST))


@pytest.mark.parametrize("text", ["Hello.", "  padded  ", "x"])
def test_normal_text_passes(text: str) -> None:
    """Non-blank text is returned untouched."""
    response = asyncio.run(CheckedModel(FixedModel(text)).complete(REQUEST))
    assert response.text == text
