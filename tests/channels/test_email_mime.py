"""MIME shapes the e-mail connector meets: never a crash, unreadable mail set aside."""

from __future__ import annotations

import base64
import quopri
import uuid
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from socialinbox.channels.email import EmailConnector
from socialinbox.channels.email.imap import RawMail, parse_fetch, parse_search, sent_folder_in
from socialinbox.channels.email.parse import message_ids, parse_mail, reply_subject
from socialinbox.clock import FakeClock
from socialinbox.core.connector import AccountConfig, ConnectorContext

SETTINGS = {
    "address": "shop@example.test",
    "imap_host": "127.0.0.1",
    "imap_port": "143",
    "smtp_host": "127.0.0.1",
    "smtp_port": "25",
    "username": "shop@example.test",
    "security": "none",
}
CHARSETS = [
    "utf-8",
    "us-ascii",
    "iso-8859-1",
    "windows-1252",
    "iso-2022-jp",
    "koi8-r",
    "x-bogus",
    "",
    "utf-16",
]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary"]
TYPES = ["text/plain", "text/html", "application/pdf", "image/png", "text/calendar"]

header_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=40
)
raw_bytes = st.binary(max_size=200)


def _encode(body: bytes, encoding: str) -> bytes:
    if encoding == "base64":
        return base64.encodebytes(body)
    if encoding == "quoted-printable":
        return quopri.encodestring(body)
    return body


@st.composite
def leaf(draw: st.DrawFn) -> bytes:
    content_type = draw(st.sampled_from(TYPES))
    charset = draw(st.sampled_from(CHARSETS))
    encoding = draw(st.sampled_from(ENCODINGS))
    body = draw(st.one_of(raw_bytes, header_text.map(lambda t: t.encode("utf-8"))))
    headers = f"Content-Type: {content_type}; charset={charset}\r\n"
    headers += f"Content-Transfer-Encoding: {encoding}\r\n"
    if draw(st.booleans()):
        headers += f'Content-Disposition: attachment; filename="{draw(header_text)}"\r\n'
    return headers.encode("utf-8", "replace") + b"\r\n" + _encode(body, encoding)


@st.composite
def entity(draw: st.DrawFn, depth: int = 0) -> bytes:
    if depth >= 2 or draw(st.booleans()):
        return draw(leaf())
    boundary = f"b{depth}{draw(st.integers(0, 999))}"
    subtype = draw(st.sampled_from(["mixed", "alternative", "related", "x-odd"]))
    parts = draw(st.lists(entity(depth + 1), max_size=3))
    body = b"".join(f"--{boundary}\r\n".encode() + part + b"\r\n" for part in parts)
    if draw(st.booleans()):
        body += f"--{boundary}--\r\n".encode()  # some senders forget the closing line
    head = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'
    return head.encode() + body


@st.composite
def message(draw: st.DrawFn) -> bytes:
    headers = []
    if draw(st.integers(0, 4)):
        name = draw(st.text(st.sampled_from("Ann Bé Zoë-"), max_size=12))
        address = draw(st.sampled_from(["ann@example.org", "x", "", "<>", "a@b@c", "Ünï@例え.jp"]))
        headers.append(f"From: {name} <{address}>")
    for header in ("Subject", "Message-ID", "In-Reply-To", "References", "Date", "To"):
        if draw(st.booleans()):
            value = draw(
                st.one_of(
                    header_text,
                    st.sampled_from(
                        [
                            "=?utf-8?B?w5w=?=",
                            "=?x-bogus?Q?a=FF?=",
                            "=?utf-8?Q?broken",
                            "<a@b>",
                            "Tue, 31 Feb 2026 25:61:00 +9999",
                            "Mon, 1 Jan 0001 00:00:00 -0000",
                        ]
                    ),
                )
            )
            headers.append(f"{header}: {value}")
    head = "\r\n".join(headers).encode("utf-8", "replace")
    junk = draw(st.sampled_from([b"", b"\xff\xfe\x00", b"No-Colon-Line\r\n", b"\r\n\r\n"]))
    return head + b"\r\n" + junk + draw(entity())


def _connector() -> EmailConnector:
    account = AccountConfig(1, str(uuid.uuid4()), "email", "Shop", settings=SETTINGS)
    clock = FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=UTC))
    return EmailConnector(ConnectorContext(account=account, secret="pw", http=None, clock=clock))


@given(st.lists(message(), min_size=1, max_size=4))
def test_any_mime_shape_becomes_a_message_or_a_set_aside_item(raws):
    mails = [RawMail(uid, None, raw) for uid, raw in enumerate(raws, start=1)]
    messages, malformed = _connector()._convert(mails, 7, inbound=True)
    assert len(messages) + len(malformed) == len(raws)
    for item in messages:
        assert item.created_at.tzinfo is not None
        assert "@" in item.author.key and item.author.key == item.author.key.lower()
        assert item.remote_id and item.thread_remote_id
        assert isinstance(item.text, str)
    assert all(m.remote_id and m.remote_id.startswith("uid-7-") for m in malformed)
    # Whatever the body looks like, mail from a real address is never set aside.
    readable = sum(1 for raw in raws if b"<ann@example.org>" in raw.split(b"\r\n\r\n")[0])
    assert len(messages) >= readable


def test_a_message_without_id_gets_a_stable_one_from_its_uid():
    raw = b"From: ann@example.org\r\nSubject: hi\r\n\r\nhello\r\n"
    (first,), _ = _connector()._convert([RawMail(12, None, raw)], 99, inbound=True)
    (again,), _ = _connector()._convert([RawMail(12, None, raw)], 99, inbound=True)
    assert first.remote_id == again.remote_id == "uid-99-12@example.test"
    assert first.thread_remote_id == first.remote_id


def test_threads_follow_references_then_in_reply_to():
    parsed = parse_mail(
        b"From: a@example.org\r\nMessage-ID: <c@x>\r\nIn-Reply-To: <b@x>\r\n"
        b"References: <a@x>\r\n <b@x>\r\n\r\nbody\r\n"
    )
    assert (parsed.thread_root, parsed.in_reply_to, parsed.references) == (
        "a@x",
        "b@x",
        ("a@x", "b@x"),
    )
    only_reply = parse_mail(b"From: a@example.org\r\nIn-Reply-To: <b@x>\r\n\r\nbody\r\n")
    assert only_reply.thread_root == "b@x"
    assert message_ids("bare@id") == ("bare@id",) and message_ids("two words") == ()


def test_reply_subjects_get_one_re():
    assert reply_subject("Table for two") == "Re: Table for two"
    assert reply_subject("Re: RE: re:Table for two") == "Re: Table for two"
    assert reply_subject("AW: Zimmer") == "Re: Zimmer"
    assert reply_subject(None) == "Re: your message"


def test_imap_answers_are_read_from_their_lines():
    lines = [
        b'3 FETCH (UID 9 INTERNALDATE "25-Nov-2026 12:10:44 +0100" BODY[]<0> {5}',
        bytearray(b"hello"),
        b" FLAGS (\\Seen))",
        b"4 FETCH (FLAGS (\\Seen))",  # an unsolicited flag update: no message
        b"Fetch completed.",
    ]
    (mail,) = parse_fetch(lines)
    assert (mail.uid, mail.raw) == (9, b"hello")
    assert mail.internal_date == datetime(2026, 11, 25, 11, 10, 44, tzinfo=UTC)
    assert parse_search([b"5 3 9", b"Search completed."]) == [3, 5, 9]
    assert parse_search([b"", b"Search completed."]) == []
    listing = [
        b'(\\HasNoChildren) "/" INBOX',
        b'(\\HasNoChildren \\Sent) "/" "Sent Items"',
        b"List completed.",
    ]
    assert sent_folder_in(listing) == "Sent Items"
    assert sent_folder_in([b'(\\HasNoChildren) "/" INBOX', b"done"]) is None
