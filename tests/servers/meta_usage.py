"""The Graph API's rate-limit usage, as the Meta test server counts it and reports it.

From graph-api/overview/rate-limiting: calls made with a user (or app) token count against
the app's platform limit over a rolling hour and are reported in ``X-App-Usage``; calls
made with a Page token count against the Business Use Case limit of the Page or of the
Instagram account they touch, over a rolling 24 hours, reported in
``X-Business-Use-Case-Usage`` with the minutes until access returns. Each bucket's
percentages are whole numbers; a test may also set them outright.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

APP = "app"  # the platform bucket; every other bucket is a Page or Instagram account id
APP_WINDOW = timedelta(hours=1)
BUC_WINDOW = timedelta(hours=24)


@dataclass
class _Bucket:
    window: timedelta
    calls: list[datetime] = field(default_factory=list)
    baseline: tuple[int, int, int] = (0, 0, 0)  # call_count, total_time, total_cputime
    baseline_at: datetime | None = None


class UsageMeter:
    """Every bucket's calls in its window. ``limit(bucket)`` is how many calls make 100 %
    (read at each use, so a test may change it)."""

    def __init__(self, now: Callable[[], datetime], limit: Callable[[str], int]) -> None:
        self._now = now
        self._limit = limit
        self._buckets: dict[str, _Bucket] = {}

    def record(self, name: str) -> None:
        """One call counted against the bucket."""
        self._bucket(name).calls.append(self._now())

    def full(self, name: str) -> bool:
        """Whether the bucket is at 100 %: the next call is refused."""
        return max(self._percentages(name, self._now())) >= 100

    def set(self, name: str, call_count: int, total_time: int, total_cputime: int) -> None:
        """The bucket's percentages from now on, for one window (earlier calls forgotten)."""
        bucket = self._bucket(name)
        bucket.calls.clear()
        bucket.baseline = (call_count, total_time, total_cputime)
        bucket.baseline_at = self._now()

    def numbers(self, name: str) -> dict[str, int]:
        count, total_time, cputime = self._percentages(name, self._now())
        return {
            "call_count": count,
            "total_time": total_time,
            "total_cputime": cputime,
            "estimated_time_to_regain_access": self._regain_minutes(name),
        }

    def headers(self, name: str, kind: str) -> dict[str, str]:
        """The usage header of the bucket: ``X-App-Usage`` for the app, otherwise
        ``X-Business-Use-Case-Usage`` with ``kind`` ("pages" or "instagram")."""
        numbers = self.numbers(name)
        if name == APP:
            app = {k: numbers[k] for k in ("call_count", "total_time", "total_cputime")}
            return {"X-App-Usage": json.dumps(app)}
        order = ("call_count", "total_cputime", "total_time", "estimated_time_to_regain_access")
        entry: dict[str, str | int] = {"type": kind} | {k: numbers[k] for k in order}
        return {"X-Business-Use-Case-Usage": json.dumps({name: [entry]})}

    def _bucket(self, name: str) -> _Bucket:
        if name not in self._buckets:
            self._buckets[name] = _Bucket(APP_WINDOW if name == APP else BUC_WINDOW)
        return self._buckets[name]

    def _percentages(self, name: str, at: datetime) -> tuple[int, int, int]:
        bucket = self._bucket(name)
        recent = sum(1 for c in bucket.calls if at - c < bucket.window)
        base = bucket.baseline
        if bucket.baseline_at is None or at - bucket.baseline_at >= bucket.window:
            base = (0, 0, 0)
        climb = recent * 100 / max(1, self._limit(name))
        # Whole percentages, rounded up: the first call shows.
        return (
            min(100, math.ceil(base[0] + climb)),
            min(100, math.ceil(base[1] + climb)),
            min(100, math.ceil(base[2] + climb)),
        )

    def _regain_minutes(self, name: str) -> int:
        """Minutes until the bucket is below 100 % again (0 when it is)."""
        now = self._now()
        if max(self._percentages(name, now)) < 100:
            return 0
        bucket = self._bucket(name)
        moments = [c + bucket.window for c in bucket.calls if c + bucket.window > now]
        if bucket.baseline_at is not None:
            moments.append(bucket.baseline_at + bucket.window)
        for moment in sorted(moments):
            if max(self._percentages(name, moment)) < 100:
                return max(1, math.ceil((moment - now).total_seconds() / 60))
        return math.ceil(bucket.window.total_seconds() / 60)
