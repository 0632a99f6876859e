"""One gateway for every model call: timeout, retries, concurrency limit, usage and cost, per model."""

from __future__ import annotations

from collections.abc import Callable

from .models.base import ChatModel
from .models.checked import CheckedModel
from .models.concurrency import ConcurrencyLimitModel
from .models.faults import FaultInjectingModel
from .models.recording import ModelStats, RecordingModel
from .models.registry import create_provider
from .models.retry import RetryModel
from .models.timeout import TimeoutModel
from .scenario import ModelSettings

__all__ = ["Gateway", "ProviderFactory"]

ProviderFactory = Callable[[ModelSettings], ChatModel]


def _default_provider(settings: ModelSettings) -> ChatModel:
    return create_provider(settings.name, options=settings.options)


class Gateway:
    """Builds, once per (model, api_base), the wrapped model every agent of that model shares.

    Order, outermost first: recording -> retry -> concurrency limit -> timeout -> empty-answer check
    -> fault injection (if configured) -> the provider. Waiting for a slot or backing off does not
    count against a call's timeout, and backing off does not hold a slot.
    """

    def __init__(self, *, provider: ProviderFactory | None = None) -> None:
        self._provider = provider or _default_provider
        self._models: dict[tuple[str, str | None], ChatModel] = {}
        self.stats: dict[str, ModelStats] = {}

    def model(self, settings: ModelSettings) -> ChatModel:
        """The shared, wrapped model for `settings`."""
        key = (settings.name, settings.api_base)
        if key not in self._models:
            model: ChatModel = self._provider(settings)
            if settings.faults is not None:
                f = settings.faults
                model = FaultInjectingModel(model, rate_limit=f.rate_limit, server_error=f.server_error,
                                            connection_error=f.connection_error, timeout=f.timeout,
                                            malformed=f.malformed, hang_s=settings.timeout * 10)
            model = CheckedModel(model)
            model = TimeoutModel(model, seconds=settings.timeout)
            model = ConcurrencyLimitModel(model, limit=settings.concurrency)
            model = RetryModel(model, retries=settings.retries)
            stats = self.stats.setdefault(settings.name, ModelStats())
            self._models[key] = RecordingModel(model, stats=stats)
        return self._models[key]
