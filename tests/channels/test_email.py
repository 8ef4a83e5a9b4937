"""The e-mail connector against real servers: Dovecot (IMAP) and aiosmtpd (SMTP) on 127.0.0.1."""

# The server fixtures are imported by name, and tests take them as arguments.
# ruff: noqa: F811

from __future__ import annotations

import asyncio
import email
import email.policy
import http.server
import imaplib
import itertools
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from typing import ClassVar

import pytest
from sqlalchemy import select

from socialinbox.app import AppContext
from socialinbox.channels.email import EmailConnector, EmailConnectorFactory
from socialinbox.clock import SystemClock
from socialinbox.core.connector import (
    AccountConfig,
    AuthenticationError,
    ConnectorContext,
    FetchBatch,
    OfflineError,
    OutgoingReply,
    PermanentError,
    TransientError,
)
from socialinbox.storage.schema import Message
from tests.conftest import sync_once
from tests.helpers import assert_came_back_to, hand_linked_customer
from tests.servers.email_servers import (
    Dovecot,
    SmtpServer,
    dovecot,  # noqa: F401
    free_port,
    trust_test_certificate,  # noqa: F401
)

SHOP = "shop@example.test"
# aiosmtpd warns about AUTH without TLS: that is the loopback-only "none" mode under test.
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
_numbers = itertools.count(1)


# -- building mail ------------------------------------------------------------------------


def mail(
    subject: str = "Table for two",
    body: str = "Hello, do you have a table for two tonight?",
    *,
    sender: str = "Ann Customer <ann@example.org>",
    to: str = SHOP,
    message_id: str | None = None,
    in_reply_to: str | None = None,
    references: str | None = None,
    date: datetime | None = None,
) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(date or datetime.now(UTC) - timedelta(minutes=5))
    message["Message-ID"] = f"<{message_id or uuid.uuid4().hex + '@example.org'}>"
    if in_reply_to:
        message["In-Reply-To"] = f"<{in_reply_to}>"
    if references:
        message["References"] = references
    message.set_content(body)
    return message.as_bytes()


def raw_mail(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n" + body


# -- accounts on the test servers ---------------------------------------------------------


@pytest.fixture
def shop(dovecot: Dovecot) -> tuple[str, str]:
    """A fresh mailbox for this test: (address, password)."""
    return f"shop{next(_numbers)}@example.test", dovecot.password


@pytest.fixture
def customer() -> str:
    """A customer address whose mailbox (on the same Dovecot) is empty."""
    return f"ann{next(_numbers)}@example.org"


@pytest.fixture
def smtp(dovecot: Dovecot) -> Iterator[SmtpServer]:
    with SmtpServer(dovecot, "none") as server:
        yield server


def settings_for(
    dovecot: Dovecot,
    smtp: SmtpServer,
    address: str,
    security: str = "none",
    **overrides: str,
) -> dict[str, str]:
    imap_port = dovecot.tls_port if security == "tls" else dovecot.port
    host = "127.0.0.1" if security == "none" else "localhost"
    settings = {
        "address": address,
        "imap_host": host,
        "imap_port": str(imap_port),
        "smtp_host": host,
        "smtp_port": str(smtp.port),
        "username": address,
        "security": security,
    }
    settings.update(overrides)
    return settings


def connector(settings: dict[str, str], password: str, *, timeout: float = 10.0) -> EmailConnector:
    account = AccountConfig(1, str(uuid.uuid4()), "email", "Shop", settings=settings)
    context = ConnectorContext(account=account, secret=password, http=None, clock=SystemClock())
    return EmailConnector(context, timeout=timeout)


async def _collect(conn: EmailConnector, cursor: str | None) -> list[FetchBatch]:
    return [batch async for batch in conn.fetch(cursor)]


def collect(conn: EmailConnector, cursor: str | None = None) -> list[FetchBatch]:
    return asyncio.run(_collect(conn, cursor))


def last_cursor(batches: list[FetchBatch], previous: str | None = None) -> str | None:
    cursors = [b.cursor for b in batches if b.cursor is not None]
    return cursors[-1] if cursors else previous


def messages_of(batches: list[FetchBatch]) -> list:
    return [m for b in batches for m in b.messages]


# -- signing in -------------------------------------------------------------------------


def test_verify_signs_in_to_imap_and_smtp_and_finds_the_sent_folder(dovecot, smtp, shop):
    address, password = shop
    verified = asyncio.run(connector(settings_for(dovecot, smtp, address), password).verify())
    assert verified.handle == address
    assert verified.settings == {"sent_folder": "Sent"}


def test_a_wrong_password_is_one_clear_refusal_that_never_shows_it(dovecot, smtp, shop):
    address, _password = shop
    wrong = "Wr0ng-Secret-4711"
    with pytest.raises(AuthenticationError) as refused:
        asyncio.run(connector(settings_for(dovecot, smtp, address), wrong).verify())
    assert str(refused.value) == "the server refused the user name or password (IMAP)"
    assert wrong not in repr(refused.value)


def test_a_user_name_with_spaces_or_quotes_is_sent_as_an_imap_string(dovecot, smtp, shop):
    """LOGIN takes two astrings (RFC 3501 section 6.2.3): a user name with a space or a quote
    must be quoted, or the server sees a broken command instead of a user it may refuse.
    (A Dovecot of its own: its refusals must not slow the other tests' sign-ins, as
    Dovecot delays every login from an address after failed ones.)"""
    address, _password = shop
    with Dovecot() as own:
        for username in ("Front Desk", 'shop "main"'):
            settings = settings_for(own, smtp, address, username=username)
            with pytest.raises(AuthenticationError, match=r"refused the user name or password"):
                asyncio.run(connector(settings, own.password).verify())


def test_an_smtp_server_refusing_the_password_is_an_authentication_error(dovecot, shop):
    address, password = shop
    with SmtpServer(dovecot, "none", passwords={address: "another"}) as smtp:
        conn = connector(settings_for(dovecot, smtp, address), password)
        with pytest.raises(AuthenticationError, match=r"\(SMTP\)") as refused:
            asyncio.run(conn.verify())
    assert password not in str(refused.value)


@pytest.mark.usefixtures("trust_test_certificate")
@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_encrypted_connections_fetch_and_send(dovecot, shop, security):
    address, password = shop
    dovecot.deliver(address, mail(subject=f"Over {security}"))
    with SmtpServer(dovecot, security) as smtp:
        conn = connector(settings_for(dovecot, smtp, address, security), password)
        assert asyncio.run(conn.verify()).handle == address
        (fetched,) = messages_of(collect(conn))
        assert fetched.subject == f"Over {security}"
        reply = OutgoingReply("Yes!", "email", fetched.remote_id, None, "ann@example.org")
        asyncio.run(conn.send(reply, "k1"))
        assert len(smtp.accepted) == 1 and smtp.accepted[0].login == address


def test_an_untrusted_certificate_is_refused(dovecot, shop):
    address, password = shop
    with SmtpServer(dovecot, "tls") as smtp:
        conn = connector(settings_for(dovecot, smtp, address, "tls"), password)
        with pytest.raises(PermanentError, match="certificate"):
            asyncio.run(conn.verify())


@pytest.mark.parametrize("host", ["mail.example.org", "192.168.1.10"])
def test_unencrypted_mail_is_refused_for_a_server_elsewhere(host):
    settings = {
        "address": SHOP,
        "imap_host": host,
        "imap_port": "143",
        "smtp_host": host,
        "smtp_port": "25",
        "username": SHOP,
        "security": "none",
    }
    with pytest.raises(PermanentError, match=r"security=none .* only .* this computer"):
        asyncio.run(connector(settings, "pw").verify())


def test_a_server_that_is_not_there_is_offline(dovecot, shop):
    address, password = shop
    settings = {
        "address": address,
        "imap_host": "127.0.0.1",
        "imap_port": str(free_port()),
        "smtp_host": "127.0.0.1",
        "smtp_port": str(free_port()),
        "username": address,
        "security": "none",
    }
    with pytest.raises(OfflineError):
        asyncio.run(connector(settings, password).verify())


# -- fetching ------------------------------------------------------------------------------


def test_250_new_mails_come_in_batches_without_gaps_after_an_earlier_sync(dovecot, smtp, shop):
    address, password = shop
    conn = connector(settings_for(dovecot, smtp, address), password)
    dovecot.deliver(address, *(mail(subject=f"early {i}") for i in range(3)))
    first = collect(conn)
    cursor = last_cursor(first)
    assert len(messages_of(first)) == 3

    dovecot.deliver(address, *(mail(subject=f"late {i}") for i in range(250)))
    batches = [b for b in collect(conn, cursor) if b.messages]
    # Inbox batches of at most 100 (the Sent folder is empty).
    assert [len(b.messages) for b in batches] == [100, 100, 50]
    subjects = [m.subject for m in messages_of(batches)]
    assert subjects == [f"late {i}" for i in range(250)]

    # A sync interrupted after its first batch resumes exactly where that batch ended.
    resumed = messages_of(collect(conn, batches[0].cursor))
    assert [m.subject for m in resumed] == [f"late {i}" for i in range(100, 250)]


def test_the_uid_star_quirk_fetches_nothing_twice(dovecot, smtp, shop):
    address, password = shop
    conn = connector(settings_for(dovecot, smtp, address), password)
    dovecot.deliver(address, mail(), mail())
    cursor = last_cursor(collect(conn))
    # The server really answers "UID 3:*" with the last message, UID 2.
    with dovecot.imap(address) as client:
        client.select("INBOX")
        assert client.uid("SEARCH", "UID", "3:*")[1] == [b"2"]
    again = collect(conn, cursor)
    assert messages_of(again) == []


def test_a_changed_uidvalidity_rereads_the_folder_without_duplicates(
    context: AppContext, dovecot, smtp, shop
):
    address, password = shop
    account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(account.uuid, password)
    dovecot.deliver(address, *(mail(subject=f"before {i}") for i in range(3)))
    (result,) = sync_once(context)
    assert result.ok and result.new == 3, result.detail

    dovecot.set_uidvalidity(address, 4242)
    dovecot.deliver(address, mail(subject="after the change"))
    (result,) = sync_once(context)
    assert result.ok and result.new == 1, result.detail
    with context.db.read() as session:
        subjects = sorted(session.scalars(select(Message.subject)))
    assert subjects == ["after the change", "before 0", "before 1", "before 2"]
    assert '"uidvalidity": 4242' in (context.accounts.cursor(account.id) or "")


def deliver_dated(dovecot: Dovecot, address: str, raw: bytes, arrived: datetime, mailbox: str):
    """Put a message into a folder with the arrival date (INTERNALDATE) it had long ago."""
    with dovecot.imap(address) as client:
        status, detail = client.append(mailbox, "", imaplib.Time2Internaldate(arrived), raw)
        assert status == "OK", detail


@pytest.mark.parametrize("mailbox", ["INBOX", "Sent"])
def test_a_mailbox_with_only_old_mail_stays_old_after_the_first_sync(dovecot, smtp, shop, mailbox):
    """The first sync reads the last 30 days only; finding nothing there must not make the
    next sync read the whole history (years of old mail) as if it were new."""
    address, password = shop
    conn = connector(settings_for(dovecot, smtp, address), password)
    long_ago = datetime.now(UTC) - timedelta(days=400)
    for i in range(3):
        old = mail(
            f"old {i}",
            sender=address if mailbox == "Sent" else "ann@example.org",
            to="ann@example.org" if mailbox == "Sent" else address,
            date=long_ago,
        )
        deliver_dated(dovecot, address, old, long_ago, mailbox)
    first = collect(conn)
    assert messages_of(first) == []

    dovecot.deliver(address, mail("new one"))
    second = messages_of(collect(conn, last_cursor(first)))
    assert [m.subject for m in second] == ["new one"]


def test_multipart_alternative_shows_the_plain_text(dovecot, smtp, shop):
    address, password = shop
    message = EmailMessage()
    message["From"] = "Bo <bo@example.org>"
    message["To"] = address
    message["Subject"] = "Menu"
    message["Message-ID"] = "<alt-1@example.org>"
    message.set_content("Plain: is the cornbread gluten-free?")
    message.add_alternative("<p>HTML: is the <b>cornbread</b> gluten-free?</p>", subtype="html")
    message.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="menu.pdf")
    dovecot.deliver(address, message.as_bytes())
    (fetched,) = messages_of(collect(connector(settings_for(dovecot, smtp, address), password)))
    assert fetched.text == "Plain: is the cornbread gluten-free?\n\n[attachment: menu.pdf]"
    assert fetched.remote_id == "alt-1@example.org" and fetched.kind == "email"
    assert fetched.author.key == "bo@example.org" and fetched.author.display_name == "Bo"


class _CountingHandler(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def test_html_only_mail_is_text_without_scripts_styles_or_remote_content(dovecot, smtp, shop):
    address, password = shop
    tracker = http.server.HTTPServer(("127.0.0.1", 0), _CountingHandler)
    threading.Thread(target=tracker.serve_forever, daemon=True).start()
    pixel = f"http://127.0.0.1:{tracker.server_port}/pixel.gif"
    html = (
        "<html><head><style>p { color: red }</style>"
        f'<link rel="stylesheet" href="{pixel}?css"></head><body>'
        "<script>alert('x')</script><p>Our room was <i>lovely</i>.</p>"
        f'<img src="{pixel}" alt="logo"><img src="{pixel}?2">'
        '<p>See <a href="https://example.org/stay">our stay</a></p></body></html>'
    )
    message = EmailMessage()
    message["From"] = "cy@example.org"
    message["To"] = address
    message["Subject"] = "Thanks"
    message.set_content(html, subtype="html")
    dovecot.deliver(address, message.as_bytes())
    try:
        (fetched,) = messages_of(collect(connector(settings_for(dovecot, smtp, address), password)))
    finally:
        tracker.shutdown()
        tracker.server_close()
    assert fetched.text == (
        "Our room was lovely.\n\n[logo]\n\nSee our stay (https://example.org/stay)"
    )
    assert "alert" not in fetched.text and "color" not in fetched.text
    assert _CountingHandler.hits == []


def test_odd_charsets_and_broken_bytes_are_read_never_fatal(dovecot, smtp, shop):
    address, password = shop
    dovecot.deliver(
        address,
        raw_mail(
            "From: dee@example.org\nSubject: cp1252\nMessage-ID: <cp@x>\n"
            "Content-Type: text/plain; charset=windows-1252\n"
            "Content-Transfer-Encoding: quoted-printable\n",
            b"Caf=E9 cr=E8me =80 5\r\n",
        ),
        raw_mail(
            "From: eiko@example.jp\nSubject: =?ISO-2022-JP?B?GyRCJDMkcyRLJEEkTxsoQg==?=\n"
            "Message-ID: <jp@x>\nContent-Type: text/plain; charset=ISO-2022-JP\n"
            "Content-Transfer-Encoding: 7bit\n",
            "こんにちは、予約です".encode("iso-2022-jp") + b"\r\n",
        ),
        raw_mail(
            "From: fay@example.org\nSubject: broken\nMessage-ID: <broken@x>\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n",
            b"ok \xff\xfe then \xc3(\r\n",
        ),
        raw_mail(
            "From: gus@example.org\nSubject: unknown\nMessage-ID: <unknown@x>\n"
            "Content-Type: text/plain; charset=x-no-such-charset\n"
            "Content-Transfer-Encoding: base64\n",
            b"aGVsbG8gdGhlcmU=\r\n",
        ),
    )
    fetched = {
        m.remote_id: m
        for m in messages_of(collect(connector(settings_for(dovecot, smtp, address), password)))
    }
    assert fetched["cp@x"].text == "Café crème € 5"
    assert (
        fetched["jp@x"].subject == "こんにちは" and fetched["jp@x"].text == "こんにちは、予約です"
    )
    assert fetched["broken@x"].text.startswith("ok \ufffd") and "then" in fetched["broken@x"].text
    assert fetched["unknown@x"].text == "hello there"


def test_mislabelled_charsets_read_as_mail_programs_read_them(dovecot, smtp, shop):
    """Old mailers write raw Latin-1 headers, label Windows-1252 text (curly quotes, €) as
    ISO-8859-1, and GBK text as GB2312: readers show the intended characters (the WHATWG
    Encoding Standard maps those labels to the wider encodings), and so must the inbox."""
    address, password = shop
    dovecot.deliver(
        address,
        b"From: Jos\xe9 Garc\xeda <jose@example.org>\r\nSubject: R\xe9servation caf\xe9\r\n"
        b"Message-ID: <raw@x>\r\n\r\nJ'arrive \xe0 8h.\r\n",
        raw_mail(
            "From: kim@example.org\nSubject: quotes\nMessage-ID: <latin@x>\n"
            "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: 8bit\n",
            b"We \x93love\x94 the cornbread \x96 \x80 5 well spent\r\n",
        ),
        raw_mail(
            "From: zhu@example.cn\nSubject: gb\nMessage-ID: <gb@x>\n"
            "Content-Type: text/plain; charset=gb2312\nContent-Transfer-Encoding: 8bit\n",
            "朱镕基先生预订".encode("gbk") + b"\r\n",
        ),
    )
    fetched = {
        m.remote_id: m
        for m in messages_of(collect(connector(settings_for(dovecot, smtp, address), password)))
    }
    assert fetched["raw@x"].subject == "Réservation café"
    assert fetched["raw@x"].author.display_name == "José García"
    assert fetched["raw@x"].text == "J'arrive à 8h."
    assert fetched["latin@x"].text == "We “love” the cornbread – € 5 well spent"
    assert fetched["gb@x"].text == "朱镕基先生预订"


def test_rfc2047_subjects_and_names_are_decoded(dovecot, smtp, shop):
    address, password = shop
    dovecot.deliver(
        address,
        raw_mail(
            "From: =?utf-8?q?Zo=C3=AB_M=C3=BCller?= <zoe@example.org>\n"
            "Subject: =?utf-8?B?w5xiZXJuYWNodHVuZw==?= =?iso-8859-1?q?_f=FCr_zwei?=\n"
            "Message-ID: <q@x>\n",
            b"Hallo\r\n",
        ),
    )
    (fetched,) = messages_of(collect(connector(settings_for(dovecot, smtp, address), password)))
    assert fetched.subject == "Übernachtung für zwei"
    assert fetched.author.display_name == "Zoë Müller"


def test_mail_without_a_sender_is_set_aside_and_the_rest_stored(dovecot, smtp, shop):
    address, password = shop
    dovecot.deliver(address, raw_mail("Subject: who?\nMessage-ID: <anon@x>\n", b"?\r\n"), mail())
    batches = collect(connector(settings_for(dovecot, smtp, address), password))
    assert len(messages_of(batches)) == 1
    (bad,) = [item for b in batches for item in b.malformed]
    assert "no sender" in bad.error and "who?" in bad.payload


def test_mail_in_sent_marks_the_customer_answered(context: AppContext, dovecot, smtp, shop):
    address, password = shop
    account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(account.uuid, password)
    dovecot.deliver(address, mail(message_id="q1@example.org"), mail(message_id="q2@example.org"))
    # Answered from a phone: the reply sits in the account's Sent folder.
    answer = mail(
        "Re: Table for two",
        "Yes, see you at eight.",
        sender=address,
        to="ann@example.org",
        in_reply_to="q1@example.org",
        references="<q1@example.org>",
        date=datetime.now(UTC),
    )
    dovecot.deliver(address, answer, mailbox="Sent")
    (result,) = sync_once(context)
    assert result.ok, result.detail
    with context.db.read() as session:
        rows = {m.remote_id: m for m in session.scalars(select(Message))}
    assert rows["q1@example.org"].needs_reply is False
    assert rows["q2@example.org"].needs_reply is True
    reply = next(m for m in rows.values() if not m.inbound)
    assert reply.text == "Yes, see you at eight." and reply.thread_key.endswith("q1@example.org")


# -- sending ------------------------------------------------------------------------------


def test_a_reply_arrives_once_with_its_headers_and_a_copy_in_sent(dovecot, smtp, shop, customer):
    address, password = shop
    dovecot.deliver(
        address,
        mail(
            "Re: Re: RE: Table for two",
            message_id="q3@example.org",
            in_reply_to="root@example.org",
            references="<root@example.org> <mid@example.org>",
        ),
    )
    conn = connector(settings_for(dovecot, smtp, address), password)
    reply = OutgoingReply(
        "See you at eight.", "email", "q3@example.org", "root@example.org", customer
    )
    receipt = asyncio.run(conn.send(reply, "item-7-key"))
    message_id = f"outbox-item-7-key@{address.split('@')[1]}"
    assert receipt.remote_id == message_id

    (accepted,) = smtp.accepted
    assert accepted.mail_from == address and accepted.rcpt_tos == [customer]
    sent = email.message_from_bytes(accepted.content, policy=email.policy.default)
    assert sent["Message-ID"] == f"<{message_id}>"
    assert sent["In-Reply-To"] == "<q3@example.org>"
    assert sent["References"] == "<root@example.org> <mid@example.org> <q3@example.org>"
    assert sent["Subject"] == "Re: Table for two"
    assert sent["From"] == address and sent["To"] == customer and sent["Date"]
    assert sent.get_content().strip() == "See you at eight."
    # The customer got it once; the account keeps one copy, marked read.
    assert len(dovecot.fetch_all(customer)) == 1
    (copy,) = dovecot.fetch_all(address, "Sent")
    assert f"<{message_id}>".encode() in copy
    assert "\\Seen" in dovecot.flags(address, "Sent")[0]

    # The copy comes back as the account's own message, under the same remote id.
    own = [m for m in messages_of(collect(conn)) if not m.inbound]
    assert [m.remote_id for m in own] == [message_id]
    assert own[0].in_reply_to_remote_id == "q3@example.org"


def test_a_reply_goes_to_the_reply_to_address_of_a_contact_form_mail(dovecot, smtp, shop, customer):
    """A website form writes From its own no-reply address, with the guest in Reply-To."""
    address, password = shop
    form = EmailMessage()
    form["From"] = "Website form <noreply@forms.example>"
    form["Reply-To"] = f"Guest <{customer}>"
    form["To"] = address
    form["Subject"] = "Booking request"
    form["Message-ID"] = "<form-1@forms.example>"
    form["Date"] = format_datetime(datetime.now(UTC) - timedelta(minutes=5))
    form.set_content("Name: Guest\nTwo nights in May, please.")
    dovecot.deliver(address, form.as_bytes())
    conn = connector(settings_for(dovecot, smtp, address), password)
    reply = OutgoingReply(
        "We have two nights for you.",
        "email",
        "form-1@forms.example",
        "form-1@forms.example",
        "noreply@forms.example",
    )
    asyncio.run(conn.send(reply, "item-9-key"))
    (accepted,) = smtp.accepted
    assert accepted.rcpt_tos == [customer]
    sent = email.message_from_bytes(accepted.content, policy=email.policy.default)
    assert sent["To"] == f"Guest <{customer}>" and sent["Subject"] == "Re: Booking request"
    assert dovecot.fetch_all("noreply@forms.example") == []


def test_a_reply_threads_under_the_message_answered_not_one_whose_id_contains_its_id(
    dovecot, smtp, shop, customer
):
    """IMAP's SEARCH HEADER matches a substring (RFC 3501 section 6.4.4): <1@…> is found in
    <11@…> too. The reply must take the subject and references of the message it answers."""
    address, password = shop
    dovecot.deliver(
        address,
        mail("Table for two", message_id="1@example.org"),
        mail("Lost umbrella", message_id="11@example.org", references="<u0@example.org>"),
    )
    reply = OutgoingReply("See you at eight.", "email", "1@example.org", None, customer)
    asyncio.run(connector(settings_for(dovecot, smtp, address), password).send(reply, "k-1"))
    (accepted,) = smtp.accepted
    sent = email.message_from_bytes(accepted.content, policy=email.policy.default)
    assert sent["Subject"] == "Re: Table for two"
    assert sent["In-Reply-To"] == "<1@example.org>" and sent["References"] == "<1@example.org>"


def test_find_sent_after_a_crash_finds_the_reply_by_its_message_id(dovecot, smtp, shop):
    address, password = shop
    settings = settings_for(dovecot, smtp, address)
    reply = OutgoingReply("Thanks!", "email", None, None, "ann@example.org", "Hello")
    asyncio.run(connector(settings, password).send(reply, "crash-key"))
    # A new process that never learnt the outcome asks before sending again.
    later = connector(settings, password)
    found = asyncio.run(later.find_sent(reply, "crash-key"))
    assert found is not None and found.remote_id == f"outbox-crash-key@{address.split('@')[1]}"
    assert found.sent_at is not None
    assert asyncio.run(later.find_sent(reply, "never-sent")) is None
    assert len(smtp.accepted) == 1


@pytest.mark.parametrize(
    ("refusal", "error"),
    [("554 5.7.1 Message rejected", PermanentError), ("451 4.3.0 Try later", TransientError)],
)
def test_smtp_refusals_are_permanent_or_transient(dovecot, smtp, shop, refusal, error):
    address, password = shop
    smtp.behaviour.refuse_data = refusal
    reply = OutgoingReply("Hi", "email", None, None, "ann@example.org", "Hello")
    with pytest.raises(error, match=refusal.split()[0]) as raised:
        asyncio.run(connector(settings_for(dovecot, smtp, address), password).send(reply, "k"))
    assert not raised.value.may_have_reached_server
    assert dovecot.fetch_all(address, "Sent") == []


def test_no_answer_after_the_message_was_handed_over_is_an_unknown_outcome(dovecot, smtp, shop):
    address, password = shop
    smtp.behaviour.hang_after_data = 3.0
    conn = connector(settings_for(dovecot, smtp, address), password, timeout=1.0)
    reply = OutgoingReply("Hi", "email", None, None, "ann@example.org", "Hello")
    with pytest.raises(TransientError) as unanswered:
        asyncio.run(conn.send(reply, "k"))
    assert unanswered.value.may_have_reached_server


# -- IDLE ------------------------------------------------------------------------------------


def test_new_mail_wakes_the_engine_through_idle(context: AppContext, dovecot, smtp, shop):
    address, password = shop
    account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(account.uuid, password)

    def stored() -> int:
        with context.db.read() as session:
            return len(session.scalars(select(Message.id)).all())

    async def scenario() -> float:
        engine = context.sync_engine()
        stop = asyncio.Event()
        # Without IDLE the next sync would come after the account's 5-minute interval.
        running = asyncio.create_task(engine.run_forever(stop, max_sleep=600))
        try:
            loop = asyncio.get_running_loop()
            while context.accounts.get(account.id).last_sync is None:
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # the watcher is in IDLE by now
            started = loop.time()
            await asyncio.to_thread(dovecot.deliver, address, mail(subject="Are you open?"))
            while stored() == 0:
                assert loop.time() - started < 15, "the new mail did not wake the engine"
                await asyncio.sleep(0.05)
            return loop.time() - started
        finally:
            stop.set()
            await asyncio.wait_for(running, 10)
            await engine.aclose()

    assert asyncio.run(scenario()) < 15


def test_the_factory_describes_the_account_form():
    factory = EmailConnectorFactory()
    assert (factory.kind, factory.label, factory.channels) == (
        "email",
        "E-mail (IMAP/SMTP)",
        ("email", "yelp", "tripadvisor", "booking"),  # review sites' notification e-mails
    )
    assert factory.needs_secret and factory.secret_label == "Password"
    assert "app password" in factory.secret_help
    assert factory.base_url_label is None and factory.handle_label is None
    fields = {f.key: f for f in factory.setting_fields}
    assert list(fields) == [
        "address",
        "imap_host",
        "imap_port",
        "smtp_host",
        "smtp_port",
        "username",
        "security",
        "sent_folder",
    ]
    assert fields["security"].default == "tls" and not fields["security"].required
    assert not fields["sent_folder"].required


def test_the_business_own_mail_in_the_inbox_is_not_a_customer_message(dovecot, smtp, shop):
    address, password = shop
    dovecot.deliver(address, mail(sender=f"Shop <{address.upper()}>", to=address), mail())
    fetched = messages_of(collect(connector(settings_for(dovecot, smtp, address), password)))
    assert sorted(m.inbound for m in fetched) == [False, True]


def test_a_send_cut_off_by_a_crash_is_found_in_sent_and_not_sent_again(
    context: AppContext, clock, dovecot, smtp, shop, customer
):
    address, password = shop
    account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(account.uuid, password)
    dovecot.deliver(address, mail(sender=customer, message_id="ask@example.org"))
    (result,) = sync_once(context)
    assert result.ok and result.new == 1, result.detail
    with context.db.read() as session:
        message_id = session.scalars(select(Message.id)).one()
    item = context.writer.call(
        context.outbox.create_reply, message_id, "Yes, we have a table.", "tester", approve=True
    ).item

    # Another process claimed the reply and sent it, then died before recording the outcome.
    claim = context.writer.call(context.delivery.claim_next, account.id, owner="elsewhere:1")
    assert claim is not None and claim.item.id == item.id
    crashed = context.sync_engine()

    async def send_and_die() -> None:
        conn = await crashed.connector_for(context.accounts.get(account.id))
        reply = OutgoingReply(item.text, "email", claim.in_reply_to, claim.thread_remote_id,
                              item.recipient)  # fmt: skip
        await conn.send(reply, item.idempotency_key)
        await crashed.aclose()

    asyncio.run(send_and_die())
    assert len(smtp.accepted) == 1

    # Its lease runs out; the next round looks in Sent before sending again.
    clock.advance(timedelta(minutes=10))
    (result,) = sync_once(context)
    assert result.ok, result.detail
    assert len(smtp.accepted) == 1
    stored = context.outbox.get(item.id)
    assert stored.state == "sent"
    assert stored.remote_id == f"outbox-{item.idempotency_key}@{address.split('@')[1]}"


def test_a_reply_to_mail_archived_from_the_phone_keeps_its_subject(
    context: AppContext, dovecot, smtp, shop, customer
):
    """The customer's mail was read and archived on the phone before the reply went out:
    the reply still says "Re: <their subject>", from what the inbox stored."""
    address, password = shop
    account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(account.uuid, password)
    dovecot.deliver(address, mail("Table for two", sender=customer, message_id="t2@example.org"))
    (result,) = sync_once(context)
    assert result.ok and result.new == 1, result.detail
    with dovecot.imap(address) as client:  # archived: moved out of INBOX
        client.create("Archive")
        client.select("INBOX")
        client.copy("1:*", "Archive")
        client.store("1:*", "+FLAGS", "\\Deleted")
        client.expunge()
    with context.db.read() as session:
        message_id = session.scalars(select(Message.id)).one()
    context.writer.call(
        context.outbox.create_reply, message_id, "Yes, at eight.", "tester", approve=True
    )
    (result,) = sync_once(context)
    assert result.ok, result.detail
    (accepted,) = smtp.accepted
    sent = email.message_from_bytes(accepted.content, policy=email.policy.default)
    assert sent["In-Reply-To"] == "<t2@example.org>"
    assert sent["Subject"] == "Re: Table for two"


def test_an_account_whose_password_was_not_kept_must_sign_in_again(dovecot, smtp, shop):
    address, _password = shop
    with pytest.raises(AuthenticationError, match="sign in again"):
        collect(connector(settings_for(dovecot, smtp, address), ""))


# -- an address linked by hand meets her next mail ------------------------------------------


@pytest.mark.parametrize(
    "typed",
    ["{address}", " {upper} ", "mailto:{address}?subject=Hello", "Ann Customer <{upper}>"],
)
def test_a_customer_linked_by_hand_in_any_usual_form_gets_her_next_mail(
    context: AppContext, dovecot, smtp, shop, customer, typed
):
    address, password = shop
    account = context.accounts.get(
        context.writer.call(
            context.accounts.create, "email", "Shop", settings=settings_for(dovecot, smtp, address)
        ).id
    )
    context.secrets.set(account.uuid, password)
    ann = hand_linked_customer(
        context, "email", typed.format(address=customer, upper=customer.title())
    )
    text = "Coming back in May"
    dovecot.deliver(address, mail(text, text, sender=f"Ann <{customer.capitalize()}>"))
    [result] = sync_once(context)
    assert result.ok, result.detail
    assert_came_back_to(context, ann, text)
