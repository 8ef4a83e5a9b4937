"""Each network's OAuth 2 authorization server, declared as data in one place.

The connectors of X, Facebook/Instagram, Google (reviews, YouTube) and LinkedIn take
their endpoints, the scopes of their kind and what the network demands of a business
(:class:`~socialinbox.core.connector.AccessNotice`) from here. Facts from each network's
documentation:

- X (docs.x.com, OAuth 2.0 Authorization Code Flow with PKCE): authorize on
  ``x.com/i/oauth2/authorize``, tokens at ``api.x.com/2/oauth2/token``, revoke at
  ``api.x.com/2/oauth2/revoke``. A native app is a public client (client id only); a
  confidential one authenticates with HTTP Basic. Access tokens last two hours; a refresh
  token comes only with ``offline.access`` and is replaced at each refresh. Paid API.
- Google (developers.google.com/identity/protocols/oauth2/native-app): authorize on
  ``accounts.google.com/o/oauth2/v2/auth`` with ``access_type=offline`` (for a refresh
  token) and ``prompt=consent`` (so that one comes on every new sign-in), tokens at
  ``oauth2.googleapis.com/token``, revoke at ``oauth2.googleapis.com/revoke``. A "Desktop
  app" client has a client secret that Google asks for at the token endpoint although it
  cannot be kept secret in an installed app. The loopback IP redirect stays supported for
  desktop apps. The Business Profile APIs need an approved access request.
- Meta (developers.facebook.com, manual login flow; OIDC code flow with PKCE):
  ``www.facebook.com/vXX/dialog/oauth``, tokens at ``graph.facebook.com/vXX/oauth/access_token``
  (documented as a GET); no refresh tokens: a token is exchanged for a long-lived one
  (about 60 days, ``grant_type=fb_exchange_token`` with the app secret); the grant is
  ended with ``DELETE /me/permissions``. Page messaging and comments need App Review.
- LinkedIn (learn.microsoft.com/linkedin, 3-legged OAuth): ``www.linkedin.com/oauth/v2/
  authorization``, ``/accessToken``, ``/revoke``; the client secret is required; access
  tokens last 60 days, refresh tokens (a year) only for approved partners. Organization
  pages need the Community Management API, granted after review.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from socialinbox.channels.oauth_endpoints import OAuthEndpoints
from socialinbox.core.connector import AccessNotice
from socialinbox.settings import QT_TRANSLATE_NOOP

# The Graph API version, in one place for every Meta URL.
META_GRAPH_VERSION = "v25.0"


@dataclass(frozen=True, slots=True)
class OAuthProvider:
    """One network's authorization server and where a business registers its app.

    ``name`` keys the machine's settings (``oauth_client_id_<name>``); ``api_base_url`` is
    the API host a connector talks to by default: an account whose ``--base-url`` names
    another host (a test server) has its OAuth endpoints moved there too, unless that host
    is under ``api_domain``, where all the network's own APIs are (Google gives each API a
    host of its own under googleapis.com).
    ``needs_client_secret``: the token endpoint asks for the app's secret."""

    name: str
    label: str
    endpoints: OAuthEndpoints
    api_base_url: str
    register_at: str
    needs_client_secret: bool = False
    api_domain: str | None = None

    def endpoints_for(self, base_url: str | None) -> OAuthEndpoints:
        """The endpoints an account at ``base_url`` signs in with."""
        if not base_url or self._is_own(_host(base_url)):
            return self.endpoints
        return self.endpoints.moved_to(base_url)

    def _is_own(self, host: str) -> bool:
        if host == _host(self.api_base_url):
            return True
        return self.api_domain is not None and host.endswith(f".{self.api_domain}")


@dataclass(frozen=True, slots=True)
class OAuthKind:
    """What one kind of account asks of its provider: its scopes, and the notice the accounts
    dialog shows before the user starts (None when the network demands nothing special)."""

    kind: str
    provider: OAuthProvider
    scopes: str
    notice: AccessNotice | None = None


def _host(url: str) -> str:
    return (urlsplit(url).netloc or url).lower()


X = OAuthProvider(
    name="x",
    label="X",
    endpoints=OAuthEndpoints(
        authorize_url="https://x.com/i/oauth2/authorize",
        token_url="https://api.x.com/2/oauth2/token",
        revoke_url="https://api.x.com/2/oauth2/revoke",
        client_auth="basic",
    ),
    api_base_url="https://api.x.com",
    register_at="https://console.x.com",
)
GOOGLE = OAuthProvider(
    name="google",
    label="Google",
    endpoints=OAuthEndpoints(
        authorize_url="https://accounts.google.com/o/oauth2/v2/auth",
        token_url="https://oauth2.googleapis.com/token",
        revoke_url="https://oauth2.googleapis.com/revoke",
        extra_authorize={"access_type": "offline", "prompt": "consent"},
    ),
    api_base_url="https://www.googleapis.com",
    register_at="https://console.cloud.google.com/apis/credentials",
    needs_client_secret=True,
    api_domain="googleapis.com",
)
META = OAuthProvider(
    name="meta",
    label="Meta",
    endpoints=OAuthEndpoints(
        authorize_url=f"https://www.facebook.com/{META_GRAPH_VERSION}/dialog/oauth",
        token_url=f"https://graph.facebook.com/{META_GRAPH_VERSION}/oauth/access_token",
        revoke_url=f"https://graph.facebook.com/{META_GRAPH_VERSION}/me/permissions",
        renewal="long_lived_exchange",
        revoke_method="delete_with_token",
        token_method="GET",
    ),
    api_base_url="https://graph.facebook.com",
    register_at="https://developers.facebook.com/apps",
    needs_client_secret=True,
)
LINKEDIN = OAuthProvider(
    name="linkedin",
    label="LinkedIn",
    endpoints=OAuthEndpoints(
        authorize_url="https://www.linkedin.com/oauth/v2/authorization",
        token_url="https://www.linkedin.com/oauth/v2/accessToken",
        revoke_url="https://www.linkedin.com/oauth/v2/revoke",
    ),
    api_base_url="https://api.linkedin.com",
    register_at="https://www.linkedin.com/developers/apps",
    needs_client_secret=True,
)
PROVIDERS: tuple[OAuthProvider, ...] = (X, GOOGLE, META, LINKEDIN)

_META_REVIEW = AccessNotice(
    QT_TRANSLATE_NOOP(
        "Connector",
        "Meta lets your app read and answer a Page's messages and comments only after App "
        "Review of its permissions (and a verified business).",
    ),
    "https://developers.facebook.com/docs/resp-plat-initiatives/individual-processes/app-review",
)

X_KIND = OAuthKind(
    "x",
    X,
    "tweet.read tweet.write users.read offline.access",
    AccessNotice(
        QT_TRANSLATE_NOOP(
            "Connector",
            "X's API is paid: buy credits for your app in X's Developer Console before "
            "connecting (each post read and reply is charged).",
        ),
        "https://docs.x.com/x-api/getting-started/pricing",
    ),
)
FACEBOOK_KIND = OAuthKind(
    "facebook",
    META,
    "pages_show_list pages_manage_metadata pages_messaging pages_read_engagement "
    "pages_manage_engagement",
    _META_REVIEW,
)
INSTAGRAM_KIND = OAuthKind(
    "instagram",
    META,
    "pages_show_list pages_manage_metadata pages_messaging pages_read_engagement "
    "instagram_basic instagram_manage_messages instagram_manage_comments",
    _META_REVIEW,
)
GOOGLE_REVIEWS_KIND = OAuthKind(
    "google_reviews",
    GOOGLE,
    "https://www.googleapis.com/auth/business.manage",
    AccessNotice(
        QT_TRANSLATE_NOOP(
            "Connector",
            "Google opens the Business Profile APIs to a project only after you request access "
            "and Google approves it.",
        ),
        "https://developers.google.com/my-business/content/prereqs",
    ),
)
YOUTUBE_KIND = OAuthKind(
    "youtube",
    GOOGLE,
    "https://www.googleapis.com/auth/youtube.force-ssl",
    AccessNotice(
        QT_TRANSLATE_NOOP(
            "Connector",
            "Enable the YouTube Data API in your Google Cloud project (10,000 quota units a day); "
            "until Google has verified your app, its sign-ins expire after 7 days.",
        ),
        "https://developers.google.com/youtube/v3/getting-started",
    ),
)
LINKEDIN_KIND = OAuthKind(
    "linkedin",
    LINKEDIN,
    # rw_organization_admin: the page's notifications and its administrators' ACLs.
    "r_organization_social w_organization_social rw_organization_admin",
    AccessNotice(
        QT_TRANSLATE_NOOP(
            "Connector",
            "LinkedIn grants the Community Management API, needed to read and answer a Page's "
            "comments, only to apps it has reviewed and approved.",
        ),
        "https://learn.microsoft.com/en-us/linkedin/marketing/community-management/"
        "community-management-overview",
    ),
)
OAUTH_KINDS: tuple[OAuthKind, ...] = (
    X_KIND,
    FACEBOOK_KIND,
    INSTAGRAM_KIND,
    GOOGLE_REVIEWS_KIND,
    YOUTUBE_KIND,
    LINKEDIN_KIND,
)


def provider(name: str) -> OAuthProvider | None:
    """The provider named ``name`` (a setting's suffix), None for an unknown one."""
    return next((p for p in PROVIDERS if p.name == name), None)
