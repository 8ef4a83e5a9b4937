"""The e-mail connector: IMAP for the inbox and the Sent folder, SMTP for replies.

Cursor (JSON): per folder the UIDVALIDITY and the last UID stored, e.g.
``{"inbox": {"uidvalidity": 7, "last_uid": 250}, "sent": {...}}``. Each batch
carries the cursor up to its last message, so an interrupted sync resumes
without gaps. When UIDVALIDITY changes the old UIDs mean nothing: the folder is
read again from the start of the history window; messages already stored are
recognised by their Message-ID (the remote id) and not stored twice.

The Sent folder holds the business's own mail, sent from here or from a phone:
it is read as outbound messages whose In-Reply-To marks the customer's message
answered.
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from email.utils import parseaddr
from typing import Any, ClassVar

from socialinbox.channels.email.imap import (
    INBOX,
    ImapSession,
    MailboxState,
    NoSuchMailbox,
    RawMail,
    quote,
)
from socialinbox.channels.email.parse import (
    ParsedMail,
    UnreadableMail,
    parse_mail,
    parse_original,
)
from socialinbox.channels.email.settings import EmailSettings
from socialinbox.channels.email.smtp import Original, SmtpClient, build_reply, reply_message_id
from socialinbox.channels.review_mail import ReviewNotice, review_notice
from socialinbox.core.connector import (
    AuthenticationError,
    AuthorRef,
    ChannelError,
    ConnectorContext,
    FetchBatch,
    FetchedMessage,
    MalformedItem,
    NewsUnavailable,
    OutgoingReply,
    PermanentError,
    SentReceipt,
    TextLimit,
    VerifiedAccount,
)
from socialinbox.core.names import EMAIL

log = logging.getLogger(__name__)

BATCH_SIZE = 100
# Without a stored position (first sync, or UIDVALIDITY changed) only this much history is read.
HISTORY = timedelta(days=30)
TIMEOUT_S = 30.0
# A mailbox answer longer than this is kept whole as the set-aside payload would be too big.
_PAYLOAD_LIMIT = 20_000
_ORIGINAL_HEADERS = "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID SUBJECT REFERENCES FROM REPLY-TO)]"


def _imap_date(moment: datetime) -> str:
    """An IMAP date (RFC 3501 ``date``), with English month names whatever the locale."""
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{moment.day}-{months[moment.month - 1]}-{moment.year}"


def _load_cursor(cursor: str | None) -> dict[str, dict[str, Any]]:
    if not cursor:
        return {}
    try:
        state = json.loads(cursor)
    except ValueError:
        return {}
    return state if isinstance(state, dict) else {}


def _review(
    notice: ReviewNotice, parsed: ParsedMail, remote_id: str, created_at: datetime
) -> FetchedMessage:
    """A review site's notification as a review of the site's network, by the reviewer.

    Its remote id is the mail's with ``review:`` before it: an e-mail answering the
    notification (to the site's no-reply address) answers no review, so it must not
    find the review by its In-Reply-To."""
    reviewer = AuthorRef(notice.channel, notice.reviewer, notice.reviewer, notice.reviewer)
    remote_id = f"review:{remote_id}"
    return FetchedMessage(
        remote_id=remote_id,
        channel=notice.channel,
        kind="review",
        author=reviewer,
        text=notice.excerpt,
        created_at=created_at,
        thread_remote_id=remote_id,
        subject=parsed.subject,
        url=notice.url,
        rating=notice.rating,
    )


class EmailConnector:
    kind: ClassVar[str] = "email"
    # SMTP forgets everything: a resend whose outcome is unknown is checked in Sent first.
    idempotency_window: ClassVar[timedelta | None] = None

    def __init__(
        self,
        context: ConnectorContext,
        *,
        timeout: float | None = None,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        """``timeout``: how long one IMAP or SMTP command may take in all (by default
        TIMEOUT_S, or the context's request deadline when that is shorter)."""
        self._account = context.account
        self._password = context.secret or ""
        self._clock = context.clock
        deadline = context.request_deadline.total_seconds()
        self._timeout = timeout if timeout is not None else min(TIMEOUT_S, deadline)
        self._tls = tls
        self._settings: EmailSettings | None = None
        self._watch: ImapSession | None = None

    # -- plumbing -----------------------------------------------------------------------

    @property
    def settings(self) -> EmailSettings:
        """The checked settings; SettingsError (a PermanentError) names the first problem."""
        if self._settings is None:
            self._settings = EmailSettings.parse(self._account.settings)
        return self._settings

    async def _tls_context(self) -> ssl.SSLContext | None:
        """Loading the CA bundle costs CPU: done once, in a worker thread."""
        if self.settings.security == "none":
            return None
        if self._tls is None:
            loop = asyncio.get_running_loop()
            self._tls = await loop.run_in_executor(None, ssl.create_default_context)
        return self._tls

    async def _imap(self) -> ImapSession:
        if not self._password:
            # E.g. kept in memory only (no keychain) by an earlier run of the app.
            raise AuthenticationError("no password is stored for this account: sign in again")
        return await ImapSession.open(
            self.settings, self._password, await self._tls_context(), timeout=self._timeout
        )

    async def _smtp(self) -> SmtpClient:
        return SmtpClient(
            self.settings, self._password, await self._tls_context(), timeout=self._timeout
        )

    async def _sent_folder(self, session: ImapSession) -> str:
        return self.settings.sent_folder or await session.find_sent_folder()

    def text_limit(self) -> TextLimit:
        return TextLimit(100_000, "characters")

    # -- verify -------------------------------------------------------------------------

    async def verify(self) -> VerifiedAccount:
        """Sign in to IMAP and to SMTP; remembers the Sent folder found."""
        async with await self._imap() as session:
            sent = await self._sent_folder(session)
        await (await self._smtp()).check_login()
        return VerifiedAccount(
            handle=self.settings.address,
            display_name=None,
            settings={"sent_folder": sent},
        )

    # -- fetch --------------------------------------------------------------------------

    async def fetch(self, cursor: str | None) -> AsyncIterator[FetchBatch]:
        state = _load_cursor(cursor)
        async with await self._imap() as session:
            async for batch in self._fetch_folder(session, state, "inbox", INBOX, inbound=True):
                yield batch
            sent = await self._sent_folder(session)
            try:
                async for batch in self._fetch_folder(session, state, "sent", sent, inbound=False):
                    yield batch
            except NoSuchMailbox:
                log.info("No Sent folder %r on the server: only the inbox is read", sent)

    async def _fetch_folder(
        self,
        session: ImapSession,
        state: dict[str, dict[str, Any]],
        key: str,
        mailbox: str,
        *,
        inbound: bool,
    ) -> AsyncIterator[FetchBatch]:
        status = await session.select(mailbox)
        known = state.get(key) or {}
        if known.get("uidvalidity") == status.uidvalidity and known.get("mailbox", mailbox) == (
            mailbox
        ):
            uids = await session.uids_after(int(known.get("last_uid") or 0))
        else:
            # A new position: the recent history, by arrival date.
            since = self._clock.now() - HISTORY
            uids = await session.search("SINCE", _imap_date(since))
            if not uids:
                # Nothing recent: the position goes past every message already there, so that
                # the next sync reads what arrives from now on, not years of older mail.
                state[key] = {
                    "mailbox": mailbox,
                    "uidvalidity": status.uidvalidity,
                    "last_uid": await self._highest_uid(session, status),
                }
                yield FetchBatch((), json.dumps(state, sort_keys=True))
                return
        for start in range(0, len(uids), BATCH_SIZE):
            chunk = uids[start : start + BATCH_SIZE]
            mails = await session.fetch(chunk)
            messages, malformed = self._convert(mails, status.uidvalidity, inbound)
            returned = {mail.uid for mail in mails}
            for uid in chunk:
                if uid not in returned:
                    # Expunged between SEARCH and FETCH: gone, nothing to store.
                    log.debug("UID %s vanished before it was fetched", uid)
            state[key] = {
                "mailbox": mailbox,
                "uidvalidity": status.uidvalidity,
                "last_uid": chunk[-1],
            }
            yield FetchBatch(tuple(messages), json.dumps(state, sort_keys=True), tuple(malformed))

    @staticmethod
    async def _highest_uid(session: ImapSession, status: MailboxState) -> int:
        """The highest UID in the selected folder (0 when it is empty): UIDNEXT - 1, which
        SELECT must report (RFC 3501 section 6.3.1); else ``UID SEARCH UID *``, whose ``*``
        is the highest UID in use."""
        if status.uidnext is not None:
            return max(0, status.uidnext - 1)
        return max(await session.search("UID", "*"), default=0)

    def _convert(
        self, mails: list[RawMail], uidvalidity: int, inbound: bool
    ) -> tuple[list[FetchedMessage], list[MalformedItem]]:
        messages: list[FetchedMessage] = []
        malformed: list[MalformedItem] = []
        for mail in mails:
            try:
                parsed = parse_mail(mail.raw)
                messages.append(self._message(parsed, mail, uidvalidity, inbound))
            except Exception as exc:  # one odd message never stops the others
                error = str(exc) if isinstance(exc, UnreadableMail) else f"{type(exc).__name__}"
                malformed.append(
                    MalformedItem(
                        f"uid-{uidvalidity}-{mail.uid}",
                        f"unreadable e-mail: {error}",
                        mail.raw[:_PAYLOAD_LIMIT].decode("utf-8", "replace"),
                    )
                )
        return messages, malformed

    def _message(
        self, parsed: ParsedMail, mail: RawMail, uidvalidity: int, inbound: bool
    ) -> FetchedMessage:
        # A stable id for mail without one; the same message read again maps to the same id.
        remote_id = parsed.message_id or f"uid-{uidvalidity}-{mail.uid}@{self.settings.domain}"
        created_at = parsed.date or mail.internal_date or self._clock.now()
        # A copy of the business's own mail in the inbox (Bcc to itself) is no customer's.
        inbound = inbound and parsed.from_address.lower() != self.settings.address.lower()
        notice = (
            review_notice(parsed.from_address, parsed.subject, parsed.text, parsed.authentication)
            if inbound
            else None
        )
        if notice is not None:
            return _review(notice, parsed, remote_id, created_at)
        if inbound:
            author = AuthorRef(
                EMAIL, parsed.from_address.lower(), parsed.from_address, parsed.from_name
            )
        else:
            address = self.settings.address
            author = AuthorRef(EMAIL, address.lower(), address, parsed.from_name)
        return FetchedMessage(
            remote_id=remote_id,
            channel=EMAIL,
            kind="email" if inbound else "reply",
            author=author,
            text=parsed.text,
            created_at=created_at,
            inbound=inbound,
            thread_remote_id=parsed.thread_root or remote_id,
            in_reply_to_remote_id=parsed.in_reply_to,
            subject=parsed.subject,
        )

    # -- send -----------------------------------------------------------------------------

    async def send(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt:
        """Send by SMTP with a Message-ID derived from the key, then keep a copy in Sent.

        One IMAP session serves the look-up of the answered message and the copy; when it
        cannot be opened nothing is sent (the error says why)."""
        recipient = parseaddr(reply.recipient or "")[1].strip()
        if "@" not in recipient:
            raise PermanentError("the reply has no e-mail address to go to")
        message_id = reply_message_id(idempotency_key, self.settings)
        async with await self._imap() as session:
            original = await self._original(session, reply)
            if original.reply_to:
                # The address the customer asked for, not the one the mail came from.
                recipient = original.reply_to
            sent_at = self._clock.now()
            message = build_reply(
                settings=self.settings,
                recipient=recipient,
                text=reply.text,
                message_id=message_id,
                original=original,
                date=sent_at,
            )
            await (await self._smtp()).send(message, parseaddr(recipient)[1])
            try:
                await self._keep_copy(session, message.as_bytes(), message_id)
            except ChannelError as exc:
                # The customer has the reply; only our copy is missing. Never send it again.
                log.warning("The reply was sent but no copy was saved in Sent: %s", exc)
        return SentReceipt(remote_id=message_id, sent_at=sent_at)

    async def _original(self, session: ImapSession, reply: OutgoingReply) -> Original:
        """Subject and References of the answered message, read from the inbox."""
        fallback = Original(
            reply.in_reply_to,
            reply.subject,
            (reply.thread_remote_id,)
            if reply.thread_remote_id and reply.thread_remote_id != reply.in_reply_to
            else (),
        )
        if not reply.in_reply_to:
            return fallback
        try:
            await session.select(INBOX)
            headers = await session.header_of(reply.in_reply_to, _ORIGINAL_HEADERS)
        except ChannelError as exc:
            log.info("The answered message could not be read (%s): replying without it", exc)
            return fallback
        if headers is None:
            return fallback
        subject, references, reply_to = parse_original(headers)
        return Original(
            reply.in_reply_to,
            subject or reply.subject,
            references or fallback.references,
            reply_to,
        )

    async def _keep_copy(self, session: ImapSession, raw: bytes, message_id: str) -> None:
        sent = await self._sent_folder(session)
        try:
            await session.select(sent)
            if await session.search("HEADER", "Message-ID", quote(message_id)):
                return  # the server filed it itself (as Gmail does)
        except NoSuchMailbox:
            pass
        await session.append(sent, raw, "(\\Seen)")

    async def find_sent(self, reply: OutgoingReply, idempotency_key: str) -> SentReceipt | None:
        """Whether the reply of ``idempotency_key`` is in the Sent folder."""
        message_id = reply_message_id(idempotency_key, self.settings)
        async with await self._imap() as session:
            sent = await self._sent_folder(session)
            try:
                await session.select(sent)
            except NoSuchMailbox:
                return None
            uids = await session.search("HEADER", "Message-ID", quote(message_id))
            if not uids:
                return None
            mails = await session.fetch(uids[:1])
        sent_at = mails[0].internal_date if mails else None
        return SentReceipt(remote_id=message_id, sent_at=sent_at)

    # -- waiting for news (IMAP IDLE) ---------------------------------------------------

    async def wait_for_news(self, timeout: float) -> bool:
        """Wait in IDLE on the inbox: True when a new message arrived, False after
        ``timeout``. NewsUnavailable when the server offers no IDLE. The connection stays
        open between calls, so mail that arrives meanwhile is announced by the next call."""
        try:
            if self._watch is None:
                session = await self._imap()
                if not session.has_capability("IDLE"):
                    await session.close()
                    raise NewsUnavailable("the IMAP server does not offer IDLE")
                self._watch = session
                await session.select(INBOX)
            return await self._watch.idle_until_news(timeout)
        except BaseException:
            self.close_watch()
            raise

    def close_watch(self) -> None:
        if self._watch is not None:
            self._watch.abort()
            self._watch = None

    async def aclose(self) -> None:
        if self._watch is not None:
            await self._watch.close()
            self._watch = None
