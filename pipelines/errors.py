"""Storage errors as one line naming the path. Kept free of heavy imports so the command line
can catch them without loading pyarrow."""

import errno
from collections.abc import Iterator
from contextlib import contextmanager


class StorageError(OSError):
    """The storage root cannot be read or written (full, read-only, no permission, a file where
    a folder should be ...): one line naming the path, for the command line to print."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path

    def __str__(self) -> str:
        return str(self.args[0])


class ForeignFileError(StorageError):
    """A Parquet file inside a table's folder that is not a file of that table."""


# errno → what a user should read; others fall back to the OS's own words.
_REASONS = {
    errno.ENOSPC: "no space left on the device",
    errno.EDQUOT: "disk quota exceeded",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOTDIR: "a path component is a file, not a folder",
    errno.EISDIR: "is a folder, not a file",
    errno.EFBIG: "file size limit exceeded",
    errno.EEXIST: "a file is in the way of a folder",
}


@contextmanager
def storage_errors(action: str, path: str) -> Iterator[None]:
    """Turn an OSError (pyarrow's included) into one StorageError naming the path."""
    try:
        yield
    except StorageError:
        raise
    except OSError as exc:
        reason = _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).split(". Detail:")[0]
        raise StorageError(f"cannot {action} {path}: {reason}", path) from exc
