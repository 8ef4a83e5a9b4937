"""``with server:`` for the test servers: started on entry, stopped on exit."""

from __future__ import annotations

from typing import Self


class StartedInWith:
    """A server with ``start()`` (returning itself) and ``stop()``, usable as ``with server:``."""

    def start(self) -> Self:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
