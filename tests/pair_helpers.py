"""One speaker's two statements with the other speaker between, checked: the turns findings name."""

from __future__ import annotations

from simulate.checkers import Conversation
from simulate.checkers.engine import check_conversation


def flagged_turns(first: str, second: str) -> list[int]:
    """The turns named by the non-persona findings when speaker A says `first`, B asks back, then A says `second`."""
    turns = [("A", first), ("B", "Oh really?"), ("A", second)]
    said = Conversation.model_validate({"id": "c", "turns": [{"speaker": who, "text": text} for who, text in turns]})
    return [f.turn for f in check_conversation(said) if f.kind != "persona"]
