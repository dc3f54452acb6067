"""The engine: per-article half (cached by content hash) then the corpus half.

``run_extract(settings)`` is what ``python -m pipeline extract`` calls.
"""
from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import os
import sys
import time
from array import array
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline import dates, ingest, timex
from pipeline.analyse import ArticleResult, Resources, analyse, prepare
from pipeline.cache import (ArticleCache, Memo, atomic_write_text, batched_writes, cache_key, csv_bytes,
                            remove_stale_temp_files)
from pipeline.corpus import completed_ahead, completed_key, completed_memo, corpus_half, discard_tables, reconcile_memo, write_outputs
from pipeline.config import MAX_ARTICLE_BYTES, Settings, code_hash, models_hash
from pipeline.language import english_problem
from pipeline.records import Mention, columns
from pipeline.reconcile import group_key, load_predicates

OUTPUT_FILES = ("articles.csv", "mentions.csv", "claims.csv", "consolidated_claims.csv", "conflicts.csv")
LOCK_NAME = ".lock"
#: File descriptor of the held output lock: forked workers close it, so a killed parent's
#: workers never keep the lock.
_LOCK_FD: int | None = None


class LockedError(RuntimeError):
    pass


@dataclass
class FileState:
    rel: str
    article_id: str
    raw: bytes | None
    sha: str
    key: str
    read_error: str = ""
    #: the hash came from the stat memo and the bytes were not read (``raw`` is b"" until needed)
    lazy: bool = False


@dataclass
class RunSummary:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "path: reason"
    counts: dict = field(default_factory=dict)

    def line(self) -> str:
        return (f"{len(self.new)} new, {len(self.changed)} changed, {len(self.unchanged)} unchanged, "
                f"{len(self.removed)} removed")


@contextmanager
def output_lock(out_dir: Path, wait: bool = False) -> Iterator[None]:
    """One extract at a time per output folder (flock; released if the process dies)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    fh = open(out_dir / LOCK_NAME, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise LockedError(f"another extract is writing to {out_dir} (lock {out_dir / LOCK_NAME}); "
                              f"wait for it to finish or use --wait") from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        global _LOCK_FD
        _LOCK_FD = fh.fileno()
        yield
    finally:
        _LOCK_FD = None
        fh.close()


#: A file's hash by its stat fields (relative path -> [size, mtime_ns, ctime_ns, inode, device, sha256]),
#: like git's index: an unchanged file is neither read nor hashed again.
STAT_MEMO_NAME = "stat.json"
#: Only files last modified (or changed) this long before the scan go into the stat memo: a file
#: rewritten within the timestamp granularity of an earlier read could otherwise keep its stat fields.
STAT_MARGIN_NS = 3 * 10**9


def read_stat_memo(cache_dir: Path) -> dict[str, list]:
    try:
        data = json.loads((cache_dir / STAT_MEMO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def scan(settings: Settings, stat_memo: dict[str, list] | None = None) -> tuple[list[FileState], list[str], dict, str]:
    """Every article file with its hash and cache key (reads bytes, parses nothing).

    With ``stat_memo`` (see :data:`STAT_MEMO_NAME`; filled in place with this scan's entries), a
    file whose stat fields are unchanged and whose result is cached is not read: its hash is the
    memo's, its bytes are read only if they are needed after all (``lazy``)."""
    paths, warnings = ingest.discover(settings.corpus_dir)
    manifest, mwarn = ingest.read_manifest(settings.corpus_dir)
    warnings += mwarn
    mhash = models_hash(settings.models_dir)
    chash = code_hash()
    rels = [p.relative_to(settings.corpus_dir).as_posix() for p in paths]
    ids = ingest.article_ids(rels)
    old_memo = dict(stat_memo) if stat_memo else {}
    if stat_memo is not None:
        stat_memo.clear()
    cache = ArticleCache(settings.cache_dir)
    before = time.time_ns() - STAT_MARGIN_NS
    states = []
    for p, rel in zip(paths, rels):
        try:
            stt = p.stat()
            size = stt.st_size
            if size > MAX_ARTICLE_BYTES:  # hashed in chunks, never held in memory
                h = hashlib.sha256()
                with p.open("rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        h.update(block)
                states.append(FileState(rel, ids[rel], None, h.hexdigest(), "",
                                        f"file too large ({size} bytes > {MAX_ARTICLE_BYTES})"))
                continue
            fields = [size, stt.st_mtime_ns, stt.st_ctime_ns, stt.st_ino, stt.st_dev]
            old = old_memo.get(rel)
            if isinstance(old, list) and len(old) == 6 and old[:5] == fields and isinstance(old[5], str):
                key = cache_key(old[5], mhash, settings.model, chash)
                if _is_cached(cache, key):
                    states.append(FileState(rel, ids[rel], b"", old[5], key, lazy=True))
                    stat_memo[rel] = old
                    continue
            raw = p.read_bytes()
            sha = ingest.sha256(raw)
            states.append(FileState(rel, ids[rel], raw, sha, cache_key(sha, mhash, settings.model, chash)))
            if stat_memo is not None and max(stt.st_mtime_ns, stt.st_ctime_ns) < before:
                stat_memo[rel] = fields + [sha]
        except OSError as exc:
            states.append(FileState(rel, ids[rel], None, "", "", f"cannot read file ({exc.strerror or exc})"))
    return states, warnings, manifest, mhash


def classify(states: list[FileState], cache: ArticleCache, is_cached: dict[str, bool] | None = None) -> RunSummary:
    index = cache.read_index()
    s = RunSummary()
    for st in states:
        if st.raw is None:
            continue
        if is_cached[st.rel] if is_cached is not None else _is_cached(cache, st.key):
            s.unchanged.append(st.rel)
        elif st.rel in index:
            s.changed.append(st.rel)
        else:
            s.new.append(st.rel)
    current = {st.rel for st in states}
    s.removed = sorted(r for r in index if r not in current)
    return s


def _is_cached(cache: ArticleCache, key: str) -> bool:
    """A result is cached with its mentions fragment (written first: a result without it is damaged)."""
    return cache.has(key) and cache.fragment_path(key, MENTIONS_FRAGMENT).exists()


def prepare_file(raw: bytes, rel: str, article_id: str, res: Resources) -> ArticleResult:
    """Ingest and clean one file (no spaCy yet)."""
    result = prepare(ingest.parse_article(raw, rel, article_id), res)
    if result.status == "ok":
        problem = english_problem(result.text)
        if problem:
            result.status, result.error = "skipped", problem
    return result


#: Articles per unit of work (one ``nlp.pipe`` call; one task of a worker process).
CHUNK_ARTICLES = 32


#: The last chunks of a run with worker processes shrink, down to this many articles.
MIN_TAIL_CHUNK = 4


def _items(states: list[FileState]) -> list[tuple[bytes, str, str]]:
    """What the per-article half needs of each file: (raw bytes, relative path, article id)."""
    return [(st.raw, st.rel, st.article_id) for st in states]


def _chunk_bounds(n: int, size: int, workers: int = 1) -> Iterator[tuple[int, int]]:
    """(start, end) of each chunk of ``n`` articles: ``size`` each, except that with several
    workers, once fewer than two chunks a worker remain, each chunk is a quarter (two workers)
    of what is left, and at least ``MIN_TAIL_CHUNK``: the workers then finish at about the same
    time, instead of one working through a whole last chunk while the other waits."""
    lo = 0
    while lo < n:
        k = size if workers <= 1 else max(MIN_TAIL_CHUNK, min(size, -(-(n - lo) // (2 * workers))))
        yield lo, min(n, lo + k)
        lo += k


def _processes(settings: Settings) -> int:
    n = settings.n_process
    return max(1, os.cpu_count() or 1) if n == -1 else max(1, n)


def process_local(states: list[FileState], settings: Settings, res_factory: Callable[[], Resources]) -> Iterable[ArticleResult]:
    """Per-article half on this machine, streamed in chunks of ``CHUNK_ARTICLES``, results in order.

    One process: ingest, clean, ``nlp.pipe`` and analyse one chunk at a time (lazily, as the result
    is iterated). With ``n_process`` > 1, worker processes each run the whole per-article half on
    chunks (spaCy *and* the claim rules run in parallel, and only small ArticleResults travel back,
    never Docs); at most two chunks per worker are in flight, so memory does not grow with the
    corpus. The pool starts working as soon as this returns, so the caller can read the cached
    results of unchanged articles meanwhile. A few articles (an incremental run) are shared out,
    and then the workers load the model themselves, in parallel, while the caller reads."""
    if not states:
        return iter(())
    procs = _processes(settings)
    size = max(CHUNK_ARTICLES, settings.batch_size)
    few = len(states) < size * procs
    if few:
        size = max(1, -(-len(states) // procs))
    n = min(procs, -(-len(states) // size))
    if n <= 1:
        return _one_process(states, settings, res_factory, size)
    return _PoolRun(states, settings, res_factory, n, size, preload=not few)


def _one_process(states, settings, res_factory, size) -> Iterator[ArticleResult]:
    """Each chunk analysed and stored here, its files synced together (as a worker does)."""
    res = res_factory()
    cache = ArticleCache(settings.cache_dir)
    gc.freeze()  # the loaded model is long-lived: collections during the run leave its objects alone
    try:
        for lo, hi in _chunk_bounds(len(states), size):
            chunk = states[lo:hi]
            with batched_writes():  # one sync for the chunk's files instead of four fsyncs an article
                done = []
                for result, st in zip(analyse_batch(_items(chunk), res, settings), chunk):
                    store_result(cache, st.key, result, settings)
                    done.append(result)
            yield from done
    finally:
        gc.unfreeze()


_WORKER_RES: Resources | None = None


def _worker_init(settings: Settings) -> None:
    global _WORKER_RES
    if _LOCK_FD is not None:  # a forked worker must not hold the parent's output lock
        try:
            os.close(_LOCK_FD)
        except OSError:
            pass
    if _WORKER_RES is None:  # forked workers inherit the parent's Resources
        _WORKER_RES = Resources(settings)
        gc.freeze()  # the model's objects stay for the worker's life: no collection need scan them


def _worker_chunk(items: list[tuple[bytes, str, str]], keys: list[str], settings: Settings) -> list[ArticleResult]:
    """A worker analyses a chunk and stores each result itself (cache entry, cleaned text), so
    the parent, which shares the two CPUs, only collects slim results. It also completes each
    article's claims ahead (:func:`pipeline.corpus.completed_ahead`): the corpus half, which
    runs in one process after the workers, then finds them done."""
    global _WORKER_GROUP_KEY
    cache = ArticleCache(settings.cache_dir)
    if _WORKER_GROUP_KEY is None:
        _WORKER_GROUP_KEY = group_key(load_predicates(settings.models_dir))
    out = []
    with batched_writes():  # one sync for the chunk's files, renamed in order after it
        for result, key in zip(analyse_batch(items, _WORKER_RES, settings), keys):
            store_result(cache, key, result, settings)
            result.ahead = completed_ahead(result, key, _WORKER_GROUP_KEY)
            out.append(_slim(result))
    dates.trim_time_memo(WORKER_TIME_MEMO_MAX)
    return out


_WORKER_GROUP_KEY = None
#: Resolved claim times a worker keeps (it saves none: the parent's memo is the one kept).
WORKER_TIME_MEMO_MAX = 50_000


#: Resolved claim times kept between runs (pipeline.dates).
TIME_MEMO_NAME = "claim_times.json"
#: The slim results of the corpus's articles in one SQLite file (a :class:`pipeline.cache.Memo`),
#: read back an article at a time instead of one JSON file an article (content-addressed by cache
#: key like them): an article's fields under its key, its claims under :func:`_claims_key` (the same
#: bytes under two names share a cache key, not their claims: each names its article).
SNAPSHOT_NAME = "results.sqlite"
SNAPSHOT_FORMAT = "3"
CLAIMS_SUFFIX = ":claims"
#: What the corpus half never reads (on disk elsewhere: cleaned text, mentions fragment) or reads
#: apart (claims).
_NOT_IN_SNAPSHOT = ("text", "removed", "timexes", "mentions", "stored", "ahead", "claims")
#: Rendered rows of reconciled groups kept between runs (pipeline.corpus.reconciled_rows).
RECONCILE_MEMO_NAME = "reconciled.sqlite"
#: Each article's completed claims kept between runs (pipeline.corpus.completed_memo).
COMPLETED_MEMO_NAME = "completed.sqlite"
#: Files of earlier versions of the cache, removed when found.
OBSOLETE_CACHE_FILES = ("results.marshal", "reconciled.marshal")
#: Scratch files of the corpus half (claims, facts and conflicts rendered, claims spilled).
SCRATCH_DIR = "scratch"
#: mentions.csv is assembled from per-article fragments: its rows depend on the article alone.
MENTIONS_FRAGMENT = "mentions.csv"


def store_result(cache: ArticleCache, key: str, result: ArticleResult, settings: Settings) -> None:
    """Cache an analysed article (its result, and its mentions.csv rows as a fragment written
    before the result, so a cached result always has them) and write its cleaned text to
    outputs/clean."""
    cache.put_fragment(key, MENTIONS_FRAGMENT, csv_bytes(columns(Mention), result.mentions, header=False))
    data = result.to_json()
    data["mentions"], data["timexes"] = [], []  # in the fragment already / not needed again: a lighter read-back
    cache.put(key, data)
    if result.text:
        atomic_write_text(settings.clean_dir / f"{result.article_id}.txt", result.text)
    result.stored = True


class _PoolRun:
    """A pool of worker processes over ``states`` in chunks, started on creation; iterating
    yields the results in order (submitting further chunks as earlier ones come back)."""

    def __init__(self, states, settings: Settings, res_factory, n: int, size: int, preload: bool = True):
        import multiprocessing as mp
        from collections import deque

        global _WORKER_RES
        self.states, self.settings, self.n = states, settings, n
        self.fork = "fork" in mp.get_all_start_methods()
        if self.fork and preload:  # load once here; the workers share it copy-on-write
            _WORKER_RES = res_factory()
            _WORKER_RES.warm_up()  # and what loads lazily on a first article, so no worker pays for it
            # the loaded model is long-lived: the collector of each worker (and of this process, until
            # the pool ends) leaves its objects alone, and no collection touches their shared pages
            gc.freeze()
        self.frozen = self.fork and preload
        ctx = mp.get_context("fork" if self.fork else "spawn")
        self.pool = ctx.Pool(n, initializer=_worker_init, initargs=(settings,))
        # a run that fills the workers gets smaller chunks at its end; a few articles are one chunk a worker
        self.chunks = _chunk_bounds(len(states), size, n if preload else 1)
        self.pending: deque = deque()
        self._submit()

    def _submit(self) -> None:
        while len(self.pending) < 2 * self.n:
            nxt = next(self.chunks, None)
            if nxt is None:
                return
            lo, hi = nxt
            chunk = self.states[lo:hi]
            self.pending.append(self.pool.apply_async(_worker_chunk, (_items(chunk), [st.key for st in chunk], self.settings)))

    def __iter__(self) -> Iterator[ArticleResult]:
        global _WORKER_RES
        try:
            while self.pending:
                done = self.pending.popleft().get()
                self._submit()
                yield from done
        finally:
            self.pool.terminate()
            self.pool.join()
            if self.fork:
                _WORKER_RES = None
            if self.frozen:
                gc.unfreeze()


def analyse_batch(items: list[tuple[bytes, str, str]], res: Resources, settings: Settings) -> Iterator[ArticleResult]:
    """(raw bytes, relative path, article id) -> ArticleResult, in order; one ``nlp.pipe`` over the batch
    in this process (``batch_size``); the engines run batches in parallel, not spaCy."""
    prepared = [prepare_file(raw, rel, aid, res) for raw, rel, aid in items]
    ok = [r for r in prepared if r.status == "ok"]
    docs = res.nlp.pipe((r.text for r in ok), batch_size=settings.batch_size)
    ok_iter = iter(zip(ok, docs))
    for r in prepared:
        if r.status != "ok":
            yield r
            continue
        r2, doc = next(ok_iter)
        yield analyse(doc, r2, res)


def engine_for(settings: Settings) -> Callable:
    """The per-article engine: local (default, no Dask needed) or Dask workers."""
    if settings.engine == "local":
        return process_local
    if settings.engine == "dask":
        from pipeline.engine_dask import process_dask

        return process_dask
    raise ValueError(f"unknown engine {settings.engine!r} (local or dask)")


def run_extract(settings: Settings, log: Callable[[str], None] = print, wait: bool = False,
                res_factory: Callable[[], Resources] | None = None) -> RunSummary:
    with output_lock(settings.out_dir, wait=wait):
        return _run(settings, log, res_factory or (lambda: Resources(settings)))


def _run(settings: Settings, log, res_factory) -> RunSummary:
    cache = ArticleCache(settings.cache_dir)
    for folder, recursive in ((settings.out_dir, False), (settings.cache_dir, True), (settings.clean_dir, False)):
        remove_stale_temp_files(folder, recursive=recursive)  # left by a killed run; we hold the lock
    for name in OBSOLETE_CACHE_FILES:
        (settings.cache_dir / name).unlink(missing_ok=True)
    stat_memo = read_stat_memo(settings.cache_dir)
    stat_before = dict(stat_memo)
    states, warnings, manifest, _ = scan(settings, stat_memo)
    readable = [st for st in states if st.raw is not None]
    is_cached = {st.rel: st.lazy or _is_cached(cache, st.key) for st in readable}  # lazy: checked by the scan
    summary = classify(states, cache, is_cached)
    summary.problems.extend(warnings)
    results: dict[str, ArticleResult] = {}
    cached = [st for st in readable if is_cached[st.rel]]
    todo = [st for st in readable if not is_cached[st.rel]]
    for st in states:
        if st.raw is None:
            results[st.rel] = ArticleResult(st.article_id, st.rel, st.sha, status="error", error=st.read_error)
    log(f"{summary.line()}; processing {len(todo)}")
    engine = engine_for(settings)
    running = engine(todo, settings, res_factory)  # the local pool starts now: read the cache meanwhile
    late = []
    snapshot = Memo(settings.cache_dir / SNAPSHOT_NAME, SNAPSHOT_FORMAT, batch=64)  # entries are articles
    for st, data in _snapshot_entries(snapshot, cached):
        if data is None:
            data = cache.get(st.key)
            if data is not None:
                _snapshot_put(snapshot, st.key, data)
                data = _snapshot_entry(data)
        if data is not None and data.get("article_id") == st.article_id:
            results[st.rel] = _compact(ArticleResult.from_json(data))
            st.raw = b""  # not needed again: keep memory flat
            clean_file = settings.clean_dir / f"{st.article_id}.txt"
            if data.get("status") == "ok" and not clean_file.exists():  # outputs/clean deleted by hand
                text = cache.get_text(st.key)
                if text is not None:
                    atomic_write_text(clean_file, text)
        else:  # damaged, or the same bytes under another name (another article id)
            if st.lazy:  # its bytes were not read by the scan
                try:
                    st.raw = (settings.corpus_dir / st.rel).read_bytes()
                except OSError as exc:
                    st.raw, st.read_error = None, f"cannot read file ({exc.strerror or exc})"
                    results[st.rel] = ArticleResult(st.article_id, st.rel, st.sha, status="error", error=st.read_error)
                    continue
            late.append(st)

    def collect(batch, work) -> None:
        by_rel = {st.rel: st for st in batch}
        for result in work:
            if not result.stored:  # one process or Dask: stored here
                store_result(cache, by_rel[result.path].key, result, settings)
            if result.ahead is not None:  # completed by the worker: kept if the corpus half will ask for it
                if result.ahead[0] == _expected_ahead_key(result, by_rel[result.path].key, manifest):
                    completed.put(*result.ahead)
                result.ahead = None
            _snapshot_put(snapshot, by_rel[result.path].key, result.to_json())
            results[result.path] = _compact(_slim(result))
            by_rel[result.path].raw = b""

    # while the workers parse the new articles: read the corpus half's memos
    memo_path = settings.cache_dir / TIME_MEMO_NAME
    dates.load_time_memo(memo_path)
    memo = reconcile_memo(settings.cache_dir / RECONCILE_MEMO_NAME, load_predicates(settings.models_dir))
    completed = completed_memo(settings.cache_dir / COMPLETED_MEMO_NAME)
    if todo:  # the new articles' claim times are resolved by the time grammar (and dateparser): load them meanwhile
        timex.load_grammar()
        timex.warm_up_dateparser()
    collect(todo, running)
    if late:
        collect(late, engine(late, settings, res_factory))
    ordered = [results[st.rel] for st in states]
    keys = {st.rel: st.key for st in states if st.raw is not None}
    fragments = {rel: cache.fragment_path(key, MENTIONS_FRAGMENT) for rel, key in keys.items()}

    def claims_of(r: ArticleResult) -> list[dict]:
        """An article's claims, read back from the snapshot (the results in memory hold none)."""
        ckey = _claims_key(keys[r.path], r.article_id)
        claims = snapshot.get(ckey)
        if claims is None:  # not in the snapshot (damaged, or from an older version): the cache entry's
            data = cache.get(keys[r.path]) or {}
            claims = data.get("claims", []) if data.get("article_id") == r.article_id else []
            snapshot.put(ckey, claims)
        return claims

    scratch = settings.cache_dir / SCRATCH_DIR
    tables = corpus_half(ordered, manifest, settings, fragments, memo, claims_of=claims_of, scratch=scratch,
                         completed=completed, article_key=lambda r: keys[r.path])
    try:
        write_outputs(settings.out_dir, tables)
    finally:
        discard_tables(tables, scratch)
    snapshot.save()
    _prune_clean(settings.clean_dir, {r.article_id for r in ordered})
    cache.write_index({st.rel: st.sha for st in states if st.raw is not None})
    dates.save_time_memo(memo_path)
    if stat_memo != stat_before:
        try:
            atomic_write_text(settings.cache_dir / STAT_MEMO_NAME, json.dumps(stat_memo, separators=(",", ":")))
        except OSError:
            pass  # only a speed-up
    for a in tables["articles.csv"][1]:  # what articles.csv says, duplicates and manifest notes included
        if a["status"] != "ok":
            summary.problems.append(f"{a['path']}: {a['status']}: {a['error']}")
        for w in filter(None, a["warnings"].split("; ")):
            summary.problems.append(f"{a['path']}: warning: {w}")
    summary.counts = {name: len(rows) for name, (_, rows) in tables.items()}
    # the per-article records are no longer needed: free them before the memos commit
    tables = None
    ordered.clear()
    results.clear()
    memo.save()
    completed.save()
    return summary


def _expected_ahead_key(r: ArticleResult, key: str, manifest: dict) -> bytes:
    """The memo key :func:`pipeline.corpus.corpus_half` gives an article's completed claims if it
    is no near-duplicate (its manifest row may date it otherwise than its metadata)."""
    published, evidence, *_ = ingest.apply_manifest(r.published, r.published_evidence, r.url, manifest.get(r.path))
    return completed_key(key, r.article_id, dates.from_metadata(published, evidence), r.article_id)


#: Cached articles whose snapshot entries are read in one query.
SNAPSHOT_READ_BATCH = 256


def _snapshot_entries(snapshot: Memo, states: list[FileState]) -> Iterator[tuple[FileState, dict | None]]:
    """(state, its snapshot entry or None) for each of ``states``, read ``SNAPSHOT_READ_BATCH`` at a time."""
    for lo in range(0, len(states), SNAPSHOT_READ_BATCH):
        chunk = states[lo:lo + SNAPSHOT_READ_BATCH]
        found = snapshot.get_many(list(dict.fromkeys(st.key for st in chunk)))
        for st in chunk:
            yield st, found.get(st.key)


def _snapshot_entry(data: dict) -> dict:
    """An article's result as the snapshot keeps it under its key (what the corpus half reads but its claims)."""
    return {k: v for k, v in data.items() if k not in _NOT_IN_SNAPSHOT}


def _snapshot_put(snapshot: Memo, key: str, data: dict) -> None:
    """Keep an article's result (a cache entry's JSON) in the snapshot: its fields, and its claims apart."""
    snapshot.put(key, _snapshot_entry(data))
    snapshot.put(_claims_key(key, data["article_id"]), data.get("claims", []))


def _claims_key(key: str, article_id: str) -> str:
    return f"{key}:{article_id}{CLAIMS_SUFFIX}"


def _slim(r: ArticleResult) -> ArticleResult:
    """What travels back from a worker: the cleaned text, removed spans and mentions are on disk
    already (the claims go on to the snapshot, and are then dropped from memory too)."""
    r.text, r.removed, r.timexes, r.mentions = "", [], [], []
    return r


def _compact(r: ArticleResult) -> ArticleResult:
    """A result as the run holds it until the corpus half: no claims (read back from the snapshot
    an article at a time), and its shingle hashes as a packed array (32-bit CRCs), a tenth of a list's memory."""
    r.claims = []
    r.shingles = array("I", r.shingles)
    return r


def _prune_clean(folder: Path, keep: set[str]) -> None:
    if not folder.exists():
        return
    for p in folder.glob("*.txt"):
        if p.stem not in keep:
            p.unlink(missing_ok=True)


def status(settings: Settings) -> RunSummary:
    states, warnings, _, _ = scan(settings)
    s = classify(states, ArticleCache(settings.cache_dir))
    s.problems = warnings + [f"{st.rel}: {st.read_error}" for st in states if st.raw is None]
    return s
