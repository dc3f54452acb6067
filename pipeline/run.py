"""The engine: per-article half (cached by content hash) then the corpus half.

``run_extract(settings)`` is what ``python -m pipeline extract`` calls.
"""
from __future__ import annotations

import fcntl
import os
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from pipeline import ingest
from pipeline.analyse import ArticleResult, Resources, analyse, prepare
from pipeline.cache import ArticleCache, atomic_write_text, cache_key
from pipeline.corpus import corpus_half, write_outputs
from pipeline.config import Settings, code_hash, models_hash
from pipeline.language import english_problem

OUTPUT_FILES = ("articles.csv", "mentions.csv", "claims.csv", "consolidated_claims.csv", "conflicts.csv")
LOCK_NAME = ".lock"


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
        yield
    finally:
        fh.close()


def scan(settings: Settings) -> tuple[list[FileState], list[str], dict, str]:
    """Every article file with its hash and cache key (reads bytes, parses nothing)."""
    paths, warnings = ingest.discover(settings.corpus_dir)
    manifest, mwarn = ingest.read_manifest(settings.corpus_dir)
    warnings += mwarn
    mhash = models_hash(settings.models_dir)
    chash = code_hash()
    rels = [p.relative_to(settings.corpus_dir).as_posix() for p in paths]
    ids = ingest.article_ids(rels)
    states = []
    for p, rel in zip(paths, rels):
        try:
            raw = p.read_bytes()
            sha = ingest.sha256(raw)
            states.append(FileState(rel, ids[rel], raw, sha, cache_key(sha, mhash, settings.model, chash)))
        except OSError as exc:
            states.append(FileState(rel, ids[rel], None, "", "", f"cannot read file ({exc.strerror or exc})"))
    return states, warnings, manifest, mhash


def classify(states: list[FileState], cache: ArticleCache) -> RunSummary:
    index = cache.read_index()
    s = RunSummary()
    for st in states:
        if st.raw is None:
            continue
        if cache.has(st.key):
            s.unchanged.append(st.rel)
        elif st.rel in index:
            s.changed.append(st.rel)
        else:
            s.new.append(st.rel)
    current = {st.rel for st in states}
    s.removed = sorted(r for r in index if r not in current)
    return s


def prepare_file(raw: bytes, rel: str, article_id: str, res: Resources) -> ArticleResult:
    """Ingest and clean one file (no spaCy yet)."""
    result = prepare(ingest.parse_article(raw, rel, article_id), res)
    if result.status == "ok":
        problem = english_problem(result.text)
        if problem:
            result.status, result.error = "skipped", problem
    return result


def process_local(states: list[FileState], settings: Settings, res_factory: Callable[[], Resources]) -> Iterator[ArticleResult]:
    """Per-article half in this process: ingest, clean, spaCy in batches (``n_process``), analyse."""
    if not states:
        return
    res = res_factory()
    yield from analyse_batch([(st.raw, st.rel, st.article_id) for st in states], res, settings)


def analyse_batch(items: list[tuple[bytes, str, str]], res: Resources, settings: Settings) -> Iterator[ArticleResult]:
    """(raw bytes, relative path, article id) -> ArticleResult, in order; spaCy runs over the batch."""
    prepared = [prepare_file(raw, rel, aid, res) for raw, rel, aid in items]
    ok = [r for r in prepared if r.status == "ok"]
    docs = res.nlp.pipe((r.text for r in ok), batch_size=settings.batch_size, n_process=settings.n_process)
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
    states, warnings, manifest, _ = scan(settings)
    summary = classify(states, cache)
    summary.problems.extend(warnings)
    results: dict[str, ArticleResult] = {}
    todo = []
    for st in states:
        if st.raw is None:
            results[st.rel] = ArticleResult(st.article_id, st.rel, "", status="error", error=st.read_error)
            continue
        data = cache.get(st.key)
        if data is not None and data.get("article_id") == st.article_id:
            results[st.rel] = ArticleResult.from_json(data)
        else:
            todo.append(st)
    log(f"{summary.line()}; processing {len(todo)}")
    by_rel = {st.rel: st for st in todo}
    for result in engine_for(settings)(todo, settings, res_factory):
        cache.put(by_rel[result.path].key, result.to_json())
        if result.text:
            atomic_write_text(settings.clean_dir / f"{result.article_id}.txt", result.text)
        results[result.path] = result
    ordered = [results[st.rel] for st in states]
    tables = corpus_half(ordered, manifest, settings)
    write_outputs(settings.out_dir, tables)
    _prune_clean(settings.clean_dir, {r.article_id for r in ordered})
    cache.write_index({st.rel: st.sha for st in states if st.raw is not None})
    for r in ordered:
        if r.status != "ok":
            summary.problems.append(f"{r.path}: {r.status}: {r.error}")
        for w in r.warnings:
            summary.problems.append(f"{r.path}: warning: {w}")
    summary.counts = {name: len(rows) for name, (_, rows) in tables.items()}
    return summary


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
