"""Writing a reply as an RFC 5322 message and handing it to the SMTP server (aiosmtplib).

The Message-ID is derived from the outbox item's idempotency key, so a copy in
the Sent folder tells whether an earlier attempt arrived. SMTP has no
idempotency of its own; what a failure means depends on when it happened:
before DATA the message certainly did not leave (TransientError, or
PermanentError for a 5xx refusal); a timeout or a dropped connection after
DATA may mean it did (an error with ``may_have_reached_server``).
"""

from __future__ import annotations

import asyncio
import re
import ssl
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import format_datetime

import aiosmtplib

from socialinbox.channels.email.parse import reply_subject
from socialinbox.channels.email.settings import EmailSettings
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    OfflineError,
    PermanentError,
    TransientError,
)

SIGN_IN_REFUSED = "the server refused the user name or password"
_UNSAFE_ID_CHARS = re.compile(r"[^A-Za-z0-9._-]")


def reply_message_id(idempotency_key: str, settings: EmailSettings) -> str:
    """The Message-ID (without brackets) of the reply sent under ``idempotency_key``."""
    key = _UNSAFE_ID_CHARS.sub("-", idempotency_key)[:120] or "reply"
    return f"outbox-{key}@{settings.domain}"


@dataclass(frozen=True, slots=True)
class Original:
    """What the reply needs from the message it answers."""

    message_id: str | None
    subject: str | None
    references: tuple[str, ...]
    # Where the sender asked replies to go (RFC 5322 §3.6.2): a website form's guest.
    reply_to: str | None = None


def build_reply(
    *,
    settings: EmailSettings,
    recipient: str,
    text: str,
    message_id: str,
    original: Original,
    date: datetime,
) -> EmailMessage:
    """The reply: From the account, To the customer, threaded by In-Reply-To and References."""
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = settings.address
    message["To"] = recipient
    message["Subject"] = reply_subject(original.subject)
    message["Date"] = format_datetime(date)
    message["Message-ID"] = f"<{message_id}>"
    if original.message_id:
        message["In-Reply-To"] = f"<{original.message_id}>"
        chain = [*original.references, original.message_id]
        message["References"] = " ".join(f"<{ref}>" for ref in dict.fromkeys(chain))
    message.set_content(text)
    return message


def _response_error(exc: aiosmtplib.SMTPResponseException, what: str) -> ChannelError:
    detail = f"{what}: the SMTP server answered {exc.code} {exc.message}".strip()
    if 500 <= exc.code < 600:
        return PermanentError(detail)
    return TransientError(detail)


class SmtpClient:
    def __init__(
        self, settings: EmailSettings, password: str, tls: ssl.SSLContext | None, *, timeout: float
    ) -> None:
        self._settings = settings
        self._password = password
        self._tls = tls
        self._timeout = timeout

    def _client(self) -> aiosmtplib.SMTP:
        security = self._settings.security
        return aiosmtplib.SMTP(
            hostname=self._settings.smtp_host,
            port=self._settings.smtp_port,
            use_tls=security == "tls",
            start_tls=security == "starttls",
            tls_context=self._tls if security != "none" else None,
            timeout=self._timeout,
            # Never getfqdn(): it can wait on DNS, and the machine's name is nobody's business.
            local_hostname="localhost",
        )

    async def _connect(self) -> aiosmtplib.SMTP:
        """A connected, signed-in client. Nothing has been sent yet when this fails.

        aiosmtplib bounds each read; connecting and signing in together get one
        deadline (``timeout``) as well, so that a server answering a byte at a time
        cannot hold the round."""
        client = self._client()
        try:
            async with asyncio.timeout(self._timeout):
                await client.connect()
                await client.login(self._settings.username, self._password)
        except TimeoutError:
            client.close()
            raise TransientError("SMTP: the server did not answer in time") from None
        except aiosmtplib.SMTPAuthenticationError:
            client.close()
            raise AuthenticationError(f"{SIGN_IN_REFUSED} (SMTP)") from None
        except aiosmtplib.SMTPException as exc:
            client.close()
            raise self._before_data_error(exc) from None
        except ssl.SSLCertVerificationError as exc:
            client.close()
            raise PermanentError(
                f"SMTP: the server's certificate could not be verified ({exc.verify_message})"
            ) from None
        except OSError as exc:
            client.close()
            raise OfflineError(f"SMTP: the server cannot be reached ({exc})") from None
        return client

    def _before_data_error(self, exc: Exception) -> ChannelError:
        if isinstance(exc, aiosmtplib.SMTPResponseException):
            return _response_error(exc, "SMTP")
        if isinstance(exc, aiosmtplib.SMTPConnectTimeoutError | aiosmtplib.SMTPTimeoutError):
            return TransientError("SMTP: the server did not answer in time")
        if isinstance(exc, aiosmtplib.SMTPConnectError):
            return OfflineError(f"SMTP: the server cannot be reached ({exc})")
        if isinstance(exc, aiosmtplib.SMTPNotSupported) or "authentication" in str(exc).lower():
            return PermanentError(f"SMTP: {exc} (check the security setting and the port)")
        return TransientError(f"SMTP: {exc}")

    async def check_login(self) -> None:
        client = await self._connect()
        try:
            await client.quit()
        except aiosmtplib.SMTPException:
            client.close()

    async def send(self, message: EmailMessage, recipient: str) -> None:
        client = await self._connect()
        try:
            try:
                await client.mail(self._settings.address)
                await client.rcpt(recipient)
            except aiosmtplib.SMTPException as exc:
                raise self._before_data_error(exc) from None
            try:
                async with asyncio.timeout(self._timeout):
                    await client.data(message.as_bytes())
            except aiosmtplib.SMTPResponseException as exc:
                # The server answered the message with a refusal: it was not accepted.
                raise _response_error(exc, "sending") from None
            except (aiosmtplib.SMTPException, OSError, TimeoutError) as exc:
                raise TransientError(
                    f"the SMTP server did not confirm the message ({type(exc).__name__}): "
                    "it may have been sent",
                    may_have_reached_server=True,
                ) from None
        finally:
            try:
                await client.quit()
            except (aiosmtplib.SMTPException, OSError, TimeoutError):
                client.close()
