"""Canned replies filled from what the app knows, refusing when a field is unknown.

A template is plain text with fields in braces: ``{first_name}``, ``{name}``,
``{channel}``, ``{business}``, ``{last_message_date}``, ``{answered_by}`` (how a
complaint was settled in private: "by e-mail", "on the phone"; known only to the
close-the-loop suggestion) and ``{note:LABEL}`` (the value of the customer's note
written as ``LABEL: value``). A field without a
value makes the whole template refuse, naming the field: never "Dear
{first_name}", never a guessed default. The outbox refuses any reply that
still holds a field, so a half-filled template cannot go out either.

A template may hold one text per language (``"texts": {"de": "…", "fr": "…"}`` beside
its ``"text"``, the text for any other language): a reply to a customer whose recent
messages read in one of those languages (:func:`~socialinbox.core.tone.language_of`)
gets that language's text, and ``{last_message_date}`` is written as that language
writes dates. A customer whose language is unknown gets ``"text"``.

Suggested replies (the reminders ``close_loop`` and ``thank_you``, see
``core.practice``) come from templates too: a stored template with ``"for":
"close_loop"`` (or ``"thank_you"``) is tried first, then the defaults of
:data:`DEFAULT_SUGGESTIONS`; the first whose fields all have a value is the
suggestion, so a customer known only by a handle gets the text without a name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from socialinbox.core.business_settings import BUSINESS_NAME, REPLY_TEMPLATES, BusinessSettings
from socialinbox.core.networks import NetworkCatalogue
from socialinbox.core.tone import language_of
from socialinbox.storage.database import Database
from socialinbox.storage.dialect import received_by
from socialinbox.storage.schema import Contact, Message, Note

FIELD = re.compile(r"\{([a-z_]+)(?::([^{}\n]+))?\}")
KNOWN_FIELDS = (
    "first_name",
    "name",
    "channel",
    "business",
    "last_message_date",
    "answered_by",
    "note",
)

# What a suggested reply is for: the reminder kinds of ``core.practice``.
CLOSE_LOOP_PURPOSE = "close_loop"
THANK_YOU_PURPOSE = "thank_you"
# Each purpose's built-in texts, tried in order after the business's own; the last of
# each needs no field, so a suggestion can always be made.
DEFAULT_SUGGESTIONS: dict[str, tuple[str, ...]] = {
    CLOSE_LOOP_PURPOSE: (
        "Glad we could sort this out {answered_by}, {first_name} — thank you for your patience.",
        "Glad we could sort this out {answered_by} — thank you for your patience.",
        "Glad we could sort this out — thank you for your patience.",
    ),
    THANK_YOU_PURPOSE: (
        "Thank you so much for your kind words, {first_name} — the whole team of "
        "{business} is delighted!",
        "Thank you so much for your kind words, {first_name} — it means a lot to the team!",
        "Thank you so much for your kind words — it means a lot to the team!",
    ),
}


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    text: str
    # The suggestion it makes ("close_loop", "thank_you"); None for a canned reply.
    purpose: str | None = None
    # (language, text) for the languages that have their own text, e.g. ("de", "Danke, …").
    texts: tuple[tuple[str, str], ...] = ()

    def text_for(self, language: str | None) -> str:
        """The text for a customer writing in ``language`` (None: unknown): that
        language's own text if there is one, else :attr:`text`."""
        return dict(self.texts).get(language or "", self.text)


@dataclass(frozen=True, slots=True)
class Filled:
    """The filled text, or None with the fields that had no value."""

    text: str | None
    missing: tuple[str, ...]

    def problem(self) -> str | None:
        if not self.missing:
            return None
        return "no value for " + ", ".join("{" + m + "}" for m in self.missing)


def field_name(match: re.Match[str]) -> str:
    return match.group(1) + (f":{match.group(2)}" if match.group(2) else "")


def unfilled_fields(text: str) -> list[str]:
    """Fields of known names still in ``text`` (a template that was not filled)."""
    return [field_name(m) for m in FIELD.finditer(text) if m.group(1) in KNOWN_FIELDS]


def fill(text: str, values: Mapping[str, str | None], notes: Mapping[str, str]) -> Filled:
    """Replace every field; unknown names and missing values are reported, not guessed."""
    missing: list[str] = []

    def value_of(match: re.Match[str]) -> str:
        name, label = match.group(1), match.group(2)
        if name == "note" and label:
            found = notes.get(label.strip().casefold())
        elif name in KNOWN_FIELDS and name != "note":
            found = values.get(name)
        else:
            found = None
        if not found:
            missing.append(field_name(match))
            return match.group(0)
        return found

    filled = FIELD.sub(value_of, text)
    if missing:
        return Filled(None, tuple(dict.fromkeys(missing)))
    return Filled(filled, ())


def first_name(display_name: str | None) -> str | None:
    """The first word of a real name; None for handles, addresses and single odd tokens."""
    if not display_name:
        return None
    words = display_name.split()
    if len(words) < 2 or any(ch in display_name for ch in "@.:/") or not words[0].isalpha():
        return None
    return words[0]


def labelled_notes(texts: list[str]) -> dict[str, str]:
    """Notes written as "label: value", by label (case-folded); the newest note wins."""
    found: dict[str, str] = {}
    for text in texts:
        label, sep, value = text.partition(":")
        if sep and label.strip() and value.strip() and len(label) <= 40:
            found.setdefault(label.strip().casefold(), value.strip())
    return found


def values_for_message(
    session: Session,
    message_id: int,
    business_name: str | None,
    networks: NetworkCatalogue,
    language: str | None = None,
) -> tuple[dict[str, str | None], dict[str, str]]:
    """What the app knows for a reply to ``message_id``: field values (dates written as
    ``language`` writes them) and labelled notes."""
    message = session.get(Message, message_id)
    if message is None:
        raise LookupError(f"there is no message with id {message_id}")
    values: dict[str, str | None] = {
        "channel": networks.label(message.channel),
        "business": business_name,
        "name": None,
        "first_name": None,
        "last_message_date": None,
    }
    notes: dict[str, str] = {}
    if message.contact_id is not None:
        contact = session.get(Contact, message.contact_id)
        if contact is not None:
            real = contact.display_name if first_name(contact.display_name) else None
            values["name"] = real
            values["first_name"] = first_name(contact.display_name)
        previous: datetime | None = session.execute(
            select(Message.created_at)
            .where(received_by(message.contact_id), Message.created_at < message.created_at)
            .order_by(Message.created_at.desc())
            .limit(1)
        ).scalar()
        if previous is not None:
            values["last_message_date"] = date_in(language, previous)
        texts = list(
            session.execute(
                select(Note.text)
                .where(Note.contact_id == message.contact_id, Note.deleted_at.is_(None))
                .order_by(Note.created_at.desc())
            ).scalars()
        )
        notes = labelled_notes(texts)
    return values, notes


def templates_from_setting(value: Any) -> list[Template]:
    """Stored templates (a JSON list of {name, text, texts?, for?}); anything malformed is
    skipped (a malformed or empty text of one language too)."""
    found = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, dict) and isinstance(item.get("name"), str):
            text = item.get("text")
            if isinstance(text, str) and text.strip():
                purpose = item.get("for")
                stored = item.get("texts")
                texts = tuple(
                    sorted(
                        (language, own)
                        for language, own in (stored if isinstance(stored, dict) else {}).items()
                        if isinstance(language, str) and isinstance(own, str) and own.strip()
                    )
                )
                found.append(
                    Template(
                        item["name"], text, purpose if isinstance(purpose, str) else None, texts
                    )
                )
    return found


def template_to_setting(template: Template) -> dict[str, Any]:
    """How a template is stored (the inverse of :func:`templates_from_setting`)."""
    stored: dict[str, Any] = {"name": template.name, "text": template.text}
    if template.texts:
        stored["texts"] = dict(template.texts)
    if template.purpose is not None:
        stored["for"] = template.purpose
    return stored


# The languages a template may have its own text for: those language_of can tell.
TEMPLATE_LANGUAGES = ("en", "de", "fr", "es", "it")
# How many of a customer's latest messages decide their language.
LANGUAGE_MESSAGES = 5
# {last_message_date} in each language a template may have a text for ("12 March 2026"
# in English; numbers elsewhere, which need no month names).
DATE_FORMATS = {"de": "%d.%m.%Y", "fr": "%d/%m/%Y", "es": "%d/%m/%Y", "it": "%d/%m/%Y"}


def customer_language(session: Session, contact_id: int) -> str | None:
    """The language the customer writes in, from their latest messages (one indexed
    query); None when unknown (too little text, mixed languages, no messages)."""
    texts = session.execute(
        select(Message.text)
        .where(received_by(contact_id))
        .order_by(Message.created_at.desc())
        .limit(LANGUAGE_MESSAGES)
    ).scalars()
    return language_of("\n".join(texts))


def date_in(language: str | None, day: datetime) -> str:
    """``day`` as a reply in ``language`` writes it (see :data:`DATE_FORMATS`)."""
    numeric = DATE_FORMATS.get(language or "")
    return day.strftime(numeric) if numeric else f"{day.day} {day:%B %Y}"


def suggestion(
    purpose: str, stored: Any, values: Mapping[str, str | None], notes: Mapping[str, str]
) -> str:
    """The suggested reply for ``purpose``: the first of the business's templates for it
    (``stored``: the ``reply_templates`` setting), then of the defaults, that fills."""
    texts = [t.text for t in templates_from_setting(stored) if t.purpose == purpose]
    texts.extend(DEFAULT_SUGGESTIONS[purpose])
    for text in texts:
        filled = fill(text, values, notes).text
        if filled is not None:
            return filled
    # The defaults' last text has no field: never reached.
    return DEFAULT_SUGGESTIONS[purpose][-1]


class Templates:
    """The business's canned replies, filled for one message. Reads only."""

    def __init__(
        self, db: Database, business: BusinessSettings, networks: NetworkCatalogue
    ) -> None:
        self._db = db
        self._business = business
        self._networks = networks

    def list_templates(self) -> list[Template]:
        return templates_from_setting(self._business.get(REPLY_TEMPLATES))

    def fill_for_message(self, text: str, message_id: int) -> Filled:
        with self._db.read() as session:
            values, notes = values_for_message(
                session, message_id, self._business.get(BUSINESS_NAME), self._networks
            )
        return fill(text, values, notes)

    def fill_template(self, template: Template, message_id: int) -> Filled:
        """``template`` filled for a reply to ``message_id``, in the customer's language
        when the template has a text for it (see the module's rules)."""
        with self._db.read() as session:
            message = session.get(Message, message_id)
            contact_id = message.contact_id if message is not None else None
            language = customer_language(session, contact_id) if contact_id is not None else None
            values, notes = values_for_message(
                session, message_id, self._business.get(BUSINESS_NAME), self._networks, language
            )
        return fill(template.text_for(language), values, notes)
