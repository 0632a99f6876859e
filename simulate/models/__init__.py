"""Models: the ChatModel protocol, the built-in providers, and the wrappers the gateway composes."""

from .base import ChatModel, ChatRequest, ChatResponse, Message, Usage

__all__ = ["ChatModel", "ChatRequest", "ChatResponse", "Message", "Usage"]
