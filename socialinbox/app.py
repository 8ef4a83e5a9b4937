"""The composition root: wires storage, channels, services and the sync engine.

The GUI and the CLI both start from :class:`AppContext`; neither builds its
own services.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sqlalchemy.engine import make_url

from socialinbox.clock import Clock, SystemClock
from socialinbox.core.backup import BACKUP_DIR, latest_good_backup
from socialinbox.core.writer import Writer
from socialinbox.logs import setup_logging
from socialinbox.paths import (
    DATABASE_FILE,
    SETTINGS_FILE,
    default_data_dir,
    ensure_private_dir,
    sqlite_url,
)
from socialinbox.secrets import SecretStore
from socialinbox.settings import (
    ALLOW_PLAINTEXT_KEYRING,
    DATABASE_URL,
    DESK_PROPERTY,
    DISPLAY_NAME,
    NETWORK_REQUEST_DEADLINE_S,
    SYNC_ROUND_DEADLINE_S,
    MachineSettings,
)
from socialinbox.storage.database import Database, server_address, with_password

if TYPE_CHECKING:
    # The services are imported when first used (see _built_once): a command imports
    # the ones it uses, so that it starts at once.
    from socialinbox.channels.registry import ConnectorRegistry
    from socialinbox.core.accounts import Accounts
    from socialinbox.core.actions import MessageActions
    from socialinbox.core.alerts import Alerts
    from socialinbox.core.answered_on_site import AnsweredOnSite
    from socialinbox.core.api_quota_store import ApiQuotaStore
    from socialinbox.core.business_settings import BusinessSettings
    from socialinbox.core.changes import ChangeSet
    from socialinbox.core.connector import OAuthApp
    from socialinbox.core.contacts import Contacts
    from socialinbox.core.escalations import Escalations
    from socialinbox.core.handover import Handover
    from socialinbox.core.inbox import Inbox
    from socialinbox.core.ingest import Ingest
    from socialinbox.core.logged import ConversationLog
    from socialinbox.core.networks import NetworkCatalogue
    from socialinbox.core.notes import Notes
    from socialinbox.core.outbox_delivery import OutboxDelivery
    from socialinbox.core.outbox_service import Outbox
    from socialinbox.core.practice import Practice
    from socialinbox.core.properties import DeskProperty, Properties
    from socialinbox.core.rate_limit_store import RateLimitStore
    from socialinbox.core.reminders import Reminders
    from socialinbox.core.response_levels import ResponseLevels
    from socialinbox.core.sync_leases import SyncLeases
    from socialinbox.core.templates import Templates
    from socialinbox.core.users import Users
    from socialinbox.sync.connect import AccountSetup
    from socialinbox.sync.engine import ChangeCallback, SyncEngine
    from socialinbox.sync.sender import Sender

DEMO_ACCOUNT_NAME = "Demo — The Linden House"
DEMO_CONNECTED_BEFORE = timedelta(hours=1)

T = TypeVar("T")


class _built_once(Generic[T]):  # a decorator's name, as cached_property's
    """A service of :class:`AppContext` built (and its modules imported) on first use,
    once per context even when two threads ask at the same moment (the event loop's and
    the writer's). Assigning the attribute replaces it, as a plain attribute."""

    def __init__(self, build: Callable[[Any], T]) -> None:
        self._build = build
        self._name = build.__name__
        self.__doc__ = build.__doc__
        self._lock = threading.RLock()

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def __get__(self, context: Any, owner: type | None = None) -> T:
        if context is None:
            return self  # type: ignore[return-value]  # the class's own attribute: the descriptor
        with self._lock:
            built = context.__dict__.get(self._name, _NOT_BUILT)
            if built is _NOT_BUILT:
                built = context.__dict__[self._name] = self._build(context)
            return built  # type: ignore[no-any-return]  # what _build returned for this context


_NOT_BUILT = object()


@dataclass(frozen=True, slots=True)
class AppOptions:
    """The global command-line options."""

    data_dir: Path | None = None
    database_url: str | None = None
    user: str | None = None
    # --property: the property (branch) this desk is at, by name (core.properties).
    property_name: str | None = None
    demo: bool = False
    verbose: bool = False
    # Open the window on demo data, check the install, exit (see ui/selftest.py).
    self_test: bool = False


class AppContext:
    """Everything a front end needs, built once per process."""

    def __init__(
        self,
        options: AppOptions,
        *,
        clock: Clock | None = None,
        secrets: SecretStore | None = None,
        registry: ConnectorRegistry | None = None,
        open_database: bool = True,
    ) -> None:
        """``open_database`` False: a context for a command that needs no database (keeping
        a database's password before that database can be opened); ``db`` is not set."""
        self.options = options
        self.is_demo = options.demo
        self._demo_dir: Path | None = None
        if options.demo:
            # A throwaway folder: the demo never touches the user's real data.
            self._demo_dir = Path(tempfile.mkdtemp(prefix="socialinbox-demo-"))
            self.data_dir = ensure_private_dir(self._demo_dir)
        else:
            self.data_dir = ensure_private_dir(options.data_dir or default_data_dir())
        # Everything this process creates (logs, backups, temp files) is owner-only.
        os.umask(0o077)
        setup_logging(self.data_dir, verbose=options.verbose)
        self.clock: Clock = clock or SystemClock()
        self.origin = f"{socket.gethostname()}:{os.getpid()}"
        self.machine_settings = MachineSettings(self.data_dir / SETTINGS_FILE)
        database_url = chosen_database_url(options, self.machine_settings) or sqlite_url(
            self.data_dir / DATABASE_FILE
        )
        # Who is at this desk: --user, else the name set in Settings, else the login name.
        from socialinbox.core.users import DeskUser

        self.desk = DeskUser(options.user, lambda: self.machine_settings.get(DISPLAY_NAME))
        self.secrets = secrets or SecretStore()
        if self.machine_settings.get(ALLOW_PLAINTEXT_KEYRING):
            # Only where the user said so, knowing the file is not encrypted.
            self.secrets.allow_plaintext()
        self.writer = Writer()
        if registry is not None:
            self.__dict__["registry"] = registry  # in place of the built-in one (_built_once)
        if not open_database:
            return
        self.db = Database(self.with_kept_password(database_url))
        try:
            self.db.prepare()
        except BaseException:
            # Leave no connection open on a file the caller may now restore or move.
            self.db.dispose()
            self.writer.close()
            raise

    def with_kept_password(self, url: str) -> str:
        """A database server's URL given without a password, with the one the keychain
        keeps for it (``database-password``); any other URL as it is. Without either,
        libpq's own sources still apply (``~/.pgpass``, ``PGPASSWORD``)."""
        try:
            parsed = make_url(url)
        except Exception:
            return url  # Database words the malformed URL
        address = server_address(parsed)
        if address is None or parsed.password is not None:
            return url
        kept = self.secrets.database_password(address).load()
        return url if kept is None else with_password(url, kept)

    def keep_database_password(self, url: str, password: str) -> str:
        """Sign in to the server database ``url`` (given without a password) with
        ``password`` and, once the server took it, keep it in the keychain for
        :meth:`with_kept_password`; the address it is kept under (``USER@HOST:PORT/DB``).

        Raises ValueError for a URL that is not a server's or carries a password, and the
        server's refusal as a :class:`~socialinbox.storage.database.DatabaseProblem`
        (wrong password, no such database, unreachable): nothing is kept then. Whether
        the keychain outlives this process is the caller's to check
        (``secrets.cannot_keep``)."""
        parsed = make_url(url)
        address = server_address(parsed)
        if address is None:
            raise ValueError("only a PostgreSQL database has a password: postgresql+psycopg://…")
        if parsed.password is not None:
            raise ValueError("the URL must not carry the password: it is kept apart")
        database = Database(with_password(url, password))
        try:
            database.stored_revision()
        finally:
            database.dispose()
        self.secrets.database_password(address).save(password)
        return address

    @property
    def user(self) -> str:
        """The name of the person at this desk now (see core.users.DeskUser)."""
        return self.desk.name

    @user.setter
    def user(self, name: str) -> None:
        self.desk.take_over(name)

    # The services, each built on first use: a command that lists accounts imports
    # neither the contacts nor the outbox code.

    @_built_once
    def registry(self) -> ConnectorRegistry:
        """The connector kinds: built-in ones and installed plug-ins (imported on use)."""
        from socialinbox.channels.registry import default_registry

        return default_registry()

    @_built_once
    def business(self) -> BusinessSettings:
        from socialinbox.core.business_settings import BusinessSettings

        return BusinessSettings(self.db, self.clock, self.origin)

    @_built_once
    def networks(self) -> NetworkCatalogue:
        """Networks are declared by their connectors and found through the registry on
        first use (no connector is imported to start); phone numbers typed without a
        country code are read in the property's country."""
        from socialinbox.core.business_settings import PHONE_REGION
        from socialinbox.core.networks import NetworkCatalogue

        return NetworkCatalogue(
            find=lambda name: self.registry.network(name),
            region=lambda: self.business.get(PHONE_REGION),
            listed=lambda: self.registry.network_names(),
        )

    @_built_once
    def accounts(self) -> Accounts:
        from socialinbox.core.accounts import Accounts

        return Accounts(self.db, self.clock, self.origin)

    @_built_once
    def ingest(self) -> Ingest:
        from socialinbox.core.ingest import Ingest

        return Ingest(self.db, self.clock, self.networks, self.origin)

    @_built_once
    def inbox(self) -> Inbox:
        from socialinbox.core.inbox import Inbox

        return Inbox(self.db)

    @_built_once
    def actions(self) -> MessageActions:
        from socialinbox.core.actions import MessageActions

        return MessageActions(self.db, self.clock, self.origin)

    @_built_once
    def answered_on_site(self) -> AnsweredOnSite:
        """Reviews of sites without replies from here, marked answered on the site."""
        from socialinbox.core.answered_on_site import AnsweredOnSite

        return AnsweredOnSite(self.db, self.clock, self.networks, self.origin)

    @_built_once
    def contacts(self) -> Contacts:
        from socialinbox.core.contacts import Contacts

        return Contacts(
            self.db, self.clock, self.desk, self.networks, self.origin, place=self.desk_property
        )

    @_built_once
    def notes(self) -> Notes:
        from socialinbox.core.notes import Notes

        return Notes(self.db, self.clock, self.desk, self.origin, place=self.desk_property)

    @_built_once
    def properties(self) -> Properties:
        """The chain's properties (branches); none for a single business."""
        from socialinbox.core.properties import Properties

        return Properties(self.db, self.clock, self.origin)

    @_built_once
    def desk_property(self) -> DeskProperty:
        """Which property this desk is at: --property, else the one chosen in Settings."""
        from socialinbox.core.properties import DeskProperty

        return DeskProperty(
            lambda: self.properties,
            self.options.property_name,
            lambda: self.machine_settings.get(DESK_PROPERTY),
        )

    @_built_once
    def reminders(self) -> Reminders:
        from socialinbox.core.reminders import Reminders

        # A desk at one property is shown its own reminders and those at none.
        return Reminders(self.db, self.clock, self.origin, lambda: self.desk_property.known_id())

    @_built_once
    def practice(self) -> Practice:
        """Close-the-loop and thank-you suggestions (run by the upkeep, see core.practice)."""
        from socialinbox.core.practice import Practice

        return Practice(self.db, self.clock, self.networks, self.origin)

    @_built_once
    def handover(self) -> Handover:
        from socialinbox.core.handover import Handover

        # A desk at one property gets its property's handover (core.handover).
        return Handover(self.db, self.clock, self.business, self.alerts, self.desk_property)

    @_built_once
    def conversation_log(self) -> ConversationLog:
        """Calls and visits logged by hand (by this context's user)."""
        from socialinbox.core.logged import ConversationLog

        return ConversationLog(self.db, self.clock, self.desk, self.networks, self.origin)

    @_built_once
    def users(self) -> Users:
        """The team's list; the desk's person joins it on first use."""
        from socialinbox.core.users import Users

        return Users(self.db, self.clock, self.desk, self.origin)

    @_built_once
    def escalations(self) -> Escalations:
        """Escalations and assignments, made by the desk's person."""
        from socialinbox.core.escalations import Escalations

        return Escalations(self.db, self.clock, self.desk, self.origin)

    @_built_once
    def alerts(self) -> Alerts:
        """Crisis alerts: the active ones, acknowledged by the person at this desk."""
        from socialinbox.core.alerts import Alerts

        return Alerts(self.db, self.clock, self.desk, self.origin)

    @_built_once
    def templates(self) -> Templates:
        from socialinbox.core.templates import Templates

        return Templates(self.db, self.business, self.networks)

    @_built_once
    def outbox(self) -> Outbox:
        from socialinbox.core.outbox_service import Outbox

        return Outbox(
            self.db,
            self.clock,
            self.business,
            self.accounts,
            self.registry,
            self.networks,
            self.origin,
        )

    @_built_once
    def delivery(self) -> OutboxDelivery:
        from socialinbox.core.outbox_delivery import OutboxDelivery

        return OutboxDelivery(self.db, self.clock, self.ingest, self.origin)

    @_built_once
    def levels(self) -> ResponseLevels:
        """First responses and response levels (settled before they are read)."""
        from socialinbox.core.response_levels import ResponseLevels

        return ResponseLevels(self.db, self.clock, self.origin)

    @_built_once
    def rate_limits(self) -> RateLimitStore:
        from socialinbox.core.rate_limit_store import RateLimitStore

        return RateLimitStore(self.db, self.clock)

    @_built_once
    def quotas(self) -> ApiQuotaStore:
        """Each account's daily API quota (YouTube's units)."""
        from socialinbox.core.api_quota_store import ApiQuotaStore

        return ApiQuotaStore(self.db, self.clock)

    @_built_once
    def sync_leases(self) -> SyncLeases:
        """Which process fetches which account now, across every desk on the database."""
        from socialinbox.core.sync_leases import SyncLeases

        return SyncLeases(self.db, self.clock, self.origin, self.desk, self.origin)

    def sync_engine(self, on_change: ChangeCallback | None = None) -> SyncEngine:
        """The sync engine; raises DatabaseReadOnly when nothing fetched could be stored
        (before any server is asked)."""
        from socialinbox.sync.engine import SyncEngine

        self.db.require_writable()
        return SyncEngine(
            accounts=self.accounts,
            ingest=self.ingest,
            writer=self.writer,
            registry=self.registry,
            secrets=self.secrets,
            clock=self.clock,
            on_change=on_change,
            sender=self.sender(on_change),
            rate_limits=self.rate_limits,
            quotas=self.quotas,
            levels=self.levels,
            request_deadline=timedelta(
                seconds=self.machine_settings.get(NETWORK_REQUEST_DEADLINE_S)
            ),
            round_deadline=timedelta(seconds=self.machine_settings.get(SYNC_ROUND_DEADLINE_S)),
            sync_leases=self.sync_leases,
        )

    def account_setup(self, engine: SyncEngine) -> AccountSetup:
        """Adding, re-authenticating and removing accounts, over ``engine``'s HTTP client."""
        from socialinbox.sync.connect import AccountSetup

        return AccountSetup(
            registry=self.registry,
            accounts=self.accounts,
            secrets=self.secrets,
            writer=self.writer,
            clock=self.clock,
            http=engine.client,
            oauth_app=self.oauth_app,
        )

    def oauth_app(self, provider: str) -> OAuthApp | None:
        """This computer's app with an OAuth network: its client id from the settings, its
        client secret (where the network has one) from the keychain; None when unset."""
        from socialinbox.core.connector import OAuthApp
        from socialinbox.settings import OAUTH_CLIENT_IDS

        setting = OAUTH_CLIENT_IDS.get(provider)
        client_id = self.machine_settings.get(setting) if setting is not None else None
        if not client_id:
            return None
        return OAuthApp(client_id.strip(), self.secrets.app_secret(provider).load())

    def sender(self, on_change: ChangeCallback | None = None) -> Sender:
        """The outbox sender of this process; its leases carry this process's origin."""
        from socialinbox.sync.sender import Sender

        return Sender(
            delivery=self.delivery,
            writer=self.writer,
            clock=self.clock,
            owner=self.origin,
            on_change=on_change,
        )

    def ensure_demo_account(self) -> ChangeSet | None:
        """In demo mode, add the demo account once (its first sync seeds the inbox).

        The demo business connected it an hour ago, so that what arrives in the
        demo's second round counts as new, as it would for a real account.
        """
        if not self.is_demo or self.accounts.list_accounts():
            return None
        connected = self.clock.now() - DEMO_CONNECTED_BEFORE
        self.writer.call(self.accounts.create, "demo", DEMO_ACCOUNT_NAME, connected_at=connected)
        return None

    def seed_demo_notes(self) -> ChangeSet:
        """In demo mode, once its messages are in: what the demo business keeps on its
        customers beyond their messages — the identities it linked to their cards by
        hand, the calls and visits it logged, its notes (the cornbread guest has all
        three: her WhatsApp number, a visit and a call, the kitchen's note). Added once.

        Calls and visits go in before the notes: a visit logged for a customer with a
        note could raise a return reminder, which the demo keeps for her next round."""
        from socialinbox.channels.demo import load_demo_data
        from socialinbox.core.changes import ChangeSet
        from socialinbox.core.notes import Notes

        change = ChangeSet()
        demo = next((a for a in self.accounts.list_accounts() if a.kind == "demo"), None)
        if not self.is_demo or demo is None:
            return change
        data = load_demo_data()
        for link in data.get("links", []):
            found = self._demo_author(demo.id, str(link["message"]))
            if found is not None:
                channel, handle = str(link["channel"]), str(link["handle"])
                linked = self.writer.call(self.contacts.link, found[1], channel, handle)
                change = change | linked.changes
        for entry in data.get("logged", []):
            found = self._demo_author(demo.id, str(entry["message"]))
            if found is not None:
                change = change | self._seed_demo_log(found[1], entry)
        change = change | self._seed_demo_practice(demo.id, data)
        for note in data.get("notes", []):
            found = self._demo_author(demo.id, str(note["message"]))
            if found is None:
                continue
            message_id, contact_id = found
            if any(n.text == note["text"] for n in self.notes.list_notes(contact_id)):
                continue
            author = Notes(self.db, self.clock, str(note.get("author", "Demo")), self.origin)
            added = self.writer.call(
                author.add,
                contact_id,
                str(note["text"]),
                pinned=bool(note.get("pinned")),
                source_message_id=message_id,
            )
            change = change | added.changes
        return change

    def _seed_demo_practice(self, account_id: int, data: dict[str, Any]) -> ChangeSet:
        """The demo team, its VIP guests and its escalations (one open, one resolved), once."""
        from socialinbox.core.changes import ChangeSet
        from socialinbox.core.escalations import Escalations

        change = ChangeSet()
        for person in data.get("team", []):
            saved = self.writer.call(self.users.add, str(person["name"]), str(person["role"]))
            change = change | saved.changes
        for remote_id in data.get("vip", []):
            found = self._demo_author(account_id, str(remote_id))
            if found is not None and not self.contacts.vip_among([found[1]]):
                change = change | self.writer.call(self.contacts.update, found[1], vip=True)
        for entry in data.get("escalations", []):
            message_id = self.inbox.message_id(account_id, str(entry["message"]))
            if message_id is None or self.escalations.history(message_id):
                continue
            by = Escalations(self.db, self.clock, str(entry["by"]), self.origin)
            created = self.writer.call(
                by.escalate, message_id, str(entry["to"]), entry.get("reason")
            )
            change = change | created.changes
            if entry.get("outcome"):
                settler = Escalations(self.db, self.clock, str(entry["resolved_by"]), self.origin)
                change = change | self.writer.call(
                    settler.resolve, message_id, str(entry["outcome"])
                )
        return change

    def _seed_demo_log(self, contact_id: int, entry: dict[str, Any]) -> ChangeSet:
        """One call or visit of the demo data, logged by its ``by`` unless it is already."""
        from socialinbox.core.changes import ChangeSet
        from socialinbox.core.logged import ConversationLog, LoggedConversation

        text = str(entry["text"])
        timeline = (self.inbox.get(i) for i in self.contacts.timeline(contact_id))
        if any(m is not None and m.text == text for m in timeline):
            return ChangeSet()
        log = ConversationLog(
            self.db, self.clock, str(entry.get("by", "Demo")), self.networks, self.origin
        )
        conversation = LoggedConversation(
            contact_id,
            str(entry["channel"]),
            text,
            inbound=entry.get("direction", "in") != "out",
            at=self.clock.now() - timedelta(minutes=int(entry["minutes_ago"])),
        )
        return self.writer.call(log.log, conversation).changes

    def _demo_author(self, account_id: int, remote_id: str) -> tuple[int, int] | None:
        """The demo message ``remote_id`` and its author's contact, if both are stored."""
        message_id = self.inbox.message_id(account_id, remote_id)
        detail = self.inbox.get(message_id) if message_id is not None else None
        if message_id is None or detail is None or detail.contact_id is None:
            return None
        return message_id, detail.contact_id

    def close(self) -> None:
        self.writer.close()
        if "db" in self.__dict__:
            self.db.dispose()
        if self._demo_dir is not None:
            shutil.rmtree(self._demo_dir, ignore_errors=True)


def chosen_database_url(options: AppOptions, settings: MachineSettings) -> str | None:
    """The database to open when it is not the data folder's own file (None): the one the
    command line names, else the one this computer's settings keep (*File ▸ Database…*,
    :func:`remember_database`); the demo always has its own file."""
    if options.demo:
        return None
    return options.database_url or settings.get(DATABASE_URL)


def remember_database(settings: MachineSettings, url: str | None) -> None:
    """Keep ``url`` as this computer's database from the next start (None: the data folder's
    own file). A password in it is dropped, never written: the keychain keeps passwords."""
    if url is not None:
        # URL.set() ignores None; SQLAlchemy's documented way to clear a part is _replace().
        url = make_url(url)._replace(password=None).render_as_string(hide_password=False)
    settings.set(DATABASE_URL, url)


def damaged_database(options: AppOptions) -> tuple[Path, Path | None] | None:
    """For a database that cannot be read: (its file, the latest good backup or None).

    None when the database is not the data folder's own file (demo, ``--database-url``,
    a server chosen in the settings), which the app's backups do not cover.
    """
    if options.demo or options.database_url is not None:
        return None
    data_dir = options.data_dir or default_data_dir()
    if MachineSettings(data_dir / SETTINGS_FILE).get(DATABASE_URL) is not None:
        return None
    return data_dir / DATABASE_FILE, latest_good_backup(data_dir / BACKUP_DIR)
