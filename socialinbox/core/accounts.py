"""Stored accounts: creating, listing, removing, and recording how their syncs went."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet, Created
from socialinbox.core.connector import AccountConfig
from socialinbox.core.errors import InvalidValue, NotFound
from socialinbox.core.models import AccountInfo
from socialinbox.core.names import LOG_BOOK_KIND
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Account, Message

# Account.status values.
STATUS_NEW = "new"
STATUS_OK = "ok"
STATUS_ERROR = "error"
MIN_SYNC_INTERVAL_S = 60
DEFAULT_SYNC_INTERVAL_S = 300
# How the sender words an account's problem (see sync.sender): "sending: offline: …".
SENDING_PREFIX = "sending: "


class AccountNotFound(NotFound):
    def __init__(self, account_id: int) -> None:
        super().__init__(
            f"there is no account with id {account_id}", code="account.not_found", id=account_id
        )


def _info(a: Account) -> AccountInfo:
    return AccountInfo(
        id=a.id,
        uuid=a.uuid,
        kind=a.kind,
        name=a.name,
        base_url=a.base_url,
        handle=a.handle,
        settings=json.loads(a.settings_json or "{}"),
        enabled=a.enabled,
        status=a.status,
        last_error=a.last_error,
        last_sync=a.last_sync,
        next_sync=a.next_sync,
        sync_interval_s=a.sync_interval_s,
        connected_at=a.connected_at,
    )


def config_of(info: AccountInfo) -> AccountConfig:
    return AccountConfig(
        id=info.id,
        uuid=info.uuid,
        kind=info.kind,
        name=info.name,
        base_url=info.base_url,
        handle=info.handle,
        settings=dict(info.settings),
        connected_at=info.connected_at,
    )


class Accounts:
    def __init__(self, db: Database, clock: Clock, origin: str = "local") -> None:
        self._db = db
        self._clock = clock
        self._origin = origin

    # -- reads ------------------------------------------------------------

    def list_accounts(self) -> list[AccountInfo]:
        """The connected accounts; the log book of conversations logged by hand is not one."""
        with self._db.read() as session:
            query = select(Account).where(Account.kind != LOG_BOOK_KIND).order_by(Account.id)
            return [_info(a) for a in session.scalars(query)]

    def get(self, account_id: int) -> AccountInfo:
        with self._db.read() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise AccountNotFound(account_id)
            return _info(account)

    def message_count(self, account_id: int) -> int:
        """How many messages removing the account would delete."""
        with self._db.read() as session:
            query = select(func.count()).where(Message.account_id == account_id)
            return int(session.execute(query).scalar_one())

    def cursor(self, account_id: int) -> str | None:
        with self._db.read() as session:
            return session.execute(select(Account.cursor).where(Account.id == account_id)).scalar()

    # -- writes (through the Writer) --------------------------------------

    def create(
        self,
        kind: str,
        name: str,
        *,
        base_url: str | None = None,
        handle: str | None = None,
        settings: Mapping[str, Any] | None = None,
        account_uuid: str | None = None,
        connected_at: datetime | None = None,
    ) -> Created:
        """Store a new account. Its connection moment starts now (or at ``connected_at``):
        older messages are history. Returns the account's id and its INSERTED change."""
        now = self._clock.now()
        with self._db.write() as session:
            account = Account(
                uuid=account_uuid or str(uuid.uuid4()),
                kind=kind,
                name=name,
                base_url=base_url,
                handle=handle,
                settings_json=json.dumps(dict(settings or {}), sort_keys=True),
                enabled=True,
                status=STATUS_NEW,
                sync_interval_s=DEFAULT_SYNC_INTERVAL_S,
                connected_at=connected_at or now,
                created_at=now,
            )
            session.add(account)
            session.flush()
            change = ChangeSet.of(changes.ACCOUNT, changes.INSERTED, [account.id])
            changes.record(session, change, now, self._origin)
            return Created(account.id, change)

    def remove(self, account_id: int) -> ChangeSet:
        """Delete an account and, with it, its messages (the log book of calls and visits
        logged by hand is no account a user removes)."""
        with self._db.write() as session:
            row = session.get(Account, account_id)
            if row is None or row.kind == LOG_BOOK_KIND:
                raise AccountNotFound(account_id)
            session.execute(delete(Account).where(Account.id == account_id))
            change = ChangeSet.of(changes.ACCOUNT, changes.DELETED, [account_id]) | ChangeSet(
                reset=True
            )
            changes.record(
                session,
                ChangeSet.of(changes.ACCOUNT, changes.DELETED, [account_id]),
                self._clock.now(),
                self._origin,
            )
            return change

    def record_sync(
        self,
        account_id: int,
        *,
        ok: bool,
        error: str | None,
        next_sync: datetime | None,
        notice: str | None = None,
    ) -> ChangeSet:
        """How a sync went. ``notice``: what a successful sync asks to tell the owner
        (kept in ``last_error`` while the status is ok, until the next sync)."""
        now = self._clock.now()
        with self._db.write() as session:
            session.execute(
                update(Account)
                .where(Account.id == account_id)
                .values(
                    status=STATUS_OK if ok else STATUS_ERROR,
                    last_error=notice if ok else error,
                    last_sync=now,
                    next_sync=next_sync,
                )
            )
            change = ChangeSet.of(changes.ACCOUNT, changes.UPDATED, [account_id])
            changes.record(session, change, now, self._origin)
            return change

    def record_send(
        self, account_id: int, *, problem: str | None, retry_at: datetime | None = None
    ) -> ChangeSet:
        """How a send-only round went (no fetch: ``last_sync`` stays).

        A problem (offline, sign-in refused) marks the account failed with it and
        brings its next sync forward to ``retry_at``, so that the replies go out soon
        after the network is back; a round without one clears an earlier *sending*
        problem, never a fetch error.
        """
        now = self._clock.now()
        with self._db.write() as session:
            row = session.get(Account, account_id)
            if row is None:
                raise AccountNotFound(account_id)
            if problem is not None:
                row.status, row.last_error = STATUS_ERROR, problem
                if retry_at is not None and (row.next_sync is None or retry_at < row.next_sync):
                    row.next_sync = retry_at
            elif row.status == STATUS_ERROR and (row.last_error or "").startswith(SENDING_PREFIX):
                row.status, row.last_error = STATUS_OK, None
            change = ChangeSet.of(changes.ACCOUNT, changes.UPDATED, [account_id])
            changes.record(session, change, now, self._origin)
            return change

    def set_sync_interval(self, account_id: int, seconds: int) -> ChangeSet:
        """How often the account is synced (at least one minute)."""
        if seconds < MIN_SYNC_INTERVAL_S:
            raise InvalidValue(
                f"the sync interval is at least {MIN_SYNC_INTERVAL_S} seconds",
                code="account.interval_too_short",
                minimum=MIN_SYNC_INTERVAL_S,
            )
        with self._db.write() as session:
            session.execute(
                update(Account).where(Account.id == account_id).values(sync_interval_s=seconds)
            )
            change = ChangeSet.of(changes.ACCOUNT, changes.UPDATED, [account_id])
            changes.record(session, change, self._clock.now(), self._origin)
            return change

    def update_settings(self, account_id: int, settings: Mapping[str, Any]) -> ChangeSet:
        with self._db.write() as session:
            session.execute(
                update(Account)
                .where(Account.id == account_id)
                .values(settings_json=json.dumps(dict(settings), sort_keys=True))
            )
            change = ChangeSet.of(changes.ACCOUNT, changes.UPDATED, [account_id])
            changes.record(session, change, self._clock.now(), self._origin)
            return change
