"""Corpus half: everything after the per-article stages, over all cached results.

Duplicates, publication dates, claim times, reconciliation -> the output tables,
written atomically. Works on cached results only (no spaCy), so it always reruns.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline import dates, ingest
from pipeline.near_duplicates import source_groups
from pipeline.analyse import ArticleResult, stated_ages
from pipeline.cache import TEMP_SUFFIX, Concat, Memo, Table, atomic_write_many, csv_bytes
from pipeline.config import Settings
from pipeline.entities import BIRTHS_FILE
from pipeline.records import Article, Claim, Conflict, Fact, Mention, columns, to_row
from pipeline.reconcile import (_ids_once, load_predicates, mark_overlap, overlap_conflict, reconcile_group,
                                 tenure_overlaps, tenure_span, usable_claims)
from pipeline.spill import ClaimSpill, spill_rows


def corpus_half(results: list[ArticleResult], manifest: dict, settings: Settings,
                fragments: dict[str, Path] | None = None, memo: Memo | None = None,
                claims_of: Callable[[ArticleResult], list[dict]] | None = None,
                scratch: Path | None = None, completed: Memo | None = None,
                article_key: Callable[[ArticleResult], str] | None = None) -> dict[str, tuple[list[str], object]]:
    """Duplicates, publication dates, claim times, reconciliation -> the output tables.

    ``fragments`` maps an article's path to its cached mentions.csv rows: the mentions table is
    then streamed from those files (a ``Concat``) rather than built from ``results``' mentions.
    ``memo`` (see :func:`reconcile_memo`) keeps the rendered rows of each reconciled group between
    runs, so an incremental run reconciles only the groups whose claims changed.

    ``claims_of(result)`` gives an article's claims when the results do not hold them (read from
    disk an article at a time); with a ``scratch`` folder the claims, facts and conflicts go to
    scratch files there as they are rendered, and the usable claims to a :class:`ClaimSpill`, so
    memory holds one article's claims and one group at a time, not the corpus's (remove the
    scratch files with :func:`discard_tables` once the tables are written).

    ``completed`` (see :func:`completed_memo`) keeps each article's completed claims (its
    claims.csv rows and the rows it adds to the spill) between runs, keyed by ``article_key(result)``
    (its cache key) with its publication interval and source group: an unchanged article's claims
    are then neither read back nor completed again."""
    articles: list[Article] = []
    mentions: list[dict] = []
    mention_parts: list[Path] = []
    n_mentions = 0
    first_by_sha: dict[str, str] = {}
    pubs: dict[str, dates.PubDate] = {}
    rows = []
    for r in results:
        published, evidence, url, source, mwarn = ingest.apply_manifest(
            r.published, r.published_evidence, r.url, manifest.get(r.path))
        status, error = r.status, r.error
        dup = ""
        if status == "ok" and r.sha256 in first_by_sha:
            status, dup = "skipped", first_by_sha[r.sha256]
            error = f"duplicate of {dup} (same bytes)"
        elif status == "ok":
            first_by_sha[r.sha256] = r.article_id
        pub = dates.from_metadata(published, evidence) if status == "ok" else dates.UNKNOWN
        pubs[r.article_id] = pub
        rows.append((r, status, error, dup, url, source, mwarn))
    ok_results = [x[0] for x in rows if x[1] == "ok"]
    births = dates.load_births(settings.models_dir / BIRTHS_FILE)
    pubs = _infer_dates(ok_results, pubs, births)
    # the earliest published article of a group is the original; undated ones come last
    by_date = sorted(ok_results, key=lambda r: (dates.iso(pubs[r.article_id].lo) or "9999", r.path))
    groups = source_groups([(r.article_id, r.shingles) for r in by_date])
    del ok_results, by_date
    predicates = load_predicates(settings.models_dir)
    claim_cols = columns(Claim)
    claim_rows = RowSink("claims", scratch)
    spill = ClaimSpill(predicates, scratch)
    try:
        for r, status, error, dup, url, source, mwarn in rows:
            pub = pubs[r.article_id]
            group = r.article_id
            if r.article_id in groups:
                group, share = groups[r.article_id]
                dup = group
                mwarn = mwarn + [f"near-duplicate of {group} ({share:.0%} of its text shared): counted as one source"]
            articles.append(Article(
                article_id=r.article_id, path=r.path, sha256=r.sha256, status=status, error=error,
                published=dates.iso(pub.published), published_min=dates.iso(pub.lo), published_max=dates.iso(pub.hi),
                published_source=pub.source, n_sentences=r.n_sentences, n_tokens=r.n_tokens, title=r.title, url=url,
                source=source, duplicate_of=dup, warnings="; ".join(r.warnings + mwarn), published_evidence=pub.evidence,
            ))
            if status != "ok":
                continue
            if fragments is not None:
                mention_parts.append(fragments[r.path])
                n_mentions += r.n_mentions
            else:
                mentions.extend(r.mentions)
            ck = None
            if completed is not None and article_key is not None:
                ck = completed_key(article_key(r), r.article_id, pub, group)
                hit = completed.get(ck)
                if hit is not None:
                    claim_rows.write(hit[0], hit[1])
                    spill.add_rows(hit[2])
                    continue
            # completed in place: the results are not read again, and copies would double memory
            entry = complete_claims(claims_of(r) if claims_of is not None else r.claims, pub, group, spill.rows)
            claim_rows.write(entry[0], entry[1])
            spill.add_rows(entry[2])
            if ck is not None:
                completed.put(ck, entry)
        del rows
        births_dated = frozenset(a for a, p in pubs.items() if p.from_births)
        facts, conflicts = reconciled_rows(spill, predicates, memo, scratch, births, births_dated)
    except BaseException:
        claim_rows.discard()
        raise
    finally:
        spill.close()
    return {
        "articles.csv": (columns(Article), [to_row(a) for a in articles]),
        "mentions.csv": (columns(Mention), mentions if fragments is None else Concat(b"", tuple(mention_parts), n_mentions)),
        "claims.csv": (claim_cols, claim_rows.concat()),
        "consolidated_claims.csv": (columns(Fact), facts),
        "conflicts.csv": (columns(Conflict), conflicts),
    }


def completed_key(article_key: str, article_id: str, pub: dates.PubDate, group: str) -> bytes:
    """An article's key in the memo of completed claims: its cache key (its result and models/),
    its id, its publication interval and its source group, everything completing its claims reads."""
    return hashlib.blake2b(repr((article_key, article_id, pub, group)).encode(), digest_size=16).digest()


def complete_claims(claims: list[dict], pub: dates.PubDate, group: str,
                    spill_rows: Callable[[Iterable[dict]], list[tuple]]) -> tuple[bytes, int, list[tuple]]:
    """An article's claims completed in place (source group, times resolved against ``pub``, a
    title's season) -> (their claims.csv rows, how many, the rows their usable claims add to the
    spill): the entry :func:`corpus_half` memoises for the article."""
    for c in claims:
        c["source_group"] = group
        c["time_start"], c["time_end"], c["time_value"] = dates.resolve_claim_time(c, pub)
        if c["predicate"] == "title_won" and not c["value"] and c.get("time_text"):
            c["value"] = dates.season_label(c["time_start"], c["time_end"])
        elif c["predicate"] == "retired" and not c["value"] and c["time_start"][:4] and c["time_start"][:4] == c["time_end"][:4]:
            c["value"] = c["time_start"][:4]  # "has announced his retirement": the year of the article's day
    return csv_bytes(columns(Claim), claims, header=False), len(claims), spill_rows(usable_claims(claims))


def completed_ahead(result: ArticleResult, article_key: str, key: Callable[[dict], tuple]) -> tuple[bytes, tuple] | None:
    """(memo key, entry) of an article's completed claims as :func:`corpus_half` will make them if
    its publication date is its own metadata's and it is no near-duplicate (what most articles
    are), or None for an undated article (``key``: the spill's group key, :func:`pipeline.reconcile.group_key`). A worker process computes this beside the per-article
    half, so the corpus half, which runs alone, finds it in the memo; the key holds every input,
    so an article dated otherwise (a manifest row, a duplicate) is simply completed again there.
    Works on copies: ``result``'s claims stay as they are."""
    if result.status != "ok" or not result.published:
        return None
    pub = dates.from_metadata(result.published, result.published_evidence)
    entry = complete_claims([dict(c) for c in result.claims], pub, result.article_id, lambda cs: spill_rows(cs, key))
    return completed_key(article_key, result.article_id, pub, result.article_id), entry


#: Groups whose memo entries are asked for in one query: at most this many, holding at most
#: ``MEMO_BATCH_CLAIMS`` claims between them (unless one group alone holds more).
MEMO_BATCH = 512
MEMO_BATCH_CLAIMS = 4096


def _batched(items: Iterable, n: int, size: Callable = len, limit: int = MEMO_BATCH_CLAIMS) -> Iterator[list]:
    """``items`` in lists of at most ``n`` items whose ``size`` adds up to at most ``limit`` (or one item)."""
    batch, total = [], 0
    for item in items:
        weight = size(item)
        if batch and (len(batch) == n or total + weight > limit):
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += weight
    if batch:
        yield batch


def discard_tables(tables: dict[str, tuple[list[str], object]], scratch: Path) -> None:
    """Remove the scratch files of :func:`corpus_half`'s tables (after they are written)."""
    for _, rows in tables.values():
        if isinstance(rows, Concat):
            for part in rows.parts:
                if isinstance(part, Path) and part.parent == scratch and part.name.endswith(TEMP_SUFFIX):
                    part.unlink(missing_ok=True)


#: Bumped when the memo's entries change form.
RECONCILE_MEMO_FORMAT = "3"
COMPLETED_MEMO_FORMAT = "1"


def completed_memo(path: Path | None) -> Memo:
    """The memo of completed claims an article (:func:`corpus_half`): its version covers the code
    that completes, renders and spills them (the key covers the article's result and models/)."""
    import pipeline.cache
    import pipeline.records
    import pipeline.reconcile
    import pipeline.spill

    h = hashlib.sha256(COMPLETED_MEMO_FORMAT.encode())
    for mod in (dates, pipeline.records, pipeline.reconcile, pipeline.spill, pipeline.cache):
        h.update(Path(mod.__file__).read_bytes())
    h.update(dates.time_memo_version().encode())
    return Memo(path, h.hexdigest()[:32], batch=64)  # an entry is an article's claims


def reconcile_memo(path: Path | None, predicates: dict) -> Memo:
    """The memo of reconciled groups: its version covers the code that renders them and the predicates."""
    import pipeline.cache
    import pipeline.records
    import pipeline.reconcile

    h = hashlib.sha256(RECONCILE_MEMO_FORMAT.encode())
    for mod in (pipeline.reconcile, pipeline.records, pipeline.cache):
        h.update(Path(mod.__file__).read_bytes())
    h.update(repr(sorted(predicates.items())).encode())
    return Memo(path, h.hexdigest()[:32])


class RowSink:
    """Rendered CSV rows (no header) collected for one output table: in a scratch file in
    ``folder`` (memory stays flat whatever the corpus size), or in memory without one."""

    def __init__(self, name: str, folder: Path | None = None):
        self.count = 0
        self.parts: list[bytes] = []
        self.path: Path | None = None
        self._fh = None
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)
            fd, path = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMP_SUFFIX, dir=folder)
            self.path, self._fh = Path(path), os.fdopen(fd, "wb")

    def write(self, rows: bytes, n: int) -> None:
        if rows:
            if self._fh is not None:
                self._fh.write(rows)
            else:
                self.parts.append(rows)
        self.count += n

    def concat(self, more: Path | None = None, n_more: int = 0) -> Concat:
        """The rows as a :class:`Concat` (the scratch file is complete once this is called), then
        ``more``, a file of ``n_more`` further rows."""
        tail = (more,) if more is not None else ()
        if self._fh is not None:
            self._fh.close()
            self._fh = None
            return Concat(b"", (self.path, *tail), self.count + n_more)
        return Concat(b"", (*self.parts, *tail), self.count + n_more)

    def discard(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self.path is not None:
            self.path.unlink(missing_ok=True)


#: Reconciliation renders the tenures in a second process, beside the groups, when the spill
#: holds at least this many claims.
PARALLEL_MIN_CLAIMS = 20_000


def reconciled_rows(claims: "Iterable[dict] | ClaimSpill", predicates: dict, memo: Memo | None = None,
                    folder: Path | None = None, births: dict | None = None,
                    births_dated: frozenset = frozenset()) -> tuple[Concat, Concat]:
    """consolidated_claims.csv and conflicts.csv rows (no header), rendered group by group in the
    order of :func:`pipeline.reconcile.reconcile`: each group's rows depend on its claims alone, so
    with a ``memo`` a group whose claims (every field reconciliation reads) are unchanged is not
    reconciled again. ``claims`` are all the corpus's claims, or the usable ones already spilled
    to disk (:class:`pipeline.spill.ClaimSpill`, read a group at a time); with a ``folder`` the rows
    go to scratch files there, not memory (the caller removes them once written).

    The tenures (facts and overlap conflicts per person) come after the groups and depend on
    nothing the groups give: over a large corpus (``PARALLEL_MIN_CLAIMS``, ``fork`` available) a
    forked process renders them into its own scratch files while this one renders the groups. It
    reads the memo's file through a read-only connection of its own (meanwhile this process keeps
    what it puts in memory, so it never needs the file's exclusive lock); the entries it puts and
    the keys it found are handed back and put or kept here. Same rows, same order, same memo."""
    if memo is None:
        memo = Memo(None, "")
    facts, conflicts = RowSink("consolidated", folder), RowSink("conflicts", folder)
    if isinstance(claims, ClaimSpill):
        spill, own = claims, False
    else:
        spill, own = ClaimSpill(predicates, folder), True
        spill.add(usable_claims(list(claims)))
    tenures = None
    try:
        if folder is not None and spill.count + spill.pending >= PARALLEL_MIN_CLAIMS:
            empty = memo.is_empty()
            reader = None if empty else memo.reader_args()  # the other process reads the memo's file
            if empty or reader is not None:
                tenures = _TenuresElsewhere.start(spill, folder, reader)  # None: render them here
                memo.hold_writes(tenures is not None and reader is not None)
        _render_groups(spill, predicates, memo, facts, conflicts, births or {}, births_dated)
        if tenures is not None:
            done = tenures.result()  # None: the other process failed, render them here
            memo.hold_writes(False)
            if done is not None:
                (fact_part, n_facts, conflict_part, n_conflicts, entries, used) = done
                for key, value in entries:
                    memo.put(key, value)
                memo.mark_used(used)
                return facts.concat(fact_part, n_facts), conflicts.concat(conflict_part, n_conflicts)
        _render_tenures(spill, memo, facts, conflicts)
    except BaseException:
        facts.discard()
        conflicts.discard()
        if tenures is not None:
            tenures.discard()
        raise
    finally:
        if own:
            spill.close()
    return facts.concat(), conflicts.concat()


def _digest(tag: str, key, rows: list[bytes], extra: tuple = ()) -> bytes:
    """Of a group's claims, as the spill gives them (every field reconciliation reads, marshalled),
    and of anything else its rows depend on (``extra``).
    Marshal format 2 has no back-references, so equal values give equal bytes (twice as fast as repr)."""
    return hashlib.blake2b(marshal.dumps((tag, key, rows) + ((extra,) if extra else ()), 2), digest_size=16).digest()


def _known_birth(key: tuple, group: list, predicates: dict, births: dict, births_dated: frozenset) -> tuple:
    """What an age group's rows read besides its claims: the subject's known birth date and which
    of the group's articles it dated (empty for every other group)."""
    info = predicates.get(key[0])
    if not births or info is None or info.method != "age-to-birth-window" or key[1] not in births:
        return ()
    lo, hi = births[key[1]]
    dated = sorted({c["article_id"] for c in ClaimSpill.as_claims(group)} & births_dated)
    return (lo.isoformat(), hi.isoformat(), tuple(dated))


def _render_groups(spill: ClaimSpill, predicates: dict, memo: Memo, facts: RowSink, conflicts: RowSink,
                   births: dict, births_dated: frozenset = frozenset()) -> None:
    """The rows of every (subject, predicate, object) group, in key order; ``births`` (the known
    birth dates) and ``births_dated`` (the articles they dated) enter an age group's rows, and so
    its memo key."""
    fact_cols, conflict_cols = columns(Fact), columns(Conflict)
    for batch in _batched(spill.groups(), MEMO_BATCH, lambda kg: len(kg[1])):  # the memo is asked a batch of groups at once
        digests = [_digest("group", key, group, _known_birth(key, group, predicates, births, births_dated))
                   for key, group in batch]
        hits = memo.get_many(digests)
        for (key, group), d in zip(batch, digests):
            hit = hits.get(d)
            if hit is None:
                f, k = reconcile_group(key, ClaimSpill.as_claims(group), predicates, births, births_dated)
                hit = (csv_bytes(fact_cols, map(to_row, f), header=False), len(f),
                       csv_bytes(conflict_cols, map(to_row, k), header=False), len(k))
                memo.put(d, hit)
            facts.write(hit[0], hit[1])
            conflicts.write(hit[2], hit[3])


def _render_tenures(spill: ClaimSpill, memo: Memo, facts: RowSink, conflicts: RowSink) -> None:
    """Tenures: per person (their facts, and the digests of their overlap conflicts), and per pair of
    overlapping tenures (the conflict row), so one new claim of a person with many tenures renders
    only the conflicts of the tenure it changed."""
    fact_cols, conflict_cols = columns(Fact), columns(Conflict)

    def rendered_conflict(pair: bytes, span1, span2, ids, known: dict) -> bytes:
        row = known.get(pair)
        if row is None:
            row = csv_bytes(conflict_cols, [to_row(overlap_conflict(span1, span2, ids))], header=False)
            memo.put(pair, row)
        return row

    for batch in _batched(spill.roles(), MEMO_BATCH, lambda pr: sum(len(cs) for _, cs in pr[1])):
        role_digests = [[_digest("role", key, cs) for key, cs in roles] for _, roles in batch]
        digests = [hashlib.blake2b(b"tenures" + b"".join(rds), digest_size=16).digest() for rds in role_digests]
        hits = memo.get_many(digests)
        pair_rows = memo.get_many([pk for h in hits.values() for pk in h[2]])
        for (person, roles), rds, d in zip(batch, role_digests, digests):
            hit = hits.get(d)
            rows = None if hit is None else [pair_rows.get(pk) for pk in hit[2]]
            if hit is None or None in rows:
                spans, span_digests = [], []
                for (key, cs), rd in zip(roles, rds):
                    sp = tenure_span(key, ClaimSpill.as_claims(cs))
                    if sp is not None:
                        spans.append(sp)
                        span_digests.append(rd)
                ids = _ids_once()
                pairs = tenure_overlaps(spans)
                for i, j in pairs:
                    mark_overlap(spans[i], spans[j], ids)
                pair_keys = tuple(span_digests[i] + span_digests[j] for i, j in pairs)
                known = memo.get_many([pk for pk in pair_keys if pk not in pair_rows])  # pairs it did not change
                known.update(pair_rows)
                rows = [rendered_conflict(pk, spans[i], spans[j], ids, known) for pk, (i, j) in zip(pair_keys, pairs)]
                hit = (csv_bytes(fact_cols, (to_row(sp[4]) for sp in spans), header=False), len(spans), pair_keys)
                memo.put(d, hit)
            facts.write(hit[0], hit[1])
            for row in rows:
                conflicts.write(row, 1)


class _TenuresElsewhere:
    """:func:`_render_tenures` in a forked process, reading the spill through its own connection and
    writing scratch files in ``folder``; :meth:`result` gives (facts file, count, conflicts file,
    count, memo entries), or None if the process failed (its files removed)."""

    def __init__(self, proc, conn):
        self.proc, self.conn = proc, conn
        self.paths: list[Path] = []

    @classmethod
    def start(cls, spill: ClaimSpill, folder: Path, memo_reader: tuple | None = None) -> "_TenuresElsewhere | None":
        import multiprocessing as mp

        import threading

        if "fork" not in mp.get_all_start_methods() or threading.active_count() > 1:
            return None  # forking a process with other threads running (a Dask client's) is not safe
        spill.commit()  # the other process reads the file: everything added must be in it
        ctx = mp.get_context("fork")
        mine, theirs = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_tenures_child, args=(spill.path, folder, theirs, memo_reader), daemon=True)
        try:
            proc.start()
        except (OSError, AssertionError):  # no process to spare (or this one is a daemon): render them here
            mine.close()
            theirs.close()
            return None
        theirs.close()
        return cls(proc, mine)

    def result(self):
        try:
            done = self.conn.recv()
        except (EOFError, OSError):
            done = None
        finally:
            self.conn.close()
            self.proc.join()
        if isinstance(done, tuple) and len(done) == 6:
            self.paths = [done[0], done[2]]
            return done
        self.discard()
        return None

    def discard(self) -> None:
        if self.proc.is_alive():
            self.proc.terminate()
            self.proc.join()
        for path in self.paths:
            path.unlink(missing_ok=True)
        # a child killed mid-way leaves its scratch files (the next run's clean-up removes those)


def _tenures_child(spill_path: str, folder: Path, conn, memo_reader: tuple | None = None) -> None:
    """In the forked process: render the tenures, send the result, exit without running the
    parent's clean-up (its open files and connections are the parent's). ``memo_reader``: the
    parent's memo (path, version), read through a read-only connection of its own; the entries
    put and the keys found go back to the parent."""
    code = 0
    try:
        # the parent's memo read-only, or an empty one (the parent's was): collect what to hand back
        memo = Memo(*memo_reader, readonly=True) if memo_reader else Memo(None, "")
        facts, conflicts = RowSink("consolidated", folder), RowSink("conflicts", folder)
        try:
            with ClaimSpill.reader(spill_path) as spill:
                _render_tenures(spill, memo, facts, conflicts)
            fact_part, conflict_part = facts.concat(), conflicts.concat()
        except BaseException:
            facts.discard()
            conflicts.discard()
            raise
        conn.send((fact_part.parts[0], fact_part.count, conflict_part.parts[0], conflict_part.count,
                   memo.pending_items(), memo.used_keys()))
        memo.save()  # a reader: closes its connection
    except BaseException:
        code = 1
        try:
            conn.send(None)
        except Exception:
            pass
    finally:
        conn.close()
        os._exit(code)


def write_outputs(out_dir: Path, tables: dict[str, tuple[list[str], list[dict]]]) -> None:
    """Render every table, write every temporary file, then rename them all: a failure
    (disk full, no permission) leaves all previous outputs untouched."""
    # each table is written into its temporary file as it is rendered: no table is held whole as text
    rendered = {out_dir / name: (Concat(csv_bytes(cols, []) + rows.header, rows.parts, rows.count) if isinstance(rows, Concat) else Table(cols, rows))
                for name, (cols, rows) in tables.items()}
    atomic_write_many(rendered)  # every table written before any is renamed into place


def _infer_dates(results: list[ArticleResult], pubs: dict[str, dates.PubDate],
                 births: dict | None = None) -> dict[str, dates.PubDate]:
    """Publication intervals for undated articles from their words, from ages known elsewhere
    and from the known birth dates (``births``, id -> window of days)."""
    text = {r.article_id: (dates.parse_or_none(r.text_dates[0]), dates.parse_or_none(r.text_dates[1]), r.text_dates[2])
            for r in results if pubs[r.article_id].source == "unknown" and r.text_dates}
    ages = [(r.article_id, subject, years) for r in results for subject, years in (r.ages or stated_ages(r.claims))]
    return dates.infer_publication(pubs, text, ages, births=births)
