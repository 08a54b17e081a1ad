"""Real server processes for tests that need more than one process or real HTTP."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time

import httpx

from tests.conftest import REPO


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def server(settings, *args: str, timeout: float = 60.0, env: dict[str, str] | None = None):
    """`python -m sociale_kaart serve` on a free loopback port (plus `env`); yields its base URL."""
    with server_process(settings, *args, timeout=timeout, env=env) as (base, _proc):
        yield base


@contextlib.contextmanager
def server_process(settings, *args: str, timeout: float = 60.0, env: dict[str, str] | None = None):
    """As `server`, yielding (base URL, process) for tests that stop or kill it themselves."""
    with servers(settings, args=args, timeout=timeout, env=env) as ((base, proc),):
        yield base, proc


@contextlib.contextmanager
def servers(*all_settings, args: tuple[str, ...] = (), timeout: float = 60.0, env: dict[str, str] | None = None):
    """Several servers (plain http, plus `env`), started at the same time; yields their (base URL, process) pairs."""
    started = []
    try:
        for settings in all_settings:
            port = free_port()
            environ = {**os.environ, "SK_DATABASE_URL": settings.database_url, "SK_INDEX_DIR": str(settings.index_dir),
                       "SK_HOST": "127.0.0.1", "SK_PORT": str(port), "SK_COOKIE_SECURE": "0", **(env or {})}
            proc = subprocess.Popen([sys.executable, "-m", "sociale_kaart", "serve", *args], cwd=REPO, env=environ,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            started.append((f"http://127.0.0.1:{port}", proc))
        deadline = time.monotonic() + timeout
        for base, proc in started:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"server exited: {proc.stderr.read().decode()[-2000:]}")
                try:
                    if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError("server did not start in time")
                time.sleep(0.2)
        yield started
    finally:
        for _, proc in started:
            if proc.poll() is None:
                proc.terminate()
        for _, proc in started:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
