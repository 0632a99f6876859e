"""One gateway for every model call: timeout, retries, concurrency limit, usage and cost, per model."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import orjson

from .errors import InputError
from .models.base import ChatModel
from .models.budget import Budget, BudgetModel
from .models.cache import CachedModel, CallCache
from .models.checked import CheckedModel
from .models.concurrency import ConcurrencyLimitModel
from .models.faults import FaultInjectingModel
from .models.ratelimit import RateLimitedModel
from .models.reask import ReaskModel
from .models.recording import ModelStats, RecordingModel
from .models.registry import create_provider
from .models.retry import RetryModel
from .models.settings import ModelSettings
from .models.timeout import TimeoutModel

__all__ = ["Gateway", "ProviderFactory", "RateLimit"]

ProviderFactory = Callable[[ModelSettings], ChatModel]


@dataclass(frozen=True)
class RateLimit:
    """Requests and tokens per minute allowed to one model (None: no limit)."""

    rpm: float | None = None
    tpm: float | None = None


def _canonical(value: object) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS, default=repr).decode()


def _default_provider(settings: ModelSettings) -> ChatModel:
    return create_provider(settings.name, options=settings.options)


class Gateway:
    """Builds, once per (model, api_base, options, faults), the wrapped model every agent of that model shares.

    Order, outermost first: recording -> call cache (if given) -> budget (if given) -> retry ->
    rate limit (if given for the model) -> concurrency limit -> timeout -> empty-answer check ->
    fault injection (if configured) -> the provider. Waiting for a slot, for rate allowance or
    backing off does not count against a call's timeout; backing off does not hold a slot; a cache
    hit spends no budget and no rate allowance.

    Args:
        provider: builds the bare model for a ModelSettings (tests inject doubles here).
        cache: answer repeated calls from this content-addressed cache.
        replay: answer only from `cache`; a miss fails the call with CacheMissError.
        budget: token and cost limits shared by every model.
        rate_limits: per model name, requests and tokens per minute; every setting of one model name
            (e.g. two labels of it in a batch) shares the same buckets, as they share the provider's limit.
        concurrency_share: scale each model's `concurrency` by this (a Ray worker's share of it).
    """

    def __init__(self, *, provider: ProviderFactory | None = None, cache: CallCache | None = None,
                 replay: bool = False, budget: Budget | None = None,
                 rate_limits: Mapping[str, RateLimit] | None = None, concurrency_share: float = 1.0) -> None:
        if replay and cache is None:
            raise InputError("replay needs a cache to answer from")
        self._provider = provider or _default_provider
        self._models: dict[tuple[str, str | None, str, str], ChatModel] = {}
        self.stats: dict[str, ModelStats] = {}
        self.cache = cache
        self.replay = replay
        self.budget = budget
        self.rate_limits = dict(rate_limits or {})
        self.concurrency_share = concurrency_share
        self._buckets: dict[str, RateLimitedModel] = {}

    def model(self, settings: ModelSettings) -> ChatModel:
        """The shared, wrapped model for `settings`."""
        key = (settings.name, settings.api_base, _canonical(settings.options),
               _canonical(settings.faults.model_dump() if settings.faults else None))
        if key not in self._models:
            model: ChatModel = self._provider(settings)
            if settings.faults is not None:
                f = settings.faults
                model = FaultInjectingModel(model, rate_limit=f.rate_limit, server_error=f.server_error,
                                            connection_error=f.connection_error, timeout=f.timeout,
                                            malformed=f.malformed, hang_s=settings.timeout * 10)
            model = ReaskModel(CheckedModel(model))  # an unusable answer is asked again once, then fails
            model = TimeoutModel(model, seconds=settings.timeout)
            model = ConcurrencyLimitModel(model, limit=max(1, round(settings.concurrency * self.concurrency_share)))
            limit = self.rate_limits.get(settings.name)
            if limit is not None and (limit.rpm or limit.tpm):
                # one provider model, one allowance, whatever its options
                model = RateLimitedModel(model, rpm=limit.rpm, tpm=limit.tpm, share=self._buckets.get(settings.name))
                self._buckets.setdefault(settings.name, model)
            model = RetryModel(model, retries=settings.retries)
            if self.budget is not None:  # an unlimited budget still counts what real calls spend
                model = BudgetModel(model, self.budget)
            if self.cache is not None:
                model = CachedModel(model, self.cache, replay=self.replay)
            stats = self.stats.setdefault(settings.name, ModelStats())
            self._models[key] = RecordingModel(model, stats=stats)
        return self._models[key]
