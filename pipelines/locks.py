"""One writer at a time per storage root: a scheduled run, the sensor's poll, a backfill and a
compaction never interleave.

- A local root: a POSIX advisory lock on `<root>/_state/writer.lock`, released by the kernel if
  the process dies, so a killed run never leaves a stale lock.
- s3:// and gs://: a lock object at the same key, created with a conditional write (S3
  `If-None-Match: *`, GCS `ifGenerationMatch=0`), so exactly one creator wins. It holds a
  lease: the holder rewrites it every lease/3 s (conditional on the version it wrote); one that
  has not been rewritten for a whole lease (its holder died) is taken over with a write
  conditional on the version read, so two waiters cannot both take it.
- Other schemes (hdfs://, az:// ...): no lock; rely on the orchestrator's concurrency limits.

The holder writes who it is (pid, host, start time, command) into the lock, so a waiting run
says who it waits for.
"""

import datetime as dt
import email.utils
import fcntl
import json
import logging
import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any, Protocol
from urllib.parse import parse_qs, urlsplit

from pipelines.errors import StorageError, storage_errors

log = logging.getLogger("xauto.lock")

LOCK_KEY = "_state/writer.lock"
DEFAULT_LEASE = 120.0  # s: an object lock is stale after this long without renewal
REPORT_EVERY = 60.0  # s between "still waiting" messages


class LockTimeout(RuntimeError):
    pass


class LockLost(RuntimeError):
    """The lease lapsed (the holder stalled past it) and another writer took the lock."""


@dataclass(frozen=True)
class Holder:
    owner: str
    pid: int
    host: str
    started_at: str
    command: str
    lease_seconds: float = 0.0
    renewed_at: str = ""

    @staticmethod
    def me(lease: float = 0.0) -> "Holder":
        now = _now()
        return Holder(
            owner=uuid.uuid4().hex,
            pid=os.getpid(),
            host=socket.gethostname(),
            started_at=now,
            command=" ".join(os.path.basename(a) for a in sys.argv[:2]) or "python",
            lease_seconds=lease,
            renewed_at=now,
        )

    def renewed(self) -> "Holder":
        return Holder(**{**asdict(self), "renewed_at": _now()})

    def encode(self) -> bytes:
        return json.dumps(asdict(self)).encode()

    @staticmethod
    def decode(raw: bytes) -> "Holder | None":
        try:
            data = json.loads(raw)
            return Holder(**{k: data[k] for k in Holder.__dataclass_fields__ if k in data})
        except (ValueError, TypeError, KeyError):
            return None

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host} since {self.started_at} ({self.command})"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _describe(holder: "Holder | None") -> str:
    return holder.describe() if holder else "a writer that has not said who it is"


def _wait_message(path: str, holder: "Holder | None", waited: float, timeout: float) -> str:
    return (
        f"waiting for the writer lock {path}: held by {_describe(holder)}; "
        f"waited {waited:.0f} s of at most {timeout:.0f} s"
    )


@contextmanager
def writer_lock(
    root: str,
    timeout: float = 3600.0,
    lease: float = DEFAULT_LEASE,
    notify: Callable[[str], None] | None = None,
) -> Iterator[None]:
    """Hold the storage root's writer lock for the block; wait up to `timeout` s for it.

    While it waits it says so, naming the holder, at once and then every minute (through
    `notify`, default: a warning on the `xauto.lock` logger, printed to stderr when logging is
    not configured). LockTimeout after `timeout`.
    """
    say = notify or log.warning
    scheme = root.split("://", 1)[0] if "://" in root else "file"
    if scheme == "file":
        with _local_lock(root.removeprefix("file://"), timeout, say):
            yield
        return
    backend = _object_backend(root)
    if backend is None:
        log.info("no writer lock for %s: rely on the orchestrator's concurrency limits", root)
        yield
        return
    with ObjectLock(backend, lease).held(timeout, say):
        yield


@contextmanager
def _local_lock(root: str, timeout: float, say: Callable[[str], None]) -> Iterator[None]:
    folder = os.path.join(root, "_state")
    path = os.path.join(folder, "writer.lock")
    with storage_errors("create the writer lock", path):
        os.makedirs(folder, exist_ok=True)
        fh = open(path, "a+b")  # noqa: SIM115 (opened under the error guard, closed below)
    with fh:
        started = time.monotonic()
        next_report = 0.0
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                waited = time.monotonic() - started
                holder = _read_local(path)
                if waited > timeout:
                    raise LockTimeout(
                        f"gave up after {timeout:.0f} s waiting for the writer lock {path}, "
                        f"held by {_describe(holder)}"
                    ) from None
                if waited >= next_report:
                    say(_wait_message(path, holder, waited, timeout))
                    next_report = waited + REPORT_EVERY
                time.sleep(0.2)
        try:
            with storage_errors("write the writer lock", path):
                fh.seek(0)
                fh.truncate()
                fh.write(Holder.me().encode())
                fh.flush()
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _read_local(path: str) -> "Holder | None":
    try:
        with open(path, "rb") as fh:
            return Holder.decode(fh.read())
    except OSError:
        return None


@dataclass(frozen=True)
class Current:
    """The lock object as read: its body, its version token, and how long since it was
    written (by the store's clock where the store says, so clock skew between hosts is moot)."""

    holder: "Holder | None"
    token: str
    age: float


class Backend(Protocol):
    """Conditional operations on one lock object."""

    path: str

    def create(self, body: bytes) -> str | None:
        """Write if absent; the new version token, or None if it exists."""

    def read(self) -> Current | None:
        """The object now, or None if absent."""

    def replace(self, body: bytes, token: str) -> str | None:
        """Write if the object is still at version `token`; the new token, or None."""

    def delete(self, token: str) -> None:
        """Delete if still at version `token`."""


class ObjectLock:
    """A lease on a lock object, kept alive by a background thread while held."""

    def __init__(self, backend: Backend, lease: float = DEFAULT_LEASE) -> None:
        self.backend = backend
        self.lease = lease
        self.token: str | None = None
        self.lost = False
        self._stop = threading.Event()

    def try_acquire(self, me: Holder) -> tuple[bool, "Holder | None"]:
        """Take the lock if free or stale: (True, None), else (False, the holder)."""
        body = me.encode()
        for _ in range(2):  # a second turn if the lock was released between create and read
            token = self.backend.create(body)
            if token is not None:
                self.token = token
                return True, None
            current = self.backend.read()
            if current is not None:
                break
        else:
            return False, None
        lease = current.holder.lease_seconds if current.holder else 0.0
        if current.age > (lease or self.lease):
            token = self.backend.replace(body, current.token)
            if token is not None:
                log.warning(
                    "took over the writer lock %s: its lease had lapsed (held by %s, %.0f s "
                    "since it was last renewed)",
                    self.backend.path,
                    _describe(current.holder),
                    current.age,
                )
                self.token = token
                return True, None
        return False, current.holder

    def renew(self, me: Holder) -> bool:
        if self.token is None:
            return False
        token = self.backend.replace(me.renewed().encode(), self.token)
        if token is None:
            self.lost = True
            log.error("lost the writer lock %s: another writer took it over", self.backend.path)
            return False
        self.token = token
        return True

    def release(self) -> None:
        if self.token is not None and not self.lost:
            self.backend.delete(self.token)
        self.token = None

    @contextmanager
    def held(self, timeout: float, say: Callable[[str], None]) -> Iterator[None]:
        me = Holder.me(self.lease)
        started = time.monotonic()
        next_report = 0.0
        while True:
            acquired, holder = self.try_acquire(me)
            if acquired:
                break
            waited = time.monotonic() - started
            if waited > timeout:
                raise LockTimeout(
                    f"gave up after {timeout:.0f} s waiting for the writer lock "
                    f"{self.backend.path}, held by {_describe(holder)}"
                )
            if waited >= next_report:
                say(_wait_message(self.backend.path, holder, waited, timeout))
                next_report = waited + REPORT_EVERY
            time.sleep(min(1.0, max(0.1, self.lease / 10)))
        renewer = threading.Thread(target=self._keep, args=(me,), daemon=True, name="xauto-lease")
        renewer.start()
        try:
            yield
        finally:
            self._stop.set()
            renewer.join()
            self.release()
        if self.lost:
            raise LockLost(
                f"the writer lock {self.backend.path} lapsed during the run and another writer "
                "took it: check the tables (xauto's Dagster checks) before trusting them"
            )

    def _keep(self, me: Holder) -> None:
        while not self._stop.wait(self.lease / 3):
            try:
                if not self.renew(me):
                    return
            except Exception:  # a network blip: try again next period, the lease has slack
                log.exception("could not renew the writer lock %s", self.backend.path)


def _object_backend(root: str) -> Backend | None:
    scheme = root.split("://", 1)[0]
    if scheme == "s3":
        return S3Backend.from_root(root)
    if scheme in ("gs", "gcs"):
        return GcsBackend.from_root(root)
    return None


def _lock_key(prefix: str) -> str:
    return f"{prefix.strip('/')}/{LOCK_KEY}" if prefix.strip("/") else LOCK_KEY


class S3Backend:
    """S3 conditional writes through boto3 (pyarrow's S3 filesystem exposes none)."""

    def __init__(self, client: Any, bucket: str, key: str) -> None:
        self.client = client
        self.bucket = bucket
        self.key = key
        self.path = f"s3://{bucket}/{key}"

    @staticmethod
    def from_root(root: str) -> "S3Backend":
        """The same URI options pyarrow takes: ?endpoint_override=host:port&scheme=http&region=."""
        try:
            import boto3
        except ImportError:
            raise StorageError(
                f"an s3:// storage root needs boto3 for its writer lock: pip install 'xauto[s3]' "
                f"({root})"
            ) from None
        parts = urlsplit(root)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        endpoint = query.get("endpoint_override")
        if endpoint and "://" not in endpoint:
            endpoint = f"{query.get('scheme', 'https')}://{endpoint}"
        client = boto3.client("s3", endpoint_url=endpoint, region_name=query.get("region"))
        return S3Backend(client, parts.netloc, _lock_key(parts.path))

    def _code(self, exc: Exception) -> str:
        response = getattr(exc, "response", None) or {}
        return str(response.get("Error", {}).get("Code", ""))

    def _call(self, action: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
        try:
            return fn(Bucket=self.bucket, Key=self.key, **kwargs)
        except Exception as exc:
            code = self._code(exc)
            # 412: the condition failed; 409: a concurrent conditional write won the race.
            if code in ("PreconditionFailed", "412", "ConditionalRequestConflict", "409"):
                return None
            if code in ("NoSuchKey", "404"):
                return "missing"
            raise StorageError(f"cannot {action} the writer lock {self.path}: {exc}") from exc

    def create(self, body: bytes) -> str | None:
        out = self._call("create", self.client.put_object, Body=body, IfNoneMatch="*")
        return out["ETag"] if isinstance(out, dict) else None

    def read(self) -> Current | None:
        out = self._call("read", self.client.get_object)
        if not isinstance(out, dict):
            return None
        body = out["Body"].read()
        headers = out.get("ResponseMetadata", {}).get("HTTPHeaders", {})
        server_now = _http_date(headers.get("date"))
        modified = out.get("LastModified")
        if server_now and modified:
            age = (server_now - modified).total_seconds()
        else:  # no server clock: trust the holder's own renewal time
            holder = Holder.decode(body)
            renewed = dt.datetime.fromisoformat(holder.renewed_at) if holder else None
            age = (dt.datetime.now(dt.UTC) - renewed).total_seconds() if renewed else 0.0
        return Current(Holder.decode(body), out["ETag"], age)

    def replace(self, body: bytes, token: str) -> str | None:
        out = self._call("renew", self.client.put_object, Body=body, IfMatch=token)
        return out["ETag"] if isinstance(out, dict) else None

    def delete(self, token: str) -> None:
        self._call("release", self.client.delete_object, IfMatch=token)


def _http_date(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None


class GcsBackend:
    """GCS generation preconditions through google-cloud-storage (`pip install 'xauto[gcs]'`).

    Not exercised by the tests: no GCS emulator installs from the registries this project
    uses. Staleness is judged by the object's `updated` time against this host's clock.
    """

    def __init__(self, blob: Any, path: str) -> None:
        self.blob = blob
        self.path = path

    @staticmethod
    def from_root(root: str) -> "GcsBackend":
        try:
            from google.cloud import storage as gcs  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise StorageError(
                f"a gs:// storage root needs google-cloud-storage for its writer lock: "
                f"pip install 'xauto[gcs]' ({root})"
            ) from None
        parts = urlsplit(root)
        key = _lock_key(parts.path)
        blob = gcs.Client().bucket(parts.netloc).blob(key)
        return GcsBackend(blob, f"gs://{parts.netloc}/{key}")

    def _guard(self, action: str, fn: Callable[[], Any]) -> Any:
        from google.api_core import exceptions as gexc  # type: ignore[import-not-found,unused-ignore]

        try:
            return fn()
        except (gexc.PreconditionFailed, gexc.NotFound):
            return None
        except gexc.GoogleAPIError as exc:
            raise StorageError(f"cannot {action} the writer lock {self.path}: {exc}") from exc

    def _write(self, body: bytes, generation: int) -> str | None:
        def put() -> str:
            self.blob.upload_from_string(body, if_generation_match=generation)
            return str(self.blob.generation)

        return self._guard("write", put)  # type: ignore[no-any-return]

    def create(self, body: bytes) -> str | None:
        return self._write(body, 0)

    def read(self) -> Current | None:
        def get() -> Current:
            self.blob.reload()  # generation and `updated`; the body must be that generation's
            body = self.blob.download_as_bytes(if_generation_match=self.blob.generation)
            updated = self.blob.updated
            age = (dt.datetime.now(dt.UTC) - updated).total_seconds() if updated else 0.0
            return Current(Holder.decode(body), str(self.blob.generation), age)

        return self._guard("read", get)  # type: ignore[no-any-return]

    def replace(self, body: bytes, token: str) -> str | None:
        return self._write(body, int(token))

    def delete(self, token: str) -> None:
        self._guard("release", lambda: self.blob.delete(if_generation_match=int(token)))
