"""Per-article cache (one small JSON file an article) and atomic file writing.

The key of an article is sha256(raw bytes) + hash(models/*) + pipeline version and
code of the per-article modules + spaCy model name, so an unchanged article is never parsed twice, and a change to the
rules or the code reprocesses everything."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import marshal
import operator
import os
import shutil
import tempfile
from contextlib import contextmanager
from itertools import chain
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

def cache_key(raw_sha: str, models_hash: str, model: str, code: str) -> str:
    """Key of one article's cached result: its bytes, the models/ files, the spaCy model and the code."""
    return hashlib.sha256(f"{raw_sha}|{models_hash}|{model}|{code}".encode()).hexdigest()[:32]


#: Temporary files are named ``.<name>.<random>.tmp`` beside their target.
TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


#: Mode of written files: what open() would give (mkstemp alone makes them owner-only, 0600).
FILE_MODE = 0o666 & ~_umask()


@dataclass(frozen=True)
class Concat:
    """File content streamed from a header and the files ``parts`` in order (a table assembled
    from per-article fragments without holding it in memory); a part may also be bytes."""

    header: bytes
    parts: tuple[Path | bytes, ...]
    count: int = 0  # rows, for a summary

    def __len__(self) -> int:
        return self.count


#: Renames deferred by :func:`batched_writes` (None: every atomic write is synced and renamed at once).
_BATCH: "list[tuple[str, Path]] | None" = None


@contextmanager
def batched_writes() -> Iterator[None]:
    """Atomic writes made inside are synced together: each goes to its temporary file unsynced,
    then one ``os.sync()`` and the renames, in the order written. A kill before that leaves
    only temporary files (removed by the next run), never a half-written file under its name;
    a worker storing a chunk of 32 articles pays one sync instead of four fsyncs an article."""
    global _BATCH
    if _BATCH is not None:  # nested: the outer batch syncs
        yield
        return
    _BATCH = pending = []
    try:
        yield
        _BATCH = None
        if pending:
            os.sync()
            while pending:
                tmp, path = pending[0]
                os.replace(tmp, path)
                pending.pop(0)
    except BaseException:
        _BATCH = None
        for tmp, _ in pending:
            _unlink_quietly(tmp)
        raise


def _write_temp(path: Path, data: "bytes | Concat | Table", sync: bool = True) -> str:
    """A fsynced (``sync``) temporary file beside ``path`` holding ``data``; removed again on any failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            if isinstance(data, Concat):
                fh.write(data.header)
                for part in data.parts:
                    if isinstance(part, bytes):  # rows rendered already (a memo's)
                        fh.write(part)
                        continue
                    with open(part, "rb") as src:
                        shutil.copyfileobj(src, fh)
            elif isinstance(data, Table):
                text = io.TextIOWrapper(fh, encoding="utf-8", newline="", write_through=False)
                write_csv(text, data.columns, data.rows)
                text.flush()
                text.detach()
            else:
                fh.write(data)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), FILE_MODE)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return tmp


def _unlink_quietly(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over ``path``
    (inside :func:`batched_writes`: sync and rename with the rest of the batch)."""
    if _BATCH is not None:
        _BATCH.append((_write_temp(path, data, sync=False), path))
        return
    tmp = _write_temp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink_quietly(tmp)
        raise


def atomic_write_many(files: "dict[Path, bytes | Concat | Table]") -> None:
    """Write several files as one: every temporary file is written (and fsynced) before
    any is renamed into place, so a failure while writing (disk full, no permission)
    leaves every previous file untouched."""
    done: list[tuple[str, Path]] = []
    try:
        for path, data in files.items():
            done.append((_write_temp(path, data), path))
        while done:
            tmp, path = done[0]
            os.replace(tmp, path)
            done.pop(0)
    except BaseException:
        for tmp, _ in done:
            _unlink_quietly(tmp)
        raise


def remove_stale_temp_files(folder: Path, recursive: bool = False) -> int:
    """Remove temporary files left by a killed run (call it while holding the output lock).
    Returns how many were removed."""
    if not folder.is_dir():
        return 0
    found = folder.rglob(f".*{TEMP_SUFFIX}") if recursive else folder.glob(f".*{TEMP_SUFFIX}")
    n = 0
    for p in found:
        if p.is_file():
            _unlink_quietly(str(p))
            n += 1
    return n


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def csv_bytes(columns: list[str], rows: Iterable[dict], header: bool = True) -> bytes:
    """A CSV table of ``rows`` (dicts; keys outside ``columns`` ignored, missing ones empty)."""
    buf = io.StringIO()
    write_csv(buf, columns, rows, header)
    return buf.getvalue().encode("utf-8")


@dataclass(frozen=True)
class Table:
    """A CSV table rendered straight into its file (never held whole in memory)."""

    columns: list
    rows: list

    def __len__(self) -> int:
        return len(self.rows)


def write_csv(fh, columns: list[str], rows: Iterable[dict], header: bool = True) -> None:
    """Write ``rows`` as CSV to a text stream."""
    w = csv.writer(fh, lineterminator="\n")
    if header:
        w.writerow(columns)
    pick = operator.itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))

    def cells(row: dict):
        try:
            return pick(row)  # a C-level lookup of every column: most rows have them all
        except KeyError:
            return [row.get(c, "") for c in columns]

    w.writerows(map(cells, rows))


class ArticleCache:
    def __init__(self, folder: Path):
        self.folder = folder

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        p = self.path(key)
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return None  # a damaged entry is recomputed

    def has(self, key: str) -> bool:
        return self.path(key).exists()

    def put(self, key: str, data: dict) -> None:
        """Store a result; its bulky cleaned text goes to a file of its own, so reading
        an unchanged article's result back stays cheap. The text is written first: an
        entry whose JSON exists always has its text."""
        data = dict(data)
        text = data.pop("text", None)
        if text is not None:
            atomic_write_text(self.text_path(key), text)
        atomic_write_text(self.path(key), json.dumps(data, ensure_ascii=False, separators=(",", ":")))

    def fragment_path(self, key: str, name: str) -> Path:
        """A per-article piece of an output table (``mentions.csv`` rows, no header)."""
        return self.folder / key[:2] / f"{key}.{name}"

    def put_fragment(self, key: str, name: str, data: bytes) -> None:
        atomic_write_bytes(self.fragment_path(key, name), data)

    def text_path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.txt"

    def get_text(self, key: str) -> str | None:
        try:
            return self.text_path(key).read_text(encoding="utf-8")
        except (OSError, ValueError):
            return None

    def read_index(self) -> dict[str, str]:
        try:
            return json.loads((self.folder / "index.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def write_index(self, index: dict[str, str]) -> None:
        atomic_write_text(self.folder / "index.json", json.dumps(index, indent=0, sort_keys=True))


class Memo:
    """Results of pure computations kept between runs, keyed by a digest of everything they
    read (so a stale entry is never used: it is simply not asked for again). One file in the
    cache folder (marshal: plain values only), thrown away when ``version`` changes; ``save``
    keeps only the entries this run used, so it does not grow with removed articles. Only a
    speed-up: a missing, damaged or cut file means recomputing.

    The file is a series of records (8-byte length, then marshal data): the version, then the
    entries in chunks, so neither reading nor writing it holds a second copy of it in memory.
    A run that adds entries appends them as one more record while the entries no longer used
    are few (at most ``GARBAGE`` of those used); otherwise the file is rewritten whole. A record
    cut by a killed run ends the reading there (what precedes it is intact), and the next save
    rewrites the file."""

    CHUNK = 1000  # entries a record, unless told
    GARBAGE = 0.1  # share of unused entries an appending save tolerates

    def __init__(self, path: Path | None, version: str, chunk: int | None = None):
        self.path, self.version = path, version
        self.chunk = chunk or self.CHUNK
        self.old: dict = {}
        self.used: dict = {}
        self._tmp = None  # (file, name) of the temporary file being written (:meth:`serialise`)
        self._done_keys: set = set()  # entries written into it
        self._end = 0  # size of the file when read whole and intact (0: append nothing to it)
        if path is None:
            return
        old: dict = {}
        try:
            with open(path, "rb") as fh:
                if self._record(fh) != version:
                    return
                while True:
                    chunk = self._record(fh)
                    if chunk is None:
                        break
                    if not isinstance(chunk, dict):
                        raise ValueError("not a chunk of entries")
                    old.update(chunk)
                self._end = fh.tell()
        except (OSError, ValueError, EOFError, TypeError):
            pass  # cut or damaged: keep what was read before, rewrite it whole on saving
        self.old = old

    @staticmethod
    def _record(fh):
        head = fh.read(8)
        if not head:
            return None
        n = int.from_bytes(head, "little")
        if len(head) != 8 or n > os.fstat(fh.fileno()).st_size - fh.tell():
            raise EOFError("cut or damaged record")
        data = fh.read(n)
        if len(data) != n:
            raise EOFError("cut record")
        return marshal.loads(data)

    @staticmethod
    def _records(version: str | None, entries: dict, chunk: int) -> Iterator[bytes]:
        items = list(entries.items())
        for k in range(0 if version is None else -chunk, len(items), chunk):
            data = marshal.dumps(version if k < 0 else dict(items[k:k + chunk]))
            yield len(data).to_bytes(8, "little") + data

    def serialise(self) -> None:
        """Write the entries used so far now, into the temporary file that :meth:`save` completes
        (a later change to them is not saved, and they are not held twice in memory)."""
        if self.path is None or (self._tmp is None and self._appending()):
            return  # the entries used so far are in the file already
        todo = {k: v for k, v in self.used.items() if k not in self._done_keys}
        try:
            if self._tmp is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=TEMP_SUFFIX, dir=self.path.parent)
                self._tmp = (os.fdopen(fd, "wb"), name)
                records = self._records(self.version, todo, self.chunk)
            else:
                records = self._records(None, todo, self.chunk)
            for block in records:
                self._tmp[0].write(block)
        except OSError:
            self._discard()
            self.path = None  # only a speed-up: this run saves nothing
            return
        self._done_keys.update(todo)

    def _appending(self) -> bool:
        """Whether saving now would append to the file: it was read intact, holds every entry used
        so far, and not too many unused ones."""
        return bool(self._end) and self.used.keys() <= self.old.keys() \
            and len(self.old) - len(self.used) <= self.GARBAGE * max(len(self.used), 1)

    def _appending_thread(self, blocks: list[bytes], wait: bool) -> None:
        if wait:
            self._append(blocks)
            return
        import threading

        self._thread = threading.Thread(target=self._append, args=(blocks,), daemon=True)
        self._thread.start()

    def _append(self, blocks: list[bytes]) -> None:
        """Append records to the file read (fsynced). Killed or failing midway, the file ends in a
        cut record: the next run reads what precedes it and rewrites the file."""
        try:
            with open(self.path, "r+b") as fh:
                fh.seek(self._end)
                fh.truncate()
                for block in blocks:
                    fh.write(block)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            pass  # only a speed-up

    def _discard(self) -> None:
        if self._tmp is not None:
            fh, name = self._tmp
            self._tmp = None
            fh.close()
            _unlink_quietly(name)

    def get(self, key):
        hit = self.used.get(key)
        if hit is None:
            hit = self.old.get(key)
            if hit is not None:
                self.used[key] = hit
        return hit

    def put(self, key, value) -> None:
        self.used[key] = value

    def save(self, wait: bool = True) -> None:
        """Write the entries used (those not written ahead by :meth:`serialise` are serialised
        now, chunk by chunk); with ``wait=False`` the file is fsynced and renamed into place by a
        thread meanwhile (call :meth:`join` before the run ends). The memo is empty afterwards
        (its entries are not kept in memory once written)."""
        used = self.used
        same = bool(self._end) and used.keys() == self.old.keys()  # a cut file is rewritten
        if self.path is not None and not same and self._tmp is None and self._end \
                and len(self.old.keys() - used.keys()) <= self.GARBAGE * max(len(used), 1):
            new = {k: v for k, v in used.items() if k not in self.old}
            self.old, self.used = {}, {}
            if new:  # serialised now, appended (and fsynced) now or by a thread meanwhile
                self._appending_thread(list(self._records(None, new, self.chunk)), wait)
            return
        self.old, self.used = {}, {}
        if self.path is None or same:
            self._discard()
            return  # nothing new (a run over the same corpus)
        rest = {k: v for k, v in used.items() if k not in self._done_keys}
        self._done_keys = set()
        del used
        try:
            if self._tmp is None:
                self.used = rest
                self.serialise()
                self.used = {}
            else:
                for block in self._records(None, rest, self.chunk):
                    self._tmp[0].write(block)
        except OSError:
            self._discard()
            return
        del rest
        if self._tmp is None:
            return
        if wait:
            self._finish()
            return
        import threading

        self._thread = threading.Thread(target=self._finish, daemon=True)
        self._thread.start()

    def _finish(self) -> None:
        """fsync the temporary file and rename it into place."""
        fh, name = self._tmp
        self._tmp = None
        try:
            fh.flush()
            os.fsync(fh.fileno())
            os.fchmod(fh.fileno(), FILE_MODE)
            fh.close()
            os.replace(name, self.path)
        except OSError:
            fh.close()
            _unlink_quietly(name)  # only a speed-up

    def join(self) -> None:
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.join()
            self._thread = None
