"""simulate: multi-session conversations between synthetic personas, checked for contradictions.

The public API is what `__all__` lists; names are imported on first use so that the command line
starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

__version__ = "0.1.0"

_EXPORTS = {
    "Agent": "agent",
    "BatchResult": "batch.executor",
    "Budget": "models.budget",
    "BudgetExhaustedError": "errors",
    "CacheMissError": "errors",
    "CachedModel": "models.cache",
    "CallCache": "models.cache",
    "ChatModel": "models.base",
    "ChatRequest": "models.base",
    "ChatResponse": "models.base",
    "ConversationResult": "scheduler",
    "FaultInjectingModel": "models.faults",
    "Gateway": "gateway",
    "InputError": "errors",
    "MemoryProvider": "agent",
    "Message": "models.base",
    "MissingExtraError": "errors",
    "ModelError": "errors",
    "ModelSettings": "models.settings",
    "NoMemory": "agent",
    "Observer": "scheduler",
    "PersonaCard": "persona",
    "Problem": "errors",
    "RunError": "errors",
    "RunFolder": "run_folder",
    "RunResult": "runner",
    "Scenario": "scenario",
    "ScenarioError": "errors",
    "ScriptedModel": "models.scripted",
    "SimulateError": "errors",
    "Turn": "turn",
    "TurnContext": "agent",
    "Usage": "models.base",
    "apply_overrides": "overrides",
    "dump_scenario": "dump",
    "export_run": "exports",
    "load_batch": "batch.expand",
    "load_persona": "loader",
    "load_scenario": "loader",
    "resume_batch": "batch.executor",
    "run_batch": "batch.executor",
    "run_scenario": "runner",
    "validate_files": "validate",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, extra=("__version__",))


if TYPE_CHECKING:
    from .agent import Agent, MemoryProvider, NoMemory, TurnContext
    from .batch.executor import BatchResult, resume_batch, run_batch
    from .batch.expand import load_batch
    from .dump import dump_scenario
    from .errors import (
        BudgetExhaustedError,
        CacheMissError,
        InputError,
        MissingExtraError,
        ModelError,
        Problem,
        RunError,
        ScenarioError,
        SimulateError,
    )
    from .exports import export_run
    from .gateway import Gateway
    from .loader import load_persona, load_scenario
    from .models.base import ChatModel, ChatRequest, ChatResponse, Message, Usage
    from .models.budget import Budget
    from .models.cache import CachedModel, CallCache
    from .models.faults import FaultInjectingModel
    from .models.scripted import ScriptedModel
    from .models.settings import ModelSettings
    from .overrides import apply_overrides
    from .persona import PersonaCard
    from .run_folder import RunFolder
    from .runner import RunResult, run_scenario
    from .scenario import Scenario
    from .scheduler import ConversationResult, Observer
    from .turn import Turn
    from .validate import validate_files
