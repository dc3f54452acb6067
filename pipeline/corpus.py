"""Corpus half: everything after the per-article stages, over all cached results.

Duplicates, publication dates, claim times, reconciliation -> the output tables,
written atomically. Works on cached results only (no spaCy), so it always reruns.
"""
from __future__ import annotations

import hashlib
import operator
import sys
from pathlib import Path

from pipeline import dates, ingest
from pipeline.near_duplicates import source_groups
from pipeline.analyse import ArticleResult
from pipeline.cache import Concat, Memo, Table, atomic_write_many, csv_bytes
from pipeline.config import Settings
from pipeline.records import Article, Claim, Conflict, Fact, Mention, columns, to_row
from pipeline.reconcile import (CLAIM_FIELDS, _ids_once, claim_groups, load_predicates, mark_overlap, overlap_conflict,
                                 reconcile_group, roles_by_person, tenure_overlaps, tenure_span, usable_claims)


def corpus_half(results: list[ArticleResult], manifest: dict, settings: Settings,
                fragments: dict[str, Path] | None = None, memo: Memo | None = None) -> dict[str, tuple[list[str], object]]:
    """Duplicates, publication dates, claim times, reconciliation -> the output tables.

    ``fragments`` maps an article's path to its cached mentions.csv rows: the mentions table is
    then streamed from those files (a ``Concat``) rather than built from ``results``' mentions.
    ``memo`` (see :func:`reconcile_memo`) keeps the rendered rows of each reconciled group between
    runs, so an incremental run reconciles only the groups whose claims changed."""
    articles: list[Article] = []
    mentions: list[dict] = []
    mention_parts: list[Path] = []
    n_mentions = 0
    claims: list[dict] = []
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
    pubs = _infer_dates(ok_results, pubs)
    # the earliest published article of a group is the original; undated ones come last
    by_date = sorted(ok_results, key=lambda r: (dates.iso(pubs[r.article_id].lo) or "9999", r.path))
    groups = source_groups([(r.article_id, r.shingles) for r in by_date])
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
        for c in r.claims:  # completed in place: the results are not read again, and copies would double memory
            c["sentence"] = sys.intern(c["sentence"])  # the claims of one sentence share its text
            c["source_group"] = group
            c["time_start"], c["time_end"], c["time_value"] = dates.resolve_claim_time(c, pub)
            if c["predicate"] == "title_won" and not c["value"] and c.get("time_text"):
                c["value"] = dates.season_label(c["time_start"], c["time_end"])
            claims.append(c)
    facts, conflicts = reconciled_rows(claims, load_predicates(settings.models_dir), memo)
    return {
        "articles.csv": (columns(Article), [to_row(a) for a in articles]),
        "mentions.csv": (columns(Mention), mentions if fragments is None else Concat(b"", tuple(mention_parts), n_mentions)),
        "claims.csv": (columns(Claim), claims),
        "consolidated_claims.csv": (columns(Fact), facts),
        "conflicts.csv": (columns(Conflict), conflicts),
    }


#: Bumped when the memo's entries change form.
RECONCILE_MEMO_FORMAT = "2"


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


def reconciled_rows(claims: list[dict], predicates: dict, memo: Memo | None = None) -> tuple[Concat, Concat]:
    """consolidated_claims.csv and conflicts.csv rows (no header), rendered group by group in the
    order of :func:`pipeline.reconcile.reconcile`: each group's rows depend on its claims alone, so
    with a ``memo`` a group whose claims (every field reconciliation reads) are unchanged is not
    reconciled again."""
    if memo is None:
        memo = Memo(None, "")
    fact_cols, conflict_cols = columns(Fact), columns(Conflict)
    fact_parts: list[bytes] = []
    conflict_parts: list[bytes] = []
    counts = [0, 0]

    pick = operator.itemgetter(*CLAIM_FIELDS)

    def fields(c: dict) -> tuple:
        try:
            return pick(c)  # a C-level lookup: completed claims have every field
        except KeyError:
            return tuple(map(c.get, CLAIM_FIELDS))

    def digest(tag: str, key, group: list[dict]) -> bytes:
        return hashlib.blake2b(repr((tag, key, list(map(fields, group)))).encode(), digest_size=16).digest()

    def rendered_conflict(pair: bytes, span1, span2, ids) -> bytes:
        row = memo.get(pair)
        if row is None:
            row = csv_bytes(conflict_cols, [to_row(overlap_conflict(span1, span2, ids))], header=False)
            memo.put(pair, row)
        return row

    usable = usable_claims(claims)
    groups = claim_groups(usable, predicates)
    for key in sorted(groups):
        group = groups[key]
        d = digest("group", key, group)
        hit = memo.get(d)
        if hit is None:
            f, k = reconcile_group(key, group, predicates)
            hit = (csv_bytes(fact_cols, map(to_row, f), header=False), len(f),
                   csv_bytes(conflict_cols, map(to_row, k), header=False), len(k))
            memo.put(d, hit)
        fact_parts.append(hit[0])
        conflict_parts.append(hit[2])
        counts[0] += hit[1]
        counts[1] += hit[3]
    # tenures: per person (their facts, and the digests of their overlap conflicts), and per pair of
    # overlapping tenures (the conflict row), so one new claim of a person with many tenures renders
    # only the conflicts of the tenure it changed
    for person, roles in roles_by_person(usable):
        role_digests = [digest("role", key, cs) for key, cs in roles]
        d = hashlib.blake2b(b"tenures" + b"".join(role_digests), digest_size=16).digest()
        hit = memo.get(d)
        rows = None if hit is None else [memo.get(pair) for pair in hit[2]]
        if hit is None or None in rows:
            spans, span_digests = [], []
            for (key, cs), rd in zip(roles, role_digests):
                sp = tenure_span(key, cs)
                if sp is not None:
                    spans.append(sp)
                    span_digests.append(rd)
            ids = _ids_once()
            pairs = tenure_overlaps(spans)
            for i, j in pairs:
                mark_overlap(spans[i], spans[j], ids)
            pair_keys = tuple(span_digests[i] + span_digests[j] for i, j in pairs)
            rows = [rendered_conflict(pk, spans[i], spans[j], ids) for pk, (i, j) in zip(pair_keys, pairs)]
            hit = (csv_bytes(fact_cols, (to_row(sp[4]) for sp in spans), header=False), len(spans), pair_keys)
            memo.put(d, hit)
        fact_parts.append(hit[0])
        counts[0] += hit[1]
        conflict_parts.extend(rows)
        counts[1] += len(rows)
    return (Concat(b"", tuple(p for p in fact_parts if p), counts[0]),
            Concat(b"", tuple(p for p in conflict_parts if p), counts[1]))


def write_outputs(out_dir: Path, tables: dict[str, tuple[list[str], list[dict]]]) -> None:
    """Render every table, write every temporary file, then rename them all: a failure
    (disk full, no permission) leaves all previous outputs untouched."""
    # each table is written into its temporary file as it is rendered: no table is held whole as text
    rendered = {out_dir / name: (Concat(csv_bytes(cols, []) + rows.header, rows.parts, rows.count) if isinstance(rows, Concat) else Table(cols, rows))
                for name, (cols, rows) in tables.items()}
    atomic_write_many(rendered)  # every table written before any is renamed into place


def _infer_dates(results: list[ArticleResult], pubs: dict[str, dates.PubDate]) -> dict[str, dates.PubDate]:
    """Publication intervals for undated articles from their words and from ages known elsewhere."""
    text = {r.article_id: (dates.parse_or_none(r.text_dates[0]), dates.parse_or_none(r.text_dates[1]), r.text_dates[2])
            for r in results if pubs[r.article_id].source == "unknown" and r.text_dates}
    ages = [(r.article_id, c["subject_id"], int(c["value"])) for r in results for c in r.claims
            if c["predicate"] == "age" and c["modality"] in {"asserted", "reported"} and c["value"].isdigit()]
    return dates.infer_publication(pubs, text, ages)
