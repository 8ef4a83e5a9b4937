"""Review sites' notification e-mails from the command line, as a new user meets them:
Dovecot (IMAP) and aiosmtpd (SMTP) on 127.0.0.1, each command a new process. A Yelp
notification delivered by SMTP into the connected mailbox becomes a Yelp review; the
reply goes on the site and the review is marked answered here."""

# The server fixtures are imported by name, and tests take them as arguments.
# ruff: noqa: F811

from __future__ import annotations

import json
import smtplib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest

from tests.channels.test_email import mail
from tests.cli_runner import CliRunner, assert_fails_in_one_line
from tests.servers.email_servers import Dovecot, SmtpServer, dovecot  # noqa: F401

SHOP = "reviews-desk@example.test"
SAMPLES = Path(__file__).parents[1] / "fixtures" / "review_mail"
pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")


@pytest.fixture
def smtp(dovecot: Dovecot) -> Iterator[SmtpServer]:
    with SmtpServer(dovecot, "none") as server:
        yield server


def sample(name: str, written: datetime) -> bytes:
    """A sample notification as if just written (its Date header set to ``written``)."""
    lines = (SAMPLES / name).read_bytes().split(b"\n")
    dated = [
        b"Date: " + format_datetime(written).encode() if line.startswith(b"Date:") else line
        for line in lines
    ]
    return b"\r\n".join(line.rstrip(b"\r") for line in dated)  # SMTP lines end in CRLF


def send_by_smtp(
    smtp: SmtpServer, dovecot: Dovecot, shop: str, sender: str, content: bytes
) -> None:
    """Hand ``content`` to the SMTP server, which delivers it into ``shop``'s IMAP inbox."""
    with smtplib.SMTP("127.0.0.1", smtp.port) as client:
        client.login(shop, dovecot.password)
        client.sendmail(sender, [shop], content)


def connected(tmp_path: Path, dovecot: Dovecot, smtp: SmtpServer, shop: str = SHOP) -> CliRunner:
    """A new desk whose e-mail account reads ``shop``'s mailbox (one mailbox per test)."""
    cli = CliRunner(tmp_path)
    cli.connect(
        "accounts", "add", "email", "--name", "Reviews",
        "--set", f"address={shop}",
        "--set", "imap_host=127.0.0.1", "--set", f"imap_port={dovecot.port}",
        "--set", "smtp_host=127.0.0.1", "--set", f"smtp_port={smtp.port}",
        "--set", f"username={shop}", "--set", "security=none",
        "--secret-stdin",
        secret=dovecot.password,
    )  # fmt: skip
    return cli


def test_a_yelp_notification_is_a_yelp_review_answered_on_the_site(tmp_path, dovecot, smtp):
    cli = connected(tmp_path, dovecot, smtp)
    written = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    send_by_smtp(smtp, dovecot, SHOP, "no-reply@yelp.com", sample("yelp_multipart.eml", written))
    send_by_smtp(
        smtp, dovecot, SHOP, "no-reply@yelp.com", sample("yelp_insights_newsletter.eml", written)
    )
    synced = cli("sync", "--once")
    assert synced.returncode == 0, synced.stdout + synced.stderr

    by_channel = {m["channel"]: m for m in json.loads(cli("inbox", "--json").stdout)}
    review, newsletter = by_channel["yelp"], by_channel["email"]
    assert review["kind"] == "review" and review["rating"] == 2
    assert review["author_name"] == review["author_handle"] == "Maria G."
    assert review["text"].startswith("Lovely view of the harbour, but the breakfast was cold")
    assert review["url"] == (
        "https://biz.yelp.com/r/harbour-hotel-kiel/review/Qx7mB2kL9?utm_source=review_email"
    )
    assert review["subject"] == "New review for Harbour Hotel Kiel"
    assert review["needs_reply"] is True and review["contact_id"] is not None
    assert review["created_at"] == written.isoformat()
    # A mail from Yelp that is no review stays an e-mail, never lost.
    assert newsletter["kind"] == "email" and newsletter["subject"] == "Your weekly page insights"

    # The reviewer is a Yelp identity of a contact, found by the name Yelp gives.
    (contact,) = [
        c for c in json.loads(cli("contacts", "--json").stdout) if c["id"] == review["contact_id"]
    ]
    assert {"channel": "yelp", "handle": "Maria G."}.items() <= contact["identities"][0].items()

    # No reply goes out from here: the site has no reply API.
    refused = cli("reply", str(review["id"]), "Sorry about the breakfast!", "--approve")
    assert_fails_in_one_line(refused, says="Yelp lets nobody reply from here")

    marked = cli("mark-answered", str(review["id"]))
    assert marked.returncode == 0, marked.stderr
    assert marked.stdout.strip() == f"message {review['id']} marked answered on Yelp"
    (answered,) = [m for m in json.loads(cli("inbox", "--json").stdout) if m["id"] == review["id"]]
    assert answered["needs_reply"] is False and answered["replied_at"] is not None
    # It counts as the business's public reply: its first response, within the hour.
    assert answered["first_response_at"] == answered["replied_at"] and answered["level"] == 3
    again = cli("mark-answered", str(review["id"]))
    assert again.stdout.strip() == f"message {review['id']} was already answered"

    # An e-mail is answered by e-mail, not marked.
    assert_fails_in_one_line(
        cli("mark-answered", str(newsletter["id"])), says="is not a review on a site"
    )
    assert smtp.accepted and all(a.rcpt_tos == [SHOP] for a in smtp.accepted)


def test_a_forged_yelp_notification_stays_an_email(tmp_path, dovecot, smtp):
    shop = "forged-desk@example.test"
    cli = connected(tmp_path, dovecot, smtp, shop)
    dovecot.deliver(shop, (SAMPLES / "yelp_dkim_failed.eml").read_bytes())
    dovecot.deliver(shop, mail("Fine", "Just an e-mail", sender="Ann <ann@example.org>", to=shop))
    assert cli("sync", "--once").returncode == 0
    kinds = sorted((m["channel"], m["kind"]) for m in json.loads(cli("inbox", "--json").stdout))
    assert kinds == [("email", "email"), ("email", "email")]


def test_an_email_answering_the_notification_does_not_answer_the_review(tmp_path, dovecot, smtp):
    shop = "sent-desk@example.test"
    cli = connected(tmp_path, dovecot, smtp, shop)
    written = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    dovecot.deliver(shop, sample("yelp_multipart.eml", written))
    # Someone pressed "Reply" on the notification in their mail program: it went to Yelp's
    # no-reply address, and Maria G. never saw it.
    dovecot.deliver(
        shop,
        mail("Re: New review for Harbour Hotel Kiel", "Thanks!", sender=shop,
             to="no-reply@yelp.com", in_reply_to="yelp-review-0001@notify.yelp.com",
             references="<yelp-review-0001@notify.yelp.com>", date=datetime.now(UTC)),
        mailbox="Sent",
    )  # fmt: skip
    assert cli("sync", "--once").returncode == 0
    (review,) = [m for m in json.loads(cli("inbox", "--json").stdout) if m["channel"] == "yelp"]
    assert review["needs_reply"] is True and review["first_response_at"] is None
