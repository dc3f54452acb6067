"""Speed and scale benchmark: ``python -m pipeline bench`` (``make bench``).

Generates a reproducible corpus (default 2,000 articles, about a million words) by
recombining and varying the sentences of the sample articles in ``corpus/`` with a
seeded generator, then measures in one run, side by side:

1. throughput ratio: the full pipeline's words per second against plain ``nlp.pipe``
   over the same cleaned texts with the same model and the same number of processes;
2. incremental ratio: 1% new articles added, rerun time / full run time;
3. memory: peak resident memory of the full run at two corpus sizes;
4. scaling: the pipeline's words per second with 1 and 2 processes.

Every measured run is a child process (``python -m pipeline.bench _child ...``) so its
peak memory is its own; the parent samples the resident memory of the child's whole
process tree (spaCy's worker processes included). Prints a table; writes ``bench.json``.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipeline.config import DEFAULT_CORPUS, PROJECT_ROOT, ARTICLE_SUFFIXES, Settings

# --------------------------------------------------------------------------------------------
# Corpus generator
# --------------------------------------------------------------------------------------------

#: People named in the sample articles (full name first); each is replaced, per generated
#: article, by one person from PEOPLE (full name and surname alike, consistently).
SOURCE_PEOPLE = [
    "Xabi Alonso", "Frank Lampard", "Mikel Arteta", "Steven Gerrard", "Fernando Torres", "Unai Emery",
    "Gerardo Seoane", "Thomas Tuchel", "Diego Simeone", "Kai Havertz", "Timo Werner", "Granit Xhaka",
    "Florian Wirtz", "Roman Abramovich", "Arsene Wenger", "Freddie Ljungberg", "Odilon Kossounou",
    "Jeremie Frimpong", "Carlo Ancelotti", "David de Gea", "Rafael Benitez", "Jose Mourinho",
    "Alexia Putellas", "Aitana Bonmatí", "Caroline Graham Hansen", "Pedro Caixinha", "Gary McAllister",
    "Michael Beale", "Luis Garcia Tevenet", "Oscar Gilsanz", "Raul Gonzalez", "Melanie Leupolz",
    "Lluís Cortés", "Emma Hayes", "Sam Kerr", "Maurizio Sarri", "Eden Hazard", "Tammy Abraham",
    "Jody Morris", "Petr Cech",
]
FIRST_NAMES = [
    "Jonas", "Marco", "Luis", "Pablo", "Andrea", "Sergio", "Tomas", "Lukas", "Mateo", "Hugo", "Rui",
    "Daniel", "Oliver", "Kevin", "Julian", "Niklas", "Adrien", "Karim", "Samuel", "Iker", "Dario",
    "Elena", "Sofia", "Laura", "Irene", "Marta", "Clara", "Nadia", "Ada", "Lucy", "Vivianne",
]
LAST_NAMES = [
    "Berger", "Rossi", "Moreno", "Castillo", "Lindqvist", "Novak", "Dufour", "Silva", "Okafor",
    "Hernandez", "Kowalski", "Brennan", "Schmid", "Vidal", "Fischer", "Rahman", "Costa", "Ferreira",
    "Jansen", "Kovac", "Marchetti", "Dubois", "Lund", "Sanchez", "Walsh", "Ortega", "Ibarra", "Nilsen",
]
BOILERPLATE = [
    "Sign up to our newsletter for the latest {club} news and analysis.",
    "READ MORE: {person} tipped for big things after strong start",
    "Photo by {person}/Getty Images",
    "Click here for the full version from Sample Sports Desk.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"“‘'A-Z0-9])")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-2]\d)\b")
_NUMBER = re.compile(r"(?<![\d.,/-])\b([1-9]\d?)\b(?![\d.,/]\d)")
_MONTH = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")


@dataclass
class SourcePool:
    sentences: list[str]  # cleaned sentences of the sample articles
    clubs: list[str]  # team names that occur in them (substituted)
    club_pool: list[str]  # every team name of the gazetteer (substitutes)
    people: list[str]  # full names of gazetteer persons (substitutes, so some claims link)


def source_pool(corpus_dir: Path = DEFAULT_CORPUS, models_dir: Path | None = None) -> SourcePool:
    """Sentences of the sample articles (cleaned, one list) and the name lists for substitution."""
    from pipeline import clean as clean_stage
    from pipeline import ingest

    settings = Settings()
    models_dir = models_dir or settings.models_dir
    rules = clean_stage.load_rules(models_dir / "boilerplate.jsonl")
    sentences: list[str] = []
    for p in sorted(corpus_dir.iterdir()):
        if p.suffix not in ARTICLE_SUFFIXES or not p.is_file():
            continue
        ing = ingest.parse_article(p.read_bytes(), p.name, p.stem)
        if ing.status != "ok":
            continue
        text = clean_stage.clean_text(ing.body, rules).text
        for para in re.split(r"\n\s*\n", text):
            for s in _SENT_SPLIT.split(" ".join(para.split())):
                if len(s.split()) >= 5 and s[-1:] in ".!?\"”’":
                    sentences.append(s)
    teams, persons = [], []
    for line in (models_dir / "entities.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        e = json.loads(line)
        if e.get("type") == "team":
            teams.append(e["name"])
        elif e.get("type") == "person":
            persons.append(e["name"])
    joined = "\n".join(sentences)
    clubs = sorted({t for t in teams if re.search(r"\b" + re.escape(t) + r"\b", joined)}, key=len, reverse=True)
    return SourcePool(sentences, clubs, sorted(teams), sorted(persons))


def _person(rng: random.Random, pool: SourcePool) -> str:
    if rng.random() < 0.25:
        return rng.choice(pool.people)
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


class _Varier:
    """One generated article's substitutions (consistent within the article)."""

    def __init__(self, rng: random.Random, pool: SourcePool):
        self.rng, self.pool = rng, pool
        self.people: dict[str, str] = {}
        self.clubs: dict[str, str] = {}
        self.year_shift = rng.randint(-12, 2)
        names = [re.escape(n) for n in SOURCE_PEOPLE] + [re.escape(n.split()[-1]) for n in SOURCE_PEOPLE]
        self._people_re = re.compile(r"\b(" + "|".join(names) + r")\b")
        self._clubs_re = re.compile(r"\b(" + "|".join(re.escape(c) for c in pool.clubs) + r")\b") if pool.clubs else None
        self._surname_of = {n.split()[-1]: n for n in SOURCE_PEOPLE}

    def _sub_person(self, m: re.Match) -> str:
        name = m.group(1)
        full = name if name in SOURCE_PEOPLE else self._surname_of.get(name, name)
        if full not in self.people:
            self.people[full] = _person(self.rng, self.pool)
        new = self.people[full]
        return new if name == full else new.split()[-1]

    def _sub_club(self, m: re.Match) -> str:
        c = m.group(1)
        if c not in self.clubs:
            self.clubs[c] = self.rng.choice(self.pool.club_pool)
        return self.clubs[c]

    def vary(self, sentence: str) -> str:
        rng = self.rng
        s = self._people_re.sub(self._sub_person, sentence)
        if self._clubs_re is not None:
            s = self._clubs_re.sub(self._sub_club, s)
        s = _YEAR.sub(lambda m: str(min(2025, int(m.group(1)) + self.year_shift)), s)
        s = _NUMBER.sub(lambda m: str(max(1, int(m.group(1)) + rng.randint(-3, 6))) if rng.random() < 0.7 else m.group(1), s)
        s = _MONTH.sub(lambda m: rng.choice(MONTHS) if rng.random() < 0.5 else m.group(1), s)
        s = _WEEKDAY.sub(lambda m: rng.choice(WEEKDAYS), s)
        return s


def generate_article(rng: random.Random, pool: SourcePool, index: int) -> tuple[str, str]:
    """(file name, text) of one generated article: a title, a metadata date (front matter,
    a ``date`` line, or none), 6 to 14 paragraphs of varied sentences, sometimes boilerplate."""
    v = _Varier(rng, pool)
    target = rng.randint(300, 700)
    paras, words = [], 0
    while words < target:
        k = rng.randint(1, 4)
        sents = [v.vary(rng.choice(pool.sentences)) for _ in range(k)]
        if rng.random() < 0.06:
            bp = rng.choice(BOILERPLATE)
            sents.append(bp.format(club=rng.choice(pool.club_pool), person=_person(rng, pool)))
        para = " ".join(sents)
        paras.append(para)
        words += len(para.split())
    short = [s for s in (v.vary(rng.choice(pool.sentences)) for _ in range(6)) if len(s.split()) <= 16]
    title = (short[0].rstrip(".") if short else f"{_person(rng, pool)} joins {rng.choice(pool.club_pool)}")
    day = date(2004, 1, 1) + timedelta(days=rng.randint(0, 365 * 21))
    kind = rng.random()
    stem = f"gen-{index:05d}"
    body = "\n\n".join(paras) + "\n"
    if kind < 0.4:
        return f"{stem}.md", f"---\ntitle: {title}\ndate: {day.isoformat()}\n---\n\n{body}"
    if kind < 0.8:
        return f"{stem}.txt", f" date {day.isoformat()}\n{title}\n\n{body}"
    return f"{stem}.txt", f"{title}\n\n{body}"


def generate_corpus(folder: Path, n_articles: int, seed: int, start: int = 0, pool: SourcePool | None = None) -> list[Path]:
    """Write articles ``start .. start+n_articles-1`` of the seed's sequence into folder.
    Article i depends only on (seed, i), so a corpus can be extended reproducibly."""
    pool = pool or source_pool()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i in range(start, start + n_articles):
        rng = random.Random(f"{seed}:{i}")
        name, text = generate_article(rng, pool, i)
        p = folder / name
        p.write_text(text, encoding="utf-8")
        written.append(p)
    return written
