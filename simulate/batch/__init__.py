"""Batch generation: scenario templates x persona draws x models x repeats, resumable, cached, budgeted.

    load_batch(path)            read and resolve a batch spec (templates, persona source)
    run_batch(batch, out=...)   run it into outputs/<batch-id>/ (local or Ray executor)
    resume_batch(folder)        finish a stopped batch; `retry_failed=True` runs failed items again
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

_EXPORTS = {
    "BatchResult": "executor",
    "BatchSpec": "spec",
    "ResolvedBatch": "expand",
    "load_batch": "expand",
    "resume_batch": "executor",
    "run_batch": "executor",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, extra=())

if TYPE_CHECKING:
    from .executor import BatchResult, resume_batch, run_batch
    from .expand import ResolvedBatch, load_batch
    from .spec import BatchSpec
