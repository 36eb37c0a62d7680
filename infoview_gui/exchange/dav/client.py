"""HTTP for the DAV client: one kept-alive connection, Basic auth, timeouts, redirects.

Every failure becomes a :class:`ServerError` with a sentence: nothing listening or no
network, no answer in time, a wrong password, a certificate the system does not trust, a
server error with its status. The password is only ever put in the ``Authorization``
header: never in a message, an exception or the log.
"""

from __future__ import annotations

import base64
import http.client
import logging
import os
import ssl
from dataclasses import dataclass
from urllib.parse import quote, unquote, urljoin, urlsplit

from infoview_gui.domain.i18n import _
from infoview_gui.exchange.dav.errors import ServerError, Trouble

log = logging.getLogger(__name__)

TIMEOUT_S = 20.0
MAX_BODY = 64 * 1024 * 1024  # an answer bigger than this is not a sane address book
MAX_REDIRECTS = 5
_SAFE = "/@:+,;=~!$&'()*"


@dataclass(frozen=True)
class Response:
    """An answer: its status, headers (names in lower case) and body."""

    status: int
    headers: dict[str, str]
    body: bytes
    url: str  # where it was answered, after redirects


def clean_href(href: str) -> str:
    """Return the path of ``href`` percent-encoded one way, so two spellings compare equal."""
    return quote(unquote(urlsplit(href).path), safe=_SAFE)


class Connection:
    """Requests to one server, as one user; reuses its connection between requests."""

    def __init__(
        self,
        url: str,
        user: str,
        password: str,
        *,
        timeout: float = TIMEOUT_S,
        context: ssl.SSLContext | None = None,
    ) -> None:
        parts = urlsplit(url if "://" in url else "https://" + url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ServerError(
                _("“{url}” is not a server address: it starts with https://.").format(url=url),
                Trouble.REFUSED,
            )
        self.base = f"{parts.scheme}://{parts.netloc}{parts.path or '/'}"
        self._timeout = timeout
        self._context = context
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self._auth = "Basic " + token
        self._conn: http.client.HTTPConnection | None = None
        self._origin = ""

    def url(self, href: str) -> str:
        """Return ``href`` (a path or a full address) as a full address on this server."""
        return urljoin(self.base, href)

    def close(self) -> None:
        """Close the connection (the next request opens another)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def request(
        self,
        method: str,
        href: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> Response:
        """Send one request, following redirects; raise ServerError on failure.

        Statuses 401, 403 (but for a precondition), 5xx become errors; other statuses
        are returned for the caller to judge.
        """
        url = self.url(href)
        for _hop in range(MAX_REDIRECTS + 1):
            answer = self._send(method, url, body, headers or {})
            location = answer.headers.get("location")
            if answer.status in (301, 302, 303, 307, 308) and location:
                url = urljoin(url, location)
                continue
            return _judged(answer, method)
        raise ServerError(_("The server sent InfoView round in circles."), Trouble.SERVER)

    def _send(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> Response:
        parts = urlsplit(url)
        target = quote(unquote(parts.path or "/"), safe=_SAFE)
        sent = {"Authorization": self._auth, "User-Agent": "InfoView", **headers}
        if body:
            sent["Content-Length"] = str(len(body))
        for attempt in (1, 2):  # a kept-alive connection the server closed: once more
            conn = self._connection(parts.scheme, parts.netloc)
            try:
                conn.request(method, target, body=body or None, headers=sent)
                reply = conn.getresponse()
                data = reply.read(MAX_BODY + 1)
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
                self.close()
                if attempt == 2:
                    raise _unreachable(parts.netloc) from None
                continue
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                raise _network_error(exc, parts.netloc) from None
            if len(data) > MAX_BODY:
                self.close()
                raise ServerError(_("The server's answer was too big to read."), Trouble.SERVER)
            names = {key.lower(): value for key, value in reply.getheaders()}
            if reply.will_close:
                self.close()
            return Response(reply.status, names, data, url)
        raise AssertionError("unreachable")  # pragma: no cover

    def _connection(self, scheme: str, netloc: str) -> http.client.HTTPConnection:
        origin = f"{scheme}://{netloc}"
        if self._conn is not None and origin == self._origin:
            return self._conn
        self.close()
        if scheme == "https":
            context = self._context or trusting_context()
            self._conn = http.client.HTTPSConnection(netloc, timeout=self._timeout, context=context)
        else:
            self._conn = http.client.HTTPConnection(netloc, timeout=self._timeout)
        self._origin = origin
        return self._conn


CA_FILES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu, Arch, Gentoo
    "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem",  # Fedora, RHEL
    "/etc/pki/tls/certs/ca-bundle.crt",
    "/etc/ssl/ca-bundle.pem",  # openSUSE
    "/etc/ssl/cert.pem",  # macOS, Alpine
)
"""The system's certificates where Linux distributions and macOS keep them."""


def trusting_context(ca_files: tuple[str, ...] = CA_FILES) -> ssl.SSLContext:
    """Return a TLS context that trusts the system's certificates.

    The standalone build carries the OpenSSL of the machine it was built on, which looks
    for certificates where that system keeps them (``/usr/lib/ssl`` on Debian): on another
    distribution, or on macOS, it finds none and would trust no server. Then the first
    bundle of ``ca_files`` found is read. (Windows: Python reads the system's store.)
    """
    context = ssl.create_default_context()
    if context.cert_store_stats()["x509_ca"] == 0:
        found = next((path for path in ca_files if os.path.isfile(path)), None)
        if found is not None:
            context.load_verify_locations(cafile=found)
            log.info("TLS: the system's certificates read from %s", found)
    return context


def _judged(answer: Response, method: str) -> Response:
    """Return ``answer`` unless its status is an error every caller treats alike."""
    status = answer.status
    if status == 401:
        raise ServerError(
            _(
                "The server refused the user name or the password. Check them (some servers "
                "want an app password made in their web page) and try again."
            ),
            Trouble.PASSWORD,
            status,
        )
    if status >= 500:
        log.warning("DAV %s answered %d", method, status)
        raise ServerError(
            _(
                "The server had a problem (HTTP status {status}). Nothing was lost; "
                "InfoView will try again later."
            ).format(status=status),
            Trouble.SERVER,
            status,
        )
    return answer


def refused(answer: Response, what: str) -> ServerError:
    """Return the error for a status that the request ``what`` did not expect."""
    log.warning("DAV %s answered %d", what, answer.status)
    if answer.status in (404, 410):
        return ServerError(
            _(
                "The server no longer has this calendar or address book (HTTP status {status})."
            ).format(status=answer.status),
            Trouble.MISSING,
            answer.status,
        )
    if answer.status == 412:
        return ServerError(
            _("The item changed on the server meanwhile."), Trouble.CHANGED, answer.status
        )
    return ServerError(
        _(
            "The server refused the request (HTTP status {status}): this account may not "
            "do it, or the server does not offer it."
        ).format(status=answer.status),
        Trouble.REFUSED,
        answer.status,
    )


def _unreachable(netloc: str) -> ServerError:
    return ServerError(
        _(
            "Nothing answered at {server}: check the address and your internet connection. "
            "Nothing was lost; InfoView will try again later."
        ).format(server=netloc),
        Trouble.OFFLINE,
    )


def _network_error(exc: BaseException, netloc: str) -> ServerError:
    """Return the sentence for a failure below HTTP."""
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ServerError(
            _(
                "The server's certificate is not trusted by this computer ({reason}), so "
                "InfoView did not send it your password. Check the address."
            ).format(reason=exc.verify_message or "unknown"),
            Trouble.CERTIFICATE,
        )
    if isinstance(exc, TimeoutError):
        return ServerError(
            _(
                "The server at {server} did not answer in time. Nothing was lost; InfoView "
                "will try again later."
            ).format(server=netloc),
            Trouble.TIMEOUT,
        )
    if isinstance(exc, ssl.SSLError):
        return ServerError(
            _("A secure connection to {server} could not be made ({reason}).").format(
                server=netloc, reason=exc.reason or "TLS"
            ),
            Trouble.CERTIFICATE,
        )
    if isinstance(exc, http.client.HTTPException):
        return ServerError(
            _("The server at {server} answered something that is not HTTP.").format(server=netloc),
            Trouble.SERVER,
        )
    return _unreachable(netloc)
