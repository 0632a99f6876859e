"""pytest plugin: test a persona agent's consistency with `--simulate-model` and two fixtures.

Registered by the entry point `[project.entry-points.pytest11] simulate = "simulate.testing.plugin"`;
until the package is installed with it, load it with `pytest -p simulate.testing.plugin`.

Options:
    --simulate-model M             the model under test (a litellm model string); default: scripted
    --simulate-model-option K=V    a model option (repeatable; V is read as YAML), e.g. drift_rate=0.2
    --simulate-cache PATH          keep the call cache in this SQLite file (default: in memory, per session)
    --simulate-replay              answer only from the call cache; a call it does not hold fails

Fixtures:
    simulate_model           the model under test, built through the engine's gateway (timeout, retries,
                             concurrency, usage) and wrapped in a CachedModel over the session's cache
    simulate_model_settings  the ModelSettings of the requests it is sent
    simulate_call_cache      the session's CallCache
    assert_consistent        `simulate.testing.assert_consistent` with `model=simulate_model` by default

A test that fails `assert_consistent` shows the shrunk transcript in its error; for tests marked
xfail (a deliberately inconsistent example), the plugin prints it in a `simulate` summary section.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .failure import InconsistentPersonaError

if TYPE_CHECKING:
    from ..models.cache import CachedModel, CallCache
    from ..models.settings import ModelSettings

_COUNTEREXAMPLES = pytest.StashKey[list[tuple[str, str]]]()
_CACHES = pytest.StashKey[list[Any]]()
DEFAULT_MODEL = "scripted"


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add the --simulate-* options."""
    group = parser.getgroup("simulate", "persona consistency testing (simulate)")
    group.addoption("--simulate-model", default=None, metavar="MODEL",
                    help=f"model under test, a litellm model string (default: {DEFAULT_MODEL})")
    group.addoption("--simulate-model-option", action="append", default=[], metavar="KEY=VALUE",
                    help="an option of the model under test (repeatable; VALUE is read as YAML)")
    group.addoption("--simulate-cache", default=None, metavar="PATH",
                    help="SQLite file for the call cache (default: in memory, for this session)")
    group.addoption("--simulate-replay", action="store_true", default=False,
                    help="answer only from the call cache; a call it does not hold fails")


def pytest_configure(config: pytest.Config) -> None:
    """Prepare the session's records."""
    config.stash[_COUNTEREXAMPLES] = []
    config.stash[_CACHES] = []


def _options(raw: list[str]) -> dict[str, Any]:
    import yaml

    options: dict[str, Any] = {}
    for text in raw:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise pytest.UsageError(f"--simulate-model-option expects KEY=VALUE, got {text!r}")
        options[key.strip()] = yaml.safe_load(value)
    return options


def pytest_report_header(config: pytest.Config) -> str:
    """Name the model under test and the cache in the session header."""
    model = config.getoption("simulate_model", None) or DEFAULT_MODEL
    cache = config.getoption("simulate_cache", None) or "in memory"
    replay = ", replay only" if config.getoption("simulate_replay", False) else ""
    return f"simulate: model under test {model}; call cache {cache}{replay}"


@pytest.fixture(scope="session")
def simulate_model_settings(pytestconfig: pytest.Config) -> ModelSettings:
    """The settings of every request sent to the model under test."""
    from ..models.settings import ModelSettings

    name = pytestconfig.getoption("simulate_model", None) or DEFAULT_MODEL
    return ModelSettings(name=name, options=_options(pytestconfig.getoption("simulate_model_option", None) or []))


@pytest.fixture(scope="session")
def simulate_call_cache(pytestconfig: pytest.Config) -> Iterator[CallCache]:
    """The session's call cache (in memory, or the --simulate-cache file)."""
    from ..models.cache import CallCache

    cache = CallCache(pytestconfig.getoption("simulate_cache", None) or ":memory:")
    pytestconfig.stash[_CACHES].append(cache)
    try:
        yield cache
    finally:
        cache.close()


@pytest.fixture(scope="session")
def simulate_model(simulate_model_settings: ModelSettings, simulate_call_cache: CallCache,
                   pytestconfig: pytest.Config) -> CachedModel:
    """The model under test: through the engine's gateway, then the session's call cache."""
    from ..gateway import Gateway
    from ..models.cache import CachedModel

    gateway = Gateway()
    return CachedModel(gateway.model(simulate_model_settings), simulate_call_cache,
                       replay=bool(pytestconfig.getoption("simulate_replay", False)))


@pytest.fixture
def assert_consistent(simulate_model: CachedModel, simulate_model_settings: ModelSettings) -> Callable[..., None]:
    """`simulate.testing.assert_consistent`, testing `simulate_model` unless another model is given."""
    from .consistency import assert_consistent as check

    def assert_persona_consistent(persona: Any, **options: Any) -> None:
        if options.get("model") is None:
            options.update(model=simulate_model, model_settings=options.get("model_settings") or simulate_model_settings)
        check(persona, **options)

    return assert_persona_consistent


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Keep the message of an expected (xfail) consistency failure, which pytest would not show."""
    report = yield
    if call.excinfo is not None and isinstance(call.excinfo.value, InconsistentPersonaError) \
            and getattr(report, "wasxfail", None) is not None:
        item.config.stash[_COUNTEREXAMPLES].append((item.nodeid, str(call.excinfo.value)))
    return report


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    """The call cache's hits and misses, and the counterexamples of xfailed consistency tests."""
    caches = config.stash.get(_CACHES, [])
    examples = config.stash.get(_COUNTEREXAMPLES, [])
    if not caches and not examples:
        return
    terminalreporter.section("simulate")
    for cache in caches:
        where = "in memory" if cache.path == ":memory:" else cache.path
        terminalreporter.write_line(f"call cache ({where}): {cache.hits} hits, {cache.misses} misses "
                                    "(each miss is one call to the model under test)")
    for nodeid, message in examples:
        terminalreporter.write_line(f"\nexpected failure {nodeid}, counterexample:")
        terminalreporter.write_line(message)
