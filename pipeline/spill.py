"""The corpus's usable claims on disk, grouped for reconciliation without holding them in memory.

Reconciliation needs every claim of a group (one subject, predicate and object across all
articles) at once, and the groups in key order. :class:`ClaimSpill` writes each usable claim
(only the fields reconciliation reads, :data:`pipeline.reconcile.CLAIM_FIELDS`) into a scratch
SQLite file as the corpus half streams the articles, then reads the groups back one at a time
in the order an in-memory ``sorted(claim_groups(...))`` gives. Memory holds one group, not the
corpus; the file is deleted on :meth:`close`.

A claim's fields travel as one marshalled blob beside its sort keys: SQLite binds and returns
one value instead of thirteen, which halves the cost of writing and reading the spill, and a
group's memo digest hashes the blobs as they are (:meth:`ClaimSpill.as_claims` decodes them
only for the groups that must be reconciled again).
"""
from __future__ import annotations

import marshal
import operator
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Iterable, Iterator

from pipeline.cache import TEMP_SUFFIX
from pipeline.reconcile import CLAIM_FIELDS, group_key, role_key

_pick = operator.itemgetter(*CLAIM_FIELDS)


def claim_fields(c: dict) -> tuple:
    """A claim's CLAIM_FIELDS in order (None for a missing one)."""
    try:
        return _pick(c)  # a C-level lookup: completed claims have every field
    except KeyError:
        return tuple(map(c.get, CLAIM_FIELDS))


def spill_rows(claims: Iterable[dict], key) -> list[tuple]:
    """The rows ``claims`` make in a spill whose group key is ``key`` (:func:`pipeline.reconcile.group_key`):
    the group key's four parts, the tenure key's two, and the claim's CLAIM_FIELDS marshalled."""
    fields, dumps = claim_fields, marshal.dumps
    out = []
    for c in claims:
        k = key(c)
        rk = role_key(c)
        out.append((k[0], k[1], k[2], k[3] if len(k) > 3 else None,
                    rk[0] if rk else None, rk[1] if rk else None, dumps(fields(c), 2)))
    return out


class ClaimSpill:
    """Usable claims spilled to a scratch file (in ``folder``, or the system's temporary folder),
    read back as groups in key order (:meth:`groups`) and as tenure evidence per person
    (:meth:`roles`)."""

    BATCH = 2000

    def __init__(self, predicates: dict, folder: Path | None = None):
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
        fd, self.path = tempfile.mkstemp(prefix=".claims-spill.", suffix=TEMP_SUFFIX, dir=folder)
        os.close(fd)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "temp_store=FILE", "cache_size=-8000"):
            self._db.execute(f"PRAGMA {pragma}")  # scratch: nothing to recover after a crash
        # k1..k4: the group key (k4 NULL for three-part keys); rs, ro: the (person, team) of tenure
        # evidence; f: the claim's CLAIM_FIELDS, marshalled
        self._db.execute("CREATE TABLE claims (seq INTEGER PRIMARY KEY, k1 TEXT, k2 TEXT, k3 TEXT, k4 TEXT, "
                         "rs TEXT, ro TEXT, f BLOB)")
        self._insert = "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        self._db.execute("BEGIN")
        self._key = group_key(predicates)
        self._rows: list[tuple] = []
        self.count = 0
        self._owner = True  # removes the file on close

    def add(self, claims: Iterable[dict]) -> None:
        self.add_rows(self.rows(claims))

    def rows(self, claims: Iterable[dict]) -> list[tuple]:
        """The rows ``claims`` make in the spill (plain values: they can be memoised)."""
        return spill_rows(claims, self._key)

    def add_rows(self, rows: list[tuple]) -> None:
        self._rows.extend(rows)
        if len(self._rows) >= self.BATCH:
            self._write()

    def _write(self) -> None:
        start = self.count
        self._db.executemany(self._insert, ((start + i, *row) for i, row in enumerate(self._rows)))
        self.count += len(self._rows)
        self._rows.clear()

    def _done_adding(self) -> None:
        if self._rows:
            self._write()

    @property
    def pending(self) -> int:
        """Claims added and not yet written to the file."""
        return len(self._rows)

    def commit(self) -> None:
        """Write and commit every claim added, so another connection (another process) sees them."""
        self._done_adding()
        self._db.execute("COMMIT")
        self._db.execute("BEGIN")

    @classmethod
    def reader(cls, path: str) -> "ClaimSpill":
        """A spill that reads the committed file at ``path`` (written by another instance) through
        its own connection; closing it leaves the file."""
        spill = cls.__new__(cls)
        spill.path, spill._rows, spill.count, spill._owner = path, [], 0, False
        spill._db = sqlite3.connect(path, isolation_level=None)
        return spill

    def groups(self) -> Iterator[tuple[tuple, list[tuple]]]:
        """(key, claims) in key order; the claims of a group in the order they were added, each as
        the marshalled tuple of its CLAIM_FIELDS (:func:`as_claims` makes them dicts)."""
        self._done_adding()
        cur = self._db.execute("SELECT k1, k2, k3, k4, f FROM claims ORDER BY k1, k2, k3, k4, seq")
        key, group = None, []
        for row in cur:
            k = row[:3] if row[3] is None else row[:4]
            if k != key:
                if group:
                    yield key, group
                key, group = k, []
            group.append(row[4])
        if group:
            yield key, group

    def roles(self) -> Iterator[tuple[str, list[tuple[tuple, list[tuple]]]]]:
        """What :func:`pipeline.reconcile.roles_by_person` gives, a person at a time (claims as in :meth:`groups`)."""
        self._done_adding()
        cur = self._db.execute("SELECT rs, ro, f FROM claims WHERE rs IS NOT NULL ORDER BY rs, ro, seq")
        person, roles = None, []
        for row in cur:
            rs, ro = row[0], row[1]
            if rs != person:
                if roles:
                    yield person, roles
                person, roles = rs, []
            if not roles or roles[-1][0] != (rs, ro):
                roles.append(((rs, ro), []))
            roles[-1][1].append(row[2])
        if roles:
            yield person, roles

    @staticmethod
    def as_tuples(rows: list[bytes]) -> list[tuple]:
        """A group's claims as :meth:`groups` gives them -> the tuples of their CLAIM_FIELDS."""
        return [marshal.loads(row) for row in rows]

    @staticmethod
    def as_claims(rows: list[bytes]) -> list[dict]:
        return [dict(zip(CLAIM_FIELDS, marshal.loads(row))) for row in rows]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if not self._owner:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass

    def __enter__(self) -> "ClaimSpill":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
