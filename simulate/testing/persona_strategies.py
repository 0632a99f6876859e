"""Hypothesis strategies for persona cards: facts, life events, whole cards.

Values come from small vocabularies the rules checker reads, so that generated cards are useful
test subjects: a persona that states its own card is never flagged, and one that states another
value of a slot is.
"""

from __future__ import annotations

from typing import Any, get_args

from hypothesis import strategies as st

from ..persona import Child, CoreFacts, FactsPatch, MaritalStatus, PersonaCard, Pet, Sibling, TimelineEvent

__all__ = ["CITIES", "JOBS", "NAMES", "PASTIMES", "SPECIES", "core_facts", "facts_patches", "persona_cards",
           "timelines"]

NAMES = ("Maya Okafor", "Tom Reyes", "Ana Lima", "Ben Cho", "Cleo Park", "Dev Rao", "Eli Stone", "Fay Moss")
CITIES = ("Denver", "Boston", "Oslo", "Lagos", "Austin, Texas", "Manila", "Dublin", "Toronto")
JOBS = ("nurse", "chef", "pilot", "teacher", "librarian", "plumber", "accountant", "farmer")
EMPLOYERS = ("St. Mary's Hospital", "the city council", "Northwind")
SPECIES = ("dog", "cat", "parrot", "rabbit")
PASTIMES = ("jazz", "hiking", "chess", "gardening", "trail running", "baking", "cycling", "opera")
FIRST_NAMES = ("Ada", "Max", "Leo", "Ivy", "Sam", "Noor")
STATUSES: tuple[str, ...] = get_args(MaritalStatus)
OTHER = ("I volunteer at the animal shelter on Saturdays.", "I sing in a choir.", "I collect old maps.")


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), strategy)


@st.composite
def core_facts(draw: st.DrawFn, *, min_facts: int = 0) -> CoreFacts:
    """CoreFacts with any subset of the common slots; at least `min_facts` of them set."""
    likes = draw(st.lists(st.sampled_from(PASTIMES), max_size=3, unique=True))
    status = draw(_maybe(st.sampled_from(STATUSES)))
    data: dict[str, Any] = {
        "age": draw(_maybe(st.integers(18, 90))),
        "occupation": draw(_maybe(st.sampled_from(JOBS))),
        "location": draw(_maybe(st.sampled_from(CITIES))),
        "birthplace": draw(_maybe(st.sampled_from(CITIES))),
        "marital_status": status,
        "partner": draw(_maybe(st.sampled_from(FIRST_NAMES))) if status == "married" else None,
        "children": draw(st.lists(st.builds(Child, name=_maybe(st.sampled_from(FIRST_NAMES)),
                                            age=_maybe(st.integers(0, 30))), max_size=3)),
        "siblings": draw(st.lists(st.builds(Sibling, relation=st.sampled_from(["brother", "sister"]),
                                            name=_maybe(st.sampled_from(FIRST_NAMES))), max_size=2)),
        "pets": draw(st.lists(st.sampled_from(SPECIES), max_size=2, unique=True).map(
            lambda species: [Pet(species=s) for s in species])),
        "likes": likes,
        "dislikes": draw(st.lists(st.sampled_from([p for p in PASTIMES if p not in likes]), max_size=2, unique=True)),
        "other": draw(st.lists(st.sampled_from(OTHER), max_size=1)),
    }
    if data["occupation"] is not None and draw(st.booleans()):
        data["employer"] = draw(st.sampled_from(EMPLOYERS))
    facts = CoreFacts.model_validate({k: v for k, v in data.items() if v is not None})
    if len(facts.sentences()) < min_facts:
        facts = facts.model_copy(update={"age": facts.age or 40, "occupation": facts.occupation or "nurse",
                                         "location": facts.location or "Denver"})
    return facts


@st.composite
def facts_patches(draw: st.DrawFn, facts: CoreFacts | None = None) -> FactsPatch:
    """A life event's changes: a move, a new job or a change of status (one or more of them)."""
    current = facts or CoreFacts()
    pools = {"location": [c for c in CITIES if c != current.location],
             "occupation": [j for j in JOBS if j != current.occupation],
             "marital_status": [s for s in STATUSES if s != current.marital_status]}
    slots = draw(st.lists(st.sampled_from(sorted(pools)), min_size=1, max_size=2, unique=True))
    return FactsPatch.model_validate({slot: draw(st.sampled_from(pools[slot])) for slot in sorted(slots)})


_EVENTS = {"location": "moves", "occupation": "changes jobs", "marital_status": "a change at home"}


@st.composite
def timelines(draw: st.DrawFn, facts: CoreFacts | None = None, *, max_events: int = 2,
              max_session: int = 4) -> list[TimelineEvent]:
    """Life events in session order (each from session 1 on), each changing some facts."""
    sessions = sorted(draw(st.lists(st.integers(1, max(1, max_session)), max_size=max_events)))
    events = []
    for session in sessions:
        patch = draw(facts_patches(facts))
        events.append(TimelineEvent(session=session, event=", ".join(_EVENTS[k] for k in patch.changed()),
                                    changes=patch))
        facts = patch.apply(facts or CoreFacts())
    return events


@st.composite
def persona_cards(draw: st.DrawFn, *, name: str | None = None, names: tuple[str, ...] = NAMES,
                  min_facts: int = 0, timeline: bool = True, max_session: int = 4) -> PersonaCard:
    """A valid PersonaCard: a name, a description, facts and (if `timeline`) life events."""
    card_name = name if name is not None else draw(st.sampled_from(names))
    facts = draw(core_facts(min_facts=min_facts))
    events = draw(timelines(facts, max_session=max_session)) if timeline else []
    style = draw(st.sampled_from(["", "Warm and quick.", "Dry humour, short sentences."]))
    return PersonaCard(name=card_name, description=f"{card_name}, a generated persona.", facts=facts,
                       style=style, timeline=events)
