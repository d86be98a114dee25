"""One Progression per carnet: a lock file beside the carnet.

Policy
------
* Whoever opens a carnet to *write* (the app, ``import-observations``, ``purge-pupil``,
  ``restore``) creates ``<name>.carnet.lock`` with ``O_EXCL`` and writes who holds it:
  ``{host, user, pid, since, version, boot}``. The file sits beside the carnet, so a second
  computer opening the same carnet on a shared folder or a USB key sees it too (SQLite's
  own locks are unreliable on network file systems; this is the "secondary locking
  mechanism" SQLite's documentation asks for).
* A second opening gets ``CarnetLockedError`` naming the user, the computer and the time.
* A lock left by a process that died on *this* computer (same host, pid not alive, or
  another boot) is taken over without asking: a crash must not lock the teacher out. A
  process id is reused by the system: the lock also records when its holder started
  (``started``: the kernel's start time on Linux, the creation time on Windows), and a
  live process with that id but another start time is not the holder. Locks written before
  that field existed are judged on Linux by ``/proc``: a process started after the lock was
  taken, or whose command line is neither Python nor Progression, is not the holder.
  Elsewhere an unsure answer counts as "alive".
* A lock from *another* computer cannot be checked from here. It can be taken over only
  with ``force=True`` (the app asks the teacher) and only when its holder has shown no
  sign of life for ``REMOTE_STALE_AFTER`` (12 h): the holder touches the file while it
  writes (``refresh``), so a carnet left open all week on the classroom computer keeps its
  lock.
* Read-only uses (``info``, ``items``, ``synthesis``, ``check``, ``export``, a backup) do
  not take the lock: SQLite's ordinary shared/reserved locks already keep a reader from
  seeing half a transaction, and refusing to print a synthesis because the app is open
  would only push teachers to copy files around. This is also why the connection does not
  use ``locking_mode=EXCLUSIVE``: it would lock those readers, and our own backup, out.

The lock file is created complete or not at all (written under a private name, then
hard-linked to ``.lock``, which fails if it exists), so a crash never leaves an empty lock.
Where hard links are refused, ``O_EXCL`` then write is the fallback; if that write fails
(a full key), the empty lock just made is removed before the French sentence is raised, so
the next opening, once there is room, is not refused. Creation is exclusive, so two
processes finding the same stale lock cannot both win.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import sys
import time
from datetime import datetime, timedelta
from glob import escape as glob_escape
from pathlib import Path
from typing import NamedTuple

from exports.safe import remove_file
from progression import __version__
from progression.errors import CarnetLockedError, ProgressionError
from progression.wording import Phrase

REMOTE_STALE_AFTER = timedelta(hours=12)
# A lock file that is still empty or unreadable after this long was left by a crash between
# its creation and its first write.
UNREADABLE_STALE_AFTER = timedelta(seconds=30)
REFRESH_EVERY = 300.0  # seconds between two "still here" touches of the lock file


def lock_path(carnet: Path) -> Path:
    carnet = Path(carnet)
    return carnet.with_name(carnet.name + ".lock")


class LockInfo(NamedTuple):
    """Who holds the carnet open, as the lock file says: computer, person, process and since when."""

    host: str
    user: str
    pid: int
    since: str  # ISO 8601 with the holder's UTC offset
    version: str = ""
    boot: str = ""
    started: str = ""  # when the holder process started, as this system counts it ("" unknown)

    @property
    def since_dt(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.since)
        except ValueError:
            return None

    def describe_since(self) -> Phrase:
        """« le 12/03/2027 à 08:15 », or « une date inconnue » (a Phrase: the app words it again)."""
        when = self.since_dt
        if when is None:
            return Phrase("lock.since_unknown")
        local = when.astimezone() if when.tzinfo else when
        return Phrase("lock.since", day=local.date(), hour=local.strftime("%H:%M"))


def _hostname() -> str:
    if hasattr(os, "uname"):  # what socket.gethostname() reads, without loading socket at every opening
        return os.uname().nodename or "?"
    import socket

    return socket.gethostname() or "?"


def _username() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name at all (service account, odd container): still lock
        return "?"


def _boot_marker() -> str:
    """Something that changes at each start of the computer: a pid from before a reboot is dead."""
    if sys.platform.startswith("linux"):
        try:
            return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
        except OSError:
            return ""
    if sys.platform == "win32":
        import ctypes

        try:
            uptime_ms = ctypes.windll.kernel32.GetTickCount64()  # type: ignore[attr-defined]
        except Exception:
            return ""
        booted = time.time() - uptime_ms / 1000
        return str(int(booted // 60))  # to the minute: clock jitter must not change it
    return ""


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (conservative: unsure means alive)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        process_query_limited_information = 0x1000
        still_active = 259
        handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == still_active
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, belongs to someone else
    except OSError:
        return True
    return True


def process_started(pid: int) -> str:
    """When process ``pid`` started, as an opaque token that differs for a reused id; "" if unknown."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
            # The command name (field 2) may hold spaces and parentheses: count from the last ")".
            return stat.rsplit(")", 1)[1].split()[19]  # field 22, starttime in clock ticks since boot
        except (OSError, IndexError):
            return ""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ""
        try:
            times = [ctypes.c_ulonglong() for _ in range(4)]
            if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
                return ""
            return str(times[0].value)  # creation time, 100 ns since 1601
        finally:
            kernel32.CloseHandle(handle)
    return ""


def _linux_started_after(pid: int, since: datetime) -> bool:
    """On Linux, whether process ``pid`` started clearly after ``since`` (so it cannot have taken the lock)."""
    ticks = process_started(pid)
    try:
        boot = next(int(line.split()[1]) for line in Path("/proc/stat").read_text().splitlines()
                    if line.startswith("btime "))
        started = boot + int(ticks) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, StopIteration):
        return False
    when = since if since.tzinfo is not None else since.astimezone()
    return started > when.timestamp() + 120  # seconds of slack: the clock may have been adjusted


def _looks_like_progression(pid: int) -> bool:
    """Whether the command line of ``pid`` could be Progression (unsure: yes)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return True
    command = command.casefold()
    return not command.strip() or "progression" in command or "python" in command


def holder_alive(info: LockInfo) -> bool | None:
    """Whether the holder of a lock is still running: None if it is on another computer (unknowable here)."""
    if not _same_host(info):
        return None
    if info.boot and _boot_marker() and info.boot != _boot_marker():
        return False  # taken before the computer restarted
    if not pid_alive(info.pid):
        return False
    if info.started:
        now = process_started(info.pid)
        return not now or now == info.started  # another start time: the id was given to another program
    if sys.platform.startswith("linux"):
        since = info.since_dt
        if since is not None and _linux_started_after(info.pid, since):
            return False
        return _looks_like_progression(info.pid)
    return True


def read_lock(carnet: Path) -> LockInfo | None:
    """Who holds the carnet, or None if nobody does (or the lock file cannot be read)."""
    try:
        data = json.loads(lock_path(carnet).read_text(encoding="utf-8"))
        return LockInfo(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]),
                        str(data.get("version", "")), str(data.get("boot", "")), str(data.get("started", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _same_host(info: LockInfo) -> bool:
    return info.host.casefold() == _hostname().casefold()


def _last_sign_of_life(path: Path, info: LockInfo | None) -> datetime:
    """The later of the lock's creation and its last refresh (mtime), as a naive local time."""
    try:
        touched = datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        touched = datetime.min
    since = info.since_dt if info else None
    if since is not None and since.tzinfo is not None:
        since = since.astimezone().replace(tzinfo=None)
    return max(touched, since or datetime.min)


def _locked_error(info: LockInfo) -> CarnetLockedError:
    if _same_host(info):
        return CarnetLockedError("lock.open_here", user=info.user, since=info.describe_since())
    return CarnetLockedError("lock.open_elsewhere", user=info.user, host=info.host, since=info.describe_since())


def _lock_error(path: Path, error: OSError) -> ProgressionError:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ProgressionError("lock.disk_full", folder=str(path.parent))
    return ProgressionError("lock.cannot_create", name=path.name, folder=str(path.parent),
                            reason=str(error.strerror or error))


# Locks this process released but could not delete: stale, whoever finds them.
_LEFT_BEHIND: set[LockInfo] = set()


class CarnetLock:
    """The lock file of one open carnet; ``release`` removes it only if it is still ours."""

    def __init__(self, carnet: Path, info: LockInfo) -> None:
        self.carnet = Path(carnet)
        self.path = lock_path(self.carnet)
        self.info = info
        self._refreshed = time.monotonic()
        self.released = False

    @classmethod
    def acquire(cls, carnet: Path, *, force: bool = False, now: datetime | None = None) -> CarnetLock:
        carnet = Path(carnet)
        path = lock_path(carnet)
        stamp = (now or datetime.now()).astimezone().isoformat(timespec="seconds")
        info = LockInfo(_hostname(), _username(), os.getpid(), stamp, __version__, _boot_marker(),
                        process_started(os.getpid()))
        for _attempt in range(3):
            if cls._create(path, info):
                # A lock left behind earlier in this process may look exactly like this one (same
                # second): this one is alive.
                _LEFT_BEHIND.discard(info)
                cls._sweep_private_files(path)
                return cls(carnet, info)
            cls._take_over_if_stale(carnet, force=force, now=now)
        raise CarnetLockedError("lock.being_opened", name=carnet.name)

    @staticmethod
    def _create(path: Path, info: LockInfo) -> bool:
        """Create the lock file with its content in one step; False if it already exists.

        The content is written to a private file first, then hard-linked to the lock name
        (``link`` fails if the name exists, like ``O_EXCL``): a crash can never leave an
        empty lock behind. Where hard links are not supported (FAT keys, some shares),
        ``O_EXCL`` then write is the fallback.
        """
        data = json.dumps(info._asdict(), ensure_ascii=False).encode("utf-8")
        private = path.with_name(f"{path.name}.{info.pid}.tmp")
        try:
            try:
                with private.open("wb") as out:
                    out.write(data)
                    out.flush()
                    os.fsync(out.fileno())
                os.link(private, path)
                return True
            except FileExistsError:
                return False
            except OSError:
                pass  # no hard links here (or no room for the private file): fall back to O_EXCL
            finally:
                with contextlib.suppress(OSError):
                    private.unlink()
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            return False
        except OSError as error:
            raise _lock_error(path, error) from error
        try:
            try:
                os.write(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as error:
            # Ours, made an instant ago and empty or half-written: left there, it would refuse the
            # next opening for UNREADABLE_STALE_AFTER.
            with contextlib.suppress(OSError):
                path.unlink()
            raise _lock_error(path, error) from error
        return True

    @classmethod
    def _take_over_if_stale(cls, carnet: Path, *, force: bool, now: datetime | None) -> None:
        """Remove a lock that nobody holds any more, or raise CarnetLockedError."""
        path = lock_path(carnet)
        current = now or datetime.now()
        info = read_lock(carnet)
        if info is None:
            if not path.exists():
                return  # released meanwhile: try creating again
            age = current - _last_sign_of_life(path, None)
            if age < UNREADABLE_STALE_AFTER:
                raise CarnetLockedError("lock.being_opened", name=carnet.name)
        elif _same_host(info):
            if info not in _LEFT_BEHIND and holder_alive(info):
                raise _locked_error(info)
        else:
            age = current - _last_sign_of_life(path, info)
            if not force:
                raise _locked_error(info)
            if age < REMOTE_STALE_AFTER:
                hours = int(REMOTE_STALE_AFTER.total_seconds() // 3600)
                raise CarnetLockedError("lock.recently_used", host=info.host, user=info.user,
                                        since=info.describe_since(), hours=hours)
        cls._remove_stale(carnet, info)

    @staticmethod
    def _sweep_private_files(path: Path) -> None:
        """Remove private lock files left by a crash between writing and linking them."""
        for private in path.parent.glob(f"{glob_escape(path.name)}.*.tmp"):
            with contextlib.suppress(OSError):
                if time.time() - private.stat().st_mtime > UNREADABLE_STALE_AFTER.total_seconds():
                    private.unlink()

    @staticmethod
    def _remove_stale(carnet: Path, seen: LockInfo | None) -> None:
        # Only remove what we judged stale: if it changed meanwhile, someone else won. Two
        # processes taking over at the same instant both get here, but only one of them can
        # then create the new lock (creation is exclusive); the other finds it held.
        if read_lock(carnet) == seen:
            with contextlib.suppress(OSError):
                remove_file(lock_path(carnet))

    def refresh(self) -> None:
        """Show that the holder is alive (another computer judges staleness by this)."""
        if self.released or time.monotonic() - self._refreshed < REFRESH_EVERY:
            return
        self._refreshed = time.monotonic()
        with contextlib.suppress(OSError):
            os.utime(self.path)

    def release(self) -> None:
        if self.released:
            return
        self.released = True
        if read_lock(self.carnet) == self.info:
            try:
                remove_file(self.path)
            except OSError:
                # Windows: another program (antivirus, sync client) still holds the file. This process
                # is alive, so without a note its own next opening would see the carnet as held.
                _LEFT_BEHIND.add(self.info)

    def __enter__(self) -> CarnetLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()
