"""Every hypothesis strategy of `simulate.testing`, in one place: `from simulate.testing import strategies as sst`.

    persona_cards, core_facts, facts_patches, timelines   PersonaCard and its parts
    conversation_graphs                                    GraphSpec: who may address whom
    scenarios                                              a resolved Scenario the engine can run
    probe_plans                                            ProbePlan: questions, their order, sessions, gap
    transcripts                                            InjectedTranscript: a Conversation with known contradictions
"""

from __future__ import annotations

from .graphs import conversation_graphs
from .persona_strategies import core_facts, facts_patches, persona_cards, timelines
from .plans import probe_plans
from .scenarios import scenarios
from .transcripts import transcripts

__all__ = ["conversation_graphs", "core_facts", "facts_patches", "persona_cards", "probe_plans", "scenarios",
           "timelines", "transcripts"]
