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
import sqlite3
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
    read (so a stale entry is never used: it is simply not asked for again). One SQLite file in
    the cache folder, values marshalled (plain values only), thrown away when ``version``
    changes. Entries are read one at a time and written in batches, so memory does not grow
    with the number of entries. ``save`` keeps only the entries this run used (each carries the
    number of the last run that used it), so the file does not grow with removed articles.
    Only a speed-up: a missing or damaged file means recomputing, and a run killed before
    ``save`` leaves the file as the previous run saved it (one transaction a run)."""

    BATCH = 1000  # puts and uses written at once
    SCHEMA = "2"  # of the file's tables (a file of another schema is emptied)

    def __init__(self, path: Path | None, version: str, batch: int | None = None, readonly: bool = False):
        """``batch``: entries put before they are written (fewer for big entries). ``readonly``: read
        the file another process (this memo's owner) has open, never write it: what is put and the
        keys used stay here, for :meth:`pending_items` and :meth:`used_keys` to hand back."""
        self.path, self.version = path, version
        self.batch = batch or self.BATCH
        self._db = None
        self._new: dict = {}  # put, not yet written
        self._touched: list = []  # keys used, their mark not yet written
        self._run = 1
        self._readonly = readonly
        #: while True, what is put stays in memory (another process is reading the file; see :meth:`hold_writes`)
        self._hold = False
        self.hits = self.misses = 0
        if path is not None and readonly:
            self._open_readonly()
        elif path is not None:
            try:
                self._open()
            except (sqlite3.Error, OSError):
                self._close()
                try:  # damaged: start again from an empty file
                    path.unlink(missing_ok=True)
                    self._open()
                except (sqlite3.Error, OSError):
                    self._close()  # only a speed-up: this run memoises in memory only

    def _open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("CREATE TABLE IF NOT EXISTS meta (version TEXT NOT NULL, run INTEGER NOT NULL)")
        db.execute("BEGIN")
        version = f"{self.SCHEMA}:{self.version}"
        row = db.execute("SELECT version, run FROM meta").fetchone()
        if row is None or row[0] != version:
            db.execute("DROP TABLE IF EXISTS entries")
            db.execute("DELETE FROM meta")
            db.execute("INSERT INTO meta VALUES (?, 0)", (version,))
            row = (version, 0)
        # a rowid table: values are appended, only the small key index takes random inserts
        # (three times faster to fill than a table clustered on the random digests)
        db.execute("CREATE TABLE IF NOT EXISTS entries (k BLOB PRIMARY KEY, v BLOB NOT NULL, run INTEGER NOT NULL)")
        self._run = row[1] + 1
        db.execute("UPDATE meta SET run = ?", (self._run,))
        # the keys read this run (marking the entries themselves would rewrite every value)
        db.execute("CREATE TEMP TABLE used (k BLOB PRIMARY KEY) WITHOUT ROWID")

    def _open_readonly(self) -> None:
        try:
            db = self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None,
                                            check_same_thread=False)
            row = db.execute("SELECT version FROM meta").fetchone()
        except (sqlite3.Error, OSError):
            row = None
        if row is None or row[0] != f"{self.SCHEMA}:{self.version}":
            self._close()  # missing, damaged or another version: nothing to read

    def reader_args(self) -> tuple[Path, str] | None:
        """(path, version) for a :class:`Memo` ``readonly`` in another process, or None without a file."""
        if self._db is None or self._readonly:
            return None
        self._flush()  # the keys used so far (the entries put stay in memory until the transaction ends)
        return self.path, self.version

    def hold_writes(self, hold: bool) -> None:
        """While another process reads the file, put entries are kept in memory (writing them
        could need the file's exclusive lock); they are written once ``hold`` is False again."""
        self._hold = hold
        if not hold and len(self._new) >= self.batch:
            self._flush()

    def used_keys(self) -> list:
        """The keys this memo found (``readonly``: for its owner to keep those entries)."""
        return list(self._touched)

    def mark_used(self, keys: list) -> None:
        """Keys another process found in this memo's file: their entries are kept by :meth:`save`."""
        if self._db is None:
            return
        self._touched.extend(keys)
        if len(self._touched) >= self.batch:
            self._flush()

    def _close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
        self._db = None

    def _damaged(self) -> None:
        """The file turned out damaged: the rest of the run memoises in memory only, and the file
        is removed (the next run starts a new one)."""
        self._close()
        if self.path is not None and not self._readonly:  # a reader (a lock it could not get) leaves the file to its owner
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass

    def _flush(self) -> None:
        if self._db is None or self._readonly:
            return
        try:
            if self._new and not self._hold:
                run = self._run
                self._db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)",
                                     ((k, marshal.dumps(v), run) for k, v in self._new.items()))
                self._new.clear()
            if self._touched:
                self._db.executemany("INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in self._touched))
                self._touched.clear()
        except sqlite3.Error:
            self._damaged()

    def get(self, key):
        hit = self._new.get(key)
        if hit is not None or self._db is None:
            return hit
        try:
            row = self._db.execute("SELECT v FROM entries WHERE k = ?", (key,)).fetchone()
        except sqlite3.Error:
            self._damaged()
            return None
        if row is None:
            self.misses += 1
            return None
        self.hits += 1
        self._touched.append(key)
        if len(self._touched) >= self.batch:
            self._flush()
        try:
            return marshal.loads(row[0])
        except (EOFError, ValueError, TypeError):
            return None

    def get_many(self, keys: list) -> dict:
        """{key: value} of the ``keys`` found (one query for many keys: much cheaper than :meth:`get` each)."""
        found = {k: self._new[k] for k in keys if k in self._new}
        if self._db is None:
            return found
        ask = [k for k in keys if k not in found]
        try:
            for i in range(0, len(ask), 500):
                part = ask[i:i + 500]
                rows = self._db.execute(f"SELECT k, v FROM entries WHERE k IN ({','.join('?' * len(part))})", part).fetchall()
                for k, v in rows:
                    try:
                        found[k] = marshal.loads(v)
                    except (EOFError, ValueError, TypeError):
                        continue
                    self._touched.append(k)
        except sqlite3.Error:
            self._damaged()
            return found
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        if len(self._touched) >= self.batch:
            self._flush()
        return found

    def put(self, key, value) -> None:
        self._new[key] = value
        if len(self._new) >= self.batch and self._db is not None and not self._hold:
            self._flush()

    def is_empty(self) -> bool:
        """No entry at all (a first run, or one after the version changed)."""
        if self._new:
            return False
        if self._db is None:
            return True
        try:
            return self._db.execute("SELECT 1 FROM entries LIMIT 1").fetchone() is None
        except sqlite3.Error:
            return False

    def pending_items(self) -> list:
        """The entries put and not yet written (all of them for a memo without a file)."""
        return list(self._new.items())

    def save(self) -> None:
        """Write what is pending, drop the entries this run did not use, and commit."""
        if self._readonly:
            self._close()
            return
        self._hold = False
        self._flush()
        if self._db is not None:
            try:
                self._db.execute("DELETE FROM entries WHERE run < ? AND k NOT IN (SELECT k FROM used)", (self._run,))
                self._db.execute("COMMIT")
            except sqlite3.Error:
                pass  # only a speed-up
        self._close()
        self._new.clear()

    def __len__(self) -> int:
        if self._db is None:
            return len(self._new)
        self._flush()
        return self._db.execute("SELECT count(*) FROM entries").fetchone()[0]
