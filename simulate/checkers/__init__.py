"""Contradiction checkers: claims from each turn, a ledger per speaker, findings with evidence."""

from . import (  # noqa: F401  (they add readers to the open-claim reader)
    asides,
    careers,
    descriptions,
    doings,
    entity_values,
    evidence,
    generations,
    good_at,
    habits,
    heard_of,
    homes,
    households,
    how_long,
    idioms,
    keeping,
    only,
    participation,
    pastimes,
    rewrites,
    routines,
    self_rephrased,
    self_shapes,
    senses,
    skills,
    trying,
    universal,
    venues,
    whereabouts,
)
from .claims import Claim
from .conversation import Conversation, PersonaFacts, TurnIn
from .engine import ConversationChecker, check_conversation
from .findings import KINDS, Finding
from .rules import extract_claims

__all__ = ["KINDS", "Claim", "Conversation", "ConversationChecker", "Finding", "PersonaFacts", "TurnIn",
           "check_conversation", "extract_claims"]
