"""Corpus half, part 1: publication dates and claim times.

``publication_interval`` gives each article the interval its publication date
is known to lie in (metadata first); ``resolve_claim_time`` turns a claim's
relative time (its words, tense and kind of anchor) into ISO dates against that
interval. Nothing here reads the clock.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from datetime import date

from pipeline import timex
from pipeline.config import SEASON_END_MONTH, SEASON_ENDED_DAY, SEASON_START_MONTH


@dataclass(frozen=True)
class PubDate:
    published: date | None
    lo: date | None
    hi: date | None
    source: str  # metadata | text | corpus | unknown
    evidence: str = ""
    from_births: bool = False  # a known birth date (models/births.csv) bounds it

    @property
    def exact(self) -> bool:
        return self.lo is not None and self.lo == self.hi


UNKNOWN = PubDate(None, None, None, "unknown", "")


def from_metadata(iso: str, evidence: str) -> PubDate:
    if not iso:
        return UNKNOWN
    d = date.fromisoformat(iso)
    return PubDate(d, d, d, "metadata", evidence)


def parse_or_none(s: str) -> date | None:
    return date.fromisoformat(s) if s else None


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
    if src == "fixed":  # dated by the article's own words alone (a spell of years up to a stated year)
        return claim.get("time_start", ""), claim.get("time_end", ""), ""
    if src == "last_completed_season":  # "finished third" with no season named
        if pub.lo is None:
            return "", "", ""
        seasons = [timex.season_interval(_completed_season(d)) for d in (pub.lo, pub.hi or pub.lo)]
        return iso(min(s for s, _ in seasons)), iso(max(e for _, e in seasons)), ""
    if src == "expression":
        text, tense = claim.get("time_text", ""), claim.get("time_tense") or None
        key = "\x1f".join((text, tense or "", iso(pub.lo), iso(pub.hi), iso(pub.published), "1" if pub.exact else ""))
        hit = TIME_MEMO.get(key)
        if hit is None:
            hit = TIME_MEMO[key] = _resolve_expression(text, tense, pub.lo, pub.hi, pub.published, pub.exact)
        TIME_MEMO_USED.add(key)
        return hit
    return "", "", ""


#: Resolved claim times by (expression, tense, publication interval): kept between runs in the
#: cache folder (``load_time_memo`` / ``save_time_memo``), so that an incremental run resolves
#: only the times of new articles or of articles whose publication interval moved.
TIME_MEMO: dict[str, tuple[str, str, str]] = {}
TIME_MEMO_USED: set[str] = set()


def trim_time_memo(limit: int) -> None:
    """Empty the memo once it holds more than ``limit`` entries (a process that saves none keeps it bounded)."""
    if len(TIME_MEMO) > limit:
        TIME_MEMO.clear()
        TIME_MEMO_USED.clear()


def time_memo_version() -> str:
    """Changes with the code and the time tables: an old memo is then thrown away."""
    import hashlib

    from pipeline.config import MODELS_DIR, code_hash

    h = hashlib.sha256(code_hash().encode())
    h.update(Path(__file__).read_bytes())
    for p in sorted(MODELS_DIR.glob("timex_*")):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def load_time_memo(path: Path) -> None:
    import json

    TIME_MEMO.clear()
    TIME_MEMO_USED.clear()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(data, dict) and data.get("version") == time_memo_version():
        TIME_MEMO.update({k: tuple(v) for k, v in data.get("memo", {}).items()})


def save_time_memo(path: Path) -> None:
    """Keep the entries this run used (the memo does not grow with deleted articles)."""
    import json

    from pipeline.cache import atomic_write_text

    memo = {k: TIME_MEMO[k] for k in sorted(TIME_MEMO_USED) if k in TIME_MEMO}
    try:
        atomic_write_text(path, json.dumps({"version": time_memo_version(), "memo": memo}, separators=(",", ":")))
    except OSError:
        pass  # only a speed-up: the next run resolves the times again


def _resolve_expression(text: str, tense: str | None, lo: date | None, hi: date | None, published: date | None,
                        exact: bool) -> tuple[str, str, str]:
    """A time expression against a publication interval (memoised: a corpus repeats both)."""
    start, end = timex.resolve_interval(text, lo, hi, tense)
    if start is None and lo is None:
        t = timex.normalise(text, None, tense)  # absolute expressions need no anchor
        if t is not None and t.start is not None:
            return iso(t.start), iso(t.end), t.value
        return "", "", t.value if t is not None else ""
    anchor = published or lo
    t = timex.normalise(text, anchor, tense) if anchor else None
    return iso(start), iso(end), (t.value if t is not None and exact else "")


def _completed_season(d: date) -> int:
    """First year of the last season finished by ``d``: from the middle of May, when the leagues end, to
    July, the one ending that year; otherwise the one before the season under way."""
    current = timex.season_start_year(d)
    ended = d.month == SEASON_END_MONTH and d.day >= SEASON_ENDED_DAY or SEASON_END_MONTH < d.month < SEASON_START_MONTH
    return current if ended else current - 1


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


# --- publication dates inferred from the text and the corpus ------------------------------------

import re as _re
from datetime import timedelta as _td

_ABS_VALUE = _re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")
_AGO = _re.compile(r"^(?:some |about |around |almost |nearly |exactly )?(\w+) years? ago$", _re.I)
#: Words that tie an "N years ago" sentence to the event claim whose year it counts from.
EVENT_WORDS = {
    "transfer": {"transfer", "move", "left", "leave", "leaving", "exit", "departure", "joined", "join", "sold", "switch"},
    "retired": {"retired", "retire", "retirement", "boots"},
    "appointed": {"appointed", "appointment", "arrived", "arrival", "took", "hired"},
    "title_won": {"won", "title", "trophy", "triumph", "lifted"},
}
_NUM_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                          "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}


def _abs_start(value: str) -> date | None:
    m = _ABS_VALUE.match(value or "")
    if not m or not (1800 <= int(m.group(1)) <= 2100):
        return None
    return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


#: Words before a date that make it the end of a span ("a contract until June 2021"), which may lie
#: after the article even in a past-tense sentence.
SPAN_END_WORDS = {"until", "till", "through", "to"}


def _ends_a_span(t: dict) -> bool:
    """Whether the word before the expression (at its own place in the sentence) is one of ``SPAN_END_WORDS``."""
    sentence = t.get("sentence", "")
    at = t["start_char"] - t["sentence_start"] if "sentence_start" in t else sentence.find(t["text"])
    before = sentence[:at].split() if at > 0 else []
    return bool(before) and before[-1].lower() in SPAN_END_WORDS


def text_bounds(timexes: list[dict], claims: list[dict]) -> tuple[date | None, date | None, list[str]]:
    """Bounds on an undated article's publication date from its own words:
    past-tense explicit dates bound it from below; "N years ago" tied to an
    event claim with a stated year fixes the year."""
    lo, hi, why = None, None, []
    for t in timexes:
        d = _abs_start(t.get("value", ""))
        if d is not None and t.get("tense") == "past" and (lo is None or d > lo) and not _ends_a_span(t):
            lo = d
            why = [w for w in why if not w.startswith("after")] + [f"after {t['text']!r} (past tense)"]
    for t in timexes:
        m = _AGO.match(t["text"].strip())
        if not m:
            continue
        n = int(m.group(1)) if m.group(1).isdigit() else _NUM_WORDS.get(m.group(1).lower())
        if n is None:
            continue
        words = {w.lower() for w in _re.findall(r"[A-Za-z]+", t.get("sentence", ""))}
        for c in claims:
            year = _re.search(r"\b(1[89]\d\d|20\d\d)\b", c.get("time_text", "") or "")
            if year and words & EVENT_WORDS.get(c["predicate"], set()):
                y = int(year.group(1)) + n
                lo2, hi2 = date(y, 1, 1), date(y, 12, 31)
                if (lo is None or lo2 >= lo) and (hi is None or hi2 <= hi):
                    lo, hi = max(lo or lo2, lo2), hi2
                    why.append(f"{t['text']!r} counted from {c['predicate']} in {year.group(1)}")
                break
    return lo, hi, why


def _add_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def birth_windows(ages: list[tuple[str, str, int]], pubs: dict[str, PubDate]) -> dict[str, tuple[date, date]]:
    """Per person, the intersection of birth windows implied by (article, person, age)
    in articles whose date interval is known."""
    out: dict[str, tuple[date, date]] = {}
    for art, person, age in ages:
        pub = pubs.get(art)
        if pub is None or pub.lo is None or pub.hi is None:
            continue
        lo = _add_years(pub.lo, -(age + 1)) + _td(days=1)
        hi = _add_years(pub.hi, -age)
        if person in out:
            lo, hi = max(lo, out[person][0]), min(hi, out[person][1])
            if lo > hi:
                continue  # contradicting sources are reconciled later; do not date from them
        out[person] = (lo, hi)
    return out


def birth_range(text: str) -> tuple[date, date]:
    """The days a birth date written ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` allows."""
    parts = text.strip().split("-")
    if not 1 <= len(parts) <= 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(f"not a date of the form YYYY, YYYY-MM or YYYY-MM-DD: {text!r}")
    y = int(parts[0])
    if len(parts) == 1:
        return date(y, 1, 1), date(y, 12, 31)
    m = int(parts[1])
    if len(parts) == 2:
        return date(y, m, 1), (date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)) - _td(days=1)
    d = date(y, m, int(parts[2]))
    return d, d


def load_births(path: Path) -> dict[str, tuple[date, date]]:
    """Known birth dates (``id,born,verified`` rows, e.g. models/births.csv) as windows of days;
    a date whose sources differ (``verified`` ``disputed``) counts as its whole year.
    A missing file is no births; a bad row raises naming the file, the line and the reason."""
    import csv

    if not path.is_file():
        return {}
    out: dict[str, tuple[date, date]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.DictReader(f), 2):
            try:
                lo, hi = birth_range(row["born"])
                if (row.get("verified") or "").strip() == "disputed":
                    lo, hi = date(lo.year, 1, 1), date(hi.year, 12, 31)
                out[row["id"].strip()] = (lo, hi)
            except (KeyError, ValueError, AttributeError) as exc:
                raise ValueError(f"{path}: line {n}: {exc}") from None
    return out


def infer_publication(pubs: dict[str, PubDate], text_evidence: dict[str, tuple], ages: list[tuple[str, str, int]],
                      max_rounds: int = 6, births: dict[str, tuple[date, date]] | None = None) -> dict[str, PubDate]:
    """Metadata first; then the article's own words; then the corpus: a stated age
    against a birth window known from other articles, or from ``births`` (the gazetteer's
    birth dates, which win over windows derived from other articles' ages). Iterated until
    nothing changes. Every bound records the evidence that set it."""
    births = births or {}
    pubs = dict(pubs)
    for art, (lo, hi, why) in text_evidence.items():
        if pubs[art].source == "unknown" and (lo or hi):
            pubs[art] = PubDate(lo if lo == hi else None, lo, hi, "text", "; ".join(why))
    undated = [a for a, p in pubs.items() if p.source in {"unknown", "text"}]
    ages_of: dict[str, list[tuple[str, str, int]]] = {}
    for a in ages:
        ages_of.setdefault(a[0], []).append(a)
    for _ in range(max_rounds):
        changed = False
        # An article's own age cannot narrow its own date (its window is derived from that very
        # interval), so one set of windows per round serves every article.
        windows = birth_windows(ages, pubs) | births
        for art in undated:
            cur = pubs[art]
            lo, hi, why = cur.lo, cur.hi, [cur.evidence] if cur.evidence else []
            known = cur.from_births
            for a, person, age in ages_of.get(art, []):
                if person not in windows:
                    continue
                b_lo, b_hi = windows[person]
                a_lo, a_hi = _add_years(b_lo, age), _add_years(b_hi, age + 1) - _td(days=1)
                new_lo = a_lo if lo is None else max(lo, a_lo)
                new_hi = a_hi if hi is None else min(hi, a_hi)
                if new_lo > new_hi:
                    continue  # the age disagrees with the window: leave it to reconciliation
                if (new_lo, new_hi) != (lo, hi):
                    born = (f"born {b_lo}" if b_lo == b_hi else f"born {b_lo}..{b_hi}") + (" (births table)" if person in births else "")
                    why.append(f"{person} aged {age}, {born}")
                    lo, hi = new_lo, new_hi
                    known = known or person in births
            if (lo, hi) != (cur.lo, cur.hi):
                pubs[art] = PubDate(lo if lo == hi else None, lo, hi, "corpus", "; ".join(why), known)
                changed = True
        if not changed:
            break
    return pubs
