"""Named record types. Their fields, in order, are the CSV columns of the
output contract (../shared/docs/output-contract.md); extra fields come last."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any


def columns(record_type) -> list[str]:
    """CSV column names of a record type, in contract order."""
    return [f.name for f in fields(record_type)]


def to_row(record) -> dict[str, Any]:
    """A record as a CSV row (shallow: every field is a plain value)."""
    return dict(record.__dict__)


@dataclass
class Article:
    """One input file (articles.csv)."""

    article_id: str
    path: str
    sha256: str
    status: str = "ok"  # ok | skipped | error
    error: str = ""
    published: str = ""
    published_min: str = ""
    published_max: str = ""
    published_source: str = "unknown"  # metadata | text | corpus | unknown
    n_sentences: int = 0
    n_tokens: int = 0
    # extras
    title: str = ""
    url: str = ""
    source: str = ""
    duplicate_of: str = ""
    warnings: str = ""
    published_evidence: str = ""


@dataclass
class Mention:
    """One entity mention (mentions.csv); offsets index the cleaned text."""

    article_id: str
    sentence_id: int
    start_char: int
    end_char: int
    text: str
    label: str
    entity_id: str
    entity: str


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in text and normalised against an anchor date.

    ``value`` is the TIMEX3 value (``2024-11-05``, ``2024-W46``, ``2024-SU``,
    ``P13Y``, ``PAST_REF``); ``start``/``end`` is the calendar interval the
    expression refers to (None when nothing anchors it)."""

    start_char: int
    end_char: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str
    start: date | None = None
    end: date | None = None
    #: the tense of the clause around it (:func:`pipeline.timex.guess_tense`), when the finder guessed it
    tense: str | None = None


@dataclass
class Claim:
    """One claim stated in one article (claims.csv)."""

    claim_id: str
    article_id: str
    subject_id: str
    subject: str
    predicate: str
    object_id: str
    object: str
    value: str
    time_kind: str  # as_of | event | start | end | interval
    time_start: str
    time_end: str
    time_text: str
    modality: str  # asserted | negated | reported | hypothetical
    sentence: str
    start_char: int
    end_char: int
    rule_id: str
    confidence: float
    # extras
    time_source: str = "article_date"  # article_date | expression | last_completed_season | fixed | none
    time_tense: str = ""  # past | present | future: disambiguates "on Wednesday" when resolving
    time_value: str = ""  # TIMEX3 value of the resolved time
    qualifier: str = ""
    attribution: str = ""
    source_group: str = ""  # the first article of a group of near-duplicates: one source


@dataclass
class Fact:
    """One reconciled fact (consolidated_claims.csv)."""

    subject_id: str
    subject: str
    predicate: str
    object_id: str
    object: str
    value: str
    valid_from: str
    valid_to: str
    status: str  # consistent | single_source | current | superseded | conflict
    rank: str  # preferred | normal | deprecated
    n_sources: int
    supporting_claim_ids: str
    contradicting_claim_ids: str
    method: str
    explanation: str


@dataclass
class Conflict:
    """One unresolved contradiction (conflicts.csv)."""

    subject: str
    predicate: str
    object: str
    values: str
    claim_ids: str
    article_ids: str
    reason: str
    # extras
    subject_id: str = ""
    object_id: str = ""
