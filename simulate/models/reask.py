"""Re-ask once when an answer cannot be used, telling the model why; a second bad answer fails the call."""

from __future__ import annotations

from dataclasses import replace

from ..errors import MalformedResponseError
from .base import ChatModel, ChatRequest, ChatResponse, Message

__all__ = ["ReaskModel"]


class ReaskModel:
    """On MalformedResponseError, ask again once with the error appended; the answer records `reasked`."""

    def __init__(self, inner: ChatModel) -> None:
        self.inner = inner
        self.name = inner.name

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Call; on an unusable answer, call once more with the reason."""
        try:
            return await self.inner.complete(request)
        except MalformedResponseError as error:
            note = Message("user", f"Your last answer could not be used ({error}). Please answer again.")
            response = await self.inner.complete(replace(request, messages=(*request.messages, note)))
            return replace(response, attempts=response.attempts + 1, metadata={**response.metadata, "reasked": 1})
