"""The front desk's quick lookup over 100,000 contacts (section 5 of ``tests.perf.bench``).

Contacts are generated from a fixed seed: made-up names from syllables, a handle
on a network, an e-mail address for half, a phone number for a third, a stay with
a room for a fifth and a pinned note for a tenth. Their lookup terms are built by
the real ``core.lookup.reindex_contacts``. Queries are the 2 or 3 first letters
of a name word, handle, e-mail address, phone digits or room, as a clerk types them.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import insert, text

from socialinbox.channels.registry import default_registry
from socialinbox.core import lookup
from socialinbox.core.front_desk import lookup_rows
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.storage.database import Database
from socialinbox.storage.schema import Contact, Identity, Note, Stay

SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "ta",
    "len",
    "sa",
    "vi",
    "do",
    "ne",
    "lu",
    "mar",
    "tin",
    "bel",
    "ro",
    "an",
    "el",
    "is",
    "ha",
    "jo",
    "fe",
    "ster",
    "wen",
    "gar",
    "dal",
    "pol",
    "nik",
    "tor",
    "ber",
    "sel",
    "mi",
    "ko",
    "ya",
    "zu",
    "qua",
    "ove",
]
NETWORKS = NetworkCatalogue(default_registry().network)
CHANNELS = ("mastodon", "bluesky", "x", "instagram", "telegram")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def build(folder: Path, count: int, seed: int = 11) -> tuple[Database, dict[str, list[str]]]:
    rng = random.Random(seed)
    db = Database(f"sqlite:///{folder / 'lookup.sqlite3'}")
    db.prepare()
    now = datetime.now(UTC)
    samples: dict[str, list[str]] = {"name": [], "handle": [], "email": [], "phone": [], "room": []}
    with db.write() as session:
        contacts, identities, stays, notes = [], [], [], []
        for cid in range(1, count + 1):
            first, last = _word(rng), _word(rng)
            contacts.append(
                {"id": cid, "display_name": f"{first} {last}", "vip": False,
                 "topics_json": "[]", "created_at": now, "updated_at": now}
            )  # fmt: skip
            handle = f"@{first.lower()}{rng.randint(1, 999)}"
            identities.append(
                {"channel": rng.choice(CHANNELS), "key": f"k{cid}", "handle": handle,
                 "display_name": f"{first} {last}", "contact_id": cid, "created_at": now}
            )  # fmt: skip
            samples["name"].append(rng.choice((first, last)))
            samples["handle"].append(handle)
            if cid % 2 == 0:
                email = f"{first.lower()}.{last.lower()}{cid}@example.org"
                identities.append(
                    {"channel": "email", "key": email, "handle": email, "display_name": None,
                     "contact_id": cid, "created_at": now}
                )  # fmt: skip
                samples["email"].append(email)
            if cid % 3 == 0:
                phone = f"+4930{cid:07d}"
                identities.append(
                    {"channel": "phone", "key": phone, "handle": phone, "display_name": None,
                     "contact_id": cid, "created_at": now}
                )  # fmt: skip
                samples["phone"].append(phone)
            if cid % 5 == 0:
                room = str(rng.randint(100, 699))
                stays.append(
                    {"import_key": f"res:B{cid}", "contact_id": cid, "reservation": f"B{cid}",
                     "guest_name": f"{first} {last}", "room": room,
                     "arrival": date(2026, 4, 3), "created_at": now, "updated_at": now}
                )  # fmt: skip
                samples["room"].append(room)
            if cid % 10 == 0:
                notes.append(
                    {"contact_id": cid, "text": NOTE_TEXTS[cid % len(NOTE_TEXTS)], "pinned": True,
                     "sensitive": False, "author": "bench", "created_at": now, "updated_at": now}
                )  # fmt: skip
        session.execute(insert(Contact), contacts)
        session.execute(insert(Identity), identities)
        session.execute(insert(Stay), stays)
        session.execute(insert(Note), notes)
        lookup.reindex_contacts(session, range(1, count + 1))
    with db.write() as session:
        session.execute(text("ANALYZE"))
    return db, samples


# What a tenth of the contacts have as a pinned note; the last words are searched for.
NOTE_TEXTS = (
    "prefers a quiet room",
    "loves the cornbread",
    "needs wheelchair access",
    "allergic to hazelnuts",
    "celebrates an anniversary in June",
    "brings a dog, Biscuit",
    "asks for oat milk",
)
NOTE_QUERIES = ("cornbread", "wheelchair", "hazelnut", "anniversary", "biscuit", "oat milk")


def _typed(kind: str, value: str, rng: random.Random) -> str:
    """What a clerk types: 2 or 3 first letters (digits of a phone after its +)."""
    if kind == "phone":
        value = value.lstrip("+")
    return value[: rng.choice((2, 3))]


def bench_lookup(
    count: int = 100_000, queries: int = 300, line: Callable[[str, str], None] | None = None
) -> float:
    """Prints the figures; returns the p95 in milliseconds."""
    show = line or (lambda label, value: print(f"  {label:<58} {value}", flush=True))
    print(f"\n5. Quick lookup over {count:,} contacts (2-3 letters typed)", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        db, samples = build(Path(folder), count)
        show("contacts generated and indexed", f"{time.perf_counter() - started:.1f} s")
        rng = random.Random(5)
        typed = [
            _typed(kind, rng.choice(samples[kind]), rng)
            for kind in rng.choices(list(samples), k=queries)
        ]
        for q in typed[:20]:  # warm the cache
            lookup_rows(db, NETWORKS, q)
        # What the Ctrl+K popup runs: the lookup, each contact's handles, e-mail,
        # phone and rooms, and (from three letters) the notes that say what was typed.
        timings, found = [], []
        for q in typed:
            t0 = time.perf_counter()
            rows = lookup_rows(db, NETWORKS, q)
            timings.append((time.perf_counter() - t0) * 1000)
            found.append(len(rows))
        note_timings = []
        for _ in range(10):
            for q in NOTE_QUERIES:
                t0 = time.perf_counter()
                lookup_rows(db, NETWORKS, q)
                note_timings.append((time.perf_counter() - t0) * 1000)
        db.dispose()
    note_timings.sort()
    show(
        f"{len(note_timings)} lookups of a word from a note (10,000 notes)",
        f"median {statistics.median(note_timings):.1f} ms, max {note_timings[-1]:.1f} ms",
    )
    timings.sort()
    p95 = statistics.quantiles(timings, n=20, method="inclusive")[18]
    show(
        f"{queries} lookups as Ctrl+K shows them, 20 max (target p95 <= 50 ms)",
        f"median {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms, max {timings[-1]:.1f} ms",
    )
    show("contacts per lookup", f"median {statistics.median(found):.0f}, min {min(found)}")
    return p95


if __name__ == "__main__":
    bench_lookup()
