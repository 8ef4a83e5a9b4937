"""Tone without the cloud: English scored by VADER, stars for reviews, other languages
unknown; computed when a batch is stored and once for messages stored before."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from socialinbox.app import AppContext
from socialinbox.core import tone
from socialinbox.core.inbox import InboxFilter
from socialinbox.storage.schema import Message
from tests.helpers import batch, message
from tests.sql_counter import counted_statements


@pytest.fixture
def account_id(context: AppContext) -> int:
    return context.writer.call(context.accounts.create, "demo", "Test").id


def _sentiments(context: AppContext) -> dict[str, float | None]:
    with context.db.read() as session:
        return {
            r.remote_id: r.sentiment
            for r in session.execute(select(Message.remote_id, Message.sentiment))
        }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The room was dirty and the staff were rude. Terrible stay, never again.", "negative"),
        ("Thank you so much, the breakfast was wonderful and the staff are lovely!", "positive"),
        ("What time does breakfast start on Saturday?", "neutral"),
    ],
)
def test_english_text_gets_its_tone(text, expected):
    assert tone.tone_of(tone.text_sentiment(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sehr schönes kleines Hotel mit viel Charme. Das Zimmer war sauber und ruhig.",
        "Hallo! Wir sind zu dritt mit dem Rad unterwegs und würden gern bei euch bleiben.",
        "Magnifique ! On a passé un week-end inoubliable chez vous, merci à toute l'équipe.",
        "Bonjour, nous arrivons samedi pour deux nuits. Notre fille est allergique aux noix.",
        "Buongiorno! Siamo una coppia di Milano e vorremmo venire per il nostro anniversario.",
        "Che bello! Il nuovo arrosto della domenica esiste anche in versione vegetariana?",
        "¡Hola Elena! Soy Carmen, estuvimos en la habitación 4 en Navidad. Gracias por todo.",
        "¡Sí, confírmala por favor! Y si el chef puede hacer algo con chocolate, mejor.",
        "😍😍😍",
        "",
    ],
)
def test_other_languages_and_wordless_text_stay_unknown(text):
    assert not tone.is_english(text)
    assert tone.text_sentiment(text) is None


def test_stars_decide_a_reviews_tone_in_any_language():
    german_praise = "Sehr schönes Hotel, das Frühstück war wunderbar."
    assert tone.message_sentiment("review", german_praise, 5) == 1.0
    assert tone.tone_of(tone.message_sentiment("review", "Lovely staff, lovely room", 2)) == (
        "negative"
    )
    assert tone.tone_of(tone.message_sentiment("review", german_praise, 3)) == "neutral"
    assert tone.tone_of(tone.message_sentiment("review", german_praise, 4)) == "positive"
    # No stars: an English review is read, another language is unknown.
    assert tone.message_sentiment("review", german_praise, None) is None
    assert tone.tone_of(tone.message_sentiment("review", "It was the worst stay ever", None)) == (
        "negative"
    )


def test_quoted_lines_of_an_e_mail_do_not_count():
    text = "Thanks, that is fine for us.\n\n> We are so sorry, this is terrible, awful news"
    assert tone.tone_of(tone.text_sentiment(text)) != "negative"


def test_ingest_scores_the_customers_messages_of_a_batch_without_a_query_per_message(
    context, account_id, clock
):
    now = clock.now()
    b = batch(
        message("en", now, text="This is the worst service I have ever had. Awful!"),
        message("de", now, text="Das Zimmer war sehr schön und wir kommen gern wieder."),
        message("review", now, text="Bof.", kind="review", rating=5),
        message("ours", now, text="We are so happy you loved it!", inbound=False),
        message("chat", now, text="It is a great day for the market", kind="context"),
    )
    with counted_statements(context.db) as statements:
        context.ingest.store_batch(account_id, b)
    scores = _sentiments(context)
    assert tone.tone_of(scores["en"]) == "negative"
    assert scores["de"] is None
    assert scores["review"] == 1.0
    assert scores["ours"] is None and scores["chat"] is None
    # The tone adds no statement: the rows are inserted with it.
    assert not any(s.startswith("UPDATE messages SET sentiment") for s in statements)


def test_an_edit_is_scored_again(context, account_id, clock):
    from datetime import timedelta

    t0 = clock.now()
    context.ingest.store_batch(account_id, batch(message("1", t0, text="Thanks, it was lovely!")))
    assert tone.tone_of(_sentiments(context)["1"]) == "positive"
    edited = message(
        "1",
        t0,
        text="Actually it was the worst night, awful and rude staff.",
        edited_at=t0 + timedelta(minutes=5),
    )
    context.ingest.store_batch(account_id, batch(edited))
    assert tone.tone_of(_sentiments(context)["1"]) == "negative"


def test_messages_stored_before_tones_existed_are_scored_once(context, account_id, clock):
    now = clock.now()
    context.ingest.store_batch(
        account_id,
        batch(
            message("old-en", now, text="This is the worst service I have ever had. Awful!"),
            message("old-it", now, text="Grazie mille, siamo molto contenti del soggiorno."),
        ),
    )
    # As a database migrated to 0007 has them: no score at all.
    with context.db.write() as session:
        session.execute(update(Message).values(sentiment=None))
    assert tone.earlier_messages_pending(context.db)
    change = context.writer.call(tone.score_earlier_messages, context.db, clock)
    scores = _sentiments(context)
    assert tone.tone_of(scores["old-en"]) == "negative" and scores["old-it"] is None
    [en_id] = [r.id for r in context.inbox.page(InboxFilter()) if r.preview.startswith("This")]
    assert change.ids("message") == {en_id}
    assert not tone.earlier_messages_pending(context.db)
    # Done means done: a later unknown row is not looked at again by the upkeep.
    with context.db.write() as session:
        session.execute(update(Message).values(sentiment=None))
    assert not context.writer.call(tone.score_earlier_messages, context.db, clock)


def test_the_faster_negation_check_gives_vaders_own_scores():
    """core.tone hands VADER's negation check only the words it reads; scores must not move."""
    import json

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from socialinbox.bundled import resource_path

    demo = json.loads(resource_path("demo", "demo_messages.json").read_text(encoding="utf-8"))
    texts = [m["text"] for m in demo["messages"] + demo["second_batch"] if m["text"]]
    texts += [
        "I was never so happy",
        "It is not bad at all",
        "Without doubt the best breakfast",
        "Never this good, not great, isn't it lovely",
        "NOT GOOD!!! at all. never so bad",
    ]
    stock = SentimentIntensityAnalyzer()
    assert [tone._vader().polarity_scores(t) for t in texts] == [
        stock.polarity_scores(t) for t in texts
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Das Zimmer war sehr schön und wir kommen gern wieder", "de"),
        ("La chambre était très belle, merci pour tout", "fr"),
        ("La camera era molto bella, grazie per tutto", "it"),
        ("La habitación fue muy bonita, gracias por todo", "es"),
        ("The room was lovely, thank you", "en"),
        ("Merci!", None),
        ("👍", None),
    ],
)
def test_the_language_of_a_message_is_told_by_its_function_words(text, language):
    assert tone.language_of(text) == language
