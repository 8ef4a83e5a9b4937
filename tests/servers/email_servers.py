"""Real mail servers for the e-mail connector's tests.

- :class:`Dovecot`: Debian's Dovecot 2.3 (package ``dovecot-imapd``) run from a
  temporary configuration: every address a user with one password, Maildir in a temporary folder,
  one IMAP port (plain login allowed, STARTTLS offered) and one IMAPS port, with
  a self-signed certificate made for the run (trusted by the client through
  ``SSL_CERT_FILE``).
- :class:`SmtpServer`: aiosmtpd with AUTH (PLAIN/LOGIN against the same users),
  in one of three modes (``tls``, ``starttls``, ``none``). It records every
  message it accepts and delivers it into the Dovecot INBOX of each recipient.
  ``refuse_data`` and ``hang_after_data`` simulate a refusing or a silent server.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import ipaddress
import os
import pwd
import secrets
import shutil
import socket
import ssl
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.servers.require import require_program
from tests.servers.running import StartedInWith


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout} s")


@dataclass(frozen=True)
class Certificate:
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def make_certificate(folder: Path) -> Certificate:
    """A self-signed certificate for localhost and 127.0.0.1, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return Certificate(cert_path, key_path)


_CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
instance_name = socialinbox-test-{port}
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 1
mailbox_idle_check_interval = 1 secs
mail_location = maildir:{root}/mail/%u
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
"""


class Dovecot(StartedInWith):
    """A Dovecot started from a temporary configuration. ``with Dovecot() as server: …``"""

    def __init__(self) -> None:
        self.program = require_program("dovecot", "dovecot-imapd")
        self.doveadm = require_program("doveadm", "dovecot-core")
        # Not under pytest's tmp_path: Dovecot's unprivileged processes must reach it.
        self.root = Path(tempfile.mkdtemp(prefix="socialinbox-dovecot-"))
        self.root.chmod(0o755)
        self.port = free_port()
        self.tls_port = free_port()
        self.certificate = make_certificate(self.root)
        # Every address is a mailbox, all with this password (a static passdb: users appear
        # without reloading a users file, which Dovecot checks at most once a second).
        self.password = f"pw-{secrets.token_hex(8)}"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    def _ids(self) -> tuple[str, str, str, int, int]:
        """(internal user, internal group, login user, mail uid, mail gid)."""
        if os.geteuid() == 0:
            # Dovecot never reads mail as root: the mail belongs to "nobody".
            return "dovecot", "dovecot", "dovenull", 65534, 65534
        me = pwd.getpwuid(os.geteuid())
        return me.pw_name, me.pw_name, me.pw_name, me.pw_uid, me.pw_gid

    def start(self) -> Dovecot:
        internal_user, internal_group, login_user, uid, gid = self._ids()
        mail = self.root / "mail"
        mail.mkdir()
        mail.chmod(0o777)
        self.config.write_text(
            _CONFIG.format(
                root=self.root,
                port=self.port,
                tls_port=self.tls_port,
                cert=self.certificate.cert,
                key=self.certificate.key,
                internal_user=internal_user,
                internal_group=internal_group,
                login_user=login_user,
                password=self.password,
                uid=uid,
                gid=gid,
            )
        )
        self._process = subprocess.Popen(
            [self.program, "-F", "-c", str(self.config)],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "stderr.log", "wb"),  # noqa: SIM115
        )
        try:
            wait_for_port(self.port)
            wait_for_port(self.tls_port)
        except RuntimeError:
            self.stop()
            raise RuntimeError(f"Dovecot did not start:\n{self.log()}") from None
        return self

    def log(self) -> str:
        parts = []
        for name in ("stderr.log", "dovecot.log"):
            path = self.root / name
            if path.exists():
                parts.append(path.read_text(errors="replace"))
        return "\n".join(parts)

    def stop(self) -> None:
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(5)
            self._process = None
        shutil.rmtree(self.root, ignore_errors=True)

    # -- what tests do to mailboxes -------------------------------------------------

    @contextlib.contextmanager
    def imap(self, address: str) -> Any:
        client = imaplib.IMAP4("127.0.0.1", self.port)
        try:
            client.login(address, self.password)
            yield client
        finally:
            with contextlib.suppress(Exception):
                client.logout()

    def deliver(self, address: str, *messages: bytes, mailbox: str = "INBOX") -> None:
        """Put messages into a user's folder, as a delivery would."""
        with self.imap(address) as client:
            for raw in messages:
                status, detail = client.append(mailbox, "", None, raw)  # type: ignore[arg-type]
                if status != "OK":
                    raise RuntimeError(f"APPEND failed: {detail!r}")

    def uids(self, address: str, mailbox: str = "INBOX") -> list[int]:
        with self.imap(address) as client:
            client.select(mailbox)
            _status, data = client.uid("SEARCH", "ALL")
            return [int(uid) for uid in data[0].split()]

    def fetch_all(self, address: str, mailbox: str = "INBOX") -> list[bytes]:
        """Every message in the folder, raw."""
        with self.imap(address) as client:
            client.select(mailbox, readonly=True)
            _status, data = client.uid("SEARCH", "ALL")
            found = []
            for uid in data[0].split():
                _status, parts = client.uid("FETCH", uid, "(BODY.PEEK[])")
                found.append(bytes(parts[0][1]))  # type: ignore[index]
            return found

    def flags(self, address: str, mailbox: str) -> list[str]:
        with self.imap(address) as client:
            client.select(mailbox, readonly=True)
            _status, data = client.fetch("1:*", "(FLAGS)")
            return [item.decode() for item in data if item]

    def set_uidvalidity(self, address: str, value: int, mailbox: str = "INBOX") -> None:
        """What a server does after its mailbox index was rebuilt."""
        subprocess.run(
            [
                self.doveadm,
                "-c",
                str(self.config),
                "mailbox",
                "update",
                "-u",
                address,
                "--uid-validity",
                str(value),
                mailbox,
            ],
            check=True,
            capture_output=True,
        )


@dataclass
class Accepted:
    """One message the SMTP server accepted."""

    login: str | None
    mail_from: str
    rcpt_tos: list[str]
    content: bytes


@dataclass
class _Behaviour:
    refuse_data: str | None = None
    hang_after_data: float = 0.0
    accepted: list[Accepted] = field(default_factory=list)


class SmtpServer:
    """aiosmtpd with AUTH, delivering into Dovecot. ``mode``: tls, starttls or none."""

    def __init__(
        self,
        dovecot: Dovecot | None,
        mode: str = "none",
        *,
        passwords: dict[str, str] | None = None,
    ) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult, LoginPassword

        self.dovecot = dovecot
        self.mode = mode
        self.port = free_port()
        self.behaviour = _Behaviour()
        server = self
        default_password = dovecot.password if dovecot is not None else None

        def authenticator(
            _server: Any, _session: Any, _envelope: Any, mechanism: str, data: Any
        ) -> AuthResult:
            if not isinstance(data, LoginPassword):
                return AuthResult(success=False, handled=False)
            login = data.login.decode()
            expected = passwords.get(login) if passwords is not None else default_password
            ok = expected is not None and expected == data.password.decode()
            if not ok:
                # handled=False: aiosmtpd answers 535 itself.
                return AuthResult(success=False, handled=False)
            return AuthResult(success=True, auth_data=login)

        class Handler:
            async def handle_DATA(self, _server: Any, session: Any, envelope: Any) -> str:
                behaviour = server.behaviour
                if behaviour.refuse_data:
                    return behaviour.refuse_data
                content = bytes(envelope.original_content or envelope.content)
                behaviour.accepted.append(
                    Accepted(
                        session.auth_data, envelope.mail_from, list(envelope.rcpt_tos), content
                    )
                )
                if server.dovecot is not None:
                    for rcpt in envelope.rcpt_tos:
                        await asyncio.to_thread(server.dovecot.deliver, rcpt, content)
                if behaviour.hang_after_data:
                    await asyncio.sleep(behaviour.hang_after_data)
                return "250 2.0.0 Message accepted for delivery"

        certificate = dovecot.certificate if dovecot is not None else None
        kwargs: dict[str, Any] = {
            "hostname": "127.0.0.1",
            "port": self.port,
            "authenticator": authenticator,
            "auth_required": True,
            "auth_require_tls": mode == "starttls",
        }
        if mode != "none":
            assert certificate is not None
        if mode == "tls":
            kwargs["ssl_context"] = certificate.server_context()  # type: ignore[union-attr]
        elif mode == "starttls":
            kwargs["tls_context"] = certificate.server_context()  # type: ignore[union-attr]
            kwargs["require_starttls"] = True
        self._controller = Controller(Handler(), **kwargs)

    @property
    def accepted(self) -> list[Accepted]:
        return self.behaviour.accepted

    def __enter__(self) -> SmtpServer:
        self._controller.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._controller.stop()


# -- pytest fixtures: import them into a test module ---------------------------------------


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    """One Dovecot per test module; each test takes its own mailbox user (see ``mailbox``)."""
    with Dovecot() as server:
        yield server


@pytest.fixture
def trust_test_certificate(dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Clients in this process (and processes it starts) trust the servers' certificate."""
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.certificate.cert))
    return dovecot.certificate.cert
