"""Errors in the user's words: the one place where errors are translated.

Rules for callers:

- Show ``describe(error)`` for any error a person may see, never ``str(error)``. A
  :class:`~socialinbox.core.errors.UserError` is worded from its code (its English
  sentence, with a capital first letter, when no wording exists yet); a file error
  (``OSError``) from what the system said (no such file, no permission, disk full); a
  network's error, a backup's and a database's from their type, with the network's own
  detail after it where it names the cause; anything else is a generic sentence (the
  caller logs the exception).
- ``str(error)`` (English, for support) may go where details are asked for: a message
  box's *Show Details*, the log.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from datetime import UTC, datetime

from socialinbox.core.backup import BackupError
from socialinbox.core.connector import (
    AuthenticationError,
    ChannelError,
    OfflineError,
    RateLimitedError,
    ReplyMustWait,
    TransientError,
)
from socialinbox.core.errors import UserError
from socialinbox.paths import DataFolderUnusable
from socialinbox.storage.database import (
    MINIMUM_SERVER_VERSION,
    DatabaseBusy,
    DatabaseFull,
    DatabaseMissing,
    DatabaseProblem,
    DatabaseReadOnly,
    DatabaseServerTooOld,
    DatabaseSignInRefused,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUnreadable,
)
from socialinbox.storage.transfer import TransferError
from socialinbox.sync.problems import ProblemKind, read_problem
from socialinbox.ui.common.formatting import short_time, translate
from socialinbox.ui.common.outbox_states import state_name

CONTEXT = "errors"


# One entry per error code: the translated sentence, filled from the error's params.
WORDING: dict[str, Callable[[Mapping[str, object]], str]] = {
    # Not found (gone meanwhile, or a wrong id).
    "account.not_found": lambda p: translate("errors", "There is no account with id {id}").format(
        **p
    ),
    "contact.not_found": lambda p: translate("errors", "No contact {id}").format(**p),
    "identity.not_found": lambda p: translate("errors", "No identity {id}").format(**p),
    "message.not_found": lambda p: translate("errors", "There is no message with id {id}").format(
        **p
    ),
    "note.not_found": lambda p: translate("errors", "No note {id}").format(**p),
    # Two desks saved the same thing: the second save is refused, the first kept.
    "note.changed_elsewhere": lambda p: translate(
        "errors", "{user} changed this note while you were editing it; yours was not saved"
    ).format(**p),
    "contact.changed_elsewhere": lambda p: translate(
        "errors",
        "{user} changed this customer's details while you were editing them; yours were not "
        "saved: their version is shown",
    ).format(**p),
    "reminder.not_found": lambda p: translate("errors", "No reminder {id}").format(**p),
    "outbox.not_found": lambda p: translate(
        "errors", "There is no outbox item with id {id}"
    ).format(**p),
    "alert.not_found": lambda p: translate("errors", "There is no alert with id {id}").format(**p),
    # Crisis alerts.
    "alert.acknowledged": lambda p: translate(
        "errors", "{by} has acknowledged this alert already"
    ).format(**p),
    # Accounts.
    "account.interval_too_short": lambda p: translate(
        "errors", "The sync interval is at least {minimum} seconds"
    ).format(**p),
    # Contacts, identities, merges.
    "contact.no_name": lambda p: translate("errors", "A contact needs a name"),
    "contact.merged": lambda p: translate(
        "errors", "Contact {contact_id} was merged into contact {into}"
    ).format(**p),
    "identity.missing": lambda p: translate("errors", "Give a channel and a handle"),
    "identity.not_phone": lambda p: translate("errors", "Not a phone number: {handle}").format(**p),
    "identity.phone_needs_country": lambda p: translate(
        "errors",
        "Not a phone number, or one without its country code (+49…; the country of local "
        "numbers is set under Settings): {handle}",
    ).format(**p),
    "identity.not_email": lambda p: translate("errors", "Not an e-mail address: {handle}").format(
        **p
    ),
    "identity.taken": lambda p: translate(
        "errors",
        "{channel} {handle} belongs to contact {contact_id}; merge the two contacts instead",
    ).format(**p),
    "merge.with_itself": lambda p: translate("errors", "A contact cannot be merged with itself"),
    "merge.gone": lambda p: translate(
        "errors", "Merge {merge_id} does not exist or was undone already"
    ).format(**p),
    "merge.not_merged": lambda p: translate(
        "errors", "Contact {contact_id} is no longer merged"
    ).format(**p),
    "split.last": lambda p: translate(
        "errors", "The contact has only this identity; nothing to split"
    ),
    # Notes.
    "note.empty": lambda p: translate("errors", "A note needs some text"),
    "note.too_long": lambda p: translate(
        "errors", "A note holds at most {limit} characters"
    ).format(**p),
    "message.no_contact": lambda p: translate("errors", "The message belongs to no contact"),
    # Calls and visits logged by hand.
    "outbox.logged": lambda p: translate(
        "errors",
        "A call or visit logged by hand cannot be answered in place: log your call back, "
        "or follow up on another of the customer's channels",
    ),
    "outbox.reply_on_site": lambda p: translate(
        "errors",
        "{network} lets nobody reply from here: answer on the site, then mark the review answered",
    ).format(**p),
    "outbox.window_closed": lambda p: translate(
        "errors",
        "{network} takes no reply to a private message more than {days} days after the "
        "customer's last one: follow up on another of the customer's channels",
    ).format(**p),
    "answered_on_site.not_a_site_review": lambda p: translate(
        "errors",
        "Only a review on a site without replies from here can be marked answered on the site",
    ),
    "logged.channel": lambda p: translate(
        "errors", "A conversation is logged on the phone or in person"
    ),
    "logged.empty": lambda p: translate("errors", "Say what the call or visit was about"),
    "logged.too_long": lambda p: translate(
        "errors", "A logged conversation holds at most {limit} characters"
    ).format(**p),
    "logged.future": lambda p: translate(
        "errors", "That time is in the future: log a conversation once it has happened"
    ),
    "logged.too_old": lambda p: translate("errors", "That time is too long ago"),
    # People, escalations and assignments.
    "user.unknown": lambda p: translate(
        "errors", "Nobody is called “{name}”; the team: {known}"
    ).format(**p),
    "user.role_unknown": lambda p: translate(
        "errors", "“{field}” is no role: choose staff, reviewer or owner"
    ).format(**p),
    "user.name_empty": lambda p: translate("errors", "A person needs a name"),
    "user.name_too_long": lambda p: translate(
        "errors", "A name is at most {limit} characters"
    ).format(**p),
    # The chain's properties (branches).
    "property.unknown": lambda p: translate(
        "errors", "There is no property called “{name}”; the properties: {known}"
    ).format(**p),
    "property.name_taken": lambda p: translate(
        "errors", "There is a property called “{name}” already"
    ).format(**p),
    "property.not_found": lambda p: translate("errors", "That property no longer exists"),
    "property.name_empty": lambda p: translate("errors", "A property needs a name"),
    "property.name_too_long": lambda p: translate(
        "errors", "A name is at most {limit} characters"
    ).format(**p),
    "property.timezone_unknown": lambda p: translate(
        "errors", "“{zone}” is no timezone: use a name such as America/Chicago"
    ).format(**p),
    "escalation.already": lambda p: translate("errors", "It is escalated to {name} already").format(
        **p
    ),
    "escalation.none_open": lambda p: translate("errors", "The message has no open escalation"),
    "escalation.text_empty": lambda p: translate("errors", "Say what came of it"),
    "escalation.text_too_long": lambda p: translate(
        "errors", "At most {limit} characters, please"
    ).format(**p),
    # The arrivals import.
    "arrivals.not_a_file": lambda p: translate(
        "errors", "{file} is not a file (a folder or a device): choose the exported CSV file"
    ).format(**p),
    "arrivals.too_large": lambda p: translate(
        "errors",
        "{file} is larger than {megabytes} MB, more than any arrivals list: "
        "choose the exported CSV file",
    ).format(**p),
    "arrivals.unreadable": lambda p: translate("errors", "Cannot read {file}: {error}").format(**p),
    "arrivals.interrupted": lambda p: translate(
        "errors",
        "The database was busy (another program kept it locked): {saved} of {total} "
        "arrivals were saved. Import the file again to finish.",
    ).format(**p),
    "arrivals.ambiguous_dates": lambda p: translate(
        "errors", "Dates like “{example}” can be read two ways: choose how this file writes dates"
    ).format(**p),
    "arrivals.not_csv": lambda p: translate(
        "errors", "Line {line} cannot be read as CSV: choose the exported CSV file"
    ).format(**p),
    "arrivals.empty": lambda p: translate("errors", "The file is empty"),
    "arrivals.unknown_field": lambda p: translate("errors", "There is no field “{field}”").format(
        **p
    ),
    "arrivals.no_column": lambda p: translate("errors", "The file has no column “{column}”").format(
        **p
    ),
    "arrivals.unmapped": lambda p: (
        translate("errors", "Choose the column that holds the guests' names")
        if p.get("field") == "name"
        else translate("errors", "Choose the column that holds the arrival dates")
    ),
    "arrivals.bad_rows": lambda p: translate(
        "errors",
        "%Ln bad row(s): nothing was imported. Skip them to import the rest.",
        None,
        int(str(p["count"])),
    ),
    # Replies and the outbox.
    "outbox.empty": lambda p: translate("errors", "The reply is empty"),
    "outbox.template_field": lambda p: translate(
        "errors", "The reply still holds the template field {fields}: fill it in"
    ).format(**p),
    "outbox.own_reply": lambda p: translate(
        "errors",
        "Reply {id} was written by {user}; replies need review, so another person must approve it",
    ).format(**p),
    "outbox.no_comment": lambda p: translate(
        "errors", "Say what should change: sending back needs a comment"
    ),
    "outbox.unknown_channel": lambda p: translate("errors", "Unknown channel {field}").format(**p),
    "outbox.no_customer": lambda p: translate(
        "errors", "The message has no known customer to follow up with"
    ),
    "outbox.no_address": lambda p: translate(
        "errors", "The customer has no known address on {network}"
    ).format(**p),
    "outbox.no_account": lambda p: translate(
        "errors", "No connected account sends on {network}"
    ).format(**p),
    "outbox.transition": lambda p: translate(
        "errors", "A reply in the state “{state}” cannot take this step"
    ).format(state=state_name(str(p["state"]))),
    "reply.too_long": lambda p: translate(
        "errors", "The reply is {length} long; {network} takes at most {limit} ({over} too many)"
    ).format(
        # Graphemes are what a person counts as characters: one word for both units.
        length=translate("errors", "%Ln character(s)", None, int(str(p["length"]))),
        limit=translate("errors", "%Ln character(s)", None, int(str(p["limit"]))),
        network=p["network"],
        over=p["over"],
    ),
}


def describe(error: BaseException) -> str:
    """The sentence to show a person for ``error`` (see the module's rules)."""
    if isinstance(error, UserError):
        wording = WORDING.get(error.code)
        if wording is not None:
            return wording(error.params)
        return sentence(str(error))
    if isinstance(error, OSError):
        return file_error_text(error)
    if isinstance(error, ChannelError):
        return network_error_text(error)
    if isinstance(error, DatabaseProblem):
        return database_error_text(error)
    if isinstance(error, DataFolderUnusable):
        return translate(
            "errors",
            "The data folder cannot be used: a file has its name, or it cannot be made there",
        )
    if isinstance(error, BackupError):
        return translate("errors", "The backup could not be made; the details are in the log")
    if isinstance(error, TransferError):
        # The engines' own words (a table, a value) say what to look at.
        return translate(
            "errors", "The copy failed; nothing was kept in the new database ({detail})"
        ).format(detail=str(error))
    return translate("errors", "Something went wrong; the details are in the log")


def file_error_text(error: OSError) -> str:
    """A file that could not be read or written, in words: what the system said."""
    causes = {
        errno.ENOENT: translate("errors", "there is no such file or folder"),
        errno.EACCES: translate("errors", "you have no permission to use it"),
        errno.EPERM: translate("errors", "you have no permission to use it"),
        errno.ENOSPC: translate("errors", "the disk is full"),
        errno.EROFS: translate("errors", "the disk can only be read"),
        errno.EISDIR: translate("errors", "it is a folder"),
    }
    # Without a known cause: what the system said (it speaks the user's language).
    cause = causes.get(error.errno or 0) or error.strerror or str(error)
    if error.filename:
        return translate("errors", "{file} cannot be used: {cause}").format(
            file=error.filename, cause=cause
        )
    return cause


def network_error_text(error: ChannelError) -> str:
    """A network's error: what kind of problem (translated), then the network's detail."""
    if isinstance(error, AuthenticationError):
        text = network_problem_words(ProblemKind.SIGN_IN_REFUSED)
    elif isinstance(error, RateLimitedError):
        text = network_problem_words(ProblemKind.RATE_LIMITED)
    elif isinstance(error, OfflineError):
        text = network_problem_words(ProblemKind.OFFLINE)
    elif isinstance(error, TransientError):
        text = translate("errors", "The network had a passing problem; it is tried again later")
    elif isinstance(error, ReplyMustWait):
        text = translate("errors", "The reply must wait")
    else:
        text = network_problem_words(ProblemKind.REFUSED)
    detail = str(error).strip()
    return f"{text} ({detail})" if detail else text


def network_problem_words(kind: ProblemKind, until: datetime | None = None) -> str:
    """A kind of network problem in words, without the network's detail."""
    if kind is ProblemKind.SIGN_IN_REFUSED:
        return translate("errors", "The network refused the sign-in: sign in again")
    if kind is ProblemKind.RATE_LIMITED and until is not None:
        return translate("errors", "The network asks to wait until {time}").format(
            time=short_time(until)
        )
    if kind is ProblemKind.RATE_LIMITED:
        return translate("errors", "The network asks to wait a while before the next request")
    if kind is ProblemKind.OFFLINE:
        return translate("errors", "The network cannot be reached: check the connection")
    if kind is ProblemKind.SECRET_MISSING:
        return translate(
            "errors", "This computer does not hold the account's secret: sign in again"
        )
    if kind is ProblemKind.UNEXPECTED:
        return translate("errors", "Something went wrong; the details are in the log")
    return translate("errors", "The network refused the request")


def sync_problem_text(last_error: str, near: datetime | None) -> str:
    """A failed account's ``last_error`` (the sync's English) in words: its kind of problem,
    without the network's detail (:func:`sync_problem_detail` has it, for a tooltip).
    ``near``: a time close to a rate limit's end (the account's next sync), which dates
    the end's time of day."""
    problem = read_problem(last_error)
    until = None
    if problem.until is not None:
        reference = (near or datetime.now(UTC)).astimezone(UTC)
        until = datetime.combine(reference.date(), problem.until, tzinfo=UTC)
    text = network_problem_words(problem.kind, until)
    if problem.sending:
        return translate("errors", "Sending replies: {problem}").format(problem=text)
    return text


def sync_problem_detail(last_error: str) -> str:
    """The network's own words in a failed account's ``last_error`` (English, as the
    network answered); empty when it said nothing more."""
    problem = read_problem(last_error)
    return "" if problem.kind is ProblemKind.UNEXPECTED else problem.detail.strip()


def database_error_text(error: DatabaseProblem) -> str:
    """A database that cannot be used, by kind of problem; the detail goes to the log."""
    if isinstance(error, DatabaseTooNew):
        return translate(
            "errors", "The database was made by a newer version of the app: install that version"
        )
    if isinstance(error, DatabaseUnreadable):
        return translate("errors", "The database file is damaged or is not a database")
    if isinstance(error, DatabaseBusy):
        return translate("errors", "Another program keeps the database busy: try again in a moment")
    if isinstance(error, DatabaseReadOnly):
        return translate("errors", "Nothing can be changed: the database can only be read")
    if isinstance(error, DatabaseFull):
        return translate("errors", "The disk holding the database is full")
    if isinstance(error, DatabaseSignInRefused):
        return translate("errors", "The database server refused the user name or password")
    if isinstance(error, DatabaseMissing):
        return translate("errors", "The server has no database by that name")
    if isinstance(error, DatabaseUnavailable):
        return translate(
            "errors", "The database server cannot be reached: check its address and port"
        )
    if isinstance(error, DatabaseServerTooOld):
        return translate(
            "errors", "The server runs PostgreSQL {version}; {minimum} or newer is needed"
        ).format(version=error.version, minimum=MINIMUM_SERVER_VERSION)
    return translate("errors", "The database cannot be used")


def sentence(text: str) -> str:
    """``text`` with a capital first letter, as a status line shows a core error's English."""
    return text[:1].upper() + text[1:]
