"""Identities linked by hand take the form their network delivers; duplicates merged

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 05:00:00

Before this revision an identity linked by hand kept the text as typed:
``laura.bsky.social`` never met her posts (delivered as ``@laura.bsky.social``
with her DID), ``Anna@Mastodon.Social`` or a profile address never met
``anna@mastodon.social``, ``mailto:anna@example.com`` was taken for an address.
Her next message then made a second contact, without the notes the desk had
written on the first.

This revision rewrites those identities with a frozen copy of the networks'
rules as they are at this revision (``channels/*_network.py``,
``core/emails.py``; a migration never imports connectors or core), and where
the customer's messages already made a second contact, merges it into the
hand-made one — the card the desk wrote its notes on — recording the merge in
``contact_merges`` exactly as a merge from the card does, so "Undo merge" on the
card splits them again. Phone keys were already normalised by ``phonenumbers``
when linked and are left as they are.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote, urlsplit

import sqlalchemy as sa
from alembic import op

from socialinbox.storage.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

MERGE_AUTHOR = "Social Inbox (upgrade 0004)"

# -- the rules, frozen ---------------------------------------------------------------

_DID = re.compile(r"did:[a-z0-9]+:[A-Za-z0-9._:%-]+")
_BLUESKY_HANDLE = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]")
_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[\w-]+(?:\.[\w-]+)+")
# Networks whose user name is matched in lower case: (prefix, profile hosts).
_USER_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "x": ("@", ("x.com", "twitter.com")),
    "instagram": ("@", ("instagram.com",)),
    "telegram": ("@", ("t.me", "telegram.me")),
    "facebook": ("", ("facebook.com",)),
}


def _path_on(text: str, hosts: tuple[str, ...]) -> str | None:
    parts = urlsplit(text if "://" in text else f"https://{text}")
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if parts.scheme not in ("http", "https") or host not in hosts:
        return None
    return unquote(parts.path).strip("/")


def _mastodon(text: str) -> tuple[str | None, str | None] | None:
    value = text.strip()
    if "/" in value:
        parts = urlsplit(value if "://" in value else f"https://{value}")
        segments = [s for s in unquote(parts.path).split("/") if s]
        if segments and segments[0].startswith("@"):
            user = segments[0][1:]
        elif len(segments) >= 2 and segments[0] == "users":
            user = segments[1]
        else:
            return None
        value = user if "@" in user else f"{user}@{(parts.hostname or '').lower()}"
    value = value.lstrip("@").lower()
    user, at, server = value.partition("@")
    if not at or not user or not server or "@" in server or re.search(r"[\s/]", value):
        return None
    return value, f"@{value}"


def _bluesky(text: str) -> tuple[str | None, str | None] | None:
    value = text.strip()
    path = _path_on(value, ("bsky.app",))
    if path is not None:
        segments = path.split("/")
        if len(segments) < 2 or segments[0] != "profile":
            return None
        value = segments[1]
    elif value.startswith("at://"):
        value = value[5:].split("/", 1)[0]
    if _DID.fullmatch(value):
        return value, None
    handle = value.lstrip("@").lower()
    return (None, f"@{handle}") if _BLUESKY_HANDLE.fullmatch(handle) else None


def _email(text: str) -> tuple[str | None, str | None] | None:
    from email.utils import parseaddr

    value = text.strip()
    if value[:7].lower() == "mailto:":
        value = value[7:].split("?", 1)[0].strip()
    if "<" in value:
        value = parseaddr(value)[1]
    address = value.strip().rstrip(".").lower()
    return (address, address) if _EMAIL.fullmatch(address) else None


def _user_name(channel: str, text: str) -> tuple[str | None, str | None] | None:
    prefix, hosts = _USER_NAMES[channel]
    value = text.strip()
    path = _path_on(value, hosts)
    if path is not None:
        value = path.split("/", 1)[0]
    name = value.lstrip("@").strip().lower()
    if not name or re.search(r"[\s/@]", name):
        return None
    return None, f"{prefix}{name}"


def _typed(channel: str, text: str) -> tuple[str | None, str | None] | None:
    """(key, handle) as a hand link stores them from this revision on; None if ``text``
    names nobody by the rule (then the identity is left as it is)."""
    if channel == "mastodon":
        return _mastodon(text)
    if channel == "bluesky":
        return _bluesky(text)
    if channel == "email":
        return _email(text)
    if channel in _USER_NAMES:
        return _user_name(channel, text)
    return None


# -- the upgrade ---------------------------------------------------------------------


def upgrade() -> None:
    conn = op.get_bind()
    now = datetime.now(UTC)
    # Hand-linked identities never met by a message have no key; an e-mail identity's
    # key was the text as typed (lower case), so it is read again too.
    rows = conn.execute(
        sa.text(
            "SELECT id, channel, key, handle, contact_id FROM identities "
            "WHERE (key IS NULL AND channel IN ('mastodon', 'bluesky', 'x', 'instagram', "
            "'telegram', 'facebook')) OR channel = 'email' ORDER BY id"
        )
    ).all()
    for identity_id, channel, key, handle, contact_id in rows:
        typed = _typed(channel, key or handle or "")
        if typed is None or typed == (key, handle) or (key is not None and typed[0] == key):
            continue  # names nobody by the rule, or already in the form messages deliver
        new_key, new_handle = typed
        if new_key is not None:
            holder = conn.execute(
                sa.text(
                    "SELECT contact_id FROM identities "
                    "WHERE channel = :channel AND key = :key AND id != :id"
                ),
                {"channel": channel, "key": new_key, "id": identity_id},
            ).first()
        else:
            holder = conn.execute(
                sa.text(
                    "SELECT contact_id FROM identities WHERE channel = :channel "
                    "AND key IS NOT NULL AND lower(handle) = :handle ORDER BY id"
                ),
                {"channel": channel, "handle": new_handle},
            ).first()
        if holder is None:
            conn.execute(
                sa.text("UPDATE identities SET key = :key, handle = :handle WHERE id = :id"),
                {"key": new_key, "handle": new_handle, "id": identity_id},
            )
            continue
        # Her messages made a contact of their own: the identity that met them is there.
        # This one keeps the matching handle, without the key the other holds.
        conn.execute(
            sa.text("UPDATE identities SET key = NULL, handle = :handle WHERE id = :id"),
            {"handle": new_handle or new_key, "id": identity_id},
        )
        keep, other = _live(conn, contact_id), _live(conn, holder.contact_id)
        if keep != other:
            _merge(conn, keep, other, now)


def _live(conn: Any, contact_id: int) -> int:
    for _ in range(20):
        merged = conn.execute(
            sa.text("SELECT merged_into_id FROM contacts WHERE id = :id"), {"id": contact_id}
        ).scalar()
        if merged is None:
            return contact_id
        contact_id = merged
    return contact_id


def _ids(conn: Any, table: str, contact_id: int) -> list[int]:
    return list(
        conn.execute(
            sa.text(f"SELECT id FROM {table} WHERE contact_id = :c ORDER BY id"), {"c": contact_id}
        ).scalars()
    )


def _contact(conn: Any, contact_id: int) -> Any:
    return conn.execute(
        sa.text(
            "SELECT vip, preferred_channel, follow_up_at, topics_json, display_name "
            "FROM contacts WHERE id = :id"
        ).columns(
            sa.column("vip", sa.Boolean()),
            sa.column("preferred_channel", sa.String()),
            sa.column("follow_up_at", UTCDateTime()),
            sa.column("topics_json", sa.Text()),
            sa.column("display_name", sa.String()),
        ),
        {"id": contact_id},
    ).one()


def _merge(conn: Any, keep_id: int, other_id: int, now: datetime) -> None:
    """Move everything of ``other_id`` to ``keep_id`` and record it as the card's merge
    does (the same ``moved_json``), so that the card can undo it."""
    keep, other = _contact(conn, keep_id), _contact(conn, other_id)
    keep_triggers = set(
        conn.execute(
            sa.text('SELECT kind, "trigger" FROM reminders WHERE contact_id = :c'), {"c": keep_id}
        ).all()
    )
    reminders = [
        r.id
        for r in conn.execute(
            sa.text('SELECT id, kind, "trigger" FROM reminders WHERE contact_id = :c ORDER BY id'),
            {"c": other_id},
        )
        if (r.kind, r.trigger) not in keep_triggers
    ]

    def tags(contact_id: int) -> set[str]:
        return set(
            conn.execute(
                sa.text("SELECT tag FROM contact_tags WHERE contact_id = :c"), {"c": contact_id}
            ).scalars()
        )

    moved: dict[str, Any] = {
        "identities": _ids(conn, "identities", other_id),
        "notes": _ids(conn, "notes", other_id),
        "messages": _ids(conn, "messages", other_id),
        "reminders": reminders,
        "stays": _ids(conn, "stays", other_id),
        "outbox": _ids(conn, "outbox", other_id),
        "tags": sorted(tags(other_id) - tags(keep_id)),
        "keep_before": {
            "vip": bool(keep.vip),
            "preferred_channel": keep.preferred_channel,
            "follow_up_at": keep.follow_up_at.isoformat() if keep.follow_up_at else None,
            "topics_json": keep.topics_json,
            "display_name": keep.display_name,
        },
    }
    for table in ("identities", "notes", "messages", "reminders", "stays", "outbox"):
        for row_id in moved[table]:
            conn.execute(
                sa.text(f"UPDATE {table} SET contact_id = :keep WHERE id = :id"),
                {"keep": keep_id, "id": row_id},
            )
    for tag in moved["tags"]:
        conn.execute(
            sa.text("INSERT INTO contact_tags (contact_id, tag) VALUES (:c, :tag)"),
            {"c": keep_id, "tag": tag},
        )
    topics = json.loads(keep.topics_json or "[]")
    topics += [t for t in json.loads(other.topics_json or "[]") if t not in topics]
    follow_ups = [d for d in (keep.follow_up_at, other.follow_up_at) if d is not None]
    conn.execute(
        sa.text(
            "UPDATE contacts SET vip = :vip, preferred_channel = :preferred, "
            "topics_json = :topics, follow_up_at = :follow_up, updated_at = :now WHERE id = :id"
        ).bindparams(
            sa.bindparam("follow_up", type_=UTCDateTime()), sa.bindparam("now", type_=UTCDateTime())
        ),
        {
            "vip": bool(keep.vip or other.vip),
            "preferred": keep.preferred_channel or other.preferred_channel,
            "topics": json.dumps(topics),
            "follow_up": min(follow_ups) if follow_ups else None,
            "now": now,
            "id": keep_id,
        },
    )
    conn.execute(
        sa.text(
            "UPDATE contacts SET merged_into_id = :keep, updated_at = :now WHERE id = :id"
        ).bindparams(sa.bindparam("now", type_=UTCDateTime())),
        {"keep": keep_id, "now": now, "id": other_id},
    )
    conn.execute(
        sa.text(
            "INSERT INTO contact_merges (keep_id, other_id, moved_json, author, created_at) "
            "VALUES (:keep, :other, :moved, :author, :now)"
        ).bindparams(sa.bindparam("now", type_=UTCDateTime())),
        {
            "keep": keep_id,
            "other": other_id,
            "moved": json.dumps(moved),
            "author": MERGE_AUTHOR,
            "now": now,
        },
    )
    # The quick lookup finds the kept contact by what found the merged one (a merged
    # contact is listed nowhere); undoing the merge recomputes both.
    conn.execute(
        sa.text(
            "INSERT INTO contact_terms (term, contact_id) SELECT o.term, :keep "
            "FROM contact_terms o WHERE o.contact_id = :other AND NOT EXISTS "
            "(SELECT 1 FROM contact_terms k WHERE k.contact_id = :keep AND k.term = o.term)"
        ),
        {"keep": keep_id, "other": other_id},
    )
    conn.execute(sa.text("DELETE FROM contact_terms WHERE contact_id = :c"), {"c": other_id})


def downgrade() -> None:
    """The rewritten identities and the merges stay: they are what the desk meant, and each
    merge is undone from the card."""
