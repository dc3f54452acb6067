"""Time expressions: detect them in text and normalise them against an anchor date.

Three pure functions make the interface:

* :func:`normalise` -- one expression (``"last season"``) and an anchor date
  (the article's publication date) -> a :class:`~pipeline.records.TimeExpr`
  with a TIMEX3 ``type``/``value`` and the calendar interval it refers to;
* :func:`find_timexes` -- every time expression in a text, normalised;
* :func:`resolve_interval` -- the interval of an expression when the anchor
  is only known to lie in ``[lo, hi]``.

The grammar is data: word lists in ``models/timex_words.csv`` (months,
weekdays, number words, units, tense cues) and regular expressions in
``models/timex_patterns.jsonl`` (``id``, ``type``, ``norm``, ``pattern``;
``%NAME%`` in a pattern expands to a word list or a macro row).  Each pattern
names a normaliser (``norm``) that reads its named groups.  dateparser is
used as a guarded fallback for single expressions no pattern covers.  Nothing
here reads the clock: with no anchor, relative expressions get underspecified
values (``XXXX-XX``, ``PAST_REF``) and no interval.
"""
from __future__ import annotations

import bisect
import csv
import json
import re
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from dateutil.relativedelta import relativedelta

from pipeline.config import (
    DATEPARSER_LANGUAGES,
    DATEPARSER_SETTINGS,
    MODELS_DIR,
    SEASON_END_MONTH,
    SEASON_START_MONTH,
)
from pipeline.records import TimeExpr

WORDS_FILE = MODELS_DIR / "timex_words.csv"
PATTERNS_FILE = MODELS_DIR / "timex_patterns.jsonl"

TENSES = ("past", "present", "future")

#: Leading words stripped from a single expression before matching
#: ("since 2019", "over the last 13 years"); the span keeps them.
LEADING_SIGNALS = (
    "as of", "up until", "up to", "in", "on", "at", "since", "until", "till", "til", "by", "from",
    "during", "over", "for", "before", "after", "through", "throughout", "of", "within", "around",
    "across", "into", "to", "so far",
)
#: Signals that turn an expression's interval into "from X to the anchor".
SINCE_SIGNALS = ("since", "from")

#: Offset of a relative word (``last week`` -> -1).
REL_OFFSET = {
    "this": 0, "current": 0, "same": 0, "the": 0,
    "last": -1, "previous": -1, "prior": -1, "past": -1,
    "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}
#: Unit words of the ``rel_unit`` pattern -> granularity codes.
REL_UNIT_GRAN = {
    "week": "W", "month": "M", "year": "Y", "quarter": "Q", "decade": "DE",
    "century": "CE", "weekend": "WE",
}
#: Duration unit code -> (TIMEX3 duration letter, multiplier, is clock time).
DURATION_UNITS = {
    "S": ("S", 1, True), "MIN": ("M", 1, True), "H": ("H", 1, True),
    "D": ("D", 1, False), "W": ("W", 1, False), "2W": ("W", 2, False),
    "M": ("M", 1, False), "Q": ("Q", 1, False), "Y": ("Y", 1, False),
    "DE": ("Y", 10, False), "CE": ("Y", 100, False), "WE": ("WE", 1, False),
}
#: Granularity of the date reached by "<n> <unit> ago".
AGO_GRAN = {"S": "D", "MIN": "D", "H": "D", "D": "D", "W": "W", "2W": "W", "WE": "WE",
            "M": "M", "Q": "Q", "Y": "Y", "DE": "Y", "CE": "CE"}
#: Units whose "<n> <unit> earlier" is a duration, not a date.
EARLIER_AS_DURATION = frozenset({"S", "MIN", "H", "D", "W", "2W", "WE", "M"})
#: Length of the window before the anchor that "recent <units>" covers.
RECENT_WINDOW = {"days": timedelta(days=7), "weeks": timedelta(days=28), "months": timedelta(days=91),
                 "years": timedelta(days=3 * 365), "seasons": timedelta(days=3 * 365),
                 "decades": timedelta(days=3650)}
#: Calendar seasons: code -> (first month, last month); winter runs into the next year.
YEAR_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
#: Holidays: lower-case name -> (month, day).
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year": (1, 1),
    "new year's eve": (12, 31), "valentine's day": (2, 14), "halloween": (10, 31),
    "independence day": (7, 4),
}
#: Words of decades ("the nineties") -> tens digit.
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}
#: Century ordinals spelled out.
CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}
#: Time-of-day words -> (hour, minute).
CLOCK_WORDS = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}
#: "early"/"late"... -> the third of an interval it keeps.
MOD_PART = {
    "early": 0, "start of": 0, "the start of": 0, "beginning of": 0, "the beginning of": 0,
    "the first half of": 0, "the turn of": 0,
    "mid": 1, "middle of": 1, "the middle of": 1,
    "late": 2, "end of": 2, "the end of": 2, "the close of": 2, "the second half of": 2,
}
#: Values of the fixed references and the interval kind they get.
FIXED_INTERVAL = {"PRESENT_REF": "anchor"}
#: Unit words inside SET expressions -> value.
SET_UNIT_VALUE = {"day": "P1D", "night": "P1D", "week": "P1W", "weekend": "P1WE", "month": "P1M",
                  "year": "P1Y", "season": "P1Y", "morning": "XXXX-XX-XXTMO",
                  "afternoon": "XXXX-XX-XXTAF", "evening": "XXXX-XX-XXTEV"}
#: Words after a bare year that show it is a count ("2000 fans"), not a year.
YEAR_COUNT_EXCEPTIONS = frozenset(
    "was has is as this its his hers theirs thus plus unless always across towards whereas "
    "does yes us seasons series olympics games championships finals playoffs elections".split())

#: A tense guess may move a day-of-month (a month name) at most this many days from the anchor.
DAY_TENSE_LIMIT = 270
MONTH_TENSE_LIMIT = 330

#: Error messages.
ERR_BAD_TENSE = "tense must be one of past/present/future or None, got {!r}"
ERR_BAD_PATTERN = "timex pattern {!r} does not compile: {}"


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Pattern:
    id: str
    type: str
    norm: str
    params: dict = field(hash=False, compare=False)
    search: re.Pattern = field(hash=False, compare=False)
    full: re.Pattern = field(hash=False, compare=False)
    #: lower-case strings of which every match holds one ("requires" in the pattern file, or the
    #: words of the list named by "requires_list"): a text holding none is not searched
    requires: tuple = field(default=(), hash=False, compare=False)
    #: the most characters a match can span (None: no bound), so that a pattern with required
    #: words is searched only near them
    width: int | None = field(default=None, hash=False, compare=False)
    #: the most characters a match can span from the start of the group that holds its required word
    #: ("required_in" in the pattern file) to its end (None: not known; ``width`` bounds it): a match
    #: ends at most this far after an occurrence, so its window reaches no further
    tail: int | None = field(default=None, hash=False, compare=False)


def _max_width(regex: re.Pattern) -> int | None:
    """The longest match ``regex`` can make, or None when unbounded (or unknown)."""
    try:
        from re import _parser  # the parser re itself uses; getwidth() is its (min, max) width

        hi = _parser.parse(regex.pattern, regex.flags).getwidth()[1]
    except Exception:  # noqa: BLE001 - another Python's internals: search the paragraphs instead
        return None
    return hi if hi < MAX_WINDOW_WIDTH else None


def _tail_width(regex: re.Pattern, group: str | None) -> int | None:
    """The most characters a match of ``regex`` spans from the start of its named ``group`` to
    its end, or None when unbounded (or unknown: no such group, or one inside a repeat)."""
    if group is None or group not in regex.groupindex:
        return None
    try:
        from re import _constants as c, _parser

        def tail(sub) -> int | None:  # within one parsed sequence
            for k, (op, av) in enumerate(sub.data):
                if op is c.SUBPATTERN:
                    t = av[3].getwidth()[1] if av[0] == regex.groupindex[group] else tail(av[3])
                elif op is c.BRANCH:
                    t = max((t for t in map(tail, av[1]) if t is not None), default=None)
                else:
                    t = None  # (a group inside a repeat or a lookaround is not looked for)
                if t is not None:
                    return t + _parser.SubPattern(sub.state, sub.data[k + 1:]).getwidth()[1]
            return None

        hi = tail(_parser.parse(regex.pattern, regex.flags))
    except Exception:  # noqa: BLE001 - another Python's internals: the whole width bounds it
        return None
    return hi if hi is not None and hi < MAX_WINDOW_WIDTH else None


#: Patterns that can match more characters than this are searched in whole paragraphs.
MAX_WINDOW_WIDTH = 400
#: Characters searched beyond a window's longest match: room for a pattern's closing lookahead
#: ("(?! Times| Telegraph| ...)", "(?! (?:transfer|window|...))"), which a window must not cut.
WINDOW_MARGIN = 64


@dataclass(frozen=True)
class _Grammar:
    words: dict  # list name -> {word: value}
    patterns: tuple


def _alternation(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _abbreviated(words: dict[str, str]) -> dict[str, bool]:
    """word -> True when it abbreviates a longer word of the list with the same value."""
    return {w: any(o != w and o.startswith(w) and words[o] == v for o in words) for w, v in words.items()}


def _word_macros(words: dict[str, dict[str, str]]) -> dict[str, str]:
    macros = {}
    for name, entries in words.items():
        macros[name.upper()] = _alternation(entries)
    for name in ("month", "weekday"):
        entries = words[name]
        abbr = _abbreviated(entries)
        loose = [re.escape(w) + (r"\.?" if abbr[w] else "") for w in entries]
        strict = [re.escape(w) + (r"\." if abbr[w] else "") for w in entries]
        key = lambda s: len(s.replace("\\", ""))  # noqa: E731
        macros[name.upper()] = "(?:" + "|".join(sorted(loose, key=key, reverse=True)) + ")"
        macros[name.upper() + "FULL"] = "(?:" + "|".join(sorted(strict, key=key, reverse=True)) + ")"
    return macros


def _expand(pattern: str, macros: dict[str, str]) -> str:
    for _ in range(10):
        new = re.sub(r"%([A-Z_0-9]+)%", lambda m: macros[m.group(1)], pattern)
        if new == pattern:
            return new
        pattern = new
    return pattern


@lru_cache(maxsize=4)
def load_grammar(words_file: Path = WORDS_FILE, patterns_file: Path = PATTERNS_FILE) -> _Grammar:
    """Read the word lists and patterns once."""
    words: dict[str, dict[str, str]] = {}
    with open(words_file, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            words.setdefault(row["list"], {})[row["word"].lower()] = row["value"]
    macros = _word_macros(words)
    rows = [json.loads(line) for line in patterns_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        if "macro" in row:
            macros[row["macro"]] = row["pattern"]
    patterns = []
    for row in rows:
        if "id" not in row:
            continue
        core = _expand(row["pattern"], macros)
        try:
            search = re.compile(r"(?<![\w'\u2019])(?:" + core + r")(?!\w|['\u2019](?!s\b))", re.IGNORECASE)
            full = re.compile(core, re.IGNORECASE)
        except re.error as exc:  # pragma: no cover - data error
            raise ValueError(ERR_BAD_PATTERN.format(row["id"], exc)) from exc
        params = {k: v for k, v in row.items()
                  if k not in ("id", "type", "norm", "pattern", "requires", "requires_list", "required_in")}
        requires = tuple(w.lower() for w in row.get("requires", ())) + tuple(words.get(row.get("requires_list", ""), ()))
        patterns.append(_Pattern(row["id"], row["type"], row["norm"], params, search, full, requires,
                                 _max_width(search), _tail_width(search, row.get("required_in"))))
    return _Grammar(words, tuple(patterns))


# --------------------------------------------------------------------------- calendar


def _last_day(y: int, m: int) -> date:
    return date(y, m, monthrange(y, m)[1])


def season_start_year(d: date) -> int:
    """First calendar year of the football season that ``d`` falls in (Aug..May; Jun/Jul -> the one just ended)."""
    return d.year if d.month >= SEASON_START_MONTH else d.year - 1


def season_interval(start_year: int) -> tuple[date, date]:
    return date(start_year, SEASON_START_MONTH, 1), _last_day(start_year + 1, SEASON_END_MONTH)


def _iso_week_monday(y: int, w: int) -> date:
    return date.fromisocalendar(y, w, 1)


def _interval(gran: str, d: date) -> tuple[date, date]:
    if gran == "D":
        return d, d
    if gran in ("W", "WE"):
        monday = d - timedelta(days=d.weekday())
        return (monday + timedelta(days=5), monday + timedelta(days=6)) if gran == "WE" else (monday, monday + timedelta(days=6))
    if gran == "M":
        return d.replace(day=1), _last_day(d.year, d.month)
    if gran == "Q":
        q = (d.month - 1) // 3
        return date(d.year, 3 * q + 1, 1), _last_day(d.year, 3 * q + 3)
    if gran == "H":
        h = (d.month - 1) // 6
        return date(d.year, 6 * h + 1, 1), _last_day(d.year, 6 * h + 6)
    if gran == "Y":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    if gran == "DE":
        y0 = d.year - d.year % 10
        return date(y0, 1, 1), date(y0 + 9, 12, 31)
    if gran == "CE":
        y0 = d.year - d.year % 100
        return date(y0, 1, 1), date(y0 + 99, 12, 31)
    if gran == "FS":
        return season_interval(season_start_year(d))
    raise ValueError(gran)


def _value(gran: str, d: date) -> str:
    if gran == "D":
        return d.isoformat()
    if gran in ("W", "WE"):
        iy, iw, _ = d.isocalendar()
        return f"{iy:04d}-W{iw:02d}" + ("-WE" if gran == "WE" else "")
    if gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "H":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "Y":
        return f"{d.year:04d}"
    if gran == "DE":
        return f"{d.year // 10:03d}"
    if gran == "CE":
        return f"{d.year // 100:02d}"
    if gran == "FS":
        return f"{season_start_year(d):04d}"
    raise ValueError(gran)


#: Underspecified value of each granularity when nothing anchors the expression.
UNANCHORED_VALUE = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX",
                    "Q": "XXXX-QX", "H": "XXXX-HX", "Y": "XXXX", "DE": "XXX", "CE": "XX", "FS": "XXXX"}


def _shift(d: date, gran: str, n: int) -> date:
    if gran == "D":
        return d + timedelta(days=n)
    if gran in ("W", "WE"):
        return d + timedelta(weeks=n)
    if gran == "2W":
        return d + timedelta(weeks=2 * n)
    if gran == "M":
        return d + relativedelta(months=n)
    if gran == "Q":
        return d + relativedelta(months=3 * n)
    if gran == "H":
        return d + relativedelta(months=6 * n)
    if gran in ("Y", "FS"):
        return d + relativedelta(years=n)
    if gran == "DE":
        return d + relativedelta(years=10 * n)
    if gran == "CE":
        return d + relativedelta(years=100 * n)
    if gran == "S":
        return d + timedelta(seconds=n)
    if gran == "MIN":
        return d + timedelta(minutes=n)
    raise ValueError(gran)


def _shift_any(d: date, unit: str, n: float) -> date:
    """Shift by n units; clock units move by whole days."""
    if unit in ("S", "MIN"):
        return d
    if unit == "H":
        return d + timedelta(days=int(n // 24))
    if n != int(n):
        months = {"Y": 12, "DE": 120, "M": 1, "Q": 3}.get(unit)
        if months:
            return d + relativedelta(months=int(round(n * months)))
        return d + timedelta(days=round(n * {"D": 1, "W": 7, "2W": 14, "WE": 7}.get(unit, 1)))
    return _shift(d, unit, int(n))


def _narrow(start: date, end: date, mod: str | None, anchor: date | None = None) -> tuple[date, date]:
    """Keep the first, middle or last third of an interval for early/mid/late; the part
    after (before) the anchor for later (earlier)."""
    mod = (mod or "").lower()
    if mod in ("later", "the rest of", "the remainder of") and anchor is not None and start <= anchor <= end:
        return anchor, end
    if mod == "earlier" and anchor is not None and start <= anchor <= end:
        return start, anchor
    part = MOD_PART.get(mod)
    if part is None or start is None or end is None:
        return start, end
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if start.day == 1 and end == _last_day(end.year, end.month) and months >= 3:
        k = months // 3
        first_end = start + relativedelta(months=k) - timedelta(days=1)
        last_start = (end + timedelta(days=1)) - relativedelta(months=k)
        if part == 0:
            return start, first_end
        if part == 1:
            return first_end + timedelta(days=1), last_start - timedelta(days=1)
        return last_start, end
    span = (end - start).days + 1
    if span < 3:
        return start, end
    third = span // 3
    if part == 0:
        return start, start + timedelta(days=third - 1)
    if part == 1:
        return start + timedelta(days=third), end - timedelta(days=third)
    return end - timedelta(days=third - 1), end


def _pick(candidates: list[date], dct: date, tense: str | None, default: date | None = None,
          strict: bool = False, limit: int | None = None) -> date:
    """Choose among candidate dates: latest before the anchor (past), earliest after (future),
    ``default`` when given and no tense, else the nearest.  A tense choice further than
    ``limit`` days from the anchor gives way to the nearest candidate (tense guesses are noisy)."""
    pick = None
    if tense == "past":
        ok = [c for c in candidates if (c < dct if strict else c <= dct)]
        pick = max(ok) if ok else None
    elif tense == "future":
        ok = [c for c in candidates if (c > dct if strict else c >= dct)]
        pick = min(ok) if ok else None
    if pick is not None and (limit is None or abs((pick - dct).days) <= limit):
        return pick
    if default is not None:
        return default
    return min(candidates, key=lambda c: (abs((c - dct).days), c > dct))


# --------------------------------------------------------------------------- numbers


def _parse_number(text: str | None, words: dict) -> float | str | None:
    """'three' -> 3, 'twenty-five' -> 25, '1,000' -> 1000, 'several' -> 'X'."""
    if text is None:
        return None
    t = text.lower().strip()
    half = t.endswith(" and a half")
    if half:
        t = t[: -len(" and a half")].strip()
    if t in words["fuzzynum"]:
        return "X"
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", t):
        n = float(t.replace(",", ""))
    elif t in words["numword"]:
        n = float(words["numword"][t])
    else:
        parts = re.split(r"[- ]", t)
        if len(parts) == 2 and parts[0] in words["numword"] and parts[1] in words["numword"]:
            n = float(words["numword"][parts[0]]) + float(words["numword"][parts[1]])
        else:
            return None
    return n + 0.5 if half else n


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _duration_value(n, unit: str) -> str:
    letter, mult, clock = DURATION_UNITS[unit]
    amount = "X" if n == "X" else _fmt_num(n * mult)
    if n != "X" and unit in ("Y",) and n != int(n):
        return f"P{_fmt_num(n * 12)}M"
    return ("PT" if clock else "P") + amount + letter


# --------------------------------------------------------------------------- normalisers
# Each takes (groups, pattern, dct, tense, grammar) and returns (type, value, start, end) or None.


def _lower(g: dict, key: str) -> str | None:
    v = g.get(key)
    return v.lower().strip() if v else None


def _month_number(g: dict, words: dict) -> int | None:
    if g.get("mnum"):
        return int(g["mnum"])
    name = _lower(g, "month")
    if name is None:
        return None
    return int(words["month"][name.rstrip(".")])


def _year_from_two_digits(yy: int, dct: date | None) -> int:
    ref = dct.year if dct else 1990
    return min((c * 100 + yy for c in (ref // 100 - 1, ref // 100, ref // 100 + 1)), key=lambda y: abs(y - ref))


def _norm_ymd(g, pat, dct, tense, words):
    month = _month_number(g, words)
    day = int(g["day"]) if g.get("day") else None
    year = g.get("year")
    if g.get("mnum") and month and month > 12 and day and day <= 12:
        month, day = day, month
    if not month or month > 12:
        return None
    if year is not None:
        year = int(year) if len(year) == 4 else _year_from_two_digits(int(year), dct)
    if day is not None and not (1 <= day <= (monthrange(year or 2000, month)[1])):
        return None
    if year is None:
        if dct is None:
            value = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
            return "DATE", value, None, None
        cands = []
        for y in (dct.year - 1, dct.year, dct.year + 1):
            try:
                cands.append(date(y, month, day or 1))
            except ValueError:
                continue
        if day is None:
            same = date(dct.year, month, 1)
            pick = _pick(cands, dct.replace(day=1), tense, default=None, limit=MONTH_TENSE_LIMIT if g.get("_guessed") else None)
        else:
            pick = _pick(cands, dct, tense, limit=DAY_TENSE_LIMIT if g.get("_guessed") else None)
        year = pick.year
    if day is None:
        start, end = _interval("M", date(year, month, 1))
        start, end = _narrow(start, end, g.get("mod"))
        return "DATE", f"{year:04d}-{month:02d}", start, end
    d = date(year, month, day)
    if g.get("hour"):
        return "TIME", f"{d.isoformat()}T{int(g['hour']):02d}:{g['minute']}", d, d
    return "DATE", d.isoformat(), d, d


def _norm_month(g, pat, dct, tense, words):
    month = _month_number(g, words)
    rel = _lower(g, "rel")
    mod = g.get("mod")
    if rel in ("early", "late"):
        mod, rel = rel, None
    if dct is None:
        return "DATE", f"XXXX-{month:02d}", None, None
    first = dct.replace(day=1)
    cands = [date(y, month, 1) for y in (dct.year - 1, dct.year, dct.year + 1)]
    if rel in ("last", "past", "previous"):
        pick = _pick(cands, first, "past", strict=True)
    elif rel in ("next", "coming"):
        pick = _pick(cands, first, "future", strict=True)
    elif rel == "this":
        pick = date(dct.year, month, 1)
    else:
        pick = _pick(cands, first, tense, default=None, limit=MONTH_TENSE_LIMIT if g.get("_guessed") else None)
    start, end = _narrow(*_interval("M", pick), mod)
    return "DATE", _value("M", pick), start, end


def _norm_year(g, pat, dct, tense, words):
    if g.get("yy"):
        year = _year_from_two_digits(int(g["yy"]), dct)
    else:
        year = int(g["year"])
    start, end = _narrow(date(year, 1, 1), date(year, 12, 31), g.get("mod"))
    return "DATE", f"{year:04d}", start, end


def _norm_decade(g, pat, dct, tense, words):
    if g.get("decade"):
        dec = int(g["decade"])
    elif g.get("dd"):
        dec = 190 + int(g["dd"])
        if dct and dec * 10 > dct.year:
            dec -= 10
    else:
        dec = 190 + DECADE_WORDS[g["dword"].lower()]
    start, end = _narrow(date(dec * 10, 1, 1), date(dec * 10 + 9, 12, 31), g.get("mod"))
    return "DATE", f"{dec:03d}", start, end


def _norm_century(g, pat, dct, tense, words):
    o = g["ord"].lower()
    n = CENTURY_WORDS.get(o) or int(re.match(r"\d+", o).group())
    y0 = (n - 1) * 100
    start, end = _narrow(date(max(y0, 1), 1, 1), date(y0 + 99, 12, 31), g.get("mod"))
    return "DATE", f"{n - 1:02d}", start, end


def _norm_holiday(g, pat, dct, tense, words):
    month, day = HOLIDAYS[re.sub(r"\s+", " ", g["hol"].lower().replace("\u2019", "'"))]
    if g.get("year"):
        d = date(int(g["year"]), month, day)
    elif dct is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}", None, None
    else:
        d = _pick([date(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1)], dct, tense)
    return "DATE", d.isoformat(), d, d


def _norm_season_span(g, pat, dct, tense, words):
    y1 = int(g["y1"])
    y2s = g["y2"]
    y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
    if len(y2s) == 2 and y2 < y1:
        y2 += 100
    if y2 != y1 + 1:
        return None
    start, end = season_interval(y1)
    return "DATE", f"{y1:04d}", start, end


def _norm_fseason(g, pat, dct, tense, words):
    if _lower(g, "rel") == "the" and not g.get("mod") and "campaign" in g.get("_text", "").lower():
        return None
    if dct is None:
        return "DATE", "XXXX", None, None
    offset = REL_OFFSET.get(_lower(g, "rel"), 0)
    if offset < 0 and dct.month < SEASON_START_MONTH and dct.month > SEASON_END_MONTH:
        offset += 1  # in the summer break "last season" is the one that has just ended
    s = season_start_year(dct) + offset
    start, end = _narrow(*season_interval(s), g.get("mod"), dct)
    return "DATE", f"{s:04d}", start, end


def _norm_rel_unit(g, pat, dct, tense, words):
    rel = _lower(g, "rel") or "the"
    unit = _lower(g, "unit")
    gran = REL_UNIT_GRAN[unit]
    text = g.get("_text", "").lower()
    as_duration = gran in ("Y", "M", "DE", "CE") and (rel == "past" or text.startswith("the last "))
    if as_duration:
        value = _duration_value(1, gran)
        if dct is None:
            return "DURATION", value, None, None
        return "DURATION", value, _shift_any(dct, gran, -1), dct
    if dct is None:
        return "DATE", UNANCHORED_VALUE[gran], None, None
    offset = REL_OFFSET.get(rel, 0)
    if gran == "WE" and rel == "the":
        offset = -1 if tense == "past" and dct.weekday() < 5 else 0
    if gran == "WE" and rel in ("last", "previous", "past") and dct.weekday() >= 5:
        offset = -1
    d = _shift(dct, gran, offset)
    start, end = _narrow(*_interval(gran, d), g.get("mod"), dct)
    return "DATE", _value(gran, d), start, end


def _norm_year_ago_period(g, pat, dct, tense, words):
    if dct is None:
        return "DATE", "XXXX-QX", None, None
    d = _shift(_shift(dct, "Q", -1), "Y", -1)
    return ("DATE", _value("Q", d), *_interval("Q", d))


def _norm_ago(g, pat, dct, tense, words):
    unit_word = _lower(g, "unit")
    unit = words["unit"][unit_word]
    n = _parse_number(g.get("num"), words) if g.get("num") else "X"
    if n == "X" and "-" in g.get("_text", ""):  # "year-earlier (profit)": one unit back
        n = 1
    if n is None:
        return None
    back = _lower(g, "dir") in ("ago", "earlier", "previously")
    if _lower(g, "dir") == "earlier" and unit in EARLIER_AS_DURATION and n != "X":
        # "a day earlier": measured from another event of the story, not from the anchor
        # (TimeBank annotates a duration); "a year earlier" stays a date (financial reports).
        return "DURATION", _duration_value(n, unit), None, None
    if n == "X" or dct is None:
        return "DATE", "PAST_REF" if back else "FUTURE_REF", None, None
    d = _shift_any(dct, unit, -n if back else n)
    gran = AGO_GRAN[unit]
    start, end = _interval(gran, d)
    return "DATE", _value(gran, d), start, end


def _norm_duration(g, pat, dct, tense, words):
    unit_word = _lower(g, "unit")
    unit = words["unit"][unit_word]
    num_text = _lower(g, "num")
    if num_text is None:
        n = "X"
    else:
        n = _parse_number(num_text, words)
        if n is None:
            return None
    if unit_word in ("second", "seconds", "quarter", "quarters") and num_text in ("a", "an", None):
        return None
    if n != "X" and n == 0:
        return None
    value = _duration_value(n, unit)
    pre = (_lower(g, "pre") or "").replace("the ", "")
    start = end = None
    if dct is not None and n != "X" and not DURATION_UNITS[unit][2]:
        if pre in ("past", "last", "previous"):
            start, end = _shift_any(dct, unit, -n), dct
        elif pre in ("next", "coming", "following"):
            start, end = dct, _shift_any(dct, unit, n)
    return "DURATION", value, start, end


def _norm_recent(g, pat, dct, tense, words):
    rel = _lower(g, "rel")
    unit = _lower(g, "unit")
    window = RECENT_WINDOW.get(unit, timedelta(days=28))
    if rel in ("recent", "past"):
        return "DATE", "PAST_REF", (dct - window if dct else None), dct
    return "DATE", "FUTURE_REF", dct, (dct + window if dct else None)


def _weekday_date(weekday: int, rel: str | None, dct: date, tense: str | None) -> date:
    back = (dct.weekday() - weekday) % 7
    prev_ = dct - timedelta(days=back)  # on or before
    next_ = dct + timedelta(days=(weekday - dct.weekday()) % 7)  # on or after
    if rel in ("last", "past", "previous"):
        return prev_ if back else dct - timedelta(days=7)
    if rel == "next":
        return next_ if next_ != dct else dct + timedelta(days=7)
    if rel in ("this", "coming"):
        return next_
    if tense == "future":
        return next_
    return prev_  # news mostly reports what has happened: past or present -> on or before the anchor


def _pod_code(g, words) -> str | None:
    pod = _lower(g, "pod")
    return words["pod"].get(pod) if pod else None


def _norm_weekday(g, pat, dct, tense, words):
    wd = int(words["weekday"][g["weekday"].lower().rstrip(".")])
    pod = _pod_code(g, words)
    if dct is None:
        return ("TIME" if pod else "DATE"), f"XXXX-WXX-{wd + 1}" + (f"T{pod}" if pod else ""), None, None
    d = _weekday_date(wd, _lower(g, "rel"), dct, tense)
    if pod:
        return "TIME", f"{d.isoformat()}T{pod}", d, d
    return "DATE", d.isoformat(), d, d


DAY_WORD_OFFSET = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
DAY_WORD_UNANCHORED = {"today": "PRESENT_REF", "tonight": "PRESENT_REF", "yesterday": "PAST_REF",
                       "tomorrow": "FUTURE_REF"}


def _norm_day_word(g, pat, dct, tense, words):
    word = _lower(g, "word")
    pod = _pod_code(g, words) or ("NI" if word == "tonight" else None)
    if dct is None:
        return "DATE", DAY_WORD_UNANCHORED[word], None, None
    d = dct + timedelta(days=DAY_WORD_OFFSET[word])
    if pod:
        return "TIME", f"{d.isoformat()}T{pod}", d, d
    return "DATE", d.isoformat(), d, d


def _norm_pod_rel(g, pat, dct, tense, words):
    rel = _lower(g, "rel")
    pod = _pod_code(g, words)
    if dct is None:
        return "TIME", f"XXXX-XX-XXT{pod}", None, None
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel]
    d = dct + timedelta(days=offset)
    return "TIME", f"{d.isoformat()}T{pod}", d, d


def _norm_clock(g, pat, dct, tense, words):
    if g.get("cword"):
        hour, minute = CLOCK_WORDS[g["cword"].lower()]
    else:
        hour, minute = int(g["hour"]), int(g.get("minute") or 0)
        ampm = (_lower(g, "ampm") or "").replace(".", "")
        if ampm == "pm" and hour < 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if dct is None:
        return "TIME", "XXXX-XX-XX" + clock, None, None
    d = dct
    if g.get("weekday"):
        d = _weekday_date(int(words["weekday"][g["weekday"].lower().rstrip(".")]), None, dct, tense)
    elif g.get("word"):
        d = dct + timedelta(days=DAY_WORD_OFFSET[g["word"].lower()])
    return "TIME", d.isoformat() + clock, d, d


def _norm_the_year(g, pat, dct, tense, words):
    if g.get("ended"):
        return "DURATION", "P1Y", None, None
    if dct is None:
        return "DATE", "XXXX", None, None
    return ("DATE", _value("Y", dct), *_interval("Y", dct))


def _norm_fixed(g, pat, dct, tense, words):
    value = pat.params["value"]
    if FIXED_INTERVAL.get(value) == "anchor" and dct is not None:
        return "DATE", value, dct, dct
    return "DATE", value, None, None


def _norm_set(g, pat, dct, tense, words):
    if g.get("adv"):
        return "SET", words["set_adverb"][g["adv"].lower()], None, None
    unit = _lower(g, "unit")
    every = _lower(g, "num")
    if unit in SET_UNIT_VALUE:
        value = SET_UNIT_VALUE[unit]
        if every and value.startswith("P1"):
            n = 2 if every == "other" else _parse_number(every, words)
            if n is None:
                return None
            value = f"P{_fmt_num(n)}{value[2:]}"
        return "SET", value, None, None
    if unit.rstrip(".") in words["weekday"]:
        return "SET", f"XXXX-WXX-{int(words['weekday'][unit.rstrip('.')]) + 1}", None, None
    if unit.rstrip(".") in words["month"]:
        return "SET", f"XXXX-{int(words['month'][unit.rstrip('.')]):02d}", None, None
    if unit in words["yseason"]:
        return "SET", f"XXXX-{words['yseason'][unit]}", None, None
    return None


def _yseason_interval(code: str, y: int) -> tuple[date, date]:
    m0, m1 = YEAR_SEASONS[code]
    return date(y, m0, 1), _last_day(y + (1 if m1 < m0 else 0), m1)


def _norm_yseason(g, pat, dct, tense, words):
    code = words["yseason"][g["season"].lower()]
    rel = _lower(g, "rel")
    mod = g.get("mod") or g.get("mod2")
    if g.get("year"):
        y = int(g["year"])
    elif dct is None:
        return "DATE", f"XXXX-{code}", None, None
    else:
        years = (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)
        spans = {y: _yseason_interval(code, y) for y in years}
        if rel in ("last", "past"):
            y = max(y for y in years if spans[y][1] < dct)
        elif rel in ("next", "coming"):
            y = min(y for y in years if spans[y][0] > dct)
        else:
            inside = [y for y in years if spans[y][0] <= dct <= spans[y][1]]
            if rel == "this" and not inside:  # "this summer" said in autumn: the one just past if told so
                last = max(y for y in years if spans[y][1] < dct)
                if tense == "past" and spans[last][0].year == dct.year:
                    inside = [last]
                else:
                    inside = [min(y for y in years if spans[y][0] > dct)]
            if inside:
                y = inside[0]
            elif tense == "past":
                y = max(y for y in years if spans[y][1] < dct)
            elif tense == "future":
                y = min(y for y in years if spans[y][0] > dct)
            else:
                y = dct.year
    start, end = _narrow(*_yseason_interval(code, y), mod)
    return "DATE", f"{y:04d}-{code}", start, end


ORDINAL_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
                   "fourth": 4, "4th": 4, "final": 4, "latter": 2}


def _norm_quarter(g, pat, dct, tense, words):
    ord_ = _lower(g, "ord")
    rel = _lower(g, "rel")
    pre = _lower(g, "pre")
    if not ord_ and not rel and pre not in ("the", "this", "last", "next"):
        return None
    if g.get("year") and ord_:
        q, y = ORDINAL_QUARTER[ord_], int(g["year"])
        d = date(y, 3 * q - 2, 1)
        return ("DATE", _value("Q", d), *_interval("Q", d))
    if dct is None:
        return "DATE", "XXXX-Q" + (str(ORDINAL_QUARTER[ord_]) if ord_ else "X"), None, None
    if ord_:
        q = ORDINAL_QUARTER[ord_]
        cur = (dct.month - 1) // 3 + 1
        y = dct.year - (1 if q > cur and tense != "future" else 0)
        d = date(y, 3 * q - 2, 1)
    elif pre == "this" or rel == "current":
        d = dct
    elif pre == "next":
        d = _shift(dct, "Q", 1)
    else:  # the quarter, the latest quarter, last quarter, the previous quarter
        d = _shift(dct, "Q", -1)
    return ("DATE", _value("Q", d), *_interval("Q", d))


def _norm_half(g, pat, dct, tense, words):
    h = {"last": 2}.get(_lower(g, "ord")) or ORDINAL_QUARTER[_lower(g, "ord")]
    if g.get("year"):
        y = int(g["year"])
    elif dct is None:
        return "DATE", f"XXXX-H{h}", None, None
    else:
        y = dct.year + REL_OFFSET.get(_lower(g, "rel"), 0)
    d = date(y, 6 * h - 5, 1)
    return ("DATE", _value("H", d), *_interval("H", d))


def _norm_quarter_year(g, pat, dct, tense, words):
    """A quarter tied to a year: "the 1988 third quarter", "the year-ago quarter",
    "next year's first quarter", "the quarter a year ago", "the latest period".  Without an
    ordinal the quarter is the latest one reported (the one before the anchor's); the
    document pass of :func:`find_timexes` replaces it with the quarter the text is about."""
    ord_ = _lower(g, "ord")
    rel = _lower(g, "rel")
    if g.get("year"):
        year = int(g["year"])
    elif dct is None:
        return "DATE", "XXXX-Q" + (str(ORDINAL_QUARTER[ord_]) if ord_ else "X"), None, None
    elif g.get("yago"):
        year = dct.year - 1
    elif rel:
        year = dct.year + REL_OFFSET[rel]
    else:
        year = None
    if ord_:
        q = ORDINAL_QUARTER[ord_]
        if year is None:
            year = dct.year
    else:
        if dct is None:
            return "DATE", f"{year:04d}-QX", None, None
        last = _shift(dct, "Q", -1)
        q = (last.month - 1) // 3 + 1
        if year is None:
            year = last.year
        elif g.get("yago") or rel == "last":
            year = last.year - 1
    d = date(year, 3 * q - 2, 1)
    return ("DATE", _value("Q", d), *_interval("Q", d))


def _norm_month_rel_year(g, pat, dct, tense, words):
    """"January this year", "June 5 last year"."""
    month = _month_number(g, words)
    day = int(g["day"]) if g.get("day") else None
    if dct is None:
        return "DATE", f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""), None, None
    year = dct.year + REL_OFFSET[_lower(g, "rel")]
    if day:
        d = date(year, month, day)
        return "DATE", d.isoformat(), d, d
    start, end = _narrow(*_interval("M", date(year, month, 1)), g.get("mod"))
    return "DATE", f"{year:04d}-{month:02d}", start, end


_WORD_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8,
              "ninety": 9}


def _norm_year_words(g, pat, dct, tense, words):
    """Years spelled out in transcripts: "nineteen ninety-six", "the year two thousand"."""
    ones = int(words["numword"][_lower(g, "ones")]) if g.get("ones") else 0
    if g.get("tens"):
        year = 1900 + 10 * _WORD_TENS[_lower(g, "tens")] + ones
    else:
        year = 2000 + ones
    if g.get("season"):
        code = words["yseason"][_lower(g, "season")]
        return "DATE", f"{year:04d}-{code}", *_yseason_interval(code, year)
    if g.get("month"):
        month = _month_number(g, words)
        return "DATE", f"{year:04d}-{month:02d}", *_interval("M", date(year, month, 1))
    return "DATE", f"{year:04d}", date(year, 1, 1), date(year, 12, 31)


NORMALISERS = {
    "ymd": _norm_ymd, "month": _norm_month, "year": _norm_year, "decade": _norm_decade,
    "century": _norm_century, "holiday": _norm_holiday, "season_span": _norm_season_span,
    "fseason": _norm_fseason, "the_year": _norm_the_year, "rel_unit": _norm_rel_unit, "year_ago_period": _norm_year_ago_period,
    "ago": _norm_ago, "duration": _norm_duration, "recent": _norm_recent, "weekday": _norm_weekday,
    "day_word": _norm_day_word, "pod_rel": _norm_pod_rel, "clock": _norm_clock, "fixed": _norm_fixed,
    "set": _norm_set, "yseason": _norm_yseason, "quarter": _norm_quarter, "half": _norm_half,
    "quarter_year": _norm_quarter_year, "month_rel_year": _norm_month_rel_year,
    "year_words": _norm_year_words,
}


# --------------------------------------------------------------------------- matching


def _capitalised(word: str | None) -> bool:
    return word is None or word[:1].isupper()


def _plausible(pat: _Pattern, m: re.Match, text: str) -> bool:
    """Cheap context checks that regexes express badly."""
    g = m.groupdict()
    all_caps = text[m.start():m.end()].isupper()
    if not all_caps and not (_capitalised(g.get("month")) and _capitalised(g.get("weekday"))):
        return False
    if pat.norm == "year" and not g.get("fiscal") and g.get("year"):
        before = text[max(0, m.start() - 4):m.start()]
        if re.search(r"(?:[$£€#]|No\.? ?|\d[,.])$", before):
            return False
        after = re.match(r"\s+([a-z]+)", text[m.end():m.end() + 30])
        if after and after.group(1).endswith("s") and len(after.group(1)) > 3 \
                and after.group(1) not in YEAR_COUNT_EXCEPTIONS:
            return False
    if g.get("hol") and not _capitalised(g["hol"]):
        return False
    if pat.norm == "month" and _VERB_READING.match(text, m.end()) \
            and not _MONTH_CUE.search(text[max(0, m.start() - 12):m.start()]):
        return False  # "May I", "March they": a verb, unless a preposition says it is a month ("In March he ...")
    return True


_VERB_READING = re.compile(r" (?:I|we|you|he|she|they|it|be|not)\b")
_MONTH_CUE = re.compile(r"\b(?:in|on|since|until|till|by|from|of|during|early|late|last|next|this|mid|before|after)[ -]$",
                        re.IGNORECASE)


def _check_tense(tense: str | None) -> None:
    if tense is not None and tense not in TENSES:
        raise ValueError(ERR_BAD_TENSE.format(tense))


@lru_cache(maxsize=65536)
def _normalise_match(pattern_index: int, matched: str, dct: date | None, tense: str | None,
                     guessed: bool = False):
    """(type, value, start, end) for text that matched one pattern, or None; ``guessed``
    marks a tense guessed from context (weaker than one the caller gives)."""
    grammar = load_grammar()
    pat = grammar.patterns[pattern_index]
    m = pat.full.fullmatch(matched)
    if m is None:
        return None
    g = m.groupdict()
    g["_text"] = m.group("t") if "t" in g and g.get("t") else matched
    g["_guessed"] = guessed
    try:
        return NORMALISERS[pat.norm](g, pat, dct, tense, grammar.words)
    except (ValueError, KeyError, OverflowError):
        return None


def _candidates(text: str, grammar: _Grammar, windows: bool = True):
    """Every (start, end, pattern index, match start, match end) of every pattern, longest first.

    A pattern with required words (``requires``) is searched only near them: every match holds
    one, so it lies within the pattern's longest match (``width``) of an occurrence, inside that
    occurrence's paragraph (no time expression spans a line break). Overlapping windows are
    merged, so the matches found are those of a search of the whole paragraph (a test checks
    this). Unbounded patterns are searched in the paragraphs that hold a required word."""
    out = []
    lower = text.lower()
    breaks = [m.start() for m in _LINE_BREAK.finditer(text)]
    bounds = [0] + [b + 1 for b in breaks]
    ends = breaks + [len(text)]
    where: dict[str, set[int]] = {}  # required string -> paragraphs holding it
    found: dict[str, list[int]] = {}  # required string -> where it occurs
    windows_ok = windows and len(lower) == len(text)  # lower() kept every offset (all but a few letters do)
    for idx, pat in enumerate(grammar.patterns):
        if not pat.requires:
            ranges = [(0, len(text))]
        elif pat.width is not None and windows_ok:
            ranges = _windows(lower, pat.requires, pat.width, found, bounds, ends, pat.tail)
            if not ranges:
                continue
        else:
            paras: set[int] = set()
            for r in pat.requires:
                if r not in where:
                    where[r] = _paragraphs_with(lower, r, bounds)
                paras |= where[r]
            if not paras:
                continue  # none of the words every match of it holds: skip the costly search
            ranges = _runs(sorted(paras), bounds, ends)
        for lo, hi in ranges:
            for m in pat.search.finditer(text, lo, hi):
                if m.end() == m.start() or not _plausible(pat, m, text):
                    continue
                if "t" in pat.search.groupindex and m.group("t") is not None:
                    span = m.span("t")
                else:
                    span = m.span()
                out.append((span[0], span[1], idx, m.start(), m.end()))
    out.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    return out


_LINE_BREAK = re.compile(r"\n")


def _paragraphs_with(lower: str, needle: str, bounds: list[int]) -> set[int]:
    found, k = set(), lower.find(needle)
    while k != -1:
        found.add(bisect.bisect_right(bounds, k) - 1)
        k = lower.find(needle, k + 1)
    return found


def _windows(lower: str, requires: tuple, width: int, found: dict[str, list[int]], bounds: list[int],
             ends: list[int], tail: int | None = None) -> list[tuple[int, int]]:
    """Merged character ranges within ``width`` (plus the lookahead margin) of an occurrence of a
    required string, each cut to the occurrence's paragraph; ``found`` caches the occurrences. With
    a ``tail`` (the most a match spans from the start of the group holding the required string), the
    range after an occurrence reaches that far only."""
    after = width if tail is None else min(width, tail)
    spans = []
    for r in requires:
        at = found.get(r)
        if at is None:
            at, k = [], lower.find(r)
            while k != -1:
                at.append(k)
                k = lower.find(r, k + 1)
            found[r] = at
        for k in at:
            para = bisect.bisect_right(bounds, k) - 1
            spans.append((max(bounds[para], k + len(r) - width), min(ends[para], k + after + WINDOW_MARGIN)))
    if not spans:
        return []
    spans.sort()
    merged = [list(spans[0])]
    for lo, hi in spans[1:]:
        if lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


def _runs(paras: list[int], bounds: list[int], ends: list[int]) -> list[tuple[int, int]]:
    """Character ranges of runs of consecutive paragraphs."""
    out: list[tuple[int, int]] = []
    for p in paras:
        if out and p - 1 == out[-1][2]:
            out[-1] = (out[-1][0], ends[p], p)
        else:
            out.append((bounds[p], ends[p], p))
    return [(lo, hi) for lo, hi, _ in out]


_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_WORD = re.compile(r"[A-Za-z']+")


def guess_tense(text: str, start: int, end: int) -> str | None:
    """Tense of the clause around text[start:end], from the nearest cue word (simple rules)."""
    words = load_grammar().words
    left_bound = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    right = _SENTENCE_END.search(text, end, end + 200)
    right_bound = right.start() if right else min(len(text), end + 200)
    cues = []
    for m in _WORD.finditer(text, left_bound, start):
        cues.append((start - m.end(), m.group().lower()))
    for m in _WORD.finditer(text, end, right_bound):
        cues.append((m.start() - end + 15, m.group().lower()))  # prefer cues on the left
    cues.sort()
    for _, w in cues:  # explicit cue words first, nearest first
        if w in words["tense_future"]:
            return "future"
        if w in words["tense_past"]:
            return "past"
        if w in words["tense_present"]:
            return "present"
    for _, w in cues:  # then any -ed verb form
        if len(w) >= 5 and w.endswith("ed") and w not in words["tense_nonpast_ed"]:
            return "past"
    return None


def find_timexes(text: str, dct: date | None) -> list[TimeExpr]:
    """Every time expression in ``text``, normalised against ``dct``; non-overlapping, sorted."""
    grammar = load_grammar()
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    norms: dict[int, str] = {}
    for s, e, idx, ms, me in _candidates(text, grammar):
        if any(s < te and ts < e for ts, te in taken):
            continue
        tense = guess_tense(text, s, e)
        res = _normalise_match(idx, text[ms:me], dct, tense, True)
        if res is None:
            continue
        taken.append((s, e))
        typ, value, start, end = res
        found.append(TimeExpr(s, e, text[s:e], typ, value, start, end, tense))
        norms[s] = grammar.patterns[idx].norm
    found.sort(key=lambda t: t.start_char)
    return _reporting_quarter_pass(found, norms, dct)


#: "a year ago/earlier" (and "year-earlier") that a financial report compares with the same quarter.
_YEAR_BACK = re.compile(r"(?:(?:a|one) )?year[- ](?:ago|earlier)", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"(\d{4})-Q([1-4])")


def _reporting_quarter_pass(found: list[TimeExpr], norms: dict, dct: date | None) -> list[TimeExpr]:
    """Earnings reports are about one quarter: once a text has named a calendar quarter
    (``the third quarter``), "the quarter", "the latest period" and "the 1988 period" mean
    that quarter (of the year they name), and "a year ago/earlier", "the year-ago period"
    mean that quarter a year before (TimeBank convention), not the whole previous year."""
    if dct is None:
        return found
    ref = None
    out = []
    for t in found:
        norm = norms.get(t.start_char)
        m = _QUARTER_VALUE.fullmatch(t.value)
        if norm in ("quarter", "half", "quarter_year", "year_ago_period") and t.type == "DATE" and m:
            year, q = int(m.group(1)), int(m.group(2))
            backward = bool(_YEAR_BACK_WORDS.search(t.text))
            if _QUARTER_ORDINAL.search(t.text):
                if not backward and norm != "half" and t.end is not None and t.end < dct \
                        and (ref is None or not FIRST_QUARTER_REF):
                    ref = date(year, 3 * q - 2, 1)
            elif ref is not None and (norm in ("quarter_year", "year_ago_period")
                                      or _THE_QUARTER.fullmatch(t.text)):
                if norm == "year_ago_period" or (backward and norm == "quarter_year"):
                    year = ref.year - 1
                d = date(year, ref.month, 1)
                t = TimeExpr(t.start_char, t.end_char, t.text, "DATE", _value("Q", d), *_interval("Q", d), t.tense)
        elif ref is not None and norm == "ago" and _YEAR_BACK.fullmatch(t.text):
            d = _shift(ref, "Y", -1)
            t = TimeExpr(t.start_char, t.end_char, t.text, "DATE", _value("Q", d), *_interval("Q", d), t.tense)
        out.append(t)
    return out


FIRST_QUARTER_REF = False
_QUARTER_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\b", re.IGNORECASE)
_YEAR_BACK_WORDS = re.compile(r"year[- ](?:ago|earlier)|\blast year", re.IGNORECASE)
_THE_QUARTER = re.compile(r"(?:the|its) (?:(?:latest|most recent|just-ended|just-completed) )?quarter",
                          re.IGNORECASE)


# --------------------------------------------------------------------------- single expressions


def _dateparser_settings(dct: date | None) -> dict:
    settings = dict(DATEPARSER_SETTINGS)
    # Without an anchor a fixed, obviously artificial base keeps the clock out.
    base = datetime(dct.year, dct.month, dct.day) if dct else datetime(1900, 1, 1)
    settings["RELATIVE_BASE"] = base
    return settings


@lru_cache(maxsize=4096)
def _dateparser_parse(expr: str, dct: date | None):
    """(period, date) from dateparser, or None; cached on (expr, dct)."""
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=DATEPARSER_LANGUAGES, settings=_dateparser_settings(dct))
    data = parser.get_date_data(expr)
    if data is None or data.date_obj is None:
        return None
    return data.period, data.date_obj.date()


def warm_up_dateparser() -> None:
    """Import dateparser and load its English data (about half a second, once a process), so that
    the first expression only it reads does not pay for it."""
    _dateparser_parse("1 March 2020", date(2020, 3, 1))


def _dateparser_fallback(expr: str, dct: date | None):
    grammar = load_grammar()
    names = set(grammar.words["month"]) | set(grammar.words["weekday"])
    tokens = {t.lower().rstrip(".") for t in re.findall(r"[A-Za-z.]+", expr)}
    has_name = bool(tokens & names)
    numeric_date = re.search(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b", expr)
    if not (has_name or numeric_date):
        return None
    if dct is None and not re.search(r"\b(1[6-9]|20)\d\d\b", expr):
        return None
    parsed = _dateparser_parse(expr, dct)
    if parsed is None:
        return None
    period, d = parsed
    gran = {"day": "D", "week": "W", "month": "M", "year": "Y"}.get(period, "D")
    return ("DATE", _value(gran, d), *_interval(gran, d))


def _strip_signal(expr: str) -> tuple[str | None, str]:
    low = expr.lower()
    for sig in sorted(LEADING_SIGNALS, key=len, reverse=True):
        if low.startswith(sig + " "):
            return sig, expr[len(sig) + 1:].strip()
    return None, expr


@lru_cache(maxsize=16384)
def normalise(expr: str, dct: date | None, tense: str | None = None) -> TimeExpr | None:
    """One expression -> TimeExpr spanning all of ``expr``; None if it is not a time expression.

    ``tense`` (past/present/future) picks between the previous and the next
    weekday, month or season when the expression itself does not say.
    """
    _check_tense(tense)
    grammar = load_grammar()
    core = expr.strip().rstrip(".,;:!?")
    signal = None
    res = None
    for attempt in range(3):
        for idx, pat in enumerate(grammar.patterns):
            m = pat.full.fullmatch(core)
            if m is None or not _plausible(pat, m, core):
                continue
            res = _normalise_match(idx, core, dct, tense)
            if res is not None:
                break
        if res is not None:
            break
        sig, rest = _strip_signal(core)
        if sig is None:
            break
        signal = signal or sig
        core = rest
    if res is None:
        found = find_timexes(core, dct)
        if found:
            best = max(found, key=lambda t: t.end_char - t.start_char)
            if tense is not None:
                best = normalise(best.text, dct, tense) or best
            res = (best.type, best.value, best.start, best.end)
    if res is None and signal is None and not core.lower().startswith("in "):
        # "the summer" as cut from "in the summer": a pattern that needs the preposition the text left out
        t = normalise(f"in {core}", dct, tense)
        if t is not None:
            res = (t.type, t.value, t.start, t.end)
    if res is None:
        res = _dateparser_fallback(core, dct)
    if res is None:
        return None
    typ, value, start, end = res
    if signal in SINCE_SIGNALS and start is not None and dct is not None and dct >= start:
        end = dct
    return TimeExpr(0, len(expr), expr, typ, value, start, end)


def resolve_interval(expr: str, lo: date | None, hi: date | None,
                     tense: str | None = None) -> tuple[date | None, date | None]:
    """Interval of ``expr`` when the anchor is only known to lie in [lo, hi]: the hull of the
    intervals at ``lo`` and at ``hi``; (None, None) when either leaves it unanchored."""
    anchors = [d for d in (lo, hi) if d is not None] or [None]
    starts, ends = [], []
    for anchor in dict.fromkeys(anchors):
        t = normalise(expr, anchor, tense)
        if t is None or t.start is None or t.end is None:
            return None, None
        starts.append(t.start)
        ends.append(t.end)
    return min(starts), max(ends)
