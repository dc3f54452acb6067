"""Property-based tests: decoding, ingest, cleaning, time expressions and claim extraction never
crash on arbitrary input, and every offset they return lies within the text it indexes."""
from __future__ import annotations

import hashlib
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipeline.clean import clean_text, load_rules, looks_like_html, strip_html
from pipeline.ingest import decode, parse_article
from pipeline.records import TimeExpr
from pipeline.timex import TENSES, find_timexes, normalise

RULES = load_rules()
TIMEX_TYPES = {"DATE", "TIME", "DURATION", "SET"}

#: Words that make the extractors do work: names, teams, numbers, dates, claim triggers.
WORDS = [
    "Fernando Torres", "Torres", "Mikel Arteta", "Arteta", "Xabi Alonso", "Arsenal", "Chelsea", "Liverpool",
    "Atletico Madrid", "Everton", "Bayer Leverkusen", "he", "He", "the Spaniard", "the club", "was", "is",
    "has", "joined", "signed for", "moved to", "left", "scored", "goals", "appearances", "head coach",
    "manager", "appointed", "sacked", "won", "the title", "the league", "finished", "second", "9th", "aged",
    "years old", "born", "in", "on", "at", "of", "for", "from", "to", "last", "next", "season", "ago",
    "two years", "three", "40", "141", "81", "1984", "2011", "2024", "2024-11-19", "19 November 2024",
    "March 20, 1984", "Wednesday", "last week", "this summer", "2021-22", "the 1990s", "since 2019",
    "until June", "every Saturday", "two weeks ago", "?", ",", ".", ";", ":", "\"", "'", "-", "(", ")",
    "\n", "\n\n", "  ", "\u2019", "\u00a0", "\u2014", "Photo by ", "READ MORE: ",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "", "\n", ". ", ", "])
football_text = st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=60).map(
    lambda parts: "".join(w + s for w, s in parts))
any_text = st.one_of(st.text(), football_text, st.text(alphabet=st.characters(codec="latin-1")))
anchors = st.one_of(st.none(), st.dates(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
printable = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff"))


# --------------------------------------------------------------------------- decode / ingest


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=2000),
                 st.tuples(any_text, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be",
                                                     "utf-32", "cp1252", "latin-1"]))
                 .map(lambda t: t[0].encode(t[1], errors="ignore"))))
def test_decode_and_parse_never_crash(raw):
    text, enc, problem = decode(raw)
    assert (text is None) == (enc == ""), (text, enc, problem)
    if text is None:
        assert problem, "a refused file needs a reason"
    else:
        assert isinstance(text, str)
    art = parse_article(raw, "dir/a file.txt", "a file")
    assert art.sha256 == hashlib.sha256(raw).hexdigest()
    assert art.status in ("ok", "error")
    if art.status == "error":
        assert art.error and art.body == ""
    else:
        assert isinstance(art.body, str) and "\r" not in art.body
        assert art.published is None or isinstance(art.published, date)
        assert all(isinstance(w, str) and w for w in art.warnings)


@settings(max_examples=200, deadline=None)
@given(printable, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_decode_round_trips_unicode_text(text, encoding):
    got, enc, problem = decode(text.encode(encoding))
    assert got == text and not problem, (enc, problem)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="ascii", blacklist_categories=("Cc",)), min_size=8))
def test_decode_utf16_without_bom(text):
    for encoding in ("utf-16-le", "utf-16-be"):
        got, enc, _ = decode(text.encode(encoding))
        assert (got, enc) == (text, encoding)


@settings(max_examples=200, deadline=None)
@given(st.one_of(football_text, printable), st.sampled_from(["", " date 2024-11-19 ", " date 2024-13-45 ",
                                                            "---\ndate: 2019-12-20\ntitle: T\n---\n", "---\nx\n"]))
def test_metadata_never_eats_or_invents_text(body, head):
    art = parse_article((head + body).encode("utf-8"), "a.txt", "a")
    assert art.status == "ok"
    assert body.replace("\r\n", "\n").replace("\r", "\n").strip() in (head + art.body).replace("\r", "\n")


# --------------------------------------------------------------------------- clean


def _check_removed(raw: str, cleaned) -> None:
    last = 0
    for start, end, name in cleaned.removed:
        assert 0 <= last <= start < end <= len(raw), (start, end, len(raw))
        assert isinstance(name, str) and name
        last = end


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_clean_text_never_crashes_and_spans_lie_in_the_input(raw):
    cleaned = clean_text(raw, RULES)
    assert cleaned.text == cleaned.text.strip()
    _check_removed(raw, cleaned)


HTML_SOUP = ["<p>", "</p>", "<div class='x'>", "</div>", "<script>", "</script>", "<style>", "</style>",
             "<nav>", "</nav>", "<br>", "<br/>", "<li>", "<!DOCTYPE html>", "<html>", "<body>", "&amp;",
             "&#8217;", "&nbsp;", "<!--", "-->", "<", ">", "<a href=\"x\">", "</a>", "text", "Torres scored.",
             " ", "\n", "<![CDATA[", "]]>", "<?xml?>", "&#xZZ;", "<p", "=\""]


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(HTML_SOUP), max_size=60).map("".join)))
def test_html_functions_never_crash(raw):
    assert isinstance(looks_like_html(raw), bool)
    text = strip_html(raw)
    assert isinstance(text, str) and text == text.strip()
    _check_removed(text, clean_text(text, RULES))


# --------------------------------------------------------------------------- time expressions


def _check_timexes(text: str, found: list[TimeExpr]) -> None:
    last = 0
    for t in found:
        assert 0 <= last <= t.start_char < t.end_char <= len(text), (t, len(text))
        assert text[t.start_char:t.end_char] == t.text
        assert t.type in TIMEX_TYPES and t.value
        if t.start is not None and t.end is not None:
            assert t.start <= t.end, t
        last = t.end_char


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, anchors)
def test_find_timexes_never_crashes_and_offsets_lie_in_the_text(text, dct):
    _check_timexes(text, find_timexes(text, dct))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join), st.text(max_size=40)),
       anchors, st.sampled_from((None, *TENSES)))
def test_normalise_never_crashes_and_spans_the_whole_expression(expr, dct, tense):
    t = normalise(expr, dct, tense)
    if t is not None:
        assert (t.start_char, t.end_char, t.text) == (0, len(expr), expr)
        assert t.type in TIMEX_TYPES and t.value
        if t.start is not None and t.end is not None:
            assert t.start <= t.end, t


# --------------------------------------------------------------------------- claims (clean + spaCy + rules)


def _check_article(result) -> None:
    text = result.text
    n = len(text)
    for m in result.mentions:
        assert 0 <= m["start_char"] < m["end_char"] <= n, m
        assert text[m["start_char"]:m["end_char"]] == m["text"], m
    for c in result.claims:
        assert 0 <= c["start_char"] < c["end_char"] <= n, c
        assert c["sentence"] in text, c
        assert c["predicate"] and c["subject_id"], c
    for t in result.timexes:
        assert 0 <= t["start_char"] < t["end_char"] <= n, t
        assert text[t["start_char"]:t["end_char"]] == t["text"], t


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(football_text)
def test_claims_never_crash_on_football_soup(analyse_text, text):
    _check_article(analyse_text(text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_claims_never_crash_on_arbitrary_text(analyse_text, text):
    _check_article(analyse_text(text))


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\n", ".", "He.", "\ufeff date 2024-11-19", "Torres, 40, " * 200, "(" * 500 + "Torres scored",
    "Fernando Torres \u2019s 81 goals in 141 appearances \u2014 he joined Liverpool from Atletico in 2011.",
    "\x00\x01 Torres \x7f\x85 40 \u2028 years \u2029 old",
])
def test_claims_on_edge_texts(analyse_text, text):
    _check_article(analyse_text(text))
