"""Ask a model for JSON that a pydantic model validates; re-ask on invalid output; count failures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import ModelError
from ..models.base import ChatModel, ChatRequest, Message

__all__ = ["StructuredCaller", "StructuredStats"]

M = TypeVar("M", bound=BaseModel)


@dataclass
class StructuredStats:
    """How structured calls went: every invalid answer and every failure is counted."""

    calls: int = 0
    invalid: int = 0
    reasked: int = 0
    failed: int = 0
    model_errors: int = 0

    def as_dict(self) -> dict[str, int]:
        """For summaries and benchmark output."""
        return dict(self.__dict__)


class StructuredCaller(Generic[M]):
    """Calls `model` for a `schema` answer: JSON mode (grammar-constrained on the embedded model)."""

    def __init__(self, model: ChatModel, schema: type[M], *, model_name: str, reasks: int = 1,
                 max_tokens: int = 256) -> None:
        self.model = model
        self.schema = schema
        self.model_name = model_name
        self.reasks = reasks
        self.max_tokens = max_tokens
        self.stats = StructuredStats()
        self._format = {"type": "json_schema",
                        "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema()}}

    async def ask(self, system: str, user: str, *, seed: int) -> M | None:
        """The validated answer, or None once the re-asks are spent (counted in `stats.failed`)."""
        messages = [Message("system", system), Message("user", user)]
        self.stats.calls += 1
        for attempt in range(self.reasks + 1):
            request = ChatRequest(model=self.model_name, messages=tuple(messages), temperature=0.0,
                                  max_tokens=self.max_tokens, seed=seed + attempt,
                                  options={"response_format": self._format})
            try:
                response = await self.model.complete(request)
            except ModelError:
                self.stats.model_errors += 1
                self.stats.failed += 1
                return None
            try:
                return self.schema.model_validate_json(response.text)
            except ValidationError as exc:
                self.stats.invalid += 1
                if attempt == self.reasks:
                    break
                self.stats.reasked += 1
                problem = exc.errors(include_url=False)[0]
                messages += [Message("assistant", response.text[:2000]),
                             Message("user", f"That is not valid ({problem['msg']} at "
                                             f"{'.'.join(map(str, problem['loc'])) or 'top level'}). "
                                             "Answer again with JSON only.")]
        self.stats.failed += 1
        return None
