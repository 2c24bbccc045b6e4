"""Medians of repeated runs, with baselines measured in the same loop (so ratios survive a noisy machine)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def run_ms(fn: Callable[[], object], before: Callable[[], object] | None = None) -> float:
    """One run of ``fn`` in milliseconds; ``before`` (not timed) prepares it."""
    if before is not None:
        before()
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def medians_ms(runs: int, warmup: int, *timed: tuple[Callable, Callable | None]) -> list[float]:
    """Median milliseconds of each (fn, before) pair, the pairs taking turns within every round."""
    for _ in range(warmup):
        for fn, before in timed:
            run_ms(fn, before)
    samples = [[] for _ in timed]
    for _ in range(runs):
        for i, (fn, before) in enumerate(timed):
            samples[i].append(run_ms(fn, before))
    return [statistics.median(s) for s in samples]


def median_ms(fn: Callable, *, runs: int, warmup: int, before: Callable | None = None) -> float:
    return medians_ms(runs, warmup, (fn, before))[0]
