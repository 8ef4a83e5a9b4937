"""A real WordPress on 127.0.0.1 for the WordPress connector's tests.

Debian's ``wordpress`` package (``/usr/share/wordpress``, untouched) served by PHP's
built-in web server, on a private MariaDB started for the run; everything else lives in a
temporary folder that :meth:`WordPressServer.stop` removes. Nothing is written to ``/etc``:
the run's own ``wp-config.php`` sits in a site folder of links into ``/usr/share/wordpress``,
and ``wordpress_php/router.php`` makes it WordPress's ``ABSPATH`` before Debian's
``wp-config.php`` (which reads ``/etc/wordpress/config-HOST.php``) could run. Start-up takes
about 2 s on an idle 2-core machine, up to 8 s under heavy load (``mariadb-install-db``,
``mariadbd``, ``wp_install()``, ``php -S``); each harness call runs PHP once (0.1–0.2 s).

Public API::

    WordPressServer(*, title="Corner Café Blog", timezone="Europe/Berlin",
                    pretty_permalinks=True)
        context manager; start() -> WordPressServer; stop() -> None (no process survives)
        .base_url: str        http://127.0.0.1:PORT — the site's address as a user types it
                              (no trailing slash); WordPress's siteurl and home
        .rest_url: str        base_url + "/wp-json/" (what the Link header rel="https://api.w.org/"
                              of every page names while pretty permalinks are on)
        .admin: WordPressUser the business's administrator (login "owner"), made at install
        .startup_seconds: float   how long start() took
        reset() -> None       the site as right after the install (no posts, comments, other
                              users or application passwords; options back); ids go on growing
        set_pretty_permalinks(on: bool) -> None   off: /wp-json/... answers the home page's
                              HTML (as on a site with plain permalinks); ?rest_route= works always
        set_option(name, value) -> Any            any WordPress option (update_option)
        set_maintenance(on: bool) -> None         WordPress's own maintenance mode: every
                              request answers 503 (HTML page, Retry-After: 600)
        fail_next_rest(route="/", *, method=None, status=500, code="internal_server_error",
                       message=..., times=1) -> None
            the next matching REST requests (route prefix, e.g. "/wp/v2/comments") answer
            WordPress's error JSON {"code", "message", "data": {"status"}} and do nothing

    Users and application passwords
        add_user(login, *, role="subscriber", display_name=None, email=None,
                 password=None) -> WordPressUser
        create_application_password(user, name="Social Inbox") -> ApplicationPassword
            .password as WordPress shows it once ("abcd efgh ijkl mnop qrst uvwx"; WordPress
            accepts it with or without the spaces), .uuid
        revoke_application_password(user, uuid=None) -> None   one, or all of the user's
        application_passwords(user) -> list[dict]   uuid, name, last_used (a Unix time or None)

    Posts and comments (stored with WordPress's own functions, not through HTTP)
        add_post(title, content="", *, author=None (admin), status="publish",
                 published_at=None, comments_open=True) -> Post     .id, .title, .link
        add_comment(post, content, *, author_name="Visitor", author_email="visitor@example.test",
                    author_url="", parent=0, status="approved", at=None, user=None,
                    raw=False) -> int   the comment id
            status: "approved" | "hold" (held for moderation) | "spam" | "trash"
            user: a WordPressUser writes it (a reply from wp-admin, the phone app…), its
                  name, e-mail and URL then come from the user; otherwise a visitor wrote it
            at: aware datetime (stored as date_gmt; "date" is the site's local time)
            raw=False: filtered as WordPress filters what a visitor types (kses: no <script>);
            raw=True: stored exactly as given (what an import or a plugin can store)
        post_comment_form(post, content, *, author_name="Visitor",
                          author_email="visitor@example.test", author_url="", parent=0) -> int
            through the post page's comment form (wp-comments-post.php), as a visitor's
            browser sends it: WordPress decides — a first comment by an e-mail address without
            an approved one waits for moderation; a duplicate is refused (RuntimeError)
        approve_comment(comment_id) / hold_comment / spam_comment / trash_comment -> None
        edit_comment(comment_id, content) -> None
        delete_comment(comment_id) -> None          gone for good (not in the trash)
        comments(post=None) -> list[StoredComment]  every comment in the database, all
                              statuses, by id: to assert a reply was stored exactly once

    Diagnostics
        log() -> str    PHP's errors and the web server's and MariaDB's logs

Records (frozen dataclasses)::

    WordPressUser(id, login, email, display_name, password, roles: tuple[str, ...])
    ApplicationPassword(user: WordPressUser, password, uuid)
    Post(id, title, link)
    StoredComment(id, post_id, parent, user_id, author_name, author_email, author_url,
                  content, status, type, date_gmt: datetime (UTC), date: str (local, as stored),
                  agent)

What a connector should know (all of it WordPress's behaviour, not the harness's):

- The REST API root: discover it from the site's ``Link: <…>; rel="https://api.w.org/"``
  header (``GET base_url``, or ``HEAD``), which is ``/wp-json/`` with pretty permalinks;
  ``base_url + "/?rest_route=/wp/v2/…"`` works on every site, pretty permalinks or not.
- The site's timezone is ``Europe/Berlin`` by default: a comment's ``date`` is local time,
  ``date_gmt`` is UTC (both without an offset). Use ``date_gmt``.
- Application passwords work over plain http here because ``WP_ENVIRONMENT_TYPE`` is
  ``local`` (``wp_is_application_passwords_supported``: https or a local environment).
- A wrong or revoked application password is NOT refused where anonymous visitors may read:
  ``GET wp/v2/comments`` then answers 200 with the public comments only (WordPress checks
  the password only once something asks who the user is). Refused with 401: ``users/me``
  (``rest_not_logged_in``), ``context=edit`` (``rest_forbidden_context``), ``status=hold``
  (``rest_forbidden_param``); a subscriber's password gets 403 there. So ask with
  ``context=edit`` (which also gives the commenters' e-mail addresses).
- To lose an answer after WordPress did the work (a connection dropped mid-request), put
  :class:`tests.servers.misbehaving_proxy.MisbehavingProxy` in front of ``base_url`` and call
  ``proxy.lose_answer("/wp-json/wp/v2/comments", method="POST")``; give the connector
  ``proxy.base_url`` as the site (WordPress's own links still name ``base_url``).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO, Literal

import httpx

from tests.servers.email_servers import free_port
from tests.servers.require import missing, require_program
from tests.servers.running import StartedInWith

WORDPRESS_TREE = Path("/usr/share/wordpress")
PHP_FILES = Path(__file__).with_name("wordpress_php")
CommentStatus = Literal["approved", "hold", "spam", "trash"]
_DB_STATUS: dict[str, CommentStatus] = {"1": "approved", "0": "hold", "spam": "spam"}


@dataclass(frozen=True)
class WordPressUser:
    id: int
    login: str
    email: str
    display_name: str
    password: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class ApplicationPassword:
    user: WordPressUser
    password: str
    uuid: str


@dataclass(frozen=True)
class Post:
    id: int
    title: str
    link: str


@dataclass(frozen=True)
class StoredComment:
    id: int
    post_id: int
    parent: int
    user_id: int
    author_name: str
    author_email: str
    author_url: str
    content: str
    status: str
    type: str
    date_gmt: datetime
    date: str
    agent: str


def _require_wordpress_tree() -> None:
    if (WORDPRESS_TREE / "wp-settings.php").is_file():
        return
    missing(f"WordPress is not installed in {WORDPRESS_TREE} (Debian package wordpress)")


def _dying_with_this_process(command: list[str]) -> list[str]:
    """``command`` killed when the test process dies, even by SIGKILL, so that no mariadbd or
    php outlives a crashed test session (Linux's parent-death signal, set by util-linux's
    ``setpriv`` before it runs the command; a ``preexec_fn`` is unsafe in a threaded process)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", *command] if setpriv else command


def _run_checked(command: list[str]) -> None:
    done = subprocess.run(command, capture_output=True, timeout=120)
    if done.returncode != 0:
        output = (done.stderr + done.stdout).decode(errors="replace").strip()
        raise RuntimeError(f"{command[0]} failed ({done.returncode}): {output}")


def _gmt(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("give an aware datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


class WordPressServer(StartedInWith):
    """Debian's WordPress on MariaDB and ``php -S``. ``with WordPressServer() as site: …``"""

    def __init__(
        self,
        *,
        title: str = "Corner Café Blog",
        timezone: str = "Europe/Berlin",
        pretty_permalinks: bool = True,
    ) -> None:
        _require_wordpress_tree()
        self._php = require_program("php", "php-cli")
        self._mariadbd = require_program("mariadbd", "mariadb-server")
        self._install_db = require_program("mariadb-install-db", "mariadb-server")
        self._title = title
        self._timezone = timezone
        self._pretty_permalinks = pretty_permalinks
        # Short: the MariaDB socket's path must fit in 107 bytes.
        self.root = Path(tempfile.mkdtemp(prefix="socialinbox-wp-", dir="/tmp"))
        self._set_address(free_port())
        self.startup_seconds = 0.0
        self._database: subprocess.Popen[bytes] | None = None
        self._web: subprocess.Popen[bytes] | None = None
        self._web_log: BinaryIO | None = None
        self._admin: WordPressUser | None = None

    def _set_address(self, port: int) -> None:
        self.port = port
        self.base_url = f"http://127.0.0.1:{port}"
        self.rest_url = f"{self.base_url}/wp-json/"

    @property
    def admin(self) -> WordPressUser:
        assert self._admin is not None, "start() the server first"
        return self._admin

    @property
    def _socket(self) -> Path:
        return self.root / "mariadb.sock"

    @property
    def _site(self) -> Path:
        return self.root / "site"

    @property
    def _content(self) -> Path:
        return self.root / "wp-content"

    # -- start and stop --------------------------------------------------------------

    def start(self) -> WordPressServer:
        began = time.monotonic()
        try:
            self._start_database()
            self._write_site()
            (self.root / "opcache").mkdir()
            admin_password = f"pw-{secrets.token_hex(8)}"
            installed = self._run(
                "install",
                title=self._title,
                admin_login="owner",
                admin_email="owner@blog.test",
                admin_password=admin_password,
                timezone=self._timezone,
                pretty_permalinks=self._pretty_permalinks,
            )
            self._admin = WordPressUser(
                id=installed["admin_id"],
                login="owner",
                email="owner@blog.test",
                display_name="owner",
                password=admin_password,
                roles=("administrator",),
            )
            self._start_web_server()
        except Exception as error:
            log = self.log()
            self.stop()
            raise RuntimeError(f"WordPress did not start: {error}\n{log}") from None
        except BaseException:
            self.stop()
            raise
        self.startup_seconds = time.monotonic() - began
        return self

    def _start_database(self) -> None:
        data = self.root / "mariadb"
        config = self.root / "mariadb.cnf"
        config.write_text(
            _MARIADB_CONFIG.format(
                data=data,
                socket=self._socket,
                root=self.root,
                # mariadbd refuses to run as root unless told to (CI runs as root).
                user="user = root" if os.geteuid() == 0 else "",
            )
        )
        _run_checked(
            [
                self._install_db,
                f"--defaults-file={config}",
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve",
            ]
        )
        self._database = subprocess.Popen(
            _dying_with_this_process([self._mariadbd, f"--defaults-file={config}"]),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while not self._socket.exists():
            if self._database.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("mariadbd did not open its socket")
            time.sleep(0.02)

    def _write_site(self) -> None:
        """The site folder (links into Debian's tree, our wp-config.php) and wp-content."""
        self._site.mkdir()
        for entry in WORDPRESS_TREE.iterdir():
            if entry.name not in ("wp-config.php", "wp-content"):
                (self._site / entry.name).symlink_to(entry)
        content = self._content
        for folder in ("plugins", "themes", "uploads", "mu-plugins"):
            (content / folder).mkdir(parents=True)
        for theme in (WORDPRESS_TREE / "wp-content" / "themes").iterdir():
            (content / "themes" / theme.name).symlink_to(theme)
        shutil.copy(PHP_FILES / "mu-plugin.php", content / "mu-plugins" / "socialinbox-tests.php")
        keys = "\n".join(
            f"define('{name}', '{secrets.token_hex(32)}');"
            for name in (
                "AUTH_KEY",
                "SECURE_AUTH_KEY",
                "LOGGED_IN_KEY",
                "NONCE_KEY",
                "AUTH_SALT",
                "SECURE_AUTH_SALT",
                "LOGGED_IN_SALT",
                "NONCE_SALT",
            )
        )
        (self._site / "wp-config.php").write_text(
            _WP_CONFIG.format(socket=self._socket, content=content, keys=keys)
        )
        # The database itself: created before WordPress connects to it.
        _run_checked(
            [
                self._php,
                "-r",
                "$db = new mysqli('localhost', 'root', '', '', 0, $argv[1]);"
                "$db->query('CREATE DATABASE wordpress CHARACTER SET utf8mb4') or exit(1);",
                str(self._socket),
            ]
        )

    def _environment(self) -> dict[str, str]:
        return {
            **os.environ,
            "SOCIALINBOX_WP_SITE": str(self._site),
            "SOCIALINBOX_WP_URL": self.base_url,
        }

    def _php_settings(self) -> list[str]:
        """Errors go to a log, never into an answer (as on a production site)."""
        return [
            "-d",
            "display_errors=0",
            "-d",
            "log_errors=1",
            "-d",
            f"error_log={self.root / 'php-errors.log'}",
            "-d",
            "memory_limit=256M",
            # WordPress's code compiled once for every run of harness.php (the opcode cache
            # of a command-line PHP lives only as long as the process otherwise).
            "-d",
            "opcache.enable_cli=1",
            "-d",
            f"opcache.file_cache={self.root / 'opcache'}",
            "-d",
            "opcache.file_cache_only=1",
        ]

    def _start_web_server(self) -> None:
        # The port was chosen before the install (WordPress stores its address); another
        # program may have taken it since: then move the site to a new port.
        for _attempt in range(3):
            if self._serve_on_port():
                return
            self._set_address(free_port())
            for option in ("siteurl", "home"):
                self._run("set_option", name=option, value=self.base_url)
        raise RuntimeError("php -S found no free port")

    def _serve_on_port(self) -> bool:
        """Starts php -S on ``self.port``: True once it listens, False if the port was taken."""
        log = self.root / "php-server.log"
        self._web_log = log.open("wb")
        self._web = subprocess.Popen(
            _dying_with_this_process(
                [
                    self._php,
                    *self._php_settings(),
                    "-q",  # no line per request in the log
                    "-S",
                    f"127.0.0.1:{self.port}",
                    "-t",
                    str(WORDPRESS_TREE),
                    str(PHP_FILES / "router.php"),
                ]
            ),
            # One process (no PHP_CLI_SERVER_WORKERS: workers outlive a killed parent), which
            # runs one request at a time.
            env=self._environment(),
            stdout=subprocess.DEVNULL,
            stderr=self._web_log,
        )
        # php -S says "Development Server (http://…) started" once it listens: a connection
        # alone could reach whoever else holds the port.
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if "Development Server" in log.read_text(errors="replace"):
                return True
            if self._web.poll() is not None:
                self._web = None
                self._web_log.close()
                return False
            time.sleep(0.02)
        raise RuntimeError(f"php -S did not start listening on port {self.port}")

    def stop(self) -> None:
        for process in (self._web, self._database):
            if process is None:
                continue
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(5)
        self._web = self._database = None
        if self._web_log is not None:
            self._web_log.close()
            self._web_log = None
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        parts = []
        for name in ("php-errors.log", "php-server.log", "mariadb.log"):
            path = self.root / name
            if path.exists():
                parts.append(f"--- {name}\n{path.read_text(errors='replace')}")
        return "\n".join(parts)

    # -- operations through wordpress_php/harness.php --------------------------------

    def _run(self, op: str, **args: Any) -> Any:
        done = subprocess.run(
            [self._php, *self._php_settings(), str(PHP_FILES / "harness.php")],
            input=json.dumps({"op": op, "args": args}).encode(),
            env=self._environment(),
            capture_output=True,
            timeout=60,
        )
        if done.returncode != 0:
            detail = (done.stderr or done.stdout).decode(errors="replace").strip()
            raise RuntimeError(f"WordPress {op} failed: {detail}")
        return json.loads(done.stdout)

    def reset(self) -> None:
        self._run("reset")
        self.set_maintenance(False)
        (self._content / "socialinbox-failures.json").unlink(missing_ok=True)

    def set_option(self, name: str, value: Any) -> Any:
        return self._run("set_option", name=name, value=value)

    def set_pretty_permalinks(self, on: bool) -> None:
        self.set_option("permalink_structure", "/%postname%/" if on else "")

    def set_maintenance(self, on: bool) -> None:
        """On: every page and REST request answers WordPress's own 503 "Briefly unavailable
        for scheduled maintenance" page (HTML, Retry-After: 600), as during an update."""
        marker = self._site / ".maintenance"
        if on:
            # Evaluated at each request: WordPress ignores a mark older than ten minutes.
            marker.write_text("<?php $upgrading = time();\n")
        else:
            marker.unlink(missing_ok=True)

    def fail_next_rest(
        self,
        route: str = "/",
        *,
        method: str | None = None,
        status: int = 500,
        code: str = "internal_server_error",
        message: str = "There has been a critical error on this website.",
        times: int = 1,
    ) -> None:
        """The next ``times`` REST requests whose route starts with ``route``
        (``/wp/v2/comments``; the same for /wp-json/ and ?rest_route=), of ``method`` if
        given, are answered ``status`` with WordPress's error body
        ``{"code", "message", "data": {"status"}}`` and not carried out."""
        failures = self._content / "socialinbox-failures.json"
        pending = json.loads(failures.read_text()) if failures.exists() else []
        pending.append(
            {
                "route": route,
                "method": method,
                "status": status,
                "code": code,
                "message": message,
                "times": times,
            }
        )
        failures.write_text(json.dumps(pending))

    # users and application passwords

    def add_user(
        self,
        login: str,
        *,
        role: str = "subscriber",
        display_name: str | None = None,
        email: str | None = None,
        password: str | None = None,
    ) -> WordPressUser:
        password = password or f"pw-{secrets.token_hex(8)}"
        made = self._run(
            "add_user",
            login=login,
            role=role,
            display_name=display_name or login,
            email=email or f"{login}@example.test",
            password=password,
        )
        return WordPressUser(
            id=made["id"],
            login=made["login"],
            email=made["email"],
            display_name=made["display_name"],
            password=password,
            roles=tuple(made["roles"]),
        )

    def create_application_password(
        self, user: WordPressUser, name: str = "Social Inbox"
    ) -> ApplicationPassword:
        made = self._run("create_application_password", user_id=user.id, name=name)
        return ApplicationPassword(user=user, password=made["password"], uuid=made["uuid"])

    def revoke_application_password(self, user: WordPressUser, uuid: str | None = None) -> None:
        if uuid is None:
            self._run("revoke_application_passwords", user_id=user.id)
        else:
            self._run("revoke_application_passwords", user_id=user.id, uuid=uuid)

    def application_passwords(self, user: WordPressUser) -> list[dict[str, Any]]:
        return list(self._run("application_passwords", user_id=user.id))

    # posts and comments

    def add_post(
        self,
        title: str,
        content: str = "",
        *,
        author: WordPressUser | None = None,
        status: str = "publish",
        published_at: datetime | None = None,
        comments_open: bool = True,
        type: str = "post",
    ) -> Post:
        args: dict[str, Any] = {
            "title": title,
            "content": content,
            "author_id": (author or self.admin).id,
            "status": status,
            "type": type,
            "comments_open": comments_open,
        }
        if published_at is not None:
            args["date_gmt"] = _gmt(published_at)
        made = self._run("add_post", **args)
        return Post(id=made["id"], title=title, link=made["link"])

    def add_comment(
        self,
        post: Post | int,
        content: str,
        *,
        author_name: str = "Visitor",
        author_email: str = "visitor@example.test",
        author_url: str = "",
        parent: int = 0,
        status: CommentStatus = "approved",
        at: datetime | None = None,
        user: WordPressUser | None = None,
        raw: bool = False,
        agent: str = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0",
    ) -> int:
        args: dict[str, Any] = {
            "post_id": post.id if isinstance(post, Post) else post,
            "content": content,
            "author_name": author_name,
            "author_email": author_email,
            "author_url": author_url,
            "parent": parent,
            "status": status,
            "user_id": user.id if user else 0,
            "raw": raw,
            "agent": agent,
        }
        if at is not None:
            args["date_gmt"] = _gmt(at)
        return int(self._run("add_comment", **args)["id"])

    def post_comment_form(
        self,
        post: Post | int,
        content: str,
        *,
        author_name: str = "Visitor",
        author_email: str = "visitor@example.test",
        author_url: str = "",
        parent: int = 0,
    ) -> int:
        """A visitor sends the comment form of the post's page (``wp-comments-post.php``):
        WordPress itself decides whether it waits for moderation (by default, until the
        author has an approved comment) and refuses duplicates. Returns the comment id."""
        answer = httpx.post(
            f"{self.base_url}/wp-comments-post.php",
            data={
                "comment_post_ID": str(post.id if isinstance(post, Post) else post),
                "comment_parent": str(parent),
                "comment": content,
                "author": author_name,
                "email": author_email,
                "url": author_url,
            },
            follow_redirects=False,
            timeout=30,
        )
        found = re.search(r"#comment-(\d+)$", answer.headers.get("location", ""))
        if answer.status_code != 302 or found is None:
            raise RuntimeError(
                f"the comment form was refused ({answer.status_code}): {answer.text[:500]}"
            )
        return int(found.group(1))

    def _set_comment_status(self, comment_id: int, status: CommentStatus) -> None:
        self._run("set_comment_status", id=comment_id, status=status)

    def approve_comment(self, comment_id: int) -> None:
        self._set_comment_status(comment_id, "approved")

    def hold_comment(self, comment_id: int) -> None:
        self._set_comment_status(comment_id, "hold")

    def spam_comment(self, comment_id: int) -> None:
        self._set_comment_status(comment_id, "spam")

    def trash_comment(self, comment_id: int) -> None:
        self._set_comment_status(comment_id, "trash")

    def edit_comment(self, comment_id: int, content: str) -> None:
        self._run("edit_comment", id=comment_id, content=content)

    def delete_comment(self, comment_id: int) -> None:
        self._run("delete_comment", id=comment_id)

    def comments(self, post: Post | int | None = None) -> list[StoredComment]:
        args = {} if post is None else {"post_id": post.id if isinstance(post, Post) else post}
        return [
            StoredComment(
                id=row["id"],
                post_id=row["post_id"],
                parent=row["parent"],
                user_id=row["user_id"],
                author_name=row["author_name"],
                author_email=row["author_email"],
                author_url=row["author_url"],
                content=row["content"],
                status=_DB_STATUS.get(row["approved"], row["approved"]),
                type=row["type"],
                date_gmt=datetime.strptime(row["date_gmt"], "%Y-%m-%d %H:%M:%S").replace(
                    tzinfo=UTC
                ),
                date=row["date"],
                agent=row["agent"],
            )
            for row in self._run("comments", **args)
        ]


_MARIADB_CONFIG = """\
# The test WordPress's private MariaDB, written for one run by tests/servers/wordpress_server.py.
[mariadbd]
datadir = {data}
socket = {socket}
skip-networking
pid-file = {root}/mariadb.pid
log-error = {root}/mariadb.log
{user}
# A few MB instead of MariaDB's 100 MB of preallocated files; nothing here must outlive
# a crash, so no flush to disk at each commit.
innodb-log-file-size = 8M
innodb-buffer-pool-size = 32M
innodb-temp-data-file-path = ibtmp1:2M:autoextend
innodb-autoextend-increment = 2
innodb-flush-log-at-trx-commit = 0
innodb-doublewrite = 0
skip-log-bin
"""

_WP_CONFIG = """\
<?php
// The test WordPress's configuration, written for one run by tests/servers/wordpress_server.py.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
define('WP_CONTENT_DIR', '{content}');
// Application passwords over plain http: wp_is_application_passwords_supported().
define('WP_ENVIRONMENT_TYPE', 'local');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
{keys}
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
"""
