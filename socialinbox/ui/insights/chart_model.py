"""What the levels chart shows, as plain values: one bar per week, one stacked segment per
level, the axis's ticks. The chart paints it; tests read it.

Rules: :meth:`LevelChartModel.set_weeks` replaces everything at once and tells the
listeners; a value is read by bar and level key (``"0"`` … ``"6"``, ``"null"``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from socialinbox.core.insights import LEVEL_KEYS, WeekLevels


@dataclass(frozen=True, slots=True)
class Bar:
    """One week's bar: its Monday and the count of each level, in :data:`LEVEL_KEYS` order."""

    week: date
    values: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.values)


class LevelChartModel:
    """The bars of the levels chart (weeks, oldest first)."""

    series: tuple[str, ...] = LEVEL_KEYS

    def __init__(self) -> None:
        self._bars: tuple[Bar, ...] = ()
        self._listeners: list[Callable[[], None]] = []

    def on_changed(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def set_weeks(self, weeks: Sequence[WeekLevels]) -> None:
        self._bars = tuple(Bar(w.week, w.levels.counts) for w in weeks)
        for listener in self._listeners:
            listener()

    @property
    def bars(self) -> tuple[Bar, ...]:
        return self._bars

    def value(self, bar: int, key: str) -> int:
        """How many messages of week ``bar`` reached level ``key``."""
        return self._bars[bar].values[self.series.index(key)]

    def totals(self) -> tuple[int, ...]:
        return tuple(bar.total for bar in self._bars)

    @property
    def is_empty(self) -> bool:
        return not any(self.totals())

    def ticks(self, most: int = 5) -> tuple[int, ...]:
        """The value axis's ticks from 0: a round step (1, 2, 5 × 10ⁿ), at most ``most``
        steps, the last at or above the tallest bar."""
        top = max(self.totals(), default=0)
        if top <= 0:
            return (0, 1)
        raw = top / most
        power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
        step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
        step = max(1, int(step))
        return tuple(range(0, math.ceil(top / step) * step + 1, step))
