"""The settings of an e-mail account, checked: hosts, ports, encryption, folders."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from socialinbox.core.connector import PermanentError, SettingField
from socialinbox.settings import QT_TRANSLATE_NOOP

Security = Literal["tls", "starttls", "none"]
SECURITY_CHOICES: tuple[Security, ...] = ("tls", "starttls", "none")
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})

SETTING_FIELDS: tuple[SettingField, ...] = (
    SettingField("address", QT_TRANSLATE_NOOP("Connector", "E-mail address")),
    SettingField("imap_host", QT_TRANSLATE_NOOP("Connector", "IMAP server (incoming)")),
    SettingField(
        "imap_port", QT_TRANSLATE_NOOP("Connector", "IMAP port (993 for TLS, 143 for STARTTLS)")
    ),
    SettingField("smtp_host", QT_TRANSLATE_NOOP("Connector", "SMTP server (outgoing)")),
    SettingField(
        "smtp_port", QT_TRANSLATE_NOOP("Connector", "SMTP port (465 for TLS, 587 for STARTTLS)")
    ),
    SettingField("username", QT_TRANSLATE_NOOP("Connector", "User name (often the address)")),
    SettingField(
        "security",
        QT_TRANSLATE_NOOP("Connector", "Encryption: tls, starttls or none"),
        required=False,
        default="tls",
    ),
    SettingField(
        "sent_folder",
        QT_TRANSLATE_NOOP("Connector", "Sent folder (found automatically)"),
        required=False,
    ),
)


class SettingsError(PermanentError):
    """A setting is missing or wrong; the message says which and how to fix it."""


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this computer (127.0.0.0/8, ::1 or localhost)."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _port(settings: Mapping[str, Any], key: str) -> int:
    raw = str(settings.get(key) or "").strip()
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise SettingsError(f"{key} must be a port number between 1 and 65535, not {raw!r}")
    return int(raw)


def _host(settings: Mapping[str, Any], key: str) -> str:
    host = str(settings.get(key) or "").strip()
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise SettingsError(f"{key} must be a server name such as mail.example.org, not {host!r}")
    return host


@dataclass(frozen=True, slots=True)
class EmailSettings:
    address: str
    imap_host: str
    imap_port: int
    smtp_host: str
    smtp_port: int
    username: str
    security: Security
    sent_folder: str | None

    @property
    def domain(self) -> str:
        return self.address.rpartition("@")[2].lower()

    @classmethod
    def parse(cls, settings: Mapping[str, Any]) -> EmailSettings:
        """Checked settings; SettingsError (one line) for the first problem."""
        address = str(settings.get("address") or "").strip()
        local, at, domain = address.rpartition("@")
        if not at or not local or not domain or any(c.isspace() for c in address):
            raise SettingsError(f"address must be an e-mail address, not {address!r}")
        username = str(settings.get("username") or "").strip()
        if not username:
            raise SettingsError("username is missing (often the e-mail address itself)")
        security = str(settings.get("security") or "tls").strip().lower()
        if security not in SECURITY_CHOICES:
            raise SettingsError(f"security must be tls, starttls or none, not {security!r}")
        imap_host, smtp_host = _host(settings, "imap_host"), _host(settings, "smtp_host")
        if security == "none":
            for host in (imap_host, smtp_host):
                if not is_loopback(host):
                    raise SettingsError(
                        f"security=none sends the password unencrypted and is allowed only "
                        f"for a server on this computer (127.0.0.1, ::1, localhost), not "
                        f"{host}: use security=tls or security=starttls"
                    )
        sent_folder = str(settings.get("sent_folder") or "").strip() or None
        return cls(
            address=address,
            imap_host=imap_host,
            imap_port=_port(settings, "imap_port"),
            smtp_host=smtp_host,
            smtp_port=_port(settings, "smtp_port"),
            username=username,
            security=security,  # type: ignore[arg-type]
            sent_folder=sent_folder,
        )
