"""One logged-in IMAP connection on top of aioimaplib, with its errors in the app's words.

aioimaplib has no STARTTLS command of its own: :meth:`ImapSession.open` sends it
and upgrades the connection with ``loop.start_tls``; a server that does not
offer STARTTLS is refused rather than used unencrypted. Every failure becomes
a :class:`ChannelError`: refused sign-in → AuthenticationError, no route to the
server → OfflineError, no answer in time → TransientError.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime

import aioimaplib

from socialinbox.channels.email.parse import message_ids_in
from socialinbox.channels.email.settings import EmailSettings
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    OfflineError,
    PermanentError,
    TransientError,
)

INBOX = "INBOX"
DEFAULT_SENT = "Sent"
# Only this much of each message is downloaded: its text comes first, big attachments last.
MAX_MESSAGE_BYTES = 1_048_576
SIGN_IN_REFUSED = "the server refused the user name or password"
# A look-up by Message-ID reads at most this many messages whose id merely contains it.
_MAX_CANDIDATES = 20

_FETCH_START = re.compile(rb"^\d+ FETCH \(")
_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'INTERNALDATE "([^"]+)"')
_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]")
_UIDNEXT = re.compile(rb"\[UIDNEXT (\d+)\]")
_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>.+)$')
_EXISTS = re.compile(rb"^\d+ EXISTS")


class NoSuchMailbox(ChannelError):
    """The folder does not exist on the server."""


@dataclass(frozen=True, slots=True)
class MailboxState:
    uidvalidity: int
    uidnext: int | None


@dataclass(frozen=True, slots=True)
class RawMail:
    uid: int
    internal_date: datetime | None
    raw: bytes


@contextmanager
def imap_errors(what: str) -> Iterator[None]:
    """Translate what aioimaplib and the socket raise into the app's errors."""
    try:
        yield
    except ChannelError:
        raise
    except ssl.SSLCertVerificationError as exc:
        raise PermanentError(
            f"{what}: the server's certificate could not be verified ({exc.verify_message})"
        ) from None
    except ssl.SSLError as exc:
        raise TransientError(f"{what}: the encrypted connection failed ({exc.reason})") from None
    except (TimeoutError, aioimaplib.CommandTimeout):
        raise TransientError(f"{what}: the IMAP server did not answer in time") from None
    except ConnectionRefusedError:
        raise OfflineError(f"{what}: the IMAP server refused the connection") from None
    except OSError as exc:
        # DNS failures (gaierror), unreachable networks, resets.
        raise OfflineError(f"{what}: the IMAP server cannot be reached ({exc})") from None
    except ValueError as exc:
        # aioimaplib refuses arguments with NUL, CR or LF: nothing was sent.
        raise PermanentError(f"{what}: {exc}") from None
    except aioimaplib.Abort as exc:
        raise TransientError(f"{what}: the IMAP connection failed ({exc})") from None
    except aioimaplib.Error as exc:
        raise TransientError(f"{what}: the IMAP server failed ({exc})") from None


def _text(lines: list[bytes | bytearray]) -> str:
    return " ".join(bytes(line).decode("utf-8", "replace") for line in lines).strip()


def quote(value: str) -> str:
    """An IMAP quoted string (RFC 3501 section 4.3)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _internal_date(value: bytes) -> datetime | None:
    try:
        return datetime.strptime(value.decode("ascii"), "%d-%b-%Y %H:%M:%S %z").astimezone(UTC)
    except ValueError:
        return None


def parse_fetch(lines: list[bytes | bytearray]) -> list[RawMail]:
    """The messages of a ``UID FETCH (UID INTERNALDATE BODY.PEEK[]...)`` response."""
    found: list[RawMail] = []
    attributes = b""
    body: bytes | None = None

    def finish() -> None:
        uid = _UID.search(attributes)
        if uid is not None and body is not None:
            date = _INTERNALDATE.search(attributes)
            found.append(
                RawMail(int(uid.group(1)), _internal_date(date.group(1)) if date else None, body)
            )

    for line in lines[:-1]:  # the last line is the command's own "Fetch completed"
        if isinstance(line, bytearray):
            body = bytes(line)
        elif _FETCH_START.match(line):
            finish()
            attributes, body = line, None
        else:
            attributes += b" " + line
    finish()
    return found


def parse_search(lines: list[bytes | bytearray]) -> list[int]:
    uids: list[int] = []
    for line in lines[:-1]:
        uids.extend(int(token) for token in bytes(line).split() if token.isdigit())
    return sorted(set(uids))


def sent_folder_in(lines: list[bytes | bytearray]) -> str | None:
    """The folder a LIST response marks ``\\Sent`` (RFC 6154), if any."""
    for line in lines[:-1]:
        match = _LIST_LINE.match(bytes(line))
        if match is None:
            continue
        flags = match.group("flags").lower().split()
        if b"\\sent" in flags:
            name = match.group("name").decode("utf-8", "replace")
            if name.startswith('"') and name.endswith('"'):
                name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            return name
    return None


class ImapSession:
    """An open, logged-in IMAP connection. Use ``async with ImapSession.open(...)``."""

    def __init__(self, client: aioimaplib.IMAP4, timeout: float) -> None:
        self._client = client
        self._timeout = timeout
        self.selected: str | None = None

    @classmethod
    async def open(
        cls,
        settings: EmailSettings,
        password: str,
        tls: ssl.SSLContext | None,
        *,
        timeout: float,
    ) -> ImapSession:
        host, port = settings.imap_host, settings.imap_port
        with imap_errors("IMAP"):
            if settings.security == "tls":
                client: aioimaplib.IMAP4 = aioimaplib.IMAP4_SSL(
                    host, port, timeout=timeout, ssl_context=tls
                )
            else:
                client = aioimaplib.IMAP4(host, port, timeout=timeout)
            session = cls(client, timeout)
            try:
                await client.wait_hello_from_server()
                if settings.security == "starttls":
                    await session._start_tls(host, tls)
                # aioimaplib quotes the password but sends the user name as it is: quoted
                # here, a name with a space or a quote is still one argument of LOGIN.
                response = await client.login(quote(settings.username), password)
            except BaseException:
                session.abort()
                raise
            if response.result != "OK":
                session.abort()
                detail = _text(response.lines)
                if "AUTHENTICATIONFAILED" in detail.upper() or response.result == "NO":
                    raise AuthenticationError(f"{SIGN_IN_REFUSED} (IMAP)")
                raise TransientError(f"IMAP sign-in failed: {detail[:200]}")
            return session

    async def _start_tls(self, host: str, tls: ssl.SSLContext | None) -> None:
        protocol = self._client.protocol
        if "STARTTLS" not in protocol.capabilities:
            raise PermanentError(
                "the IMAP server does not offer STARTTLS: use security=tls and its TLS port"
            )
        command = aioimaplib.Command("STARTTLS", protocol.new_tag(), loop=protocol.loop)
        response = await asyncio.wait_for(protocol.execute(command), self._timeout)
        if response.result != "OK":
            raise TransientError(f"the IMAP server refused STARTTLS: {_text(response.lines)}")
        loop = asyncio.get_running_loop()
        transport = await asyncio.wait_for(
            loop.start_tls(
                protocol.transport,
                protocol,
                tls or ssl.create_default_context(),
                server_hostname=host,
            ),
            self._timeout,
        )
        protocol.transport = transport
        # Capabilities seen before TLS must not be trusted (RFC 3501 section 6.2.1).
        await asyncio.wait_for(protocol.capability(), self._timeout)

    def has_capability(self, name: str) -> bool:
        return self._client.has_capability(name)

    def abort(self) -> None:
        """Drop the connection without a goodbye (after an error or a cancellation)."""
        transport = getattr(self._client.protocol, "transport", None)
        if transport is not None:
            transport.close()

    async def close(self) -> None:
        try:
            await asyncio.wait_for(self._client.logout(), min(self._timeout, 5.0))
        except Exception:  # the server or the connection is gone: nothing left to close
            pass
        finally:
            self.abort()

    async def __aenter__(self) -> ImapSession:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    # -- folders ----------------------------------------------------------------------

    async def select(self, mailbox: str) -> MailboxState:
        with imap_errors(f"opening {mailbox}"):
            response = await self._client.select(quote(mailbox))
        if response.result != "OK":
            raise NoSuchMailbox(f"the folder {mailbox!r} cannot be opened: {_text(response.lines)}")
        joined = b" ".join(bytes(line) for line in response.lines)
        validity = _UIDVALIDITY.search(joined)
        if validity is None:
            raise TransientError(f"the IMAP server gave no UIDVALIDITY for {mailbox!r}")
        uidnext = _UIDNEXT.search(joined)
        self.selected = mailbox
        return MailboxState(int(validity.group(1)), int(uidnext.group(1)) if uidnext else None)

    async def find_sent_folder(self) -> str:
        """The folder marked \\Sent (RFC 6154), else "Sent"."""
        with imap_errors("listing folders"):
            response = await self._client.list('""', '"*"')
        found = sent_folder_in(response.lines) if response.result == "OK" else None
        return found or DEFAULT_SENT

    # -- messages in the selected folder -----------------------------------------------

    async def search(self, *criteria: str) -> list[int]:
        with imap_errors("searching"):
            response = await self._client.uid_search(*criteria, charset=None)
        if response.result != "OK":
            raise TransientError(f"the IMAP search failed: {_text(response.lines)[:200]}")
        return parse_search(response.lines)

    async def uids_after(self, last_uid: int) -> list[int]:
        """UIDs above ``last_uid``. ``UID n:*`` always includes the highest UID, even when it
        is below n (RFC 3501 section 6.4.8), so lower ones are dropped here."""
        return [uid for uid in await self.search("UID", f"{last_uid + 1}:*") if uid > last_uid]

    async def fetch(self, uids: list[int]) -> list[RawMail]:
        if not uids:
            return []
        with imap_errors("downloading messages"):
            # aioimaplib's timeout restarts with every chunk of a FETCH: a server that
            # dribbles would hold it for ever, so the whole command gets one deadline.
            response = await asyncio.wait_for(
                self._client.uid(
                    "fetch",
                    ",".join(str(uid) for uid in uids),
                    f"(UID INTERNALDATE BODY.PEEK[]<0.{MAX_MESSAGE_BYTES}>)",
                ),
                self._timeout,
            )
        if response.result != "OK":
            raise TransientError(f"the IMAP server did not send the messages: {response.result}")
        return parse_fetch(response.lines)

    async def header_of(self, message_id: str, part: str) -> bytes | None:
        """``part`` (header fields that include Message-ID) of the newest message in the
        selected folder whose Message-ID is ``message_id``. SEARCH HEADER matches a
        substring (RFC 3501 section 6.4.4: <1@x> is found in <11@x>), so each candidate's
        own Message-ID is compared."""
        uids = await self.search("HEADER", "Message-ID", quote(message_id))
        if not uids:
            return None
        candidates = ",".join(str(uid) for uid in uids[-_MAX_CANDIDATES:])
        with imap_errors("reading a message"):
            response = await asyncio.wait_for(
                self._client.uid("fetch", candidates, f"(UID {part})"), self._timeout
            )
        mails = parse_fetch(response.lines) if response.result == "OK" else []
        for mail in sorted(mails, key=lambda m: m.uid, reverse=True):
            if message_id in message_ids_in(mail.raw):
                return mail.raw
        return None

    async def append(self, mailbox: str, raw: bytes, flags: str) -> None:
        """Store a copy of ``raw`` in ``mailbox``, creating the folder if it is missing."""
        with imap_errors(f"saving a copy in {mailbox}"):
            append = self._client.append
            response = await asyncio.wait_for(
                append(raw, quote(mailbox), flags=flags), self._timeout
            )
            if response.result != "OK" and "TRYCREATE" in _text(response.lines).upper():
                await self._client.create(quote(mailbox))
                response = await asyncio.wait_for(
                    append(raw, quote(mailbox), flags=flags), self._timeout
                )
        if response.result != "OK":
            raise TransientError(f"the copy could not be saved: {_text(response.lines)[:200]}")

    # -- waiting for news ---------------------------------------------------------------

    async def idle_until_news(self, timeout: float) -> bool:
        """IDLE (RFC 2177) in the selected folder: True as soon as the server announces a new
        message, False after ``timeout`` seconds without one."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        with imap_errors("waiting for new mail"):
            idle = await self._client.idle_start(timeout=timeout)
            try:
                while True:
                    remaining = deadline - loop.time()
                    if remaining <= 0:
                        return False
                    try:
                        pushed = await self._client.wait_server_push(timeout=remaining)
                    except TimeoutError:
                        return False
                    if pushed == aioimaplib.STOP_WAIT_SERVER_PUSH:
                        return False
                    if any(_EXISTS.match(bytes(line)) for line in pushed):
                        return True
            finally:
                if self._client.has_pending_idle():
                    self._client.idle_done()
                    await asyncio.wait_for(idle, self._timeout)
