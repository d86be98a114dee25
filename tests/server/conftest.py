"""A real PostgreSQL for the school server's tests: a throwaway cluster made with ``initdb`` and
started with ``pg_ctl`` on a free port, its unix socket in its own folder, stopped and removed
after the session. Never a mock: roles, row-level security and transactions are the server's.

The tests often run as root (CI, containers), and PostgreSQL refuses to run as root: the cluster
then belongs to the ``postgres`` account the Debian package creates (or ``nobody``), and its
folder is made under the system's temporary folder, since pytest's own folder is private to root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER = "postgres"
# The one login that must give a password even on the local socket (the others are trusted there).
PASSWORD_LOGIN = "avec_mot_de_passe"


def _binaries() -> Path | None:
    """The newest PostgreSQL's programs: on PATH, or where the Debian package puts them."""
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_as() -> str | None:
    """The account the cluster runs under when we are root (PostgreSQL refuses root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    pytest.fail("Tests run as root and neither a 'postgres' nor a 'nobody' account exists to run PostgreSQL.")


@dataclass
class PostgresCluster:
    folder: Path
    port: int

    @property
    def socket_dir(self) -> Path:
        return self.folder

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """A SQLAlchemy URL over the unix socket (no TLS needed there)."""
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def tcp_url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(host=str(self.socket_dir), port=self.port, user=SUPERUSER, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return name


@contextlib.contextmanager
def running_cluster(*, durable: bool = False) -> Iterator[PostgresCluster]:
    """A cluster started for the length of the block, then stopped and removed. ``durable`` keeps
    fsync on (the benchmark compares durable writes); the tests go without it."""
    binaries = _binaries()
    if binaries is None:
        pytest.skip("PostgreSQL n'est pas installé (initdb introuvable : paquet Debian « postgresql »).")
    owner = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="progression-pg-"))
    data = folder / "data"
    prefix = ["runuser", "-u", owner, "--"] if owner else []
    if owner:
        shutil.chown(folder, user=owner)
    port = _free_port()

    def run(*args: str) -> None:
        subprocess.run([*prefix, *args], check=True, capture_output=True, text=True, cwd=folder)

    try:
        run(str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth-local=trust",
            "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8")
        hba = data / "pg_hba.conf"
        hba.write_text(f"local all {PASSWORD_LOGIN} scram-sha-256\n" + hba.read_text())
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1"
        if not durable:
            options += " -c fsync=off -c synchronous_commit=off"
        run(str(binaries / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w", "start")
    except subprocess.CalledProcessError as error:
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"Le serveur PostgreSQL de test n'a pas démarré : {error.stderr or error.stdout}")
    try:
        yield PostgresCluster(folder, port)
    finally:
        subprocess.run([*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                       capture_output=True, cwd=folder)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PostgresCluster]:
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture
def server_url(postgres_cluster: PostgresCluster) -> str:
    """A fresh, empty database on the cluster for one test, as its owner (a superuser)."""
    return postgres_cluster.url(postgres_cluster.create_database())
