"""The model backend of claim extraction: structured output through the gateway, mapped onto the
same keys and values as the rules grammar so that the ledger compares both alike."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..models.base import ChatModel
from .claims import Claim, Polarity
from .lexicon import PET_SPECIES, RELIGIONS
from .normalize import parse_number
from .rules import SLOTS
from .structured import StructuredCaller

__all__ = ["ModelClaim", "ModelClaims", "ModelExtractor", "to_claim"]

Slot = Literal["name", "age", "birthplace", "location", "occupation", "employer", "marital_status", "children",
               "pets", "siblings", "education", "religion", "diet", "health", "hobbies", "likes", "dislikes",
               "possessions"]

SYSTEM = (
    "You read one thing a person said and list the facts they state about themselves (not about others, "
    "not wishes, not questions). Use these slots: " + ", ".join(SLOTS) + ". "
    "value: a short phrase or number (a city, a job, a count, an animal, a liked thing). "
    "negated: true when they say it is not so (\"I have no dog\"). tense: past for \"I used to\", future for "
    "plans. change: true for a change they report (\"I just moved to Austin\"). "
    'Answer with JSON only: {"claims": [...]}, an empty list when there is none.'
)


class ModelClaim(BaseModel):
    """One claim as the model states it."""

    model_config = ConfigDict(extra="ignore")

    slot: Slot
    value: str = Field(min_length=1, max_length=30)
    negated: bool = False
    tense: Literal["present", "past", "future"] = "present"
    change: bool = False


class ModelClaims(BaseModel):
    """The model's whole answer."""

    model_config = ConfigDict(extra="ignore")

    claims: list[ModelClaim] = Field(default_factory=list, max_length=4)


_STATUSES = ("single", "married", "divorced", "widowed", "engaged", "separated", "dating")


def to_claim(raw: ModelClaim, text: str) -> Claim | None:
    """Map a model claim onto the rules grammar's keys and values; None where it cannot be mapped."""
    value = raw.value.strip().lower().strip(".")
    value = re.sub(r"^(?:a|an|the|my)\s+", "", value)
    polarity: Polarity = "deny" if raw.negated else "affirm"
    common: dict[str, Any] = dict(tense=raw.tense, change=raw.change, text=text, span=(0, len(text)), source="model",
                  confidence=0.7)
    slot = raw.slot
    if slot == "age":
        number = parse_number(value.split()[0]) if value else None
        return Claim(slot="age", key="age", value=number, polarity=polarity, **common) if number else None
    if slot in ("children", "siblings"):
        number = 0 if value in ("none", "no", "zero") else parse_number(value.split()[0]) if value else None
        if number is None:
            return None
        return Claim(slot=slot, key=slot, value=0 if raw.negated else number, **common)
    if slot == "pets":
        species = next((PET_SPECIES[w] for w in re.findall(r"[a-z]+", value) if w in PET_SPECIES), None)
        if species is None:
            if value in ("none", "no pets", "pets", "any pets"):
                return Claim(slot="pets", key="pets:any", value=True, polarity="deny", **common)
            return None
        return Claim(slot="pets", key=f"pets:{species}", value=True, polarity=polarity, **common)
    if slot in ("likes", "hobbies", "dislikes"):
        liked = (slot != "dislikes") != raw.negated
        return Claim(slot="likes" if liked else "dislikes", key=f"taste:{value}",
                     value="like" if liked else "dislike", **common)
    if slot == "marital_status":
        status = next((s for s in _STATUSES if s in value), None)
        return Claim(slot=slot, key=slot, value=status, polarity=polarity, **common) if status else None
    if slot == "religion":
        faith = next((v for k, v in RELIGIONS.items() if k in value), None)
        return Claim(slot=slot, key=slot, value=faith, polarity=polarity, **common) if faith else None
    if slot == "diet":
        meat_free = any(w in value for w in ("vegetarian", "vegan", "no meat", "plant"))
        return Claim(slot=slot, key="diet:meat_free", value=meat_free, polarity=polarity, **common)
    if slot in ("health", "possessions"):
        return Claim(slot=slot, key=f"{slot}:{value}", value=True, polarity=polarity, **common)
    if slot == "education":
        if any(w in value for w in ("college", "university", "degree")):
            return Claim(slot=slot, key="education:attended:college", value="college", polarity=polarity, **common)
        return None
    return Claim(slot=slot, key=slot, value=value, polarity=polarity, **common)


class ModelExtractor:
    """Extract claims with a model; invalid answers are re-asked once, then counted as failures."""

    def __init__(self, model: ChatModel, *, model_name: str, reasks: int = 1) -> None:
        self.caller = StructuredCaller(model, ModelClaims, model_name=model_name, reasks=reasks, max_tokens=320)

    @property
    def stats(self) -> dict[str, int]:
        """Calls, invalid answers, re-asks and failures so far."""
        return self.caller.stats.as_dict()

    async def extract(self, text: str, *, seed: int = 0) -> list[Claim]:
        """The claims in `text` (empty when the model fails; the failure is counted)."""
        if not text.strip():
            return []
        answer = await self.caller.ask(SYSTEM, text, seed=seed)
        if answer is None:
            return []
        claims = [to_claim(raw, text) for raw in answer.claims]
        return [c for c in claims if c is not None]
