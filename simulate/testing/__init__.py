"""Property-based consistency testing of persona agents, and hypothesis strategies for the engine's objects.

    assert_consistent          interview a persona in generated plans; fail with the smallest contradicting one
    InconsistentPersonaError   what it raises: the shrunk transcript, findings and evidence in its message
    FunctionModel, as_chat_model   a plain function (messages -> text, or async request -> text) as a ChatModel
    run_interview, interview_scenario, Interview, InterviewerModel   one plan through the engine
    ProbePlan, persona_questions   what the interviewer asks, when
    render_transcript          a transcript with findings and evidence, as text
    strategies                 persona_cards, conversation_graphs, scenarios, probe_plans, transcripts
    plugin                     the pytest plugin (--simulate-model, simulate_model, assert_consistent fixtures)

Names are imported on first use, so the pytest plugin loads without the engine.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "FunctionModel": "agents",
    "InconsistentPersonaError": "failure",
    "InjectedTranscript": "transcripts",
    "Injection": "transcripts",
    "Interview": "interview",
    "InterviewerModel": "interview",
    "ProbePlan": "plans",
    "as_chat_model": "agents",
    "assert_consistent": "consistency",
    "consistency_settings": "consistency",
    "interview_scenario": "interview",
    "persona_questions": "plans",
    "render_transcript": "render",
    "run_interview": "interview",
}

__all__ = sorted(_EXPORTS)


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, extra=("strategies", "plugin"))


if TYPE_CHECKING:
    from .agents import FunctionModel, as_chat_model
    from .consistency import assert_consistent, consistency_settings
    from .failure import InconsistentPersonaError
    from .interview import Interview, InterviewerModel, interview_scenario, run_interview
    from .plans import ProbePlan, persona_questions
    from .render import render_transcript
    from .transcripts import InjectedTranscript, Injection
