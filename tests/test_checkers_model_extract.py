"""Claim extraction by a model (a test double here): the model's claims mapped onto the rules grammar's
keys and values, and the structured call around it."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from simulate.checkers.claims import Claim
from simulate.checkers.model_extract import SYSTEM, ModelClaim, ModelExtractor, to_claim
from simulate.models.base import ChatRequest, ChatResponse

TEXT = "Something I said."


def _claim(slot: str, value: str, **more: Any) -> Claim | None:
    return to_claim(ModelClaim.model_validate({"slot": slot, "value": value, **more}), TEXT)


def _read(claim: Claim | None) -> tuple[str, str, Any, str] | None:
    return None if claim is None else (claim.slot, claim.key, claim.value, claim.polarity)


@pytest.mark.parametrize(("slot", "value", "more", "expected"), [
    ("age", "34", {}, ("age", "age", 34, "affirm")),
    ("age", "thirty years", {}, ("age", "age", 30, "affirm")),
    ("age", "old", {}, None),
    ("children", "two kids", {}, ("children", "children", 2, "affirm")),
    ("children", "two kids", {"negated": True}, ("children", "children", 0, "affirm")),
    ("children", "none", {}, ("children", "children", 0, "affirm")),
    ("siblings", "many", {}, None),
    ("pets", "A dog named Max", {}, ("pets", "pets:dog", True, "affirm")),
    ("pets", "kittens", {"negated": True}, ("pets", "pets:cat", True, "deny")),
    ("pets", "no pets", {}, ("pets", "pets:any", True, "deny")),
    ("pets", "dragon", {}, None),
    ("likes", "Hiking", {}, ("likes", "taste:hiking", "like", "affirm")),
    ("likes", "hiking", {"negated": True}, ("dislikes", "taste:hiking", "dislike", "affirm")),
    ("dislikes", "the rain", {}, ("dislikes", "taste:rain", "dislike", "affirm")),
    ("dislikes", "rain", {"negated": True}, ("likes", "taste:rain", "like", "affirm")),
    ("hobbies", "chess", {}, ("likes", "taste:chess", "like", "affirm")),
    ("marital_status", "Happily married", {}, ("marital_status", "marital_status", "married", "affirm")),
    ("marital_status", "complicated", {}, None),
    ("religion", "Catholic", {}, ("religion", "religion", "christian", "affirm")),
    ("religion", "my own way", {}, None),
    ("diet", "vegan", {}, ("diet", "diet:meat_free", True, "affirm")),
    ("diet", "steak lover", {}, ("diet", "diet:meat_free", False, "affirm")),
    ("health", "asthma", {"negated": True}, ("health", "health:asthma", True, "deny")),
    ("possessions", "a red car", {}, ("possessions", "possessions:red car", True, "affirm")),
    ("education", "State University", {}, ("education", "education:attended:college", "college", "affirm")),
    ("education", "high school", {}, None),
    ("location", "The Bronx.", {}, ("location", "location", "bronx", "affirm")),
    ("occupation", "a Nurse", {"negated": True}, ("occupation", "occupation", "nurse", "deny")),
])
def test_model_claims_map_onto_the_rules_keys(slot: str, value: str, more: dict[str, Any],
                                              expected: tuple[str, str, Any, str] | None) -> None:
    assert _read(_claim(slot, value, **more)) == expected


def test_a_mapped_claim_keeps_tense_change_and_its_source() -> None:
    claim = _claim("location", "Austin", tense="past", change=True)
    assert claim is not None
    assert (claim.tense, claim.change, claim.source, claim.confidence) == ("past", True, "model", 0.7)
    assert (claim.text, claim.span) == (TEXT, (0, len(TEXT)))


class ClaimsDouble:
    """Answers with claims per text (JSON), or with the raw answers it is given first."""

    name = "extractor-double"

    def __init__(self, claims: dict[str, list[dict[str, Any]]], answers: list[str] = ()) -> None:
        self.claims = claims
        self.answers = list(answers)
        self.requests: list[ChatRequest] = []

    async def complete(self, request: ChatRequest) -> ChatResponse:
        self.requests.append(request)
        if self.answers:
            return ChatResponse(text=self.answers.pop(0), model=self.name)
        said = request.messages[1].content
        return ChatResponse(text=json.dumps({"claims": self.claims.get(said, [])}), model=self.name)


def test_the_extractor_asks_for_json_and_returns_only_mappable_claims() -> None:
    said = "I'm 41 and I keep a dragon."
    model = ClaimsDouble({said: [{"slot": "age", "value": "41"}, {"slot": "pets", "value": "dragon"},
                                 {"slot": "likes", "value": "x", "unknown": "ignored"}]})
    extractor = ModelExtractor(model, model_name="extractor-double")
    claims = asyncio.run(extractor.extract(said, seed=3))
    assert [(c.slot, c.value) for c in claims] == [("age", 41), ("likes", "like")]
    request = model.requests[0]
    assert request.messages[0].content == SYSTEM and request.messages[1].content == said
    assert request.seed == 3 and request.max_tokens == 320 and request.temperature == 0.0
    assert request.options["response_format"]["type"] == "json_schema"
    assert extractor.stats == {"calls": 1, "invalid": 0, "reasked": 0, "failed": 0, "model_errors": 0}


def test_blank_text_asks_nothing() -> None:
    model = ClaimsDouble({})
    assert asyncio.run(ModelExtractor(model, model_name="m").extract("   ")) == []
    assert model.requests == []


def test_an_answer_outside_the_schema_is_asked_again_then_counted() -> None:
    too_many = json.dumps({"claims": [{"slot": "likes", "value": f"thing {i}"} for i in range(5)]})
    unknown_slot = json.dumps({"claims": [{"slot": "star sign", "value": "leo"}]})
    model = ClaimsDouble({}, answers=[too_many, unknown_slot])
    extractor = ModelExtractor(model, model_name="m")
    assert asyncio.run(extractor.extract("I like many things.")) == []
    assert len(model.requests) == 2
    assert extractor.stats == {"calls": 1, "invalid": 2, "reasked": 1, "failed": 1, "model_errors": 0}
