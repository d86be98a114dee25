"""Opening the school server: the URL checked, TLS required off the local socket, failures in French.

The driver is psycopg 3 (the optional ``server`` extra). A password is never written anywhere by
Progression: it comes from libpq's own means (``PGPASSWORD``, a ``.pgpass`` file the teacher keeps,
a client certificate) or is asked at the terminal, once per command.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, exc
from sqlalchemy.engine import URL, make_url

from progression.errors import InvalidInputError, ProgressionError
from progression.validation import shown

# What libpq accepts as "encrypted, or refuse": anything weaker lets a network listener read names.
TLS_MODES = ("require", "verify-ca", "verify-full")


class ServerError(ProgressionError):
    """The school server could not be reached or refused us; the carnet was left as it was."""


def server_url(text: str) -> URL:
    """The URL to connect with: PostgreSQL through psycopg, TLS unless the host is a local socket."""
    try:
        url = make_url(text)
    except exc.ArgumentError:
        raise InvalidInputError(
            f"« {shown(text)} » n'est pas l'adresse d'un serveur : écrivez-la comme "
            "postgresql://identifiant@serveur/base."
        ) from None
    if url.get_backend_name() != "postgresql":
        raise InvalidInputError(
            f"« {shown(url.get_backend_name())} » n'est pas un serveur PostgreSQL : l'adresse commence par postgresql://."
        )
    url = url.set(drivername="postgresql+psycopg")
    host = url.query.get("host", url.host or "")
    local_socket = (not url.host and not host) or str(host).startswith("/")
    mode = url.query.get("sslmode")
    if local_socket:
        return url
    if mode is None:
        return url.update_query_dict({"sslmode": "require"})
    if mode not in TLS_MODES:
        raise InvalidInputError(
            f"Connexion non chiffrée refusée (sslmode={shown(str(mode))}) : hors du serveur lui-même, l'adresse doit "
            "demander le chiffrement (sslmode=require, verify-ca ou verify-full)."
        )
    return url


def _sentence(error: BaseException, url: URL) -> str:
    """One French sentence for what libpq said (its messages are English, and never shown)."""
    said = str(getattr(error, "orig", error)).lower()
    where = f"« {shown(url.host or str(url.query.get('host', 'local')))} »"
    if "password authentication failed" in said or "no password supplied" in said:
        return f"Le serveur {where} a refusé l'identifiant ou le mot de passe de « {shown(url.username or '')} »."
    if "does not exist" in said and "database" in said:
        return f"La base « {shown(url.database or '')} » n'existe pas sur le serveur {where} : vérifiez l'adresse."
    if "role" in said and "does not exist" in said:
        return f"L'identifiant « {shown(url.username or '')} » n'existe pas sur le serveur {where}."
    if "ssl" in said or "certificate" in said:
        return (f"La connexion chiffrée avec le serveur {where} a échoué : vérifiez son certificat ou demandez à "
                "l'administrateur si le chiffrement (TLS) y est activé.")
    if "permission denied" in said or "row-level security" in said or "not allowed" in said:
        return (f"Le serveur {where} refuse cet accès à « {shown(url.username or '')} » : demandez à l'administrateur "
                "les droits sur cette classe.")
    if not isinstance(error, exc.OperationalError | exc.InterfaceError):
        return (f"Le serveur {where} a refusé l'opération : sa base n'est pas dans l'état attendu par cette version "
                "de Progression ; l'administrateur peut lancer « progression server init » (le carnet n'a pas été "
                "modifié).")
    return (f"Le serveur {where} est injoignable ou a interrompu la connexion : vérifiez le réseau et l'adresse, "
            "puis recommencez (le carnet n'a pas été modifié).")


@contextmanager
def server_errors(url: URL) -> Iterator[None]:
    """Turns the driver's failures into one French sentence (no SQL, no traceback)."""
    try:
        yield
    except (exc.OperationalError, exc.InterfaceError, exc.ProgrammingError, exc.InternalError,
            exc.IntegrityError) as error:
        raise ServerError(_sentence(error, url)) from error


class PasswordNeeded(ServerError):
    """The server wants a password and none was given: the app asks for it, then tries again."""


def require_driver() -> None:
    """The PostgreSQL driver is an optional extra: its absence is one French sentence."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise InvalidInputError(
            "Le pilote PostgreSQL n'est pas installé : installez Progression avec son option serveur "
            "(pip install 'progression[server]')."
        ) from None


def connect_engine(text: str, password: str | None = None) -> Engine:
    """An engine whose first connection worked. A password given here is used for this engine only
    (never written anywhere); if the server wants one and none was given, it is asked at the
    terminal, or PasswordNeeded tells the app to ask."""
    require_driver()
    url = server_url(text)
    if password is not None:
        url = url.set(password=password)
    engine = create_engine(url, connect_args={"connect_timeout": 10})
    try:
        engine.connect().close()
    except exc.OperationalError as error:
        engine.dispose()
        said = str(error.orig).lower()
        if "no password supplied" not in said or url.password is not None:
            raise ServerError(_sentence(error, url)) from error
        if not sys.stdin or not sys.stdin.isatty():
            raise PasswordNeeded(f"Le serveur demande le mot de passe de « {shown(url.username or '')} ».") from error
        return connect_engine(text, getpass.getpass(f"Mot de passe de « {url.username} » sur le serveur : "))
    return engine
