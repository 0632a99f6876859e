"""ScriptedModel: answers from the card, drifts on purpose, and records exact ground truth."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pytest

from simulate.models.base import ChatRequest, ChatResponse, Message
from simulate.models.scripted import ScriptedModel, create_scripted_model, scripted_claims
from simulate.persona import CoreFacts, PersonaCard
from simulate.turn import Turn

MAYA = PersonaCard.model_validate({
    "name": "Maya",
    "facts": {"age": 34, "occupation": "nurse", "location": "Denver", "marital_status": "married",
              "partner": "Sam", "children": [{"name": "Ann"}, {"name": "Ben"}],
              "pets": [{"species": "dog", "name": "Max"}], "likes": ["hiking"], "dislikes": ["opera"]},
})
SEEDS = range(200)


def _request(seed: int, *, probe: str | None = None, history: Sequence[Turn] = (), facts: CoreFacts | None = None,
             age_offset: int = 0, drift_rate: float | None = None) -> ChatRequest:
    """A request whose context has the keys Agent.request puts there."""
    context: dict[str, Any] = {"card": MAYA, "facts": facts or MAYA.facts, "speaker": "Maya", "addressee": "Tom",
                               "history": list(history), "probe": probe, "age_offset": age_offset, "epochs": {}}
    options = {} if drift_rate is None else {"drift_rate": drift_rate}
    return ChatRequest(model="scripted", messages=(Message("user", probe or "Say something."),), seed=seed,
                       options=options, context=context)


def _ask(model: ScriptedModel, request: ChatRequest) -> ChatResponse:
    return asyncio.run(model.complete(request))


def _true_value(key: str) -> Any:
    """What the card says for a claim key, written as the model writes claims."""
    f = MAYA.facts
    truth: dict[str, Any] = {"age": f.age, "occupation": "nurse", "location": "denver", "marital_status": "married",
                             "children": 2, "pet:dog": True, "taste:hiking": "like", "taste:opera": "dislike"}
    return truth[key]


def test_no_drift_means_true_claims_and_no_contradictions() -> None:
    """With drift_rate 0 every claim equals the card's value and nothing is recorded as contradicted."""
    model = ScriptedModel(drift_rate=0.0)
    slots = set()
    for seed in SEEDS:
        meta = _ask(model, _request(seed)).metadata["scripted"]
        assert meta["drift"] is False and meta["contradicts"] == []
        (claim,) = meta["claims"]
        assert claim["value"] == _true_value(claim["key"])
        slots.add(claim["slot"])
    assert {"age", "occupation", "location", "children", "pets", "likes", "dislikes"} <= slots


def test_same_seed_same_answer() -> None:
    """The same seed and context give the same text and metadata; different seeds vary."""
    model = ScriptedModel(drift_rate=0.5)
    first = [_ask(model, _request(s)) for s in range(30)]
    second = [_ask(ScriptedModel(drift_rate=0.5), _request(s)) for s in range(30)]
    assert [(r.text, r.metadata) for r in first] == [(r.text, r.metadata) for r in second]
    assert len({r.text for r in first}) > 3


def _about_same_slot(claim: dict[str, Any], fact_index: int) -> bool:
    """Is card fact `fact_index` a statement of the same thing the claim is about?"""
    slot, sentence = MAYA.facts.slot_sentences()[fact_index]
    assert MAYA.facts.sentences()[fact_index] == sentence
    key = claim["key"]
    if key.startswith("pet:"):
        return slot == "pets" and key[4:] in sentence.lower()
    if key.startswith("taste:"):
        return slot in ("likes", "dislikes") and key[6:] in sentence.lower()
    return slot == claim["slot"]


def test_full_drift_always_contradicts_a_matching_card_fact() -> None:
    """With drift_rate 1 every claim is false and names the card fact(s) of the same slot it contradicts."""
    model = ScriptedModel(drift_rate=1.0)
    for seed in SEEDS:
        meta = _ask(model, _request(seed)).metadata["scripted"]
        (claim,) = meta["claims"]
        assert meta["drift"] is True
        assert claim["value"] != _true_value(claim["key"])
        facts = [c["fact"] for c in meta["contradicts"] if "fact" in c]
        assert facts, (seed, claim)
        assert all(_about_same_slot(claim, i) for i in facts), (seed, claim, facts)


def test_drift_rate_option_overrides_model_default() -> None:
    """A request's drift_rate option takes precedence over the model's."""
    meta = _ask(ScriptedModel(drift_rate=0.0), _request(5, drift_rate=1.0)).metadata["scripted"]
    assert meta["drift"] is True


def _turn(index: int, speaker: str, response: ChatResponse) -> Turn:
    return Turn(conversation="c", index=index, session=0, turn=index, speaker=speaker, text=response.text,
                time=datetime(2024, 1, 1), model="scripted", metadata=dict(response.metadata))


def test_card_true_statement_after_drift_contradicts_nothing() -> None:
    """Saying the card's truth again after a drift is not a contradiction: the drifted turn was."""
    probe = "Where do you live these days?"
    drifted = _ask(ScriptedModel(drift_rate=1.0), _request(11, probe=probe))
    assert scripted_claims(drifted.metadata)[0]["slot"] == "location"
    quiet = _ask(ScriptedModel(), _request(3))
    history = [_turn(0, "Tom", drifted), _turn(1, "Maya", drifted), _turn(2, "Maya", quiet)]
    later = _ask(ScriptedModel(drift_rate=0.0), _request(12, probe=probe, history=history))
    meta = later.metadata["scripted"]
    assert meta["claims"][0]["value"] == "denver"
    assert meta["contradicts"] == []
    assert scripted_claims(drifted.metadata)[0]["value"] != "denver"


def test_probe_about_work_gets_occupation_answer() -> None:
    """A question about work is answered with the occupation."""
    for seed in range(20):
        response = _ask(ScriptedModel(), _request(seed, probe="So what do you do for work?"))
        assert scripted_claims(response.metadata)[0]["slot"] == "occupation"
        assert "work as a nurse" in response.text


def test_advanced_age_with_offset_is_not_a_contradiction() -> None:
    """An age advanced by the clock, with the matching age_offset, is consistent with the card."""
    older = MAYA.facts.model_copy(update={"age": 36})
    response = _ask(ScriptedModel(), _request(1, probe="How old are you?", facts=older, age_offset=2))
    meta = response.metadata["scripted"]
    assert meta["claims"][0]["value"] == 36 and meta["claims"][0]["norm"] == 34
    assert meta["contradicts"] == []


def test_no_facts_gives_smalltalk() -> None:
    """A card without facts gets a neutral line and no claims."""
    request = ChatRequest(model="scripted", messages=(Message("user", "hi"),), seed=1,
                          context={"card": PersonaCard(name="X"), "facts": CoreFacts(), "history": []})
    response = _ask(ScriptedModel(drift_rate=1.0), request)
    assert response.text == "Hello there."
    assert scripted_claims(response.metadata) == []


@pytest.mark.parametrize("rate", [-0.1, 1.01])
def test_invalid_drift_rate_rejected(rate: float) -> None:
    """drift_rate outside [0, 1] is a ValueError, directly and via the entry-point factory."""
    with pytest.raises(ValueError):
        ScriptedModel(drift_rate=rate)
    with pytest.raises(ValueError):
        create_scripted_model(options={"drift_rate": rate})


def test_topic_words_match_whole_words_only() -> None:
    """'summer' is not about cats, 'season' not about sons."""
    from simulate.models.scripted import _topic_slot

    assert _topic_slot("What did you do on your summer vacation?") != "pets"
    assert _topic_slot("What is your favourite season?") is None
    assert _topic_slot("Do you have any kids?") == "children"
    assert _topic_slot("What do you do for work?") == "occupation"


def test_drifted_values_share_no_word_with_the_truth() -> None:
    """A drifted city never restates the true one ("Austin" vs "Austin, Texas")."""
    import random

    from simulate.models.scripted import _CITIES, _other

    for seed in range(200):
        assert "austin" not in _other(_CITIES, "Austin", random.Random(seed)).lower()


def test_each_earlier_turn_is_read_once_so_a_long_session_costs_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ground truth of reply n does not rescan the n earlier turns: claims are read once per turn."""
    import simulate.models.scripted as scripted

    reads = 0
    original = scripted.scripted_claims

    def counted(metadata: Any) -> list[dict[str, Any]]:
        nonlocal reads
        reads += 1
        return original(metadata)

    monkeypatch.setattr(scripted, "scripted_claims", counted)
    model, history, truth = ScriptedModel(drift_rate=0.3), [], []
    for index in range(600):
        request = _request(index, drift_rate=0.3)
        request.context["history"] = history  # the engine passes its growing turn list
        response = model.answer(request)
        history.append(_turn(index, "Maya", response))
        truth.append(original(response.metadata)[0])
    assert reads <= 2 * len(history)
    # and the ground truth is what a full rescan finds: each earlier turn of the same key whose value conflicts
    last = scripted_claims(history[-1].metadata)[0]
    card_true = (last["key"], last["norm"]) in {(k, v) for _, k, v, _ in scripted._statements(MAYA.facts)}
    expected = [] if card_true else [  # the card's truth again blames the drifted turns, not itself
        t.index for t, c in zip(history[:-1], truth[:-1])
        if c["key"] == last["key"] and c["epoch"] == last["epoch"]
        and scripted._values_conflict(last["key"], c["norm"], last["norm"])]
    assert card_true or expected  # the draw exercises the rescan
    found = [c["turn"] for c in history[-1].metadata["scripted"]["contradicts"] if "turn" in c]
    assert found == expected
