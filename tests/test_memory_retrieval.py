"""Retrieval: the relevant memory first, recency as tie-breaker, and a budget that is never exceeded."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from simulate.memory.retrieval import MemoryItem, Retriever
from simulate.memory.tokens import BlockBudget, estimate_tokens, memory_block
from simulate.testing.memory_doubles import START

NOW = START + timedelta(days=60)
FILLER = ["You told Tom you enjoy a quiet evening at home (session {n})",
          "Tom told you they went to the market on Saturday (session {n})",
          "Session {n}: you talked with Tom about the weather and the traffic",
          "Ann told you they are reading a long novel (session {n})"]


def retriever_with(items: list[MemoryItem], **options: object) -> Retriever:
    """A BM25 retriever holding `items`."""
    retriever = Retriever(**options)  # type: ignore[arg-type]
    for item in items:
        retriever.upsert(item)
    return retriever


def filler(count: int) -> list[MemoryItem]:
    """Distractors spread over the last 50 days."""
    return [MemoryItem(f"x{i}", FILLER[i % len(FILLER)].format(n=i % 4 + 1), START + timedelta(days=i % 50))
            for i in range(count)]


def select(retriever: Retriever, query: str, budget: int = 400) -> list[str]:
    """The ids selected for `query`."""
    return [item.id for item in retriever.select(query, now=NOW, budget=BlockBudget(budget))]


def test_the_relevant_memory_ranks_first_among_many() -> None:
    """Asked about the dog, the dog fact comes first, even though it is old."""
    dog = MemoryItem("dog", "Maya told you they have a dog named Max (session 1)", START, keywords="Maya pets")
    retriever = retriever_with([*filler(300), dog])
    assert select(retriever, "Tom: How is your dog Max these days?")[0] == "dog"


def test_the_partner_s_facts_outrank_someone_else_s() -> None:
    """Talking with Tom, what Tom said is preferred over what Ann said on the same subject."""
    tom = MemoryItem("tom", "Tom told you they work as a chef (session 1)", START, keywords="Tom occupation")
    ann = MemoryItem("ann", "Ann told you they work as a pilot (session 1)", START, keywords="Ann occupation")
    retriever = retriever_with([ann, tom, *filler(40)])
    ranked = select(retriever, "Tom work")
    assert ranked.index("tom") < ranked.index("ann")


def test_recency_breaks_ties_between_equally_relevant_memories() -> None:
    """Same words, different times: the newer first."""
    old = MemoryItem("old", "Tom told you they live in Boston (session 1)", START)
    new = MemoryItem("new", "Tom told you they live in Boston (session 3)", START + timedelta(days=42))
    assert select(retriever_with([old, new]), "where does Tom live, Boston?")[:2] == ["new", "old"]


def test_with_no_relevant_memory_the_newest_fill_the_budget() -> None:
    """Recency alone decides when nothing matches; excluded ids are skipped."""
    items = [MemoryItem(f"m{i}", f"Memory number {i}", START + timedelta(days=i)) for i in range(30)]
    retriever = retriever_with(items)
    chosen = [i.id for i in retriever.select("zebra", now=NOW, budget=BlockBudget(30), exclude={"m29"})]
    assert chosen and chosen[0] == "m28" and "m29" not in chosen


def test_updates_and_removals_are_seen() -> None:
    """Upserting an id replaces it; removing it takes it out of selection."""
    retriever = retriever_with([MemoryItem("a", "Tom told you they live in Boston", START)])
    retriever.upsert(MemoryItem("a", "Tom told you they live in Austin", START))
    assert len(retriever) == 1 and select(retriever, "Austin") == ["a"]
    retriever.remove("a")
    assert select(retriever, "Austin") == [] and "a" not in retriever


WORDS = st.sampled_from(["Tom", "dog", "chef", "Denver", "jazz", "session", "told", "you", "hiking", "Max",
                         "a-very-long-compound-word-that-costs-more", "!", "42"])
LINES = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)


@given(st.lists(st.tuples(LINES, st.integers(0, 90)), max_size=40), LINES, st.integers(0, 250),
       st.lists(LINES, max_size=3))
def test_the_budget_is_never_exceeded(memories: list[tuple[str, int]], query: str, limit: int,
                                      pinned: list[str]) -> None:
    """Whatever is stored, asked and pinned first, the rendered memory block fits the budget, and a
    memory that would still fit is never left out."""
    retriever = retriever_with([MemoryItem(f"m{i}", text, START + timedelta(days=d))
                                for i, (text, d) in enumerate(memories)], recent_pool=64)
    budget = BlockBudget(limit)
    for line in pinned:
        budget.add(line)
    chosen = retriever.select(query, now=NOW, budget=budget)
    assert estimate_tokens(memory_block(budget.lines)) <= budget.used <= limit
    left_out = {text for text, _ in memories} - {item.text for item in chosen}
    assert not any(budget.fits(text) for text in left_out)


def test_the_recent_pool_holds_every_memory_when_there_are_fewer() -> None:
    """With fewer memories than the recent pool, an old one that matches nothing is still a candidate (a
    slice from a negative start once dropped the oldest)."""
    items = [MemoryItem(f"m{i}", "Tom" if i else "dog", START + timedelta(days=i)) for i in range(40)]
    retriever = retriever_with(items, recent_pool=64)
    assert "m0" in {item.id for _, item in retriever.ranked("Tom", now=NOW)}


def test_once_per_turn_shows_a_turn_or_its_fact_not_both() -> None:
    """A turn and the fact it stated compete for one place; the next memory gets the other."""
    from simulate.memory.retrieval import Origin

    turn = MemoryItem("t|c|4", 'Session 1, Tom said: "I keep bees on my roof."', START,
                      origin=Origin("turn", "c", 0, 4, 4))
    fact = MemoryItem("f|x", "Tom told you they keep bees (session 1)", START, origin=Origin("fact", "c", 0, 4, 4))
    other = MemoryItem("t|c|9", 'Session 2, Tom said: "The bees swarmed in May."', START,
                       origin=Origin("turn", "c", 1, 2, 9))
    retriever = retriever_with([turn, fact, other], recency_weight=0.0)
    both = retriever.select("bees", now=NOW, budget=BlockBudget(200))
    once = retriever.select("bees", now=NOW, budget=BlockBudget(200), once_per_turn=True)
    assert {i.id for i in both} == {"t|c|4", "f|x", "t|c|9"}
    assert len(once) == 2 and "t|c|9" in {i.id for i in once}
    assert len({i.origin.index for i in once if i.origin}) == 2
