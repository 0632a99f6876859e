"""The public API is exactly what `simulate.__all__` says."""

from __future__ import annotations

import simulate


def test_every_public_name_resolves() -> None:
    """Each name in __all__ imports."""
    for name in simulate.__all__:
        assert getattr(simulate, name) is not None, name


def test_public_api_is_stable() -> None:
    """Adding or removing a public name is a deliberate change of this list."""
    assert set(simulate.__all__) == {
        "Agent", "BatchResult", "Budget", "BudgetExhaustedError", "CacheMissError", "CachedModel", "CallCache", "ChatModel",
        "ChatRequest", "ChatResponse",
        "ConversationResult", "FaultInjectingModel",
        "Gateway", "InputError", "MemoryProvider", "Message", "MissingExtraError", "ModelError",
        "ModelSettings", "NoMemory", "Observer", "PersonaCard", "Problem", "RunError", "RunFolder",
        "RunResult", "Scenario", "ScenarioError", "ScriptedModel", "SimulateError", "Turn", "TurnContext",
        "Usage", "__version__", "apply_overrides", "dump_scenario", "export_run", "load_persona",
        "load_batch", "load_scenario", "resume_batch", "run_batch", "run_scenario", "validate_files",
    }


def test_version_matches_the_distribution() -> None:
    """The package version is the installed distribution's."""
    from importlib.metadata import version

    assert simulate.__version__ == version("simulate")
