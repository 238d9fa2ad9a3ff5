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
import stat
from pathlib import Path

import attrs

from workplan_tui.errors import AlreadyExists, WorkplanError

# hashlib and tempfile are imported where used: `workplan check` on a valid plan never
# needs them, and its start-up time is a target.

MAX_PLAN_BYTES = 8 * 1024 * 1024


# -- reading -------------------------------------------------------------------


def read_text(path: Path, *, limit: int = MAX_PLAN_BYTES, what: str = "plan") -> str:
    """The file's text, or a WorkplanError saying plainly why it cannot be had."""
    return decode_text(read_bytes(path, limit=limit, what=what), str(path), what=what)


def read_bytes(path: Path, *, limit: int = MAX_PLAN_BYTES, what: str = "plan") -> bytes:
    """The bytes of a regular file no larger than limit; WorkplanError (E001, E002) otherwise."""
    name = str(path)
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise WorkplanError.single(name, "E001", f"is a folder, not a {what} file")
        if not stat.S_ISREG(mode):  # a FIFO or device would block or never end
            raise WorkplanError.single(name, "E001", "not a regular file")
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > limit:
                raise WorkplanError.single(
                    name, "E002", f"{what} file is {_size(size)}; the limit is {_size(limit, whole=True)}"
                )
            data = handle.read(limit + 1)
    except WorkplanError:
        raise
    except FileNotFoundError:
        raise WorkplanError.single(name, "E001", "no such file") from None
    except PermissionError:
        raise WorkplanError.single(name, "E001", "permission denied") from None
    except OSError as error:
        reason = "too many levels of symbolic links" if error.errno == errno.ELOOP else error.strerror or str(error)
        raise WorkplanError.single(name, "E001", f"cannot read: {reason}") from None
    if len(data) > limit:  # it grew while being read
        raise WorkplanError.single(name, "E002", f"{what} file is larger than {_size(limit, whole=True)}")
    return data


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
        try:
            return cls.of(Path(path).read_bytes())
        except FileNotFoundError:
            return cls(None)
        except OSError as error:
            raise WorkplanError.single(str(path), "E001", f"cannot read: {error.strerror or error}") from None

    @property
    def exists(self) -> bool:
        """Whether there was a file when the stamp was made."""
        return self.digest is not None

    def changed(self, path: str | os.PathLike[str]) -> bool:
        """Whether path no longer holds what this stamp was made of."""
        return FileStamp.read(path) != self


# -- writing ---------------------------------------------------------------------


def atomic_write(path: str | os.PathLike[str], data: str | bytes, *, create: bool = False, private: bool = False) -> None:
    """Write all of data or nothing: temporary file in the same folder, fsync, rename.

    A replaced file keeps its mode and a new one gets the umask's (0644 under 022), as any
    editor would leave them, so colleagues on a shared drive can read ballots and papers;
    `private` files (the voting codes) are 0600 whatever the umask.

    With `create`, the file must not exist yet: the temporary file is hard-linked into
    place, which fails if any other process got there first (AlreadyExists, E402), where a
    check with `exists()` before writing would let two writers both pass and the second
    silently win. Raises WorkplanError (E403) with the reason when the folder cannot be
    written; the old file, if any, is left as it was and the temporary file is removed.
    """
    import tempfile

    path = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    folder = path.parent if str(path.parent) else Path(".")
    temporary = None
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            # mkstemp makes the file 0600; give it the mode the file should have.
            os.fchmod(descriptor, 0o600 if private else _mode_for(path))
            _write_all(descriptor, payload)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        if create:
            if _link_new(temporary, path):  # linked: the temporary is a second name to remove
                os.unlink(temporary)
        else:
            os.replace(temporary, path)
        temporary = None
        _fsync_folder(folder)
    except FileExistsError:
        raise AlreadyExists.single(str(path), "E402", "already exists; choose another name or remove it first") from None
    except OSError as error:
        raise WorkplanError.single(str(path), "E403", f"cannot write: {error.strerror or error}") from None
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _mode_for(path: Path) -> int:
    """The mode a written file gets: the replaced file's, else what the umask leaves of 0666."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
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
