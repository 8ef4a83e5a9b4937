"""Tests that need a real server program skip without it locally, and fail in CI.

CI (``.ci/run``) sets ``SOCIALINBOX_REQUIRE_SERVERS=1`` after installing the
programs: there a missing program is a broken build, not a reason to skip.
"""

from __future__ import annotations

import os
import shutil
from typing import NoReturn

import pytest

REQUIRE_SERVERS = "SOCIALINBOX_REQUIRE_SERVERS"


def servers_required() -> bool:
    return os.environ.get(REQUIRE_SERVERS, "").strip() not in ("", "0", "false", "no")


def require_program(program: str, package: str, *, install_hint: str | None = None) -> str:
    """The path of ``program``; skips the test (fails it under SOCIALINBOX_REQUIRE_SERVERS=1)
    when it is not installed. ``install_hint`` replaces "Debian package PACKAGE" in the
    message for programs installed otherwise."""
    found = shutil.which(program) or shutil.which(program, path="/usr/sbin:/sbin")
    if found:
        return found
    missing(f"{program} is not installed ({install_hint or f'Debian package {package}'})")


def missing(what: str) -> NoReturn:
    """Skip the test because ``what`` (a server program, a permission) is missing here; under
    SOCIALINBOX_REQUIRE_SERVERS=1 fail it instead: in CI a missing part is a broken build."""
    if servers_required():
        pytest.fail(f"{what}, and {REQUIRE_SERVERS}=1 requires it")
    pytest.skip(what)
