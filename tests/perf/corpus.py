"""A synthetic corpus for the benchmarks, the same for every run (fixed seed).

Words are drawn from a Zipf distribution over a made-up vocabulary, about 200
characters per message, from 50,000 authors, with 5 % of messages arriving out
of order (created earlier than messages that arrived before them).
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from socialinbox.core.connector import AuthorRef, FetchedMessage

SEED = 20261125
AUTHORS = 50_000
VOCABULARY = 60_000
ZIPF_EXPONENT = 1.1
TARGET_CHARS = 200
OUT_OF_ORDER = 0.05
CHANNELS = ("mastodon", "x", "facebook", "instagram", "email", "telegram", "google_reviews")
START = datetime(2024, 1, 1, tzinfo=UTC)
STEP = timedelta(seconds=37)

_ONSETS = [
    "b",
    "c",
    "d",
    "f",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "z",
    "br",
    "ch",
    "gr",
    "st",
    "tr",
    "pl",
    "sh",
    "kl",
]
_VOWELS = ["a", "e", "i", "o", "u", "ai", "ou", "ea"]
_CODAS = ["", "n", "r", "s", "t", "l", "m", "k", "nd", "st"]


def vocabulary(rng: random.Random) -> list[str]:
    syllables = [o + v + c for o, v, c in itertools.product(_ONSETS, _VOWELS, _CODAS)]
    words: set[str] = set()
    ordered: list[str] = []
    while len(ordered) < VOCABULARY:
        word = "".join(rng.choice(syllables) for _ in range(rng.choice((1, 2, 2, 3, 3, 4))))
        if word not in words:
            words.add(word)
            ordered.append(word)
    return ordered


@dataclass
class Corpus:
    """Messages in arrival order, plus how many messages each word appears in."""

    messages: list[FetchedMessage]
    doc_frequency: Counter[str]

    def rare_word(self) -> str:
        """A word in at most 10 messages (but at least 3)."""
        candidates = sorted(w for w, n in self.doc_frequency.items() if 3 <= n <= 10)
        return candidates[len(candidates) // 2]

    def common_word(self) -> str:
        """The least frequent word that is still in at least 5 % of messages."""
        floor = 0.05 * len(self.messages)
        return min((n, w) for w, n in self.doc_frequency.items() if n >= floor)[1]

    def most_common_word(self) -> str:
        return self.doc_frequency.most_common(1)[0][0]

    def prefix(self) -> str:
        """Three letters that start the common word (a prefix query as a user types it)."""
        return self.common_word()[:3]

    def prefix_hits(self, prefix: str) -> int:
        return sum(1 for m in self.messages if any(w.startswith(prefix) for w in m.text.split()))


def generate(count: int, seed: int = SEED) -> Corpus:
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = list(
        itertools.accumulate(1.0 / (rank**ZIPF_EXPONENT) for rank in range(1, len(words) + 1))
    )
    authors = [
        AuthorRef(
            channel="mastodon",
            key=f"user{n}@example{n % 97}.social",
            handle=f"@user{n}@example{n % 97}.social",
            display_name=f"{rng.choice(words).title()} {rng.choice(words).title()}",
        )
        for n in range(AUTHORS)
    ]
    messages: list[FetchedMessage] = []
    frequency: Counter[str] = Counter()
    for i in range(count):
        text_words: list[str] = []
        length = -1
        while length < TARGET_CHARS:
            chunk = rng.choices(words, cum_weights=weights, k=3)
            text_words.extend(chunk)
            length += sum(len(w) + 1 for w in chunk)
        text = " ".join(text_words)
        frequency.update(set(text_words))
        created = START + STEP * i
        if rng.random() < OUT_OF_ORDER:
            created -= timedelta(minutes=rng.randint(5, 60 * 24 * 30))
        author = authors[rng.randrange(AUTHORS)]
        messages.append(
            FetchedMessage(
                remote_id=f"bench-{i}",
                channel=author.channel,
                kind="mention",
                author=author,
                text=text,
                created_at=created,
                thread_remote_id=f"bench-{i - i % 3}",
                url=f"https://example.social/@u/{i}",
            )
        )
    return Corpus(messages, frequency)


def batches(messages: list[FetchedMessage], size: int) -> Iterator[list[FetchedMessage]]:
    for start in range(0, len(messages), size):
        yield messages[start : start + size]
