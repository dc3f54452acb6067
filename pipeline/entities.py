"""Canonical entities: the gazetteer in models/ (ids, names, aliases, team variants)
and the rules that turn a surface form into a stable id."""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import MODELS_DIR, files_key

ENTITIES_FILE = "entities.jsonl"
VARIANTS_FILE = "team_variants.jsonl"
DEMONYMS_FILE = "demonyms.csv"
LEAGUES_FILE = "domestic_leagues.csv"
BIRTHS_FILE = "births.csv"  # known birth dates of gazetteer persons: they bound undated articles' dates

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_POSSESSIVE = re.compile(r"(?:'s|')$")


#: Letters that NFKD does not decompose into a base letter and an accent ("Ødegaard", "Łukasz").
_FOLD_LETTERS = str.maketrans({"Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ß": "ss",
                               "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe", "ı": "i"})


def fold(text: str) -> str:
    """Accent-fold to ASCII (Atlético -> Atletico, Ødegaard -> Odegaard)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKD", text.translate(_FOLD_LETTERS)).encode("ascii", "ignore").decode("ascii")


def slug(text: str) -> str:
    """Stable id from a name: lowercase ASCII, non-alphanumerics to single hyphens."""
    return _NON_ALNUM.sub("-", fold(text).lower()).strip("-")


def strip_possessive(text: str) -> str:
    return _POSSESSIVE.sub("", text.strip().replace("\u2019", "'")).strip()


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str  # person | team | competition | venue | org | media
    label: str  # spaCy entity label used for it
    aliases: tuple[str, ...] = ()
    attrs: dict = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class TeamVariant:
    suffix: str  # id suffix: atletico-madrid + b -> atletico-madrid-b
    name: str  # name suffix: Atletico Madrid + B
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class TopFlight:
    """A country's top league for men's or women's sides over a run of seasons (models/domestic_leagues.csv)."""

    countries: tuple[str, ...]  # the names teams and demonyms give the country ("United States", "USA")
    women: bool
    league: str  # competition id
    first_season: int  # the year the first season starts
    last_season: int | None  # None: still the top flight


@dataclass
class Gazetteer:
    entities: dict[str, Entity]
    variants: list[TeamVariant]
    demonyms: dict[str, str]  # lowercased demonym or country -> country
    top_flights: tuple[TopFlight, ...] = ()
    _womens: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _women_of: dict[str, str] | None = field(default=None, repr=False, compare=False)
    _womens_comps: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _countries: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _country_names: dict[str, str] | None = field(default=None, repr=False, compare=False)
    _cities: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    _domestic: dict[str, dict[str, "Entity"]] | None = field(default=None, repr=False, compare=False)

    def get(self, entity_id: str) -> Entity | None:
        if entity_id in self.entities:
            return self.entities[entity_id]
        base, _, suffix = entity_id.rpartition("-")
        var = next((v for v in self.variants if v.suffix == suffix), None)
        if var and base in self.entities:
            return self.variant(base, var)
        return None

    @property
    def womens_teams(self) -> frozenset[str]:
        """Ids that some club names as its women's team (``women_team``), or that name a club as
        their ``parent`` (every side listed with a parent is a club's women's side)."""
        if self._womens is None:
            self._womens = frozenset(self._women_team_of().values())
        return self._womens

    def women_team_of(self, team_id: str) -> str | None:
        """The id of the women's side the gazetteer lists for a club, if it lists one."""
        return self._women_team_of().get(team_id)

    def _women_team_of(self) -> dict[str, str]:
        if self._women_of is None:
            found = {e.attrs["parent"]: e.id for e in self.entities.values() if e.attrs.get("parent") in self.entities}
            found.update((e.id, e.attrs["women_team"]) for e in self.entities.values() if e.attrs.get("women_team"))
            self._women_of = found
        return self._women_of

    @property
    def domestic_names(self) -> dict[str, dict[str, "Entity"]]:
        """Lower-cased name several countries give their own competition ("super cup") -> country ->
        that country's competition (``domestic_names`` with ``domestic_country`` in entities.jsonl)."""
        if self._domestic is None:
            found: dict[str, dict[str, Entity]] = {}
            for e in self.entities.values():
                for name in e.attrs.get("domestic_names") or ():
                    found.setdefault(name.lower(), {})[e.attrs.get("domestic_country")] = e
            self._domestic = found
        return self._domestic

    @property
    def womens_competitions(self) -> frozenset[str]:
        """Ids of women's competitions: those some competition names as its ``women_competition``,
        and those whose name or an alias says "Women" ("National Women's Soccer League")."""
        if self._womens_comps is None:
            named = {e.attrs["women_competition"] for e in self.entities.values() if e.attrs.get("women_competition")}
            said = {e.id for e in self.entities.values() if e.type == "competition"
                    and any("women" in form.lower() for form in (e.name, *e.aliases))}
            self._womens_comps = frozenset(named | said)
        return self._womens_comps

    def top_flight(self, country: str, women: bool = False, season: int | None = None) -> str | None:
        """The id of the country's top league (its women's league for a women's side) in the season that
        starts in ``season`` ("the French league" of 1988 is Ligue 1; England's of 1991-92 the First
        Division); with no season, today's, or for a country whose league is no more ("the Yugoslav title"),
        its last."""
        rows = [t for t in self.top_flights if country in t.countries and t.women == women]
        if season is not None:
            rows = [t for t in rows if t.first_season <= season and (t.last_season is None or season <= t.last_season)]
        else:
            rows = [t for t in rows if t.last_season is None] or sorted(rows, key=lambda t: -t.last_season)[:1]
        return rows[0].league if rows else None

    def clubs_in(self, city: str) -> tuple[str, ...]:
        """Ids of the clubs whose ``city`` is ``city`` ("Turin": Juventus and Torino)."""
        return self.cities.get(city.lower(), ())

    @property
    def cities(self) -> dict[str, tuple[str, ...]]:
        """{lower-cased town: ids of the clubs the gazetteer gives that ``city``}, built once."""
        if self._cities is None:
            found: dict[str, list[str]] = {}
            for e in self.entities.values():
                if e.attrs.get("city"):
                    found.setdefault(e.attrs["city"].lower(), []).append(e.id)
            self._cities = {k: tuple(v) for k, v in found.items()}
        return self._cities

    @property
    def country_ids(self) -> frozenset[str]:
        """Ids of national sides: the slugs of the countries the demonyms name ("united-states")."""
        if self._countries is None:
            self._countries = frozenset(self.country_names)
        return self._countries

    @property
    def country_names(self) -> dict[str, str]:
        """Id of a national side -> the country's name, as the demonyms name it ("united-states" ->
        "United States"); built once (the claims of every article ask)."""
        if self._country_names is None:
            self._country_names = {slug(c): c for c in self.demonyms.values()}
        return self._country_names

    def variant(self, team_id: str, var: TeamVariant) -> Entity:
        """The team's variant ("Atletico Madrid B"); for the women's variant, the women's team the
        gazetteer names ("Real Madrid" -> Real Madrid Femenino), and a women's team is its own."""
        base = self.entities.get(team_id)
        if var.suffix == "women" and base is not None:
            own = self.women_team_of(base.id)
            if own in self.entities:
                return self.entities[own]
            if base.id in self.womens_teams:
                return base
        # "Spain national team" -> "Spain Women", as for a country side the gazetteer does not list
        name = base.name.removesuffix(" national team") if base else team_id.replace("-", " ").title()
        return Entity(
            id=f"{team_id}-{var.suffix}", name=f"{name} {var.name}", type="team", label="TEAM",
            attrs={"parent": team_id, **({"country": base.attrs.get("country")} if base else {})},
        )

    def ruler_patterns(self) -> list[dict]:
        """Entity-ruler phrase patterns: one per alias (and its accent-folded form), matched by
        exact spelling (a phrase matcher: a hash lookup a token, unlike token patterns), so
        that "Reds" and "Real" stay case sensitive; a leading "the" is matched in both cases
        ("The Reds" opens a sentence)."""
        pats: list[dict] = []
        for ent in self.entities.values():
            forms = {ent.name, *ent.aliases}
            forms |= {fold(f) for f in forms}
            if ent.type == "competition":  # "five FA Cups and two Champions Leagues"
                forms |= {f + "s" for f in forms if f.split()[-1] in PLURAL_COMPETITION_WORDS}
                # "the best player in Serie A." ends a sentence: the tokenizer keeps "A." as one token
                forms |= {f + "." for f in forms if len(f.split()[-1]) == 1 and f.split()[-1].isupper()}
            for form in sorted(forms):
                if not _alias_tokens(form):
                    continue
                variants = [form]
                if form[:4].lower() == "the ":
                    variants = ["the " + form[4:], "The " + form[4:]]
                for v in variants:
                    pats.append({"label": ent.label, "pattern": v, "id": ent.id})
        return pats


_TOKEN_SPLIT = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+|[^\sA-Za-z0-9\u00C0-\u024F]")


#: Last words of competition names that news writes in the plural when counting titles.
PLURAL_COMPETITION_WORDS = {"Cup", "League", "Trophy", "Shield", "Supercup", "Championship"}


def _alias_tokens(form: str) -> list[str]:
    """Split an alias the way spaCy's English tokenizer splits names (words, hyphens, dots)."""
    return _TOKEN_SPLIT.findall(form)


#: Gazetteers loaded in this process: every component and stage asks for one (six loads a model
#: build), and the tables do not change between those loads.
_LOADED: dict[str, tuple] = {}


def load_gazetteer(models_dir: Path = MODELS_DIR) -> Gazetteer:
    """The gazetteer of ``models_dir`` (loaded once a process while its files stay the same)."""
    key = files_key(models_dir, (ENTITIES_FILE, VARIANTS_FILE, DEMONYMS_FILE, LEAGUES_FILE))
    if _LOADED.get(key[0], (None,))[0] != key:  # one entry a folder: its latest files
        _LOADED[key[0]] = (key, _read_gazetteer(models_dir))
    return _LOADED[key[0]][1]


def _read_gazetteer(models_dir: Path) -> Gazetteer:
    entities: dict[str, Entity] = {}
    path = models_dir / ENTITIES_FILE
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            ent = Entity(
                id=row["id"], name=row["name"], type=row["type"], label=row["label"],
                aliases=tuple(row.get("aliases", ())),
                attrs={k: v for k, v in row.items() if k not in {"id", "name", "type", "label", "aliases"}},
            )
        except (ValueError, KeyError) as exc:
            raise ValueError(f"{path}:{n}: bad entity line ({exc})") from exc
        if ent.id != slug(ent.id):
            raise ValueError(f"{path}:{n}: id {ent.id!r} is not a slug")
        if ent.id in entities:
            raise ValueError(f"{path}:{n}: duplicate id {ent.id!r}")
        entities[ent.id] = ent
    variants = []
    vpath = models_dir / VARIANTS_FILE
    for n, line in enumerate(vpath.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            variants.append(TeamVariant(row["suffix"], row["name"], tuple(row["phrases"])))
    demonyms: dict[str, str] = {}
    dpath = models_dir / DEMONYMS_FILE
    for n, line in enumerate(dpath.read_text(encoding="utf-8").splitlines()):
        if n == 0 or not line.strip():
            continue
        country, *forms = [c.strip() for c in line.split(",")]
        for f in [country, *forms]:
            if f:
                demonyms[f.lower()] = country
        if " " in country or country.endswith("s"):
            demonyms.setdefault("the " + country.lower(), country)  # "of the Soviet Union", "the Netherlands"
    return Gazetteer(entities, variants, demonyms, load_top_flights(models_dir / LEAGUES_FILE, entities))


def load_top_flights(path: Path, entities: dict[str, Entity] | None = None) -> tuple[TopFlight, ...]:
    """models/domestic_leagues.csv: country (names joined by "|"), side (men | women), league id,
    first and last season (the years they start; no last season: still the top flight)."""
    import csv

    if not path.exists():
        return ()
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 2):
            try:
                side = row["side"].strip()
                if side not in {"men", "women"}:
                    raise ValueError(f"side {side!r} is neither men nor women")
                league = row["league"].strip()
                if entities is not None and league not in entities:
                    raise ValueError(f"league {league!r} is not in the gazetteer")
                last = row["last_season"].strip()
                rows.append(TopFlight(tuple(c.strip() for c in row["country"].split("|")), side == "women", league,
                                      int(row["first_season"]), int(last) if last else None))
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path}:{n}: bad league row ({exc})") from exc
    return tuple(rows)
