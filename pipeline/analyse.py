"""Per-article half: ingest -> clean -> spaCy -> mentions, time expressions, claims.

``analyse(doc, ingested, cleaned, res)`` is the pure function at the centre: it
returns an :class:`ArticleResult`, which is what the cache stores per article.
"""
from __future__ import annotations

import bisect
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy
from spacy.attrs import IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline import clean as clean_stage
from pipeline import timex
from pipeline.claims import Context, extract_claims
from pipeline.config import MAX_ARTICLE_CHARS, Settings
from pipeline.entities import Gazetteer, load_gazetteer
from pipeline.ingest import Ingested
from pipeline.dates import text_bounds
from pipeline.near_duplicates import shingles
from pipeline.mentions import build_descriptor_matcher, resolve_mentions, to_mention_records
from pipeline.nlp import build_nlp
from pipeline.patterns import ClaimRule, load_claim_rules, load_wordlists
from pipeline.tables import TableWords, find_tables, load_table_words, result_row_spans, table_claims


@dataclass
class ArticleResult:
    """Everything the corpus half needs from one article (JSON in the cache)."""

    article_id: str
    path: str
    sha256: str
    status: str = "ok"
    error: str = ""
    published: str = ""  # metadata date, ISO
    published_evidence: str = ""
    title: str = ""
    url: str = ""
    source: str = ""
    warnings: list[str] = field(default_factory=list)
    text: str = ""  # cleaned text: base of every offset
    removed: list = field(default_factory=list)
    n_sentences: int = 0
    n_tokens: int = 0
    mentions: list[dict] = field(default_factory=list)
    n_mentions: int = 0  # kept when the mentions themselves are dropped after caching
    claims: list[dict] = field(default_factory=list)
    timexes: list[dict] = field(default_factory=list)  # start_char, end_char, text, type, sentence
    shingles: list[int] = field(default_factory=list)  # sampled word 5-gram hashes, for near-duplicates
    text_dates: list = field(default_factory=list)  # [lo, hi, evidence]: publication bounds from the article's words
    #: [subject_id, years] of each asserted or reported age: dates undated articles by ages known
    #: elsewhere, and is kept when the claims themselves are on disk only
    ages: list = field(default_factory=list)

    #: set by a worker that has already written this result to the cache and its cleaned text
    #: to outputs/clean (never stored itself)
    stored: bool = field(default=False, compare=False)
    #: (memo key, entry) of its completed claims, computed ahead by a worker
    #: (:func:`pipeline.corpus.completed_ahead`; never stored itself)
    ahead: tuple | None = field(default=None, compare=False)

    def to_json(self) -> dict:
        # shallow: every field is a plain value or a list of plain dicts (asdict would deep-copy them all)
        data = dict(vars(self))
        data.pop("stored", None)
        data.pop("ahead", None)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "ArticleResult":
        return cls(**{"text": "", **{k: v for k, v in data.items() if k not in _TRANSIENT}})


_TRANSIENT = ("stored", "ahead")


class Resources:
    """Loaded once per process: the spaCy pipeline and the models/ tables."""

    def __init__(self, settings: Settings, nlp: Language | None = None):
        self.settings = settings
        self.nlp = nlp if nlp is not None else build_nlp(settings)
        self.gaz: Gazetteer = load_gazetteer(settings.models_dir)
        self.words = load_wordlists(settings.models_dir)
        self.rules: dict[str, ClaimRule] = {r.id: r for r in load_claim_rules(settings.models_dir)}
        self.clean_rules = clean_stage.load_rules(settings.models_dir / "boilerplate.jsonl")
        self.descriptors = build_descriptor_matcher(self.nlp.vocab, self.words)
        self.table_words: TableWords = load_table_words(settings.models_dir)

    def warm_up(self) -> None:
        """Run one small article through everything, so that lazily built tables (time
        grammar, matcher states) exist before worker processes are forked."""
        text = "Jurgen Klopp, 56, was appointed manager of Liverpool in October 2015. He won the league in 2020."
        res = ArticleResult("warm-up", "warm-up.txt", "", text=text)
        analyse(self.nlp(text), res, self)


def prepare(ing: Ingested, res: Resources) -> ArticleResult:
    """Clean an ingested article; the result still lacks the NLP fields."""
    base = ArticleResult(
        article_id=ing.article_id, path=ing.path, sha256=ing.sha256, status=ing.status, error=ing.error,
        published=ing.published.isoformat() if ing.published else "", published_evidence=ing.published_evidence,
        title=ing.title, url=ing.url, source=ing.source, warnings=list(ing.warnings),
    )
    if ing.status != "ok":
        return base
    body = ing.body
    if clean_stage.looks_like_html(body):
        body = clean_stage.strip_html(body)
        base.warnings.append("HTML markup stripped")
    cleaned = clean_stage.clean_text(body, res.clean_rules)
    base.text, base.removed = cleaned.text, [list(r) for r in cleaned.removed]
    if len(base.text) > MAX_ARTICLE_CHARS:
        base.status, base.error = "error", f"text too long to parse ({len(base.text)} characters > {MAX_ARTICLE_CHARS})"
        base.text = ""
    elif not base.text.strip():
        base.status, base.error = "skipped", "empty after cleaning" if body.strip() else "empty file"
    return base


def analyse(doc: Doc, result: ArticleResult, res: Resources) -> ArticleResult:
    """Fill mentions, time expressions and claims of a prepared article from its Doc."""
    with sentences_cached(doc):
        return _analyse(doc, result, res)


@contextmanager
def sentences_cached(doc: Doc):
    """Within the block, ``Span.sent`` and ``Token.sent`` of ``doc`` are answered from its sentence
    starts, read once, with one Span a sentence: the same sentence spaCy finds (that of the span's
    first token), without walking the tokens and slicing the Doc at every call (the mentions and
    claims stages ask thousands of times an article). The hooks are gone afterwards."""
    if not len(doc) or "sent" in doc.user_span_hooks or "sent" in doc.user_token_hooks \
            or not doc.has_annotation("SENT_START"):
        yield  # spaCy's own answer (or its error)
        return
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist()
    made: dict[int, object] = {}

    def sentence(i: int):
        k = bisect.bisect_right(starts, i) - 1  # the last start at or before i (none: from the first token)
        lo = starts[k] if k >= 0 else 0
        sent = made.get(lo)
        if sent is None:
            sent = made[lo] = doc[lo:starts[k + 1] if k + 1 < len(starts) else len(doc)]
        return sent

    doc.user_span_hooks["sent"] = lambda span: sentence(span.start)
    doc.user_token_hooks["sent"] = lambda token: sentence(token.i)
    try:
        yield
    finally:
        del doc.user_span_hooks["sent"], doc.user_token_hooks["sent"]


def _analyse(doc: Doc, result: ArticleResult, res: Resources) -> ArticleResult:
    mentions = resolve_mentions(doc, res.gaz, res.descriptors, res.words)
    sent_starts = [s.start_char for s in doc.sents]
    # the text the Doc was made from (spaCy keeps every character); Doc.text would rebuild it token by token
    text = result.text if len(doc) and _doc_length(doc) == len(result.text) else doc.text
    found = timex.find_timexes(text, None)
    by_sent: dict[int, list] = {}
    tx_rows = []
    for tx in found:
        s_start = _sentence_start(sent_starts, tx.start_char)
        by_sent.setdefault(s_start, []).append((tx.start_char, tx.end_char, tx.text, tx.type))
        tx_rows.append({"start_char": tx.start_char, "end_char": tx.end_char, "text": tx.text, "type": tx.type,
                        "sentence_start": s_start,
                        "value": tx.value, "tense": tx.tense or "",  # guessed by the finder, for the same span
                        "sentence": text[s_start:_sentence_end(sent_starts, s_start, len(text))]})
    ctx = Context(result.article_id, res.rules, mentions, res.gaz, res.words, text=text)
    claims = extract_claims(doc, ctx, by_sent)
    if "|" in text:  # rows of a league table are no sentences
        tables = find_tables(text)
        rows = result_row_spans(text, res.table_words, tables)  # a tournament's row is read by its columns alone
        claims = [c for c in claims if not any(a <= c.start_char < b for a, b in rows)]
        claims += table_claims(result.article_id, text, mentions,
                               [(t.start_char, t.end_char, t.text) for t in found], res.table_words,
                               res.gaz.country_ids, tables)
    result.n_sentences = len(sent_starts)
    result.n_tokens = len(doc) - int(doc.to_array([IS_SPACE]).sum()) if len(doc) else 0
    # flat records: a shallow copy is asdict() without its deep copying
    result.mentions = [dict(vars(m)) for m in to_mention_records(result.article_id, mentions)]
    result.claims = [dict(vars(c)) for c in claims]
    result.n_mentions = len(result.mentions)
    result.timexes = tx_rows
    result.shingles = shingles(text)
    lo, hi, why = text_bounds(tx_rows, result.claims)
    result.text_dates = [lo.isoformat() if lo else "", hi.isoformat() if hi else "", why]
    result.ages = stated_ages(result.claims)
    return result


def _doc_length(doc: Doc) -> int:
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def stated_ages(claims: list[dict]) -> list[list]:
    """[subject_id, years] of the asserted or reported age claims with a whole number."""
    return [[c["subject_id"], int(c["value"])] for c in claims
            if c["predicate"] == "age" and c["modality"] in {"asserted", "reported"} and c["value"].isdigit()]


def _sentence_end(starts: list[int], start: int, n: int) -> int:
    import bisect

    k = bisect.bisect_right(starts, start)
    return starts[k] if k < len(starts) else n


def _sentence_start(starts: list[int], char: int) -> int:
    import bisect

    k = bisect.bisect_right(starts, char) - 1
    return starts[max(k, 0)] if starts else 0
