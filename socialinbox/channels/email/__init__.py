"""E-mail over IMAP (incoming, and the Sent folder) and SMTP (replies).

``accounts add email --name N --set address=… --set imap_host=… --set imap_port=…
--set smtp_host=… --set smtp_port=… --set username=… [--set security=tls|starttls|none]
--secret-stdin``: one password for IMAP and SMTP.

Review sites' notification e-mails (Yelp, Tripadvisor, Booking.com) arriving in the
mailbox become review items of their own networks (``channels.review_mail``).
"""

from __future__ import annotations

from typing import ClassVar

from socialinbox.channels.email.connector import EmailConnector
from socialinbox.channels.email.settings import SETTING_FIELDS
from socialinbox.channels.review_mail.networks import REVIEW_SITE_NETWORKS
from socialinbox.core.connector import ConnectorContext, SettingField
from socialinbox.core.names import EMAIL
from socialinbox.core.networks import CORE_NETWORKS, Network
from socialinbox.settings import QT_TRANSLATE_NOOP

__all__ = ["EmailConnector", "EmailConnectorFactory"]


class EmailConnectorFactory:
    kind: ClassVar[str] = "email"
    label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "E-mail (IMAP/SMTP)")
    channels: ClassVar[tuple[str, ...]] = (EMAIL, *(n.name for n in REVIEW_SITE_NETWORKS))
    # E-mail is a core network (one address rule for the whole app); this connector uses it,
    # and declares the review sites whose notification e-mails it reads as reviews.
    networks: ClassVar[tuple[Network, ...]] = (
        *(n for n in CORE_NETWORKS if n.name == EMAIL),
        *REVIEW_SITE_NETWORKS,
    )
    needs_secret: ClassVar[bool] = True
    secret_label: ClassVar[str] = QT_TRANSLATE_NOOP("Connector", "Password")
    secret_help: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Connector",
        "The password of the mailbox, used for IMAP and SMTP. Providers with two-step "
        "sign-in (Gmail, Outlook, iCloud, Yahoo) need an app password created in the "
        "account's security settings.",
    )
    base_url_label: ClassVar[str | None] = None
    default_base_url: ClassVar[str | None] = None
    handle_label: ClassVar[str | None] = None
    setting_fields: ClassVar[tuple[SettingField, ...]] = SETTING_FIELDS

    def create(self, context: ConnectorContext) -> EmailConnector:
        return EmailConnector(context)
