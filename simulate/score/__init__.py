"""PersonaScore: PersonaGym's rubric evaluation over multi-session runs, beside the contradiction checks.

    rubrics     the five tasks and their rubrics (shipped, MIT), filled into judge prompts
    probes      probe sets: a persona's PersonaGym questions, or questions written through the gateway
    scored_items    what is scored: every probe answer, a sample of ordinary turns per persona and session
    verdicts    a judge's answer parsed (score 1-5, reason), asked again once when unreadable
    ensemble    every judge through the gateway; an item's score is the mean of the readable verdicts
    agreement   between judges, and low persona-consistency scores against findings
    results     PersonaScore per model, persona, task and session; scores.jsonl and score.json
    folder_scoring  score a run or batch folder
"""

from __future__ import annotations

from .ensemble import Judges, JudgeSpec, parse_judge
from .folder_scoring import ScoreResult, score_folder
from .results import SCORE_FILE, SCORES_FILE, persona_scores, read_score
from .rubrics import TASKS, judge_messages
from .verdicts import parse_verdict

__all__ = ["SCORES_FILE", "SCORE_FILE", "TASKS", "JudgeSpec", "Judges", "ScoreResult", "judge_messages",
           "parse_judge", "parse_verdict", "persona_scores", "read_score", "score_folder"]
