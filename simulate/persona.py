"""Persona cards: who a synthetic persona is, how they speak, and how their facts change over time."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer,
    model_validator,
)

__all__ = [
    "Child",
    "CoreFacts",
    "DataSource",
    "FactsPatch",
    "PersonaCard",
    "Pet",
    "TimelineEvent",
    "Sibling",
    "whole_years",
]

MaritalStatus = Literal[
    "single", "dating", "engaged", "married", "partnered", "divorced", "separated", "widowed"
]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Child(_Strict):
    """A child of the persona."""

    name: str | None = None
    age: int | None = Field(default=None, ge=0, le=120)


class Sibling(_Strict):
    """A brother or sister."""

    relation: Literal["brother", "sister", "sibling"] = "sibling"
    name: str | None = None


class Pet(_Strict):
    """An animal the persona keeps."""

    species: str = Field(min_length=1)
    name: str | None = None


class CoreFacts(_Strict):
    """The structured facts a persona holds about themselves."""

    age: int | None = Field(default=None, ge=0, le=130)
    occupation: str | None = None
    employer: str | None = None
    location: str | None = Field(default=None, description="where they live now")
    birthplace: str | None = None
    marital_status: MaritalStatus | None = None
    partner: str | None = Field(default=None, description="name of spouse or partner")
    children: list[Child] = Field(default_factory=list)
    siblings: list[Sibling] = Field(default_factory=list)
    pets: list[Pet] = Field(default_factory=list)
    education: str | None = None
    religion: str | None = None
    diet: str | None = None
    likes: list[str] = Field(default_factory=list)
    dislikes: list[str] = Field(default_factory=list)
    other: list[str] = Field(default_factory=list, description='free-form facts, "I ..." sentences')

    @field_validator("other")
    @classmethod
    def _first_person(cls, value: list[str]) -> list[str]:
        for sentence in value:
            if not sentence.lower().startswith(("i ", "i'", "my ")):
                raise ValueError(f'free-form facts are first-person sentences ("I ..."), got {sentence!r}')
        return value

    def sentences(self) -> list[str]:
        """The facts as first-person sentences, in a stable order (fact i is sentence i)."""
        return [sentence for _, sentence in self.slot_sentences()]

    def slot_sentences(self) -> list[tuple[str, str]]:
        """(slot, sentence) pairs in the same order as `sentences()`."""
        out: list[tuple[str, str]] = []
        if self.age is not None:
            out.append(("age", f"I am {self.age} years old."))
        if self.occupation:
            out.append(("occupation", occupation_sentence(self.occupation, self.employer)))
        if self.location:
            out.append(("location", f"I live in {self.location}."))
        if self.birthplace:
            out.append(("birthplace", f"I was born in {self.birthplace}."))
        if self.marital_status:
            partner = f" to {self.partner}" if self.partner and self.marital_status == "married" else ""
            out.append(("marital_status", f"I am {self.marital_status}{partner}."))
        if self.children:
            out.append(("children", _children_sentence(self.children)))
        if self.siblings:
            out.append(("siblings", _siblings_sentence(self.siblings)))
        for pet in self.pets:
            named = f" named {pet.name}" if pet.name else ""
            out.append(("pets", f"I have {_article(pet.species)}{named}."))
        if self.education:
            out.append(("education", f"I studied {self.education}."))
        if self.religion:
            out.append(("religion", f"I am {self.religion}."))
        if self.diet:
            out.append(("diet", f"I am {self.diet}."))
        out.extend(("likes", f"I love {item}.") for item in self.likes)
        out.extend(("dislikes", f"I dislike {item}.") for item in self.dislikes)
        out.extend(("other", sentence if sentence.endswith((".", "!", "?")) else sentence + ".")
                   for sentence in self.other)
        return out


_NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def _count_word(n: int) -> str:
    return _NUMBER_WORDS[n] if n < len(_NUMBER_WORDS) else str(n)


def occupation_sentence(occupation: str, employer: str | None = None) -> str:
    """`I work as a nurse at X.`, or `I am a retired nurse.` for a past or non-working role."""
    lowered = occupation.lower()
    if lowered.startswith(("retired", "former", "unemployed", "student", "stay-at-home")) or \
            lowered.endswith(("student", "retiree")):
        return f"I am {_article(occupation)}."
    job = f"I work as {_article(occupation)}"
    return f"{job} at {employer}." if employer else f"{job}."


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _children_sentence(children: list[Child]) -> str:
    noun = "child" if len(children) == 1 else "children"
    names = [c.name for c in children if c.name]
    tail = f": {', '.join(names)}" if names else ""
    return f"I have {_count_word(len(children))} {noun}{tail}."


def _siblings_sentence(siblings: list[Sibling]) -> str:
    parts = []
    for sibling in siblings:
        parts.append(f"a {sibling.relation}" + (f" named {sibling.name}" if sibling.name else ""))
    return "I have " + (", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 1 else parts[0]) + "."


class FactsPatch(_Strict):
    """A partial CoreFacts: the fields a life event or an override sets; the rest stay as they were."""

    age: int | None = Field(default=None, ge=0, le=130)
    occupation: str | None = None
    employer: str | None = None
    location: str | None = None
    birthplace: str | None = None
    marital_status: MaritalStatus | None = None
    partner: str | None = None
    children: list[Child] | None = None
    siblings: list[Sibling] | None = None
    pets: list[Pet] | None = None
    education: str | None = None
    religion: str | None = None
    diet: str | None = None
    likes: list[str] | None = None
    dislikes: list[str] | None = None
    other: list[str] | None = None

    @model_serializer(mode="wrap")
    def _only_set(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        return {k: v for k, v in handler(self).items() if v is not None}

    def changed(self) -> list[str]:
        """Names of the facts this patch sets."""
        return [name for name in type(self).model_fields if getattr(self, name) is not None]

    def apply(self, facts: CoreFacts) -> CoreFacts:
        """`facts` with this patch's fields replaced (validated again)."""
        changes = self.model_dump()
        return CoreFacts.model_validate({**facts.model_dump(), **changes})


class TimelineEvent(_Strict):
    """A life event that changes facts from a given session on (e.g. a move to Texas at session 3)."""

    session: int = Field(ge=0, description="the first session (from 0) in which the change holds")
    event: str = Field(min_length=1, description="what happens, in a few words")
    changes: FactsPatch = Field(default_factory=FactsPatch)


class DataSource(_Strict):
    """Where a card derived from a dataset comes from."""

    dataset: str
    record: str | None = None
    licence: str
    url: str | None = None


class PersonaCard(_Strict):
    """One persona: description, structured facts, speaking style and timeline."""

    name: str = Field(min_length=1, max_length=80)
    description: str = ""
    facts: CoreFacts = Field(default_factory=CoreFacts)
    style: str = ""
    timeline: list[TimelineEvent] = Field(default_factory=list)
    source: DataSource | None = None

    @field_validator("name")
    @classmethod
    def _plain_name(cls, value: str) -> str:
        if any(ch in value for ch in "\n\r\t:"):
            raise ValueError("a name cannot contain a colon, tab or line break")
        return value

    @model_validator(mode="after")
    def _ordered_timeline(self) -> PersonaCard:
        sessions = [e.session for e in self.timeline]
        if sessions != sorted(sessions):
            raise ValueError("timeline events must be in session order")
        return self

    def facts_at(self, session: int, *, start: date | None = None, today: date | None = None) -> CoreFacts:
        """The facts that hold in `session`: timeline events applied, age advanced by the clock."""
        facts = self.facts
        for event in self.timeline:
            if event.session <= session:
                facts = event.changes.apply(facts)
        if facts.age is not None and start is not None and today is not None:
            years = whole_years(start, today)
            if years:
                facts = facts.model_copy(update={"age": facts.age + years})
        return facts

    def timeline_facts(self) -> list[tuple[int, str, str]]:
        """(session, slot, sentence) of each fact a timeline event sets, in event order.

        In exports and findings these facts are numbered after the card's own facts.
        """
        out: list[tuple[int, str, str]] = []
        for event in self.timeline:
            changed = set(event.changes.changed())
            facts = self.facts_at(event.session)
            out.extend((event.session, slot, sentence) for slot, sentence in facts.slot_sentences() if slot in changed)
        return out

    def events_until(self, session: int) -> list[TimelineEvent]:
        """Timeline events that have happened by `session`."""
        return [e for e in self.timeline if e.session <= session]

    def with_overrides(self, overrides: dict[str, Any]) -> PersonaCard:
        """A copy with `overrides` applied; `facts` is merged field by field."""
        data = self.model_dump(exclude_unset=False)
        for key, value in overrides.items():
            if key == "facts" and isinstance(value, dict):
                data["facts"] = {**data["facts"], **value}
            else:
                data[key] = value
        return PersonaCard.model_validate(data)


def whole_years(start: date, today: date) -> int:
    """Full years from `start` to `today` (birthdays counted), never negative."""
    years = today.year - start.year - ((today.month, today.day) < (start.month, start.day))
    return max(years, 0)
