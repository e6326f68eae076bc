"""PostgreSQL restarted while the site runs: requests during the outage get the Dutch 503 page, and the
same process serves again once the database is back (persistent connections with health checks), without
a restart. The site runs in a process of its own, reaching PostgreSQL through a proxy this test can cut."""

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

REPOSITORY = Path(settings.BASE_DIR)


class CuttableProxy:
    """A TCP proxy to PostgreSQL: `cut()` drops every connection and refuses new ones; `restore()` ends it."""

    def __init__(self, target):
        self.target = target
        self.down = False
        self.pairs = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            if self.down:
                client.close()
                continue
            upstream = socket.create_connection(self.target)
            self.pairs.append((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)

    def cut(self):
        self.down = True
        for pair in self.pairs:
            for end in pair:
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
        self.pairs.clear()

    def restore(self):
        self.down = False

    def close(self):
        self.cut()
        self.listener.close()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


@pytest.fixture
def site_through_proxy(db):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (runs in .ci/run's PostgreSQL pass)")
    database = connection.settings_dict
    proxy = CuttableProxy((database["HOST"] or "127.0.0.1", int(database["PORT"] or 5432)))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    user = database["USER"] or "postgres"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "kennisbank.settings.test",
        "DATABASE_URL": f"postgres://{user}@127.0.0.1:{proxy.port}/{database['NAME']}",
        "DATABASE_CONN_MAX_AGE": "60",  # as in production: the connection outlives the request
    }
    code = (
        "import django; django.setup()\n"
        "from wsgiref.simple_server import make_server, WSGIRequestHandler\n"
        "from django.core.wsgi import get_wsgi_application\n"
        "class Quiet(WSGIRequestHandler):\n    def log_message(self, *args): pass\n"
        f"make_server('127.0.0.1', {port}, get_wsgi_application(), handler_class=Quiet).serve_forever()"
    )
    server = subprocess.Popen(
        [sys.executable, "-c", code], cwd=REPOSITORY, env=env, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):  # waiting for it to listen, not timing it
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield base, proxy
    server.terminate()
    server.wait(timeout=10)
    proxy.close()


def test_an_outage_gives_the_dutch_503_and_the_same_process_recovers(site_through_proxy):
    base, proxy = site_through_proxy
    assert get(f"{base}/readyz/")[0] == 200
    before, _page = get(f"{base}/")  # now in the shared page cache as well
    assert before != 503

    proxy.cut()  # PostgreSQL restarts: every connection dropped, new ones refused
    status, html = get(f"{base}/?poging=1")  # a page the shared cache does not have
    assert status == 503
    assert "Even niet bereikbaar" in html and "Traceback" not in html
    assert get(f"{base}/")[0] == before  # what the shared cache has is still served
    assert get(f"{base}/readyz/")[0] == 503
    assert get(f"{base}/healthz/")[0] == 200  # the process itself is fine: no restart wanted

    proxy.restore()
    assert get(f"{base}/readyz/")[0] == 200
    assert get(f"{base}/?poging=2")[0] == before  # the same process serves from the database again
