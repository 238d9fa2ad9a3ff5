"""Reading files safely, writing them atomically, and telling whether one changed on disk.

Reading refuses, with a located error, what would hang, flood memory or garble text: folders,
FIFOs and devices, files over a size limit, binary data, text that is not UTF-8, empty files.
Writing goes to a temporary file in the same folder, fsynced and renamed into place, so a
crash never leaves half a file. A `FileStamp` answers "is the file still what was read?".
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

import attrs

from workplan_tui.errors import AlreadyExists, WorkplanError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; see write_lock
    fcntl = None  # type: ignore[assignment]

# hashlib and tempfile are imported where used: `workplan check` on a valid plan never
# needs them, and its start-up time is a target.

MAX_PLAN_BYTES = 8 * 1024 * 1024


# -- reading -------------------------------------------------------------------


def read_text(path: Path, *, limit: int = MAX_PLAN_BYTES, what: str = "plan") -> str:
    """The file's text, or a WorkplanError saying plainly why it cannot be had."""
    return decode_text(read_bytes(path, limit=limit, what=what), str(path), what=what)


def read_bytes(path: Path, *, limit: int = MAX_PLAN_BYTES, what: str = "plan", follow_links: bool = True) -> bytes:
    """The bytes of a regular file no larger than limit; WorkplanError (E001, E002) otherwise.

    What is checked is the file opened, not the name looked at before: the name is opened
    without blocking (a FIFO or a device would hang the read, or never end) and the open
    descriptor is asked what it is and how large, so a FIFO or a link swapped in between a
    check and the open is refused like any other. With `follow_links=False` a symbolic link
    at path is refused (E001) instead of read through.
    """
    name = str(path)
    try:
        descriptor = open_regular(path, follow_links=follow_links, what=what)
        try:
            size = os.fstat(descriptor).st_size
            if size > limit:
                raise WorkplanError.single(
                    name, "E002", f"{what} file is {_size(size)}; the limit is {_size(limit, whole=True)}"
                )
            data = _read_at_most(descriptor, limit + 1)
        finally:
            os.close(descriptor)
    except WorkplanError:
        raise
    except OSError as error:
        raise WorkplanError.single(name, "E001", _read_problem(error)) from None
    if len(data) > limit:  # it grew while being read
        raise WorkplanError.single(name, "E002", f"{what} file is larger than {_size(limit, whole=True)}")
    return data


def open_regular(path: str | os.PathLike[str], *, follow_links: bool = True, what: str = "plan") -> int:
    """A read-only descriptor of the regular file at path (the caller closes it).

    Opened with O_NONBLOCK, so opening a FIFO or a device returns at once (a blocking open
    of a FIFO waits for a writer forever), and O_NOCTTY, so a terminal never becomes ours;
    then fstat'ed: WorkplanError (E001) for a folder, a FIFO, a device or a socket. With
    `follow_links=False` also O_NOFOLLOW: a link at path is refused (ELOOP, E001). Other
    OSErrors (no such file, permission denied) are raised as they are.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if not follow_links and error.errno == errno.ELOOP and os.path.islink(path):
            raise WorkplanError.single(str(path), "E001", f"is a symbolic link, not a {what} file") from None
        raise
    try:
        mode = os.fstat(descriptor).st_mode
    except OSError:
        os.close(descriptor)
        raise
    if stat.S_ISREG(mode):
        return descriptor
    os.close(descriptor)
    if stat.S_ISDIR(mode):
        raise WorkplanError.single(str(path), "E001", f"is a folder, not a {what} file")
    # A FIFO or a device would block or never end; a socket cannot be read as a file.
    raise WorkplanError.single(str(path), "E001", "not a regular file")


def _read_at_most(descriptor: int, most: int) -> bytes:
    # os.read may return less than asked before the end (network file systems); loop until
    # the end of the file or `most` bytes.
    chunks: list[bytes] = []
    left = most
    while left > 0:
        chunk = os.read(descriptor, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _read_problem(error: OSError) -> str:
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    reason = "too many levels of symbolic links" if error.errno == errno.ELOOP else error.strerror or str(error)
    return f"cannot read: {reason}"


def decode_text(data: bytes, file: str, *, what: str = "plan") -> str:
    """A file's bytes as text, a leading byte-order mark dropped; WorkplanError (E003, E004)
    when they are binary, not UTF-8 or hold nothing but white space."""
    if b"\x00" in data:
        raise WorkplanError.single(file, "E003", f"binary data, not a TOML {what} file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        raise WorkplanError.single(file, "E003", "not UTF-8 text; save the file as UTF-8", line, column) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        hint = f"; run `workplan new {file}` for a starter plan" if what == "plan" else ""
        raise WorkplanError.single(file, "E004", f"the file is empty{hint}")
    return text


def _size(count: int, whole: bool = False) -> str:
    # Ballots are limited to 64 KB: "the limit is 0 MB" would say nothing.
    unit, name = (1_048_576, "MB") if count >= 1_048_576 else (1024, "KB")
    return f"{count // unit} {name}" if whole else f"{count / unit:.1f} {name}"


# -- changed on disk? ------------------------------------------------------------


@attrs.frozen
class FileStamp:
    """What a file held when it was read: the SHA-256 of its bytes (None: there was no file).

    Its content, not its modification time: an editor may save the same bytes again (no
    change), and a copy or a quick second save may keep the old time (a change).
    """

    digest: str | None

    @classmethod
    def of(cls, data: bytes | None) -> FileStamp:
        """The stamp of these bytes, or of no file (None)."""
        if data is None:
            return cls(None)
        import hashlib

        return cls(hashlib.sha256(data).hexdigest())

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> FileStamp:
        """The stamp of what is at path now; of no file when there is none. WorkplanError
        (E001) when it exists but cannot be read."""
        import hashlib

        try:
            descriptor = open_regular(path)  # a FIFO swapped in must not hang a save (E001)
        except FileNotFoundError:
            return cls(None)
        except OSError as error:
            raise WorkplanError.single(str(path), "E001", _read_problem(error)) from None
        digest = hashlib.sha256()
        try:
            while chunk := os.read(descriptor, 1 << 20):
                digest.update(chunk)
        except OSError as error:
            raise WorkplanError.single(str(path), "E001", _read_problem(error)) from None
        finally:
            os.close(descriptor)
        return cls(digest.hexdigest())

    @property
    def exists(self) -> bool:
        """Whether there was a file when the stamp was made."""
        return self.digest is not None

    def changed(self, path: str | os.PathLike[str]) -> bool:
        """Whether path no longer holds what this stamp was made of."""
        return FileStamp.read(path) != self


# -- writing ---------------------------------------------------------------------

# The temporary files atomic_write makes: `.<name>.<8 random characters>.workplan-tmp`. The
# suffix is ours alone, so leftovers of a killed writer can be told from anyone else's files.
TEMPORARY_SUFFIX = ".workplan-tmp"
_TEMPORARY_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMPORARY_SUFFIX))
# Older than this and held by no writer: left by a process that was killed mid-write.
STALE_AFTER_SECONDS = 10 * 60
# A folder is swept at most this often by one process (a ballot folder may hold 10,000 files).
SWEEP_EVERY_SECONDS = 60.0
_swept: dict[str, float] = {}


def atomic_write(
    path: str | os.PathLike[str],
    data: str | bytes,
    *,
    create: bool = False,
    private: bool = False,
    follow_links: bool = False,
) -> None:
    """Write all of data or nothing: temporary file in the same folder, fsync, rename.

    A replaced file keeps its mode and a new one gets the umask's (0644 under 022), as any
    editor would leave them, so colleagues on a shared drive can read the plan, the papers
    and the annexes, and the officer can read and count the ballots members cast from their
    own accounts; `private` files (the voting codes, which let anyone cast a member's vote)
    are 0600 whatever the umask or the replaced file's mode. This is the one place a
    written file's mode is decided: every writer comes here.

    A symbolic link at path is replaced by the new file (ballots, the codes, papers): nothing
    is written outside the folder named, whatever a link planted there points at. With
    `follow_links` (a plan being edited, which its officer opened through the link) it is
    written through, as editors do: the temporary file is made in the folder of the link's
    final target and renamed over the target, so the link stays a link (a plan kept in a
    shared folder and linked from a working copy).

    With `create`, the file must not exist yet: the temporary file is hard-linked into
    place, which fails if any other process got there first (AlreadyExists, E402), where a
    check with `exists()` before writing would let two writers both pass and the second
    silently win (a link at path, even a dangling one, is a file that exists). Raises
    WorkplanError (E403) with the reason when the folder cannot be written; the old file, if
    any, is left as it was and the temporary file is removed. Temporary files of this
    pattern left in the folder by a killed writer are removed afterwards (`sweep_leftovers`).
    """
    import tempfile

    name = str(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    descriptor = None
    temporary = None
    try:
        target = Path(path) if create or not follow_links else final_target(Path(path))
        folder = target.parent if str(target.parent) else Path(".")
        descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX, dir=folder)
        _hold(descriptor)  # held until renamed: a sweep never takes a file being written
        # mkstemp makes the file 0600; give it the mode the file should have.
        os.fchmod(descriptor, 0o600 if private else _mode_for(target, follow_links=follow_links and not create))
        _write_all(descriptor, payload)
        os.fsync(descriptor)
        if create:
            if _link_new(temporary, target):  # linked: the temporary is a second name to remove
                os.unlink(temporary)
        else:
            os.replace(temporary, target)
        temporary = None
        _fsync_folder(folder)
    except FileExistsError:
        raise AlreadyExists.single(name, "E402", "already exists; choose another name or remove it first") from None
    except OSError as error:
        raise WorkplanError.single(name, "E403", f"cannot write: {_write_problem(error)}") from None
    finally:
        if descriptor is not None:
            os.close(descriptor)
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    _sweep_now_and_then(folder)


def final_target(path: Path) -> Path:
    """The file a write to path lands in: path itself, or the final target of the link at
    path (OSError ELOOP for a loop of links)."""
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if target.is_symlink():  # realpath leaves a loop unresolved
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(path))
    return target


def _write_problem(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "too many levels of symbolic links"
    return error.strerror or str(error)


def _hold(descriptor: int) -> None:
    """An exclusive advisory lock on a temporary file being written (see sweep_leftovers)."""
    if fcntl is None:
        return
    with contextlib.suppress(OSError):  # a file system without locks: age alone then decides
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


# -- leftovers of killed writers ---------------------------------------------------


def is_temporary_name(name: str) -> bool:
    """Whether a file name is one of atomic_write's temporary files (`.plan.toml.k3j9x0q_.workplan-tmp`)."""
    return name.endswith(TEMPORARY_SUFFIX) and _TEMPORARY_NAME.fullmatch(name) is not None


def sweep_leftovers(folder: str | os.PathLike[str], *, older_than: float = STALE_AFTER_SECONDS) -> list[str]:
    """Remove the temporary files atomic_write left in folder when its process was killed;
    the names removed.

    Only files of atomic_write's own pattern (`is_temporary_name`), regular files (not links),
    last written more than `older_than` seconds ago, and not locked: a writer holds an
    exclusive lock on its temporary file until it is renamed into place, so a slow writer's
    file is never taken. Nothing else in the folder is touched; any error leaves the file.
    """
    import time

    cutoff = time.time() - older_than
    removed: list[str] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not is_temporary_name(entry.name):
            continue
        try:
            seen = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if stat.S_ISREG(seen.st_mode) and seen.st_mtime < cutoff and _remove_unheld(entry.path, seen):
            removed.append(entry.name)
    return removed


def _remove_unheld(path: str, seen: os.stat_result) -> bool:
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        if fcntl is not None:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False  # a writer is still at work on it
            except OSError:
                pass  # no locks on this file system: the age decides
        now = os.fstat(descriptor)
        if (now.st_dev, now.st_ino) != (seen.st_dev, seen.st_ino) or now.st_mtime != seen.st_mtime:
            return False  # not the file looked at, or written since
        os.unlink(path)
        return True
    except OSError:
        return False
    finally:
        os.close(descriptor)


def _sweep_now_and_then(folder: Path) -> None:
    import time

    key = os.path.abspath(folder)
    now = time.monotonic()
    last = _swept.get(key)
    if last is not None and now - last < SWEEP_EVERY_SECONDS:
        return
    _swept[key] = now
    sweep_leftovers(folder)


# -- one writer of a plan at a time -------------------------------------------------

LOCK_WAIT_SECONDS = 30.0


def lock_path(path: str | os.PathLike[str]) -> Path:
    """The lock file of the file at path: `.<name>.lock` beside the file a write lands in
    (a link's target, so that the link and its target share one lock)."""
    target = final_target(Path(path))
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def write_lock(path: str | os.PathLike[str], *, wait: float | None = None) -> Iterator[None]:
    """Hold the advisory lock of the file at path (fcntl.flock on `lock_path(path)`) while
    it is checked and written: of two writers, the second waits until the first has written,
    then sees what it wrote. Every writer of a plan file takes it (EditSession.save, so
    `import`, `close` and the app's saves; plan_io.write_plan; `new` filling an empty file).

    The lock file is created beside the file with the umask's mode (colleagues who may save
    the plan must be able to lock it; it holds nothing) and never removed: removing it while
    another process waits on it would let a third lock a new file and both write. WorkplanError
    (E403) when it cannot be created or is not had within `wait` seconds (default
    LOCK_WAIT_SECONDS). Not re-entrant: a process holding it must not take it again. Where the file
    system has no locks (some network shares) or there is no fcntl (Windows), writing goes
    on unlocked, as before: the changed-on-disk check still catches most clashes.
    """
    import time

    name = str(path)
    try:
        lock = lock_path(path)
    except OSError as error:
        raise WorkplanError.single(name, "E403", f"cannot write: {_write_problem(error)}") from None
    if fcntl is None:
        yield
        return
    wait = LOCK_WAIT_SECONDS if wait is None else wait
    deadline = time.monotonic() + wait
    pause = 0.002
    while True:
        try:
            descriptor = _open_lock(lock)
        except OSError as error:
            # Mostly the folder (missing, read-only), as for the write itself; name the lock
            # file only when it is the one in the way (a colleague's, unreadable).
            whose = f" (its lock file {lock.name})" if os.path.lexists(lock) else ""
            raise WorkplanError.single(name, "E403", f"cannot write: {_write_problem(error)}{whose}") from None
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                raise WorkplanError.single(name, "E403", f"cannot lock: {lock.name} is not a regular file; remove it")
            locked = _try_lock(descriptor)
            if locked is None:  # this file system has no locks
                break
            if locked and _same_file(descriptor, lock):
                break
            if locked:  # removed by hand meanwhile: lock the file now at that name
                os.close(descriptor)
                continue
            if time.monotonic() > deadline:
                raise WorkplanError.single(
                    name, "E403",
                    f"cannot write: another program has been writing this file for over {wait:.0f} s "
                    f"(it holds {lock.name}); nothing was written, try again",
                )
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)
        time.sleep(pause)
        pause = min(pause * 2, 0.05)
    try:
        yield
    finally:
        os.close(descriptor)  # closing the last descriptor releases the lock


def _open_lock(lock: Path) -> int:
    # Read and write where allowed (NFS emulates flock with fcntl locks, which need a file open
    # for writing); read-only for a colleague's lock file left with the umask's 0644.
    flags = os.O_CREAT | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(lock, os.O_RDWR | flags, 0o666)  # the umask takes what it takes
    except PermissionError:
        return os.open(lock, os.O_RDONLY | flags, 0o666)


def _try_lock(descriptor: int) -> bool | None:
    """True: locked; False: another process holds it; None: no locks on this file system."""
    assert fcntl is not None
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError as error:
        if error.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS, errno.EINVAL, errno.EBADF):
            return None
        raise


def _same_file(descriptor: int, path: Path) -> bool:
    try:
        there = os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    here = os.fstat(descriptor)
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def usual_mode(path: str | os.PathLike[str]) -> int:
    """The mode a file made under path's name should get (the replaced file's, else the
    umask's), for writers that make their own temporary file (mkstemp makes it 0600)."""
    return _mode_for(Path(path))


def _mode_for(path: Path, *, follow_links: bool = True) -> int:
    """The mode a written file gets: the replaced file's, else what the umask leaves of 0666
    (a link that is replaced, not written through, is no file whose mode to keep)."""
    try:
        replaced = os.stat(path, follow_symlinks=follow_links)
        if stat.S_ISREG(replaced.st_mode):
            return stat.S_IMODE(replaced.st_mode)
    except OSError:
        pass
    return 0o666 & ~_umask()


def _umask() -> int:
    # Linux shows the umask without changing it; elsewhere it is set and put back at once.
    with contextlib.suppress(OSError, ValueError, StopIteration), open("/proc/self/status", encoding="ascii") as status:
        return int(next(line for line in status if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


def _write_all(descriptor: int, payload: bytes) -> None:
    # os.write may write less than asked (signals, pipes, nearly full disks); loop until done.
    view = memoryview(payload)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


def _link_new(temporary: str, path: Path) -> bool:
    """Put the finished temporary file at path only if path does not exist (FileExistsError).

    True when it was hard-linked (the temporary name remains), False when renamed.
    """
    try:
        os.link(temporary, path)
        return True
    except FileExistsError:
        raise
    except OSError as error:
        # Some file systems (FAT, some network shares) have no hard links. Claim the name
        # with O_EXCL instead, then rename the full file over the claim: a reader may see an
        # empty file for a moment (a ballot reader rejects it as empty), never half a file.
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.replace(temporary, path)
        return False


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
