"""League tables written as Markdown: ``| 1 | Lille | 83 |`` rows -> league_position and points claims.

A table is a run of lines that start and end with ``|``: a header row, a separator row
(``|---|---|``) and data rows. ``models/table_columns.csv`` names the columns it can read (the
position, the team, the points) and the words of a caption that make it a final table. A table
without a position and a team column gives nothing, and so does a row whose cells are not a
whole number and one team.

The competition and the season are those of the table's caption: the line just after it, else
the line just before it (a heading). Without a competition there, the rows give nothing (a
table of a group, of goalscorers or of an unnamed league is not guessed at). A season named in
the caption dates the rows (``expression``); a caption that calls the table final, without a
season, dates them to the last completed season; otherwise they hold as of the article's date.

A table of one competition's finals or champions (a year or season column and a winners column, or a
club column beside a beaten finalists' column; the header words are in ``table_columns.csv``) gives
one title_won per row for the winner, in the row's year, the competition being the caption's.

``table_claims(text, mentions, timexes, ...)`` is the pure function at the centre; the claims
stage (:mod:`pipeline.claims`) covers sentences, this covers what is not a sentence.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.claims import claim_id
from pipeline.config import MODELS_DIR
from pipeline.patterns import load_wordlists
from pipeline.records import Claim

RULE_ID = "table.markdown_row"
CONFIDENCE = 0.9

_ROW = re.compile(r"[ \t]*\|(.*)\|[ \t]*$")
_SEPARATOR_CELL = re.compile(r"^\s*:?-+:?\s*$")
_INTEGER = re.compile(r"^\s*(\d{1,3})\.?\s*$")


@dataclass(frozen=True)
class TableWords:
    """Header words by the column they name (``position``, ``team``, ``points``), and caption words
    that make a table final (``final``)."""

    columns: dict[str, str]
    final: frozenset[str]
    won: frozenset[str] = frozenset()  # a result cell opening with one: the table's team won the row's competition
    runner_up: frozenset[str] = frozenset()  # ... with one: the team the cell names (the one it lost to) won it
    roles: tuple[tuple[str, str], ...] = ()  # role words (models/wordlists.json role_words), the longer first


@lru_cache(maxsize=4)
def load_table_words(models_dir: Path = MODELS_DIR) -> TableWords:
    columns, sets = {}, {"final": set(), "won": set(), "runner_up": set()}
    with (Path(models_dir) / "table_columns.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            word, role = row["word"].strip().lower(), row["role"].strip()
            if role in sets:
                sets[role].add(word)
            else:
                columns[word] = role
    lists = load_wordlists(Path(models_dir))
    roles = tuple(sorted(lists.get("role_words", {}).items(), key=lambda kv: -len(kv[0])))
    return TableWords(columns, frozenset(sets["final"]), frozenset(sets["won"]), frozenset(sets["runner_up"]), roles)


@dataclass(frozen=True)
class _Line:
    start: int  # character offsets in the text
    end: int
    cells: tuple[tuple[int, int], ...]  # (start, end) of each cell's text, stripped


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells(text: str, start: int, end: int) -> _Line | None:
    m = _ROW.match(text, start, end)
    if m is None or m.end() != end:
        return None
    cells, pos = [], m.start(1)
    for part in m.group(1).split("|"):
        lo, hi = pos, pos + len(part)
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        cells.append((lo, hi))
        pos += len(part) + 1
    return _Line(start, end, tuple(cells))


def find_tables(text: str) -> list[tuple[_Line, list[_Line], tuple[int, int] | None, tuple[int, int] | None]]:
    """(header, data rows, line before, line after) of each Markdown table in ``text``; the lines
    around it are the nearest non-blank line on each side, as (start, end) offsets, or None."""
    lines = _lines(text)
    tables, k = [], 0
    while k < len(lines):
        header = _cells(text, *lines[k])
        sep = _cells(text, *lines[k + 1]) if k + 1 < len(lines) else None
        if header is None or sep is None or not all(_SEPARATOR_CELL.match(text[a:b]) for a, b in sep.cells):
            k += 1
            continue
        rows, j = [], k + 2
        while j < len(lines):
            row = _cells(text, *lines[j])
            if row is None:
                break
            rows.append(row)
            j += 1
        before = next((lines[i] for i in range(k - 1, -1, -1) if text[lines[i][0]:lines[i][1]].strip()), None)
        after = next((lines[i] for i in range(j, len(lines)) if text[lines[i][0]:lines[i][1]].strip()), None)
        tables.append((header, rows, before, after))
        k = j
    return tables


def table_claims(article_id: str, text: str, mentions: list, timexes: list[tuple[int, int, str]],
                 words: TableWords, countries: frozenset[str] = frozenset(), tables: list | None = None) -> list[Claim]:
    """The claims of the Markdown tables in ``text``: league tables (league_position, points), a team's seasons
    (league_position, points), a coach's clubs (head_coach_of, title_won), a team's tournaments and a
    competition's finals (title_won).

    ``mentions`` are the article's resolved mentions (``start_char``, ``end_char``, ``type``,
    ``entity_id``, ``entity``); ``timexes`` the (start, end, text) of its time expressions;
    ``countries`` the ids of countries, whose names in a tournament's table are their national sides;
    ``tables`` what :func:`find_tables` found in ``text``, when the caller has it."""
    if "|" not in text:
        return []
    out: list[Claim] = []
    for header, rows, before, after in (find_tables(text) if tables is None else tables):
        roles = {}
        for col, (a, b) in enumerate(header.cells):
            role = words.columns.get(text[a:b].strip().lower().rstrip("."))
            if role and role not in roles:
                roles[role] = col
        if "team" in roles and "tenure" in roles:
            out += _career_rows(article_id, text, mentions, timexes, roles, header, rows, (after, before), countries,
                                words.roles)
            continue
        if "competition" in roles and "result" in roles:
            out += _result_rows(article_id, text, mentions, timexes, words, roles, header, rows, (after, before),
                                countries)
            continue
        # a table of one team's seasons or of a competition's finals: its caption or heading comes first, the line
        # after it only when that names nothing
        if "position" in roles and "year" in roles and "team" not in roles:
            if not {"league", "round", "competition"} & set(roles):  # each row's own league or round: not guessed
                out += _season_rows(article_id, text, mentions, timexes, words, roles, header, rows, (before, after),
                                    countries)
            continue
        if "year" in roles and ("winner" in roles or "team" in roles and "beaten" in roles):
            out += _final_rows(article_id, text, mentions, timexes, words, roles, header, rows, (before, after),
                               countries)
            continue
        if "position" not in roles or "team" not in roles:
            continue
        caption = _caption(text, mentions, timexes, words, _caption_lines(text, after, before))
        if caption is None:
            continue
        competition, time_text, final = caption
        if time_text:
            time_source = "expression"
        elif final:
            time_source = "last_completed_season"
        else:
            time_source = "article_date"
        for row in rows:
            if len(row.cells) != len(header.cells):
                continue
            pos = _INTEGER.match(text[slice(*row.cells[roles["position"]])])
            team = _only_team(mentions, *row.cells[roles["team"]])
            if pos is None or team is None:
                continue
            out += _place_claims(article_id, text, roles, row, team, competition, pos.group(1), time_text,
                                 time_source, RULE_ID)
    return out


def _place_claims(article_id, text, roles, row, team, competition, place: str, time_text: str, time_source: str,
                  rule_id: str) -> list[Claim]:
    """A table row's league_position (and points, when the table has a points column) of ``team``."""
    values = [("league_position", str(int(place)))]
    if "points" in roles:
        pts = _INTEGER.match(text[slice(*row.cells[roles["points"]])])
        if pts is not None:
            values.append(("points", str(int(pts.group(1)))))
    evidence = text[row.start:row.end].strip()
    return [Claim(
        claim_id=claim_id(article_id, row.start, predicate, team.entity_id, value),
        article_id=article_id, subject_id=team.entity_id, subject=team.entity, predicate=predicate,
        object_id=competition.entity_id, object=competition.entity, value=value,
        time_kind="as_of", time_start="", time_end="", time_text=time_text, modality="asserted",
        sentence=evidence, start_char=row.start, end_char=row.end, rule_id=rule_id,
        confidence=CONFIDENCE, time_source=time_source,
    ) for predicate, value in values]


SEASON_RULE_ID = "table.team_season_row"
#: A place as a table cell writes it: "3", "3.", "3rd", "13th".
_PLACE = re.compile(r"^\s*(\d{1,3})(?:\.|st|nd|rd|th)?\s*$", re.I)
#: A season cell: "2021-22", "2021/22", "2021-2022", "2021–22", or a year.
_SEASON_CELL = re.compile(r"^\s*((?:18|19|20)\d\d(?:\s*[-/–]\s*(?:(?:18|19|20)\d\d|\d\d))?)\s*$")


def _season_rows(article_id, text, mentions, timexes, words, roles, header, rows, around,
                 countries: frozenset[str] = frozenset()) -> list[Claim]:
    """Rows of a table of one team's seasons (``| Season | Position | Points |``) with a caption (the line
    before it, else the one after) that names the one team and the competition ("CLUB's Serie A record
    under X:"): each row -> league_position (and points) of that team in that competition, dated by the
    row's season. A table with a column of its own league or round per row is not read."""
    caption = None
    for line in around:
        if line is None:
            continue
        team = _only_team(mentions, *line, countries)
        comps = {m.entity_id: m for m in mentions if m.type == "competition" and line[0] <= m.start_char
                 and m.end_char <= line[1]}
        if team is not None and len(comps) == 1:
            caption = team, next(iter(comps.values()))
            break
    if caption is None:
        caption = _caption_team_section_competition(text, mentions, around, countries)
    if caption is None:
        return []  # a table of seasons without its team and league named: not guessed at
    team, competition = caption
    out: list[Claim] = []
    for row in rows:
        if len(row.cells) != len(header.cells):
            continue
        season = _SEASON_CELL.match(text[slice(*row.cells[roles["year"]])])
        place = _PLACE.match(text[slice(*row.cells[roles["position"]])])
        if season is None or place is None:
            continue
        out += _place_claims(article_id, text, roles, row, team, competition, place.group(1),
                             _season_text(season.group(1)), "expression", SEASON_RULE_ID)
    return out


def _caption_team_section_competition(text, mentions, around, countries):
    """(team, competition) of a seasons table whose caption names the one team but not its league
    ("CLUB, season by season:"), the league being the one competition of the heading of the
    section the table is in (the nearest Markdown heading above the caption); or None."""
    before = around[0]
    if before is None:
        return None
    team = _only_team(mentions, *before, countries)
    if team is None or any(m.type == "competition" and before[0] <= m.start_char and m.end_char <= before[1]
                           for m in mentions):
        return None
    head_end = before[0]
    while head_end > 0:
        lo = text.rfind("\n", 0, head_end - 1) + 1
        line = text[lo:head_end].strip()
        if line.startswith("#"):
            comps = {m.entity_id: m for m in mentions if m.type == "competition" and lo <= m.start_char
                     and m.end_char <= head_end}
            return (team, next(iter(comps.values()))) if len(comps) == 1 else None
        if "|" in line:
            return None  # another table first: no heading of this one
        head_end = lo
    return None


RESULT_RULE_ID = "table.tournament_result_row"
_YEAR_IN_CELL = re.compile(r"\b(?:18|19|20)\d\d(?:[-/]\d\d)?\b")


def result_row_spans(text: str, words: TableWords, tables: list | None = None) -> list[tuple[int, int]]:
    """(start, end) of the data rows of the tournament-result tables in ``text`` (``tables``: what
    :func:`find_tables` found in it, when the caller has it): their cells are read by
    :func:`table_claims`, not as sentences."""
    spans = []
    for header, rows, _before, _after in (find_tables(text) if tables is None else tables):
        roles = {words.columns.get(text[a:b].strip().lower().rstrip(".")) for a, b in header.cells}
        if {"competition", "result"} <= roles or {"team", "tenure"} <= roles or "year" in roles and (
                "winner" in roles or {"team", "beaten"} <= roles or "position" in roles and "team" not in roles):
            spans += [(row.start, row.end) for row in rows]
    return spans


def _result_rows(article_id, text, mentions, timexes, words, roles, header, rows, around, countries) -> list[Claim]:
    """Rows of a table of one team's tournaments (``| Euro 2016 | Final, lost 1-0 to Portugal |``):
    a result opening with a winners word -> the team of the caption won the row's competition; one
    opening with a runners-up word (a lost final) -> the only team the result names won it."""
    own = None
    for line in around:
        if line is not None:
            own = _only_team(mentions, *line, countries)
            if own is not None:
                break
    out: list[Claim] = []
    for row in rows:
        if len(row.cells) != len(header.cells):
            continue
        comp_cell, result_cell = row.cells[roles["competition"]], row.cells[roles["result"]]
        comps = {m.entity_id: m for m in mentions if m.type == "competition"
                 and comp_cell[0] <= m.start_char and m.end_char <= comp_cell[1]}
        if len(comps) != 1:
            continue
        competition = next(iter(comps.values()))
        first = re.split(r"[,;:(]| - ", text[slice(*result_cell)], maxsplit=1)[0].strip().lower()
        if first in words.won:
            winner = own
        elif first in words.runner_up:
            winner = _only_team(mentions, *result_cell, countries)
            if winner is not None and own is not None and winner.entity_id == own.entity_id:
                winner = None
        else:
            continue
        if winner is None:
            continue
        times = [t for s, e, t in timexes if comp_cell[0] <= s and e <= comp_cell[1] and _YEAR_IN_CELL.search(t)]
        year = times[0] if times else (_YEAR_IN_CELL.search(text[slice(*comp_cell)]) or [""])[0]
        if not year:
            continue
        evidence = text[row.start:row.end].strip()
        out.append(Claim(
            claim_id=claim_id(article_id, row.start, "title_won", winner.entity_id, ""),
            article_id=article_id, subject_id=winner.entity_id, subject=winner.entity, predicate="title_won",
            object_id=competition.entity_id, object=competition.entity, value="",
            time_kind="event", time_start="", time_end="", time_text=year, modality="asserted",
            sentence=evidence, start_char=row.start, end_char=row.end, rule_id=RESULT_RULE_ID,
            confidence=CONFIDENCE, time_source="expression",
        ))
    return out


FINAL_RULE_ID = "table.final_winner_row"


def _final_rows(article_id, text, mentions, timexes, words, roles, header, rows, around, countries) -> list[Claim]:
    """Rows of a table of one competition's finals (``| Year | Winners | Runners-up |``, or ``| Year | Club |
    Beaten finalist |`` where the club column is the winner), the caption or heading naming the competition:
    each row -> title_won by the winner, in the row's year or season. Without a competition around the table,
    or a row without one team in the winner's cell or a year in the year's cell, nothing is guessed."""
    caption = _caption(text, mentions, timexes, words, around)
    if caption is None:
        return []
    competition = caption[0]
    col = roles["winner"] if "winner" in roles else roles["team"]
    out: list[Claim] = []
    for row in rows:
        if len(row.cells) != len(header.cells):
            continue
        year = _SEASON_AFTER.match(text[slice(*row.cells[roles["year"]])])
        winner = _only_team(mentions, *row.cells[col], countries)
        if year is None or winner is None:
            continue
        when = _season_text(year.group(1))
        evidence = text[row.start:row.end].strip()
        out.append(Claim(
            claim_id=claim_id(article_id, row.start, "title_won", winner.entity_id, competition.entity_id),
            article_id=article_id, subject_id=winner.entity_id, subject=winner.entity, predicate="title_won",
            object_id=competition.entity_id, object=competition.entity, value=when, time_kind="event",
            time_start="", time_end="", time_text=when, modality="asserted", sentence=evidence,
            start_char=row.start, end_char=row.end, rule_id=FINAL_RULE_ID, confidence=CONFIDENCE,
            time_source="expression",
        ))
    return out


CAREER_RULE_ID = "table.coach_career_row"
CAREER_TITLE_RULE_ID = "table.coach_honours_cell"
_SPAN_IN_CELL = re.compile(r"^\s*((?:18|19|20)\d\d)\s*[-–]\s*((?:18|19|20)?\d\d|present|now)?\s*$", re.I)
#: A season or year after a competition in an honours cell: "2006-07", "2006-2007", "2006/07", "2006–07", "2011".
_SEASON_AFTER = re.compile(r"^\s*((?:18|19|20)\d\d(?:\s*[-/–]\s*(?:(?:18|19|20)\d\d|\d\d)(?!\d))?)")


def _season_text(raw: str) -> str:
    """A season as the claims write it: "2006-07" for "2006-2007", "2006/07" or "2006 – 07"; a year as it is."""
    m = re.fullmatch(r"((?:18|19|20)\d\d)\s*[-/–]\s*(?:(?:18|19|20)(\d\d)|(\d\d))", raw)
    return f"{m.group(1)}-{m.group(2) or m.group(3)}" if m else raw


def _career_rows(article_id, text, mentions, timexes, roles, header, rows, around,
                 countries: frozenset[str] = frozenset(), role_words: tuple[tuple[str, str], ...] = ()) -> list[Claim]:
    """Rows of a table of one coach's clubs (``| Team | Seasons as manager | Trophies |``, the caption
    naming the coach): each row -> head_coach_of the row's club over its years; each competition of the
    honours cell followed by a season or year ("Ligue 1 1998-99, Coppa Italia 2003") -> title_won by the coach.
    A country in the team column is its national side; a role the tenure column's header names
    ("Years as coach") is the role of each row."""
    person = None
    for line in around:
        if line is not None:
            people = {m.entity_id: m for m in mentions if m.type == "person" and line[0] <= m.start_char
                      and m.end_char <= line[1]}
            if len(people) == 1:
                person = next(iter(people.values()))
                break
    if person is None:
        return []
    heading = text[slice(*header.cells[roles["tenure"]])].lower()
    role = next((r for w, r in role_words if re.search(rf"\b{re.escape(w)}\b", heading)), "")
    out: list[Claim] = []
    for row in rows:
        if len(row.cells) != len(header.cells):
            continue
        team = _only_team(mentions, *row.cells[roles["team"]], countries)
        span = _SPAN_IN_CELL.match(text[slice(*row.cells[roles["tenure"]])])
        if team is None or span is None:
            continue
        evidence = text[row.start:row.end].strip()
        out.append(Claim(
            claim_id=claim_id(article_id, row.start, "head_coach_of", person.entity_id, team.entity_id),
            article_id=article_id, subject_id=person.entity_id, subject=person.entity, predicate="head_coach_of",
            object_id=team.entity_id, object=team.entity, value=role, time_kind="interval", time_start="",
            time_end="", time_text=span.group(0).strip(), modality="asserted", sentence=evidence,
            start_char=row.start, end_char=row.end, rule_id=CAREER_RULE_ID, confidence=CONFIDENCE,
            time_source="expression",
        ))
        if "honours" not in roles:
            continue
        lo, hi = row.cells[roles["honours"]]
        for m in mentions:
            if m.type != "competition" or not (lo <= m.start_char and m.end_char <= hi):
                continue
            season = _SEASON_AFTER.match(text[m.end_char:hi])
            if season is None:
                continue  # a competition without its year: no title to date
            out.append(Claim(
                claim_id=claim_id(article_id, m.start_char, "title_won", person.entity_id, m.entity_id),
                article_id=article_id, subject_id=person.entity_id, subject=person.entity, predicate="title_won",
                object_id=m.entity_id, object=m.entity, value=_season_text(season.group(1)), time_kind="event",
                time_start="", time_end="", time_text=_season_text(season.group(1)), modality="asserted", sentence=evidence,
                start_char=row.start, end_char=row.end, rule_id=CAREER_TITLE_RULE_ID, confidence=CONFIDENCE,
                time_source="expression",
            ))
    return out


def _caption_lines(text, after, before):
    """The lines to read a table's caption from, in order: the line after it first, unless the line
    before ends with a colon ("Serie A 2016-17, final standings:"), which introduces the table."""
    if before is not None and text[before[0]:before[1]].rstrip().endswith(":"):
        return (before, after)
    return (after, before)


def _caption(text, mentions, timexes, words, around):
    """(competition mention, season text, final?) of the first line around a table that names a
    competition, or None."""
    for line in around:
        if line is None:
            continue
        lo, hi = line
        comps = [m for m in mentions if m.type == "competition" and lo <= m.start_char and m.end_char <= hi]
        if not comps:
            continue
        times = [t for s, e, t in timexes if lo <= s and e <= hi]
        lowered = set(re.findall(r"[a-z]+", text[lo:hi].lower()))
        return comps[0], (times[0] if times else ""), bool(lowered & words.final)
    return None


def _only_team(mentions, lo: int, hi: int, countries: frozenset[str] = frozenset()):
    """The one team named between ``lo`` and ``hi`` (a country among ``countries`` counts as its side)."""
    teams = {m.entity_id: m for m in mentions if lo <= m.start_char and m.end_char <= hi
             and (m.type == "team" or m.type == "place" and m.entity_id in countries)}
    return next(iter(teams.values())) if len(teams) == 1 else None
