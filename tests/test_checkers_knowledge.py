"""The knowledge base: every shipped line reads as the format says, and every case in cases.txt holds."""

from __future__ import annotations

import threading
from importlib import resources
from pathlib import Path

import pytest

from simulate.checkers.conversation import Conversation, TurnIn
from simulate.checkers.engine import check_conversation
from simulate.checkers.knowledge import KnowledgeError, default_knowledge, load_knowledge
from simulate.checkers.open_claims import OpenClaim


def _cases() -> list[tuple[int, str, str, bool]]:
    text = resources.files("simulate.checkers").joinpath("knowledge", "cases.txt").read_text("utf-8")
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        earlier, later, verdict = (part.strip() for part in line.split("|"))
        assert verdict in ("contradiction", "consistent"), f"cases.txt:{number}: verdict is {verdict!r}"
        out.append((number, earlier, later, verdict == "contradiction"))
    return out


def test_the_shipped_knowledge_loads() -> None:
    """Every line of every file reads (a bad line raises KnowledgeError naming file and line)."""
    kb = default_knowledge()
    assert kb.lines > 0 and kb.parents and kb.exclusions


@pytest.mark.parametrize(("number", "earlier", "later", "contradiction"), _cases(),
                         ids=lambda value: str(value) if isinstance(value, int) else None)
def test_case(number: int, earlier: str, later: str, contradiction: bool) -> None:
    """cases.txt: the same speaker saying `earlier` then `later` is flagged exactly when it should be."""
    conversation = Conversation(id="c", turns=[TurnIn(speaker="A", text=earlier), TurnIn(speaker="B", text="I see."),
                                               TurnIn(speaker="A", text=later)])
    found = [f for f in check_conversation(conversation) if f.turn == 2]
    assert bool(found) == contradiction, f"cases.txt:{number}: {earlier!r} | {later!r}: {[f.message for f in found]}"


def test_a_bad_line_names_its_file_and_line(tmp_path: Path) -> None:
    """A statement that does not read as one claim is an error with its place."""
    (tmp_path / "exclusions.txt").write_text("# fine\nI am vegan >< I eat meat\nI wonder >< I eat meat\n")
    with pytest.raises(KnowledgeError, match=r"exclusions\.txt:3"):
        load_knowledge(tmp_path)


def test_a_category_read_as_a_verb_is_refused_once(tmp_path: Path) -> None:
    """"I did [degree]" reads the placeholder as a verb; the loader says so, naming the line once."""
    (tmp_path / "categories.txt").write_text("degree: mba, phd\n")
    (tmp_path / "implications.txt").write_text("I completed [degree] => I did [degree]\n")
    with pytest.raises(KnowledgeError, match=r"implications\.txt:1: .* as a verb") as raised:
        load_knowledge(tmp_path)
    assert str(raised.value).count("implications.txt:1") == 1
    (tmp_path / "implications.txt").write_text("I completed [degree] => I did a [degree]\n")
    assert load_knowledge(tmp_path)


def test_activities_make_any_object_the_bare_activity(tmp_path: Path) -> None:
    """A verb in activities.txt done to anything is done; other verbs are not; a phrase is refused."""
    from simulate.checkers.open_claims import OpenClaim

    (tmp_path / "activities.txt").write_text("# verbs\nknit, teach\n")
    kb = load_knowledge(tmp_path)
    said = {(d.predicate, d.object) for d in kb.expand(OpenClaim(predicate="knit", object="scarf"))}
    assert ("knit", "") in said
    assert ("drink", "") not in {(d.predicate, d.object) for d in kb.expand(OpenClaim(predicate="drink", object="tea"))}
    (tmp_path / "activities.txt").write_text("knit, rock climb\n")
    with pytest.raises(KnowledgeError, match=r"activities\.txt:1"):
        load_knowledge(tmp_path)


def test_verbs_alike_are_grouped_both_ways_and_a_lone_verb_is_refused(tmp_path: Path) -> None:
    """A line of alike.txt makes each verb alike to the others; a line of one verb is refused, naming its place."""
    (tmp_path / "alike.txt").write_text("# one doing\nwatch, see\n")
    kb = load_knowledge(tmp_path)
    assert kb.alike["watch"] == {"see"} and kb.alike["see"] == {"watch"}
    (tmp_path / "alike.txt").write_text("watch\n")
    with pytest.raises(KnowledgeError, match=r"alike\.txt:1"):
        load_knowledge(tmp_path)


def test_categories_synonyms_implications_and_exclusions(tmp_path: Path) -> None:
    """A member names its categories; "hate" is "not like"; [category] binds; exclusions are symmetric."""
    (tmp_path / "categories.txt").write_text("meat: bacon, brisket\nfood: meat\n")
    (tmp_path / "synonyms.txt").write_text("like = love\nnot like = hate\n")
    (tmp_path / "implications.txt").write_text("I have [food] => I eat [food] (0.8)\n")
    (tmp_path / "exclusions.txt").write_text("I am vegan >< I eat meat\n")
    kb = load_knowledge(tmp_path)
    assert kb.ancestors("brisket") == {"meat": 1, "food": 2}
    assert kb.canonical_predicate("hat", "affirm") == ("lik", "deny")
    derived = {(d.predicate, d.object, d.polarity): d.confidence
               for d in kb.expand(OpenClaim(predicate="have", object="brisket"))}
    assert derived[("eat", "meat", "affirm")] < derived[("eat", "brisket", "affirm")] <= 0.8
    assert ("be", "vegan", "affirm", ) in {k[:3] for k in
                                          [(p, o, pol) for p, o, pol, *_ in kb.exclusions_of(
                                              next(d for d in kb.expand(OpenClaim(predicate="eat", object="meat"))
                                                   if d.object == "meat"))]}


def test_a_dish_is_what_it_is_named_after() -> None:
    """"my mum's lamb stew" is lamb (so meat), "bacon butties" bacon; a vegan sausage roll and a fish tank are not."""
    kb = default_knowledge()
    assert "meat" in dict(kb.objects_of("mum's lamb stew"))
    assert "pork" in dict(kb.objects_of("bacon butty"))
    assert "meat" not in dict(kb.objects_of("vegan sausage roll stew"))
    assert "fish" not in dict(kb.objects_of("fish tank"))


def test_another_thread_waits_for_the_load_and_does_not_see_it_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    """While one thread loads the shipped knowledge, another is not told "loading" (its readers would skip the
    knowledge and read less): it waits for the one load and gets the same knowledge."""
    from simulate.checkers import knowledge  # noqa: PLC0415

    inside, release = threading.Event(), threading.Event()
    loads: list[object] = []

    def slow_load() -> object:
        assert knowledge.knowledge_loading()  # the loading thread itself is told
        loads.append(object())
        inside.set()
        assert release.wait(10)
        return loads[-1]

    monkeypatch.setattr(knowledge, "_DEFAULT", [])
    monkeypatch.setattr(knowledge, "load_knowledge", slow_load)
    got: dict[str, object] = {}
    loader = threading.Thread(target=lambda: got.setdefault("loader", knowledge.default_knowledge()))
    waiter = threading.Thread(target=lambda: got.setdefault("waiter", knowledge.default_knowledge()))
    loader.start()
    try:
        assert inside.wait(10)
        seen_loading = knowledge.knowledge_loading()
        waiter.start()
    finally:
        release.set()
        loader.join(10)
    waiter.join(10)
    assert not seen_loading  # this thread is not the one loading
    assert len(loads) == 1
    assert got["loader"] is got["waiter"] is loads[0]
    assert not knowledge.knowledge_loading()
