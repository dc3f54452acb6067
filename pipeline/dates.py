"""Corpus half, part 1: publication dates and claim times.

``publication_interval`` gives each article the interval its publication date
is known to lie in (metadata first); ``resolve_claim_time`` turns a claim's
relative time (its words, tense and kind of anchor) into ISO dates against that
interval. Nothing here reads the clock.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pipeline import timex
from pipeline.config import SEASON_START_MONTH


@dataclass(frozen=True)
class PubDate:
    published: date | None
    lo: date | None
    hi: date | None
    source: str  # metadata | text | corpus | unknown
    evidence: str = ""

    @property
    def exact(self) -> bool:
        return self.lo is not None and self.lo == self.hi


UNKNOWN = PubDate(None, None, None, "unknown", "")


def from_metadata(iso: str, evidence: str) -> PubDate:
    if not iso:
        return UNKNOWN
    d = date.fromisoformat(iso)
    return PubDate(d, d, d, "metadata", evidence)


def iso(d: date | None) -> str:
    return d.isoformat() if d else ""


def resolve_claim_time(claim: dict, pub: PubDate) -> tuple[str, str, str]:
    """(time_start, time_end, timex value) of a claim against its article's publication interval."""
    src = claim.get("time_source", "article_date")
    if src == "article_date":
        if pub.lo is None:
            return "", "", ""
        if claim.get("time_kind") in {"event", "start", "end"}:
            # happened at some time up to publication; the article date bounds it from above
            return "", iso(pub.hi), ""
        return iso(pub.lo), iso(pub.hi), iso(pub.published) if pub.exact else ""
    if src == "expression":
        text, tense = claim.get("time_text", ""), claim.get("time_tense") or None
        start, end = timex.resolve_interval(text, pub.lo, pub.hi, tense)
        if start is None and pub.lo is None:
            t = timex.normalise(text, None, tense)  # absolute expressions need no anchor
            if t is not None and t.start is not None:
                return iso(t.start), iso(t.end), t.value
            return "", "", t.value if t is not None else ""
        anchor = pub.published or pub.lo
        t = timex.normalise(text, anchor, tense) if anchor else None
        return iso(start), iso(end), (t.value if t is not None and pub.exact else "")
    return "", "", ""


def season_label(start: str, end: str) -> str:
    """"2023-24" for an interval inside one football season, "2024" for a calendar year."""
    if not start or not end:
        return ""
    s, e = date.fromisoformat(start), date.fromisoformat(end)
    if s.year == e.year and (e - s).days > 300:
        return str(s.year)
    first = s.year if s.month >= SEASON_START_MONTH else s.year - 1
    last = e.year if e.month >= SEASON_START_MONTH else e.year - 1
    if first == last:
        return f"{first}-{str(first + 1)[2:]}"
    return str(s.year) if s.year == e.year else ""
