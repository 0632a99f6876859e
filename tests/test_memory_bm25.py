"""BM25: ranking, replacing and removing documents."""

from __future__ import annotations

from simulate.memory.bm25 import BM25Index, tokenize


def test_tokenize_drops_stopwords_and_plurals() -> None:
    """Content words only, plural -s folded."""
    assert tokenize("Tom told you they have two dogs and Cities!") == ["tom", "two", "dog", "city"]


def test_the_document_with_the_rare_matching_term_ranks_first() -> None:
    """A rare term outweighs a common one; unrelated documents do not score."""
    index = BM25Index()
    for i in range(20):
        index.add(f"common{i}", f"Tom talked about the weather and work number {i}")
    index.add("dog", "Tom told you they have a dog named Max")
    index.add("other", "Ann likes opera")
    top = index.top("how is your dog Max doing at work", 3)
    assert top[0][0] == "dog"
    assert "other" not in dict(index.top("dog", 50))


def test_replace_and_remove() -> None:
    """Adding an id again replaces its text; removing forgets it."""
    index = BM25Index()
    index.add("a", "I live in Denver")
    index.add("a", "I live in Austin")
    assert index.top("Denver", 5) == [] and index.top("Austin", 5)[0][0] == "a"
    index.remove("a")
    index.remove("a")
    assert len(index) == 0 and index.top("Austin", 5) == []


def test_scores_do_not_depend_on_insertion_order() -> None:
    """The same documents in another order give the same ranking once refreshed."""
    docs = {f"d{i}": f"word{i % 7} shared text {'extra ' * (i % 3)}" for i in range(40)}
    one, two = BM25Index(), BM25Index()
    for key in sorted(docs):
        one.add(key, docs[key])
    for key in sorted(docs, reverse=True):
        two.add(key, docs[key])
    one.set_state(one.get_state())
    two.set_state(two.get_state())
    assert one.top("word3 shared", 10) == two.top("word3 shared", 10)


def test_documents_of_stopwords_only_are_harmless() -> None:
    """Zero-length documents (found by the budget property) neither crash nor score."""
    index = BM25Index()
    index.add("a", "session told you")
    index.add("b", "the")
    index.set_state(index.get_state())
    assert index.top("session", 5) == [] and len(index) == 2
