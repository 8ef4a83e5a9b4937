"""The tone of a customer's message, computed on this machine: ``messages.sentiment``.

The score runs from -1 (negative) to 1 (positive); None (NULL) means *unknown*.

- A review with a star rating (1–5) takes its tone from the stars, whatever its
  language: 1 star is -1, 2 stars -0.6, 3 stars 0, 4 stars 0.6, 5 stars 1.
- Any other inbound message written in English is scored by VADER (the
  ``vaderSentiment`` package, a lexicon and rules, no network): its compound score.
- Text in another language, or too short to tell, stays unknown: the app does not
  guess (``is_english`` is a small function-word check, see below).
- The business's own messages, context-only rows (a group chat's chatter) and calls or
  visits logged by hand (the staff's summary, not the customer's words) get no tone.

Thresholds, the one definition every feature uses (alerts, reminders, the list's
marker, the urgent order): a message is *negative* when its sentiment is below
:data:`NEGATIVE_BELOW` (-0.5), *positive* when above :data:`POSITIVE_ABOVE` (0.5); in
between it is neutral. 2 stars and fewer are negative, 4 and 5 stars positive.

When it is computed: at ingest, for the new rows of a batch before they are inserted
(:func:`add_tone`, no query of its own) and for a customer's edit; once, for the rows
stored before tones existed (:func:`score_earlier_messages`, in chunks). No text
leaves the machine.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final, Literal

from sqlalchemy import bindparam, select, true, update
from sqlalchemy.orm import Session

from socialinbox.clock import Clock
from socialinbox.core import changes
from socialinbox.core.changes import ChangeSet
from socialinbox.core.names import CONTEXT_KIND
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import upsert
from socialinbox.storage.schema import BusinessSetting, Message

# The table itself, for the executemany update that bypasses the ORM.
_MESSAGES = Message.metadata.tables[Message.__tablename__]

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

# The thresholds (see the module docstring). VADER's authors call a compound score
# beyond ±0.05 positive/negative; an inbox wants fewer, clearer marks than that: on the
# demo's English messages ±0.5 marks the complaint and the delighted ones and leaves
# questions and jokes ("the tart sounds dangerous", -0.48) neutral.
NEGATIVE_BELOW: Final = -0.5
POSITIVE_ABOVE: Final = 0.5

Tone = Literal["negative", "neutral", "positive"]

# Only the start of a long text is scored: a customer's mood shows in the first lines,
# and VADER's cost grows faster than the text (about 0.5 ms at 700 characters, 7–9 ms at
# 2,000 on this machine), so a batch of long e-mails stays cheap.
READ_CHARS: Final = 700
# The tone of each star rating: 1–2 stars negative, 3 neutral, 4–5 positive.
_STARS: Final[dict[int, float]] = {1: -1.0, 2: -0.6, 3: 0.0, 4: 0.6, 5: 1.0}

# -- tone from a score ----------------------------------------------------------------


def tone_of(sentiment: float | None) -> Tone | None:
    """ "negative", "neutral" or "positive" for a score; None when it is unknown."""
    if sentiment is None:
        return None
    if sentiment < NEGATIVE_BELOW:
        return "negative"
    if sentiment > POSITIVE_ABOVE:
        return "positive"
    return "neutral"


def rating_sentiment(rating: int | None) -> float | None:
    """The tone of a star rating (1–5 stars); None for no rating or another scale."""
    return None if rating is None else _STARS.get(rating)


# -- is it English? -------------------------------------------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that carry grammar, not meaning: every sentence has several, and each language
# has its own. A word two of these languages share is left out of the English list
# ("a", "in", "so", "an", "me", "no", "on", "was" — German "what", "will" — German "wants").
_FUNCTION_WORDS: Final[dict[str, frozenset[str]]] = {
    "en": _words(
        "the and is are were be been being you your yours we our ours us it its this that "
        "these those of to for with my i i'm it's not have has had but they their them at "
        "from very just would there what which who all or if can could do did does don't "
        "about any some than then when where why how he she his her him here out up "
        "should shall thank thanks"
    ),
    "de": _words(
        "der die das und ist nicht ich wir ihr sie es ein eine einen mit auf für zu von "
        "war sehr aber auch den dem im uns unser unsere mein meine haben hat wie noch "
        "sind bitte danke gern gerne nach wurde kein keine euch"
    ),
    "fr": _words(
        "le la les et est je nous vous un une des du pour avec pas ne très mais sur dans "
        "au aux ce cette été était il elle qui que notre nos votre vos merci bonjour "
        "sommes avons chez"
    ),
    "it": _words(
        "il lo la gli le e è di che non per un una con sono molto ma del della nel siamo "
        "ho abbiamo stato questo questa mi ci grazie vorremmo nostro nostra anche"
    ),
    "es": _words(
        "el la los las y es de que no en un una por para con muy pero del al fue estaba "
        "hemos nos su mi lo gracias estuvimos soy somos nuestro nuestra también"
    ),
}
# Each function word with the languages it belongs to (one dictionary lookup per word).
_LANGUAGES_OF: Final[dict[str, tuple[str, ...]]] = {
    word: tuple(language for language, words in _FUNCTION_WORDS.items() if word in words)
    for word in frozenset().union(*_FUNCTION_WORDS.values())
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Letters English never needs; each one is a vote for another language.
_FOREIGN_LETTERS = re.compile(r"[äöüßàâçéèêëîïôûùÿñ¿¡œæ]", re.IGNORECASE)
# The language check reads this much: a few dozen words decide it.
LANGUAGE_CHARS: Final = 600


def is_english(text: str) -> bool:
    """Whether ``text`` reads as English, judged by its function words.

    English when English function words outnumber those of German, French, Italian
    and Spanish (letters only those use count for them too) and there are enough of
    them for the text's length: two at least, or one in a text of up to five words.
    Anything else — another language, a mix, emoji alone, "Great stay!" — is not
    English (the caller then says unknown). Reads the first :data:`LANGUAGE_CHARS`."""
    sample = text[:LANGUAGE_CHARS].lower().replace("’", "'")
    words = _WORD.findall(sample)
    if not words:
        return False
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in words:
        for language in _LANGUAGES_OF.get(word, ()):
            counts[language] += 1
    english = counts.pop("en")
    if english == 0:
        return False
    other = max(counts.values()) + len(_FOREIGN_LETTERS.findall(sample))
    if english <= other:
        return False
    return english >= 2 or len(words) <= 5


def language_of(text: str) -> str | None:
    """The language ``text`` reads as ("en", "de", "fr", "it" or "es"), judged by its
    function words like :func:`is_english`; None when it is too short to tell or mixed.

    Another language wins with two of its function words at least and more than any
    other language has; English is decided by :func:`is_english`."""
    if is_english(text):
        return "en"
    sample = text[:LANGUAGE_CHARS].lower().replace("’", "'")
    counts = dict.fromkeys(_FUNCTION_WORDS, 0)
    for word in _WORD.findall(sample):
        for language in _LANGUAGES_OF.get(word, ()):
            counts[language] += 1
    del counts["en"]
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, votes), (_, runner_up) = ranked[0], ranked[1]
    return best if votes >= 2 and votes > runner_up else None


# -- VADER ------------------------------------------------------------------------------

_analyzer: SentimentIntensityAnalyzer | None = None
_analyzer_lock = threading.Lock()


def _vader() -> SentimentIntensityAnalyzer:
    """VADER's analyzer, built on first use (it reads its ~0.5 MB lexicon once)."""
    global _analyzer
    with _analyzer_lock:
        if _analyzer is None:
            _analyzer = _build_analyzer()
        return _analyzer


def _build_analyzer() -> SentimentIntensityAnalyzer:
    import os

    from vaderSentiment import vaderSentiment
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Stock

    class Analyzer(Stock):
        """VADER, with its negation check handed only the words it reads.

        For every word it weighs, VADER's ``_negation_check`` lowercases the whole text
        and then looks at the three words before the one weighed: the cost grew with the
        square of the text. Given those words alone (and the position moved to match),
        it returns the same valence."""

        @staticmethod
        def _negation_check(valence: float, words: list[str], start_i: int, i: int) -> float:
            first = max(0, i - 3)
            return float(Stock._negation_check(valence, words[first : i + 1], start_i, i - first))

    # Absolute paths: the package finds its files through its source file, which a
    # frozen bundle does not have (see build.spec).
    folder = os.path.dirname(os.path.abspath(vaderSentiment.__file__))
    return Analyzer(
        lexicon_file=os.path.join(folder, "vader_lexicon.txt"),
        emoji_lexicon=os.path.join(folder, "emoji_utf8_lexicon.txt"),
    )


def _without_quotes(text: str) -> str:
    """The customer's own words: quoted lines of an e-mail reply ("> …") are dropped."""
    if ">" not in text:
        return text
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(">"))


def text_sentiment(text: str) -> float | None:
    """VADER's compound score of an English text; None when the text is not English."""
    own = _without_quotes(text)[:READ_CHARS]
    if not is_english(own):
        return None
    return round(float(_vader().polarity_scores(own)["compound"]), 4)


def message_sentiment(kind: str, text: str, rating: int | None) -> float | None:
    """The sentiment of an inbound message: its stars when it has 1–5, else its text."""
    stars = rating_sentiment(rating)
    if stars is not None:
        return stars
    return text_sentiment(text)


def sentiment_of(inbound: bool, kind: str, text: str, rating: int | None) -> float | None:
    """The sentiment a stored message gets: a customer's item is scored
    (:func:`message_sentiment`); the business's own messages and context get None."""
    if not inbound or kind == CONTEXT_KIND:
        return None
    return message_sentiment(kind, text, rating)


# -- at ingest -----------------------------------------------------------------------


def add_tone(rows: Iterable[dict[str, Any]]) -> None:
    """Fill ``sentiment`` in new ``messages`` rows before they are inserted (ingest's
    batch): no query, the CPU of VADER for the English ones only."""
    for row in rows:
        row["sentiment"] = sentiment_of(row["inbound"], row["kind"], row["text"], row["rating"])


# -- once, for messages stored before tones existed ----------------------------------

# The business_settings row that remembers how far the one-time scoring got (the id of
# the last message looked at), and that it finished. Not a user-visible rule.
PROGRESS_KEY: Final = "tone_scored_through"
BACKFILL_CHUNK: Final = 2000


def earlier_messages_pending(db: Database) -> bool:
    """Whether the one-time scoring of older messages has not finished (a cheap read)."""
    with db.read() as session:
        return not _progress(session).get("done", False)


def score_earlier_messages(db: Database, clock: Clock, origin: str = "local") -> ChangeSet:
    """Score one chunk of the messages stored before tones were computed at ingest
    (those of migration 0007's databases): inbound rows with no score, in id order,
    from where the last chunk stopped. Returns what changed; call it (through the
    writer) until :func:`earlier_messages_pending` is False. Rows ingest stores from
    now on are scored there, so the walk ends."""
    with db.write() as session:
        progress = _progress(session)
        if progress.get("done", False):
            return changes.EMPTY
        after = int(progress.get("after_id", 0))
        rows = session.execute(
            select(Message.id, Message.inbound, Message.kind, Message.text, Message.rating)
            .where(
                Message.id > after,
                Message.inbound == true(),
                Message.sentiment.is_(None),
                Message.deleted_at.is_(None),
                # A call or visit logged by hand is the staff's summary, not the
                # customer's words: no tone.
                Message.logged_by.is_(None),
            )
            .order_by(Message.id)
            .limit(BACKFILL_CHUNK)
        ).all()
        scores = [
            {"message_id": r.id, "score": sentiment_of(r.inbound, r.kind, r.text, r.rating)}
            for r in rows
        ]
        scores = [s for s in scores if s["score"] is not None]
        if scores:
            session.connection().execute(
                update(_MESSAGES)
                .where(_MESSAGES.c.id == bindparam("message_id"))
                .values(sentiment=bindparam("score")),
                scores,
            )
        last = rows[-1].id if rows else after
        done = len(rows) < BACKFILL_CHUNK
        upsert(
            session,
            BusinessSetting,
            {"key": PROGRESS_KEY, "value_json": json.dumps({"after_id": last, "done": done})},
            key=["key"],
        )
        change = ChangeSet.of(changes.MESSAGE, changes.UPDATED, [s["message_id"] for s in scores])
        if change:
            changes.record(session, change, clock.now(), origin)
        return change


def _progress(session: Session) -> dict[str, Any]:
    stored = session.execute(
        select(BusinessSetting.value_json).where(BusinessSetting.key == PROGRESS_KEY)
    ).scalar()
    if stored is None:
        return {}
    value = json.loads(stored)
    return value if isinstance(value, dict) else {}
