"""Claim patterns: models/claim_patterns.jsonl, one rule a line.

A rule is a spaCy ``Matcher`` token pattern plus what the match means::

    {"id": "age.appositive", "predicate": "age", "pattern": [...],
     "subject": "person", "object": null, "value": "number",
     "time": "article", "time_kind": "as_of", "confidence": 0.95}

Pattern tokens may carry ``"ROLE"`` (``value``, ``value2``, ``subject``,
``object``, ``trigger``): the role is read back through the matcher's
alignments, so quantifiers (``"OP"``) do not break it. ``IN`` lists may name a
word list of models/wordlists.json as ``"@name"``.
"""
from __future__ import annotations

import copy
import csv
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.config import MODELS_DIR, files_key

PATTERNS_FILE = "claim_patterns.jsonl"
WORDLISTS_FILE = "wordlists.json"

SUBJECT_STRATEGIES = {"person", "team", "role", "person_or_team"}
OBJECT_STRATEGIES = {None, "team_right", "team_left", "team_near", "competition_right", "competition_near", "team_context", "role", "org_left", "vacancy", "competition_article", "team_possessed", "team_of_owner", "national_side", "team_coached", "team_clause_subject", "competition_default", "team_appointer", "team_held"}
VALUE_KINDS = {"number", "ordinal", "role", "year", "none", "origin_team", "demonym", "season", "fixed", "date",
               "last_place"}
TIME_POLICIES = {"article", "sentence", "sentence_or_article"}
TIME_KINDS = {"as_of", "event", "start", "end", "interval"}
ROLES = {"value", "value2", "subject", "object", "trigger"}


@dataclass(frozen=True)
class ClaimRule:
    id: str
    predicate: str
    pattern: list
    roles: dict = field(hash=False)  # pattern token index -> role
    subject: str = "person"
    object: str | None = None
    value: str = "number"
    predicate2: str | None = None  # predicate of the value2 role (goals + appearances)
    time: str = "article"
    time_kind: str = "as_of"
    confidence: float = 0.9
    value_default: str = ""
    player_predicate: str | None = None  # predicate instead, when the subject is not known as a coach in the article
    object_default: str | None = None  # competition_default: the gazetteer id the rule's words name ("world champion")
    modality: str | None = None  # "hypothetical": speculation by its words ("linked with the vacancy"), unless negated;
    # "asserted": a noun phrase presupposes it ("Tottenham's X"), whatever its sentence says


def load_wordlists(models_dir: Path = MODELS_DIR) -> dict[str, list[str]]:
    """models/wordlists.json plus ``demonyms`` (lowercased, from the gazetteer's demonyms.csv)."""
    words = json.loads((models_dir / WORDLISTS_FILE).read_text(encoding="utf-8"))
    from pipeline.entities import DEMONYMS_FILE

    forms = set()
    for n, line in enumerate((models_dir / DEMONYMS_FILE).read_text(encoding="utf-8").splitlines()):
        if n and line.strip():
            forms |= {f.strip().lower() for f in line.split(",")[1:] if f.strip()}
    words.setdefault("demonyms", sorted(forms))
    return words


def _expand(obj, words: dict[str, list[str]], where: str):
    if isinstance(obj, dict):
        return {k: _expand([v] if isinstance(v, str) and v.startswith("@") else v, words, where) for k, v in obj.items()}
    if isinstance(obj, list):
        out = []
        for item in obj:
            if isinstance(item, str) and item.startswith("@"):
                if item[1:] not in words:
                    raise ValueError(f"{where}: unknown word list {item!r}")
                out.extend(list(words[item[1:]]))
            else:
                out.append(_expand(item, words, where))
        return out
    return obj


VERB_LEMMAS_FILE = "verb_lemmas.csv"


def load_verb_lemmas(models_dir: Path = MODELS_DIR) -> dict[str, str]:
    """form -> lemma for the verbs the claim rules name (each lemma is its own form too)."""
    table: dict[str, str] = {}
    with (models_dir / VERB_LEMMAS_FILE).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            lemma = row["lemma"].strip().lower()
            table[lemma] = lemma
            for form in row["forms"].split():
                table.setdefault(form.lower(), lemma)
    return table


#: Claim rules loaded in this process (the claim matcher and the claims stage both ask for them).
_LOADED_RULES: dict[str, tuple] = {}


def load_claim_rules(models_dir: Path = MODELS_DIR) -> list[ClaimRule]:
    """The rules of ``models_dir`` (read once a process while its files stay the same; a new list
    each call, of the same rules)."""
    key = files_key(models_dir, (PATTERNS_FILE, WORDLISTS_FILE, "demonyms.csv"))  # the files _expand reads
    if _LOADED_RULES.get(key[0], (None,))[0] != key:  # one entry a folder: its latest files
        _LOADED_RULES[key[0]] = (key, tuple(_read_claim_rules(models_dir)))
    return list(_LOADED_RULES[key[0]][1])


def _read_claim_rules(models_dir: Path) -> list[ClaimRule]:
    words = load_wordlists(models_dir)
    path = models_dir / PATTERNS_FILE
    rules: list[ClaimRule] = []
    seen: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        where = f"{path.name}:{n}"
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise ValueError(f"{where}: not JSON ({exc})") from exc
        for key in ("id", "predicate", "pattern"):
            if key not in row:
                raise ValueError(f"{where}: missing {key!r}")
        if row["id"] in seen:
            raise ValueError(f"{where}: duplicate rule id {row['id']!r}")
        seen.add(row["id"])
        roles, pattern = {}, []
        for i, tok in enumerate(row["pattern"]):
            tok = copy.deepcopy(tok)
            role = tok.pop("ROLE", None)
            if role is not None:
                if role not in ROLES:
                    raise ValueError(f"{where}: unknown ROLE {role!r}")
                roles[i] = role
            pattern.append(_expand(tok, words, where))
        rule = ClaimRule(
            id=row["id"], predicate=row["predicate"], pattern=pattern, roles=roles,
            subject=row.get("subject", "person"), object=row.get("object"),
            value=row.get("value", "number"), predicate2=row.get("predicate2"),
            time=row.get("time", "article"), time_kind=row.get("time_kind", "as_of"),
            confidence=float(row.get("confidence", 0.9)), value_default=row.get("value_default", ""),
            player_predicate=row.get("player_predicate"), modality=row.get("modality"),
            object_default=row.get("object_default"),
        )
        if (rule.object == "competition_default") != bool(rule.object_default):
            raise ValueError(f"{where}: object competition_default goes with object_default, and only it")
        for attr, allowed in (("subject", SUBJECT_STRATEGIES), ("object", OBJECT_STRATEGIES),
                              ("value", VALUE_KINDS), ("time", TIME_POLICIES), ("time_kind", TIME_KINDS)):
            if getattr(rule, attr) not in allowed:
                raise ValueError(f"{where}: {attr} {getattr(rule, attr)!r} not one of {sorted(map(str, allowed))}")
        rules.append(rule)
    return rules


#: Token attributes whose literal values can anchor a rule (a word the sentence must contain).
#: Function words are in nearly every sentence: they make poor anchors.
ANCHOR_STOP = frozenset("""a an the this that these those his her their its my our your to for in at of on by with
from as into onto and or but if is are was were be been being has have had do does did he she they it we i you who
which what there here not no""".split())
ANCHOR_ATTRS = ("LOWER", "LEMMA", "ORTH")


def anchor(pattern: list) -> tuple[str, frozenset[str]] | None:
    """The most selective word a match of ``pattern`` must contain: (attribute, allowed values)
    of a mandatory token (no ``OP``, or ``+``) whose LOWER, LEMMA or ORTH is a literal or an
    ``IN`` list of content words; else ("LIKE_NUM", {}) when a mandatory token is a number;
    None when no token qualifies (a rule of entity types, punctuation and function words)."""
    best = None
    for tok in pattern:
        if tok.get("OP") not in (None, "+"):
            continue
        for attr in ANCHOR_ATTRS:
            spec = tok.get(attr)
            if isinstance(spec, str):
                values = frozenset([spec])
            elif isinstance(spec, dict) and set(spec) == {"IN"}:
                values = frozenset(spec["IN"])
            else:
                continue
            if not all(any(ch.isalpha() for ch in v) and v.lower() not in ANCHOR_STOP for v in values):
                continue  # punctuation and function words are in nearly every sentence
            if attr == "LOWER" or attr == "LEMMA":
                values = frozenset(v.lower() for v in values)
            if best is None or len(values) < len(best[1]):
                best = (attr, values)
    if best is None and any(tok.get("LIKE_NUM") is True and tok.get("OP") in (None, "+") for tok in pattern):
        return ("LIKE_NUM", frozenset())  # no word, but a number: sentences without one cannot match
    return best


def requirements(pattern: list) -> tuple[tuple[frozenset[str], ...], bool, tuple[frozenset[str], ...]]:
    """What a sentence must hold for ``pattern`` to match in it, as (word sets, number,
    entity-type sets): each mandatory token (no ``OP``, or ``+``) whose LOWER, LEMMA, ORTH or
    TEXT is a literal or an ``IN`` list gives a set of which one word must be there (any
    attribute: a word is a word); a mandatory ``LIKE_NUM`` token asks for a number; a mandatory
    ``ENT_TYPE`` (literal, or an ``IN`` list without "") for a token of one of those types.
    Every value is kept as written: the Matcher compares them exactly."""
    words, ents, number = [], [], False
    for tok in pattern:
        if tok.get("OP") not in (None, "+"):
            continue
        for attr in ("LOWER", "LEMMA", "ORTH", "TEXT"):
            spec = tok.get(attr)
            if isinstance(spec, str):
                words.append(frozenset([spec]))
            elif isinstance(spec, dict) and set(spec) == {"IN"} and not isinstance(spec["IN"], str):
                words.append(frozenset(spec["IN"]))
        ent = tok.get("ENT_TYPE")
        if isinstance(ent, str) and ent:
            ents.append(frozenset([ent]))
        elif isinstance(ent, dict) and set(ent) == {"IN"} and not isinstance(ent["IN"], str) and "" not in ent["IN"]:
            ents.append(frozenset(ent["IN"]))
        number = number or tok.get("LIKE_NUM") is True
    return tuple(dict.fromkeys(words)), number, tuple(dict.fromkeys(ents))


#: Width of a pattern token with no upper bound on how many tokens it matches.
UNBOUNDED = 10 ** 6


def _token_width(tok: dict) -> tuple[int, int]:
    """How many tokens one pattern token can match at most, as (tokens, entity runs): a ``+`` or
    ``*`` token that requires an entity type spans at most one run of entity tokens (counted in
    the second field, sized per Doc); other ``+``, ``*`` and ``{n,}`` tokens are ``UNBOUNDED``."""
    op = tok.get("OP")
    if op in (None, "!", "?"):
        return 1, 0
    ent = tok.get("ENT_TYPE")
    in_entity = (isinstance(ent, str) and ent != "") or \
        (isinstance(ent, dict) and set(ent) == {"IN"} and "" not in ent["IN"])
    if op in ("+", "*"):
        return (0, 1) if in_entity else (UNBOUNDED, 0)
    m = re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)
    if m is None:
        raise ValueError(f"unknown OP {op!r}")
    lo, comma, hi = m.groups()
    if hi:
        return int(hi), 0
    if comma:
        return (0, 1) if in_entity else (UNBOUNDED, 0)
    return int(lo), 0


def _width(tokens: list) -> tuple[int, int]:
    fixed = runs = 0
    for tok in tokens:
        f, r = _token_width(tok)
        fixed, runs = min(UNBOUNDED, fixed + f), runs + r
    return fixed, runs


def anchor_reach(pattern: list, found: tuple[str, frozenset[str]]) -> tuple[tuple[int, int], tuple[int, int]]:
    """How far a match of ``pattern`` can reach before and after a token that carries its
    anchor ``found`` (as returned by :func:`anchor`): ((tokens, entity runs) before, (tokens,
    entity runs) after), tokens at most ``UNBOUNDED``. With L the longest run of entity tokens
    in a sentence, a match in it lies within [first anchor token - tokens - runs * L, last anchor token +
    tokens + runs * L], so the Matcher need only see that stretch of the sentence."""
    attr, values = found
    reach = None
    for k, tok in enumerate(pattern):
        if tok.get("OP") not in (None, "+"):
            continue
        if attr == "LIKE_NUM":
            carries = tok.get("LIKE_NUM") is True
        else:
            spec = tok.get(attr)
            own = frozenset([spec]) if isinstance(spec, str) else \
                frozenset(spec["IN"]) if isinstance(spec, dict) and set(spec) == {"IN"} else None
            if own is not None and attr in ("LOWER", "LEMMA"):
                own = frozenset(v.lower() for v in own)
            carries = own == values
        if carries:  # the anchor may be any token that carries it: take the widest reach
            before, after = _width(pattern[:k]), _width(pattern[k + 1:])
            reach = (before, after) if reach is None else \
                (tuple(map(max, reach[0], before)), tuple(map(max, reach[1], after)))
    if reach is None:
        raise ValueError(f"pattern has no token carrying its anchor {found!r}")
    return reach


#: Token attributes whose ``IN`` list in a pattern's first token :func:`split_first` spreads
#: over one pattern per value (each a plain test the Matcher makes in C).
SPLIT_ATTRS = ("LOWER", "ORTH", "LEMMA", "ENT_TYPE", "POS", "TAG")


def split_first(pattern: list[dict]) -> list[list[dict]]:
    """``pattern`` as one pattern per value of its first token's ``IN`` list(s) (all combinations,
    when the first token has more than one). The Matcher tries every pattern's first token at
    every token it is given, so a Python ``IN`` test there runs at every token; one plain test
    per value costs far less. A first token with an ``OP`` is left as it is: an optional one
    ("?", "*") would let every variant report the same matches, and a repeated one ("+", "{n,m}")
    may take a different value at each repetition."""
    first = pattern[0]
    if "OP" in first:
        return [pattern]
    specs = [{}]
    for attr, test in first.items():
        if attr in SPLIT_ATTRS and isinstance(test, dict) and set(test) == {"IN"} and isinstance(test["IN"], (list, tuple)):
            specs = [{**s, attr: v} for s in specs for v in dict.fromkeys(test["IN"])]
        else:
            specs = [{**s, attr: test} for s in specs]
    return [[s, *pattern[1:]] for s in specs]
