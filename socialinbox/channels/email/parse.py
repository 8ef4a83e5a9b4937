"""One raw e-mail (RFC 5322 bytes) to the fields the inbox stores.

Pure functions, no network. The text is what a reader of the mail would see:
the text/plain part when there is one, else the HTML part turned into text by
:func:`html_to_text` (nothing is fetched or run). Bytes in a wrong or unknown
charset are replaced, never fatal; a message without a usable sender raises
:class:`UnreadableMail` so that the caller sets it aside.
"""

from __future__ import annotations

import codecs
import email
import email.policy
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import formataddr, getaddresses, parseaddr, parsedate_to_datetime

from socialinbox.channels.html_text import html_to_text

# A body longer than this is cut: nobody reads 200,000 characters in an inbox row.
MAX_TEXT = 200_000
_MESSAGE_ID = re.compile(r"<([^<>\s\x00-\x1f\x7f]+)>")
_FALLBACK_CHARSET = "utf-8"
# Labels that mail programs and browsers read as a wider encoding, because senders use them
# for text in that encoding (WHATWG Encoding Standard, "Encodings" table): Latin-1 labels
# carrying Windows-1252 curly quotes and €, GB2312 labels carrying GBK, and so on.
# Keys are Python's codec names (codecs.lookup(label).name).
_WIDER_ENCODING = {
    "iso8859-1": "windows-1252",
    "iso8859-9": "windows-1254",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
}


class UnreadableMail(ValueError):
    """The message cannot be stored (no sender address); it is set aside."""


@dataclass(frozen=True, slots=True)
class ParsedMail:
    message_id: str | None
    subject: str | None
    from_address: str
    from_name: str | None
    to_addresses: tuple[str, ...]
    date: datetime | None
    in_reply_to: str | None
    references: tuple[str, ...]
    text: str
    # The topmost Authentication-Results header (RFC 8601), added by the receiving server.
    authentication: str | None = None

    @property
    def thread_root(self) -> str | None:
        """The first message of the conversation: the first reference, else the one answered."""
        if self.references:
            return self.references[0]
        return self.in_reply_to


def message_ids(value: str | None) -> tuple[str, ...]:
    """The ids in a Message-ID, In-Reply-To or References header, without angle brackets."""
    if not value:
        return ()
    found = tuple(_MESSAGE_ID.findall(value))
    if found:
        return found
    bare = value.strip()
    # Some senders leave out the brackets; one word is still an id.
    return (bare,) if bare and not re.search(r"[\s\x00-\x1f\x7f]", bare) else ()


def _header(message: Message, name: str) -> str | None:
    """A header decoded (RFC 2047), or None; a header Python cannot parse is decoded by hand."""
    raw = next((v for k, v in message.raw_items() if k.lower() == name.lower()), None)
    try:
        value = message.get(name)
    except Exception:
        value = _decode_words(raw) if raw is not None else None
    if isinstance(raw, str) and _has_raw_8bit(raw):
        # Bytes outside ASCII written straight into the header (no RFC 2047): read like a
        # body without a declared charset, instead of the replacement characters of the parser.
        value = _decode_words(decode_bytes(raw.encode("ascii", "surrogateescape"), None))
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def _has_raw_8bit(raw: str) -> bool:
    """Whether a header as parsed from bytes held bytes outside ASCII (kept as surrogates)."""
    return any("\udc80" <= c <= "\udcff" for c in raw)


def _decode_words(raw: object) -> str:
    """RFC 2047 encoded words, decoded leniently (unknown charsets become replacements)."""
    from email.header import decode_header

    parts = []
    try:
        chunks = decode_header(str(raw))
    except Exception:
        return str(raw)
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            parts.append(decode_bytes(chunk, charset))
        else:
            parts.append(chunk)
    return "".join(parts)


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Bytes in the declared charset; an unknown charset or broken bytes never raise."""
    name = (charset or "").strip().strip('"').lower() or None
    if name in (None, "us-ascii", "ascii"):
        # Undeclared 8-bit text is most often UTF-8, else Windows-1252.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("windows-1252", errors="replace")
    try:
        name = _WIDER_ENCODING.get(codecs.lookup(name).name, name)
    except LookupError:
        name = _FALLBACK_CHARSET
    try:
        return data.decode(name, errors="replace")
    except Exception:  # a codec that fails in other ways than decoding errors
        return data.decode(_FALLBACK_CHARSET, errors="replace")


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload() or "").encode("utf-8", errors="replace")
    return decode_bytes(payload, part.get_content_charset())


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
    return disposition == "attachment"


def _attachment_name(part: Message) -> str | None:
    try:
        name = part.get_filename()
    except Exception:
        return None
    return " ".join(str(name).split()) if name else None


def body_text(message: Message) -> str:
    """The text a reader sees: plain text preferred, else HTML as text, plus attachment names."""
    plain: list[str] = []
    html: list[str] = []
    attachments: list[str] = []
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        if _is_attachment(part) or not content_type.startswith("text/"):
            name = _attachment_name(part)
            if name:
                attachments.append(name)
            continue
        if content_type == "text/plain":
            plain.append(_part_text(part))
        elif content_type == "text/html":
            html.append(_part_text(part))
    text = "\n\n".join(t.strip() for t in plain if t.strip())
    if not text and html:
        text = "\n\n".join(html_to_text(h) for h in html).strip()
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if attachments:
        listed = "\n".join(f"[attachment: {name}]" for name in attachments)
        text = f"{text}\n\n{listed}" if text else listed
    return text[:MAX_TEXT]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None:
        return None
    # "-0000" means "time zone unknown": the time is UTC.
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        # Year 1 east of UTC, say: an impossible time, dated by its arrival in core.ingest.
        return parsed


def _addresses(message: Message, name: str) -> tuple[str, ...]:
    try:
        values = [str(v) for v in message.get_all(name, [])]
    except Exception:
        return ()
    return tuple(addr.strip() for _name, addr in getaddresses(values) if "@" in addr)


def parse_mail(raw: bytes) -> ParsedMail:
    """Parse one message; UnreadableMail when it has no sender address."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    sender = _header(message, "From") or ""
    display_name, address = parseaddr(sender)
    address = address.strip()
    if "@" not in address or re.search(r"\s", address):
        raise UnreadableMail(f"no sender address in From: {sender[:200]!r}")
    ids = message_ids(_header(message, "Message-ID"))
    in_reply_to = message_ids(_header(message, "In-Reply-To"))
    return ParsedMail(
        message_id=ids[0] if ids else None,
        subject=_header(message, "Subject"),
        from_address=address,
        from_name=display_name.strip() or None,
        to_addresses=_addresses(message, "To"),
        date=_date(_header(message, "Date")),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=message_ids(_header(message, "References")),
        text=body_text(message),
        authentication=_header(message, "Authentication-Results"),
    )


def message_ids_in(raw: bytes) -> tuple[str, ...]:
    """The Message-ID of a message, or of its header fields alone (none: empty)."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    return message_ids(_header(message, "Message-ID"))


def parse_original(raw: bytes) -> tuple[str | None, tuple[str, ...], str | None]:
    """Subject, References (with the message's own id last) and the Reply-To address
    ("Name <address>", or None) of the message answered."""
    message = email.message_from_bytes(raw, policy=email.policy.default)
    chain = message_ids(_header(message, "References"))
    name, address = parseaddr(_header(message, "Reply-To") or "")
    reply_to = formataddr((name, address)) if "@" in address else None
    return _header(message, "Subject"), chain, reply_to


def reply_subject(subject: str | None) -> str:
    """Prefix "Re: " to the original subject, once ("Re: Re:" and "RE:" are not repeated)."""
    base = (subject or "").strip()
    while True:
        stripped = re.sub(r"^(re|aw|sv)\s*(\[\d+\])?\s*:\s*", "", base, flags=re.IGNORECASE)
        if stripped == base:
            break
        base = stripped
    return f"Re: {base}" if base else "Re: your message"
