"""The DAV client's connection: one kept alive for a whole run, and the system's certificates.

The standalone build carries the OpenSSL of the build machine, which looks where that
system keeps its certificates; here that place is emptied through OpenSSL's own variables.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from infoview_gui.exchange.dav import webdav
from infoview_gui.exchange.dav.client import CA_FILES, Connection, trusting_context


class KeptAlive(BaseHTTPRequestHandler):
    """Answers every PUT with 201 and an ETag over HTTP/1.1, keeping the connection."""

    protocol_version = "HTTP/1.1"
    connections: list[int] = []

    def setup(self) -> None:
        super().setup()
        self.connections.append(1)

    def do_PUT(self) -> None:  # noqa: N802 - the handler's naming
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(201)
        self.send_header("ETag", '"1"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet."""


@pytest.fixture
def kept_alive() -> Iterator[str]:
    KeptAlive.connections = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), KeptAlive)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_many_requests_travel_on_one_connection(kept_alive: str) -> None:
    conn = Connection(kept_alive, "student", "secret")
    try:
        for n in range(20):
            assert webdav.put(conn, f"/book/{n}.vcf", "BEGIN:VCARD", webdav.VCARD_TYPE, etag=None)
    finally:
        conn.close()
    assert len(KeptAlive.connections) == 1


SYSTEM_BUNDLE = next((Path(p) for p in CA_FILES if Path(p).is_file()), None)


@pytest.fixture
def openssl_finds_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "none.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "none"))
    assert ssl.create_default_context().cert_store_stats()["x509_ca"] == 0


@pytest.mark.skipif(SYSTEM_BUNDLE is None, reason="no certificate bundle on this system")
def test_the_systems_bundle_is_read_where_openssl_finds_none(
    openssl_finds_nothing: None, tmp_path: Path
) -> None:
    assert SYSTEM_BUNDLE is not None
    missing = str(tmp_path / "missing.pem")
    context = trusting_context((missing, str(SYSTEM_BUNDLE)))
    assert context.cert_store_stats()["x509_ca"] > 0
    assert context.verify_mode is ssl.CERT_REQUIRED and context.check_hostname


def test_nothing_found_trusts_nothing(openssl_finds_nothing: None, tmp_path: Path) -> None:
    context = trusting_context((str(tmp_path / "missing.pem"),))
    assert context.cert_store_stats()["x509_ca"] == 0
    assert context.verify_mode is ssl.CERT_REQUIRED
