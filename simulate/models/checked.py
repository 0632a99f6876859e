"""Reject answers that carry no usable text instead of passing them on silently."""

from __future__ import annotations

from ..errors import MalformedResponseError
from .base import ChatModel, ChatRequest, ChatResponse

__all__ = ["CheckedModel"]


class CheckedModel:
    """Raise MalformedResponseError when an answer's text is missing or blank."""

    def __init__(self, inner: ChatModel) -> None:
        self.inner = inner
        self.name = inner.name

    async def complete(self, request: ChatRequest) -> ChatResponse:
        """Call and check the answer."""
        response = await self.inner.complete(request)
        if not isinstance(response.text, str) or not response.text.strip():
            reason = f" (finish_reason={response.finish_reason})" if response.finish_reason else ""
            raise MalformedResponseError(f"empty answer{reason}", model=self.name)
        return response
