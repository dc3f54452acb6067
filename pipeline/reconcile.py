"""Corpus half, part 2: reconcile claims across articles and years.

``reconcile(claims, predicates) -> (facts, conflicts)`` is pure. How each
predicate is reconciled comes from models/predicates.csv (``method``):

- ``age-to-birth-window``: an age N on date D means born in (D - N - 1 years,
  D - N years]; windows are intersected across sources: ``consistent`` when they
  overlap, else ``conflict`` naming the source(s) out of line; a birth date known
  from models/births.csv is reported against the window (inside it, or outside: a
  source or the person's identification is wrong), never put in its place;
- ``latest-as-of``: a changing fact (league position, head coach, goals) ordered
  by valid time: the latest is ``current`` (rank preferred), earlier ones
  ``superseded``; different values for the same time are a ``conflict``;
- ``vote``: a fixed fact: one value agreed, or a conflict;
- ``events``: things that happened (transfers, appointments): one row per
  distinct event, backed by every source that states it.

Hypothetical claims never become facts; negated claims only contradict.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from pipeline.config import MODELS_DIR
from pipeline.records import Conflict, Fact

PREDICATES_FILE = "predicates.csv"
FACT_MODALITIES = {"asserted", "reported"}


@dataclass(frozen=True)
class PredicateInfo:
    predicate: str
    subject_type: str
    object_type: str
    value_type: str
    wikidata: str
    time_varying: bool
    functional: bool
    method: str


def load_predicates(models_dir: Path = MODELS_DIR) -> dict[str, PredicateInfo]:
    out = {}
    with (models_dir / PREDICATES_FILE).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[row["predicate"]] = PredicateInfo(
                row["predicate"], row["subject_type"], row["object_type"], row["value_type"], row["wikidata"],
                row["time_varying"] == "yes", row["functional"] == "yes", row["method"],
            )
    return out


def _years_before(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # 29 February
        return d.replace(year=d.year - n, day=28)


def birth_window(age: int, lo: date, hi: date) -> tuple[date, date]:
    """Someone aged ``age`` on every day of [lo, hi] was born in this closed interval."""
    return _years_before(lo, age + 1) + timedelta(days=1), _years_before(hi, age)


def _d(s: str) -> date | None:
    return date.fromisoformat(s) if s else None


def _ids(claims) -> str:
    return ";".join(c["claim_id"] for c in claims)


def _n_sources(claims) -> int:
    """Distinct sources: near-duplicate articles (syndicated copies) share a ``source_group``."""
    return len({c.get("source_group") or c["article_id"] for c in claims})


def _articles(claims) -> str:
    return ";".join(sorted({c["article_id"] for c in claims}))


#: Every claim field that reconciliation reads: a group's result depends on these alone (a memo of
#: group results is keyed by them; tests/pipeline/test_reconcile.py checks the list).
CLAIM_FIELDS = ("claim_id", "article_id", "subject_id", "subject", "predicate", "object_id", "object", "value",
                "time_start", "time_end", "time_kind", "modality", "source_group")


def usable_claims(claims: list[dict]) -> list[dict]:
    """The claims that can become facts (asserted or reported, with a subject)."""
    return [c for c in claims if c["modality"] in FACT_MODALITIES and c["subject_id"]]


def group_key(predicates: dict[str, PredicateInfo]):
    """c -> the key of what a usable claim is about; each group of one key is reconciled on its own."""
    kinds: dict[str, str] = {}  # how each predicate's claims are keyed (looked up once a predicate)

    def key(c: dict) -> tuple:
        p = c["predicate"]
        kind = kinds.get(p)
        if kind is None:
            info = predicates.get(p)
            method = info.method if info else "events"
            if method == "events":
                kind = "value"
            elif p == "league_position" or p == "points" or method in {"vote", "intersect"}:
                kind = "subject"  # one table place at a time, whatever the league's name
            else:
                kind = "object"
            kinds[p] = kind
        if kind == "value":
            return (p, c["subject_id"], c["object_id"], c["value"])
        if kind == "subject":
            return (p, c["subject_id"], "")
        return (p, c["subject_id"], c["object_id"])

    return key


def claim_groups(usable: list[dict], predicates: dict[str, PredicateInfo]) -> dict[tuple, list[dict]]:
    """Usable claims by the key of what they are about (:func:`group_key`)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    key = group_key(predicates)
    for c in usable:
        groups[key(c)].append(c)
    return groups


def role_key(c: dict) -> tuple | None:
    """(person, team) of a claim that is evidence of a head-coach tenure, else None."""
    if c["predicate"] in ROLE_EVIDENCE and c["object_id"]:
        return (c["subject_id"], c["object_id"])
    return None


def reconcile_group(key: tuple, group: list[dict], predicates: dict[str, PredicateInfo],
                    births: dict | None = None, births_dated: frozenset = frozenset()) -> tuple[list[Fact], list[Conflict]]:
    """One group's facts and conflicts (depends on the group's claims alone, and for ages on the
    subject's known birth date in ``births``, id -> (first, last) possible day, and on which of
    their articles a known birth date dated, ``births_dated``)."""
    info = predicates.get(key[0])
    method = info.method if info else "events"
    if method == "age-to-birth-window":
        return _ages(group, (births or {}).get(group[0]["subject_id"]), births_dated)
    if method == "latest-as-of":
        return _latest(group)
    if method in {"vote", "intersect"}:
        return _vote(group)
    return _events(group)


def reconcile(claims: list[dict], predicates: dict[str, PredicateInfo],
              births: dict | None = None, births_dated: frozenset = frozenset()) -> tuple[list[Fact], list[Conflict]]:
    usable = usable_claims(claims)
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    groups = claim_groups(usable, predicates)
    for key in sorted(groups):
        f, k = reconcile_group(key, groups[key], predicates, births, births_dated)
        facts.extend(f)
        conflicts.extend(k)
    f, k = tenures(usable)
    return facts + f, conflicts + k


ROLE_EVIDENCE = {"appointed", "head_coach_of", "left_role"}


def roles_by_person(claims: list[dict]) -> list[tuple[str, list[tuple[tuple, list[dict]]]]]:
    """Role evidence (appointments, as-of statements, departures) per person, in person order,
    and per (person, team) within: each person's tenures depend on their own claims alone."""
    by_role: dict[tuple, list[dict]] = defaultdict(list)
    for c in claims:
        rk = role_key(c)
        if rk is not None:
            by_role[rk].append(c)
    out: list[tuple[str, list]] = []
    for key, cs in sorted(by_role.items()):
        if not out or out[-1][0] != key[0]:
            out.append((key[0], []))
        out[-1][1].append((key, cs))
    return out


def tenures(claims: list[dict]) -> tuple[list[Fact], list[Conflict]]:
    """Head-coach tenures built from appointments (start), as-of statements and
    departures (end), per person and team; two tenures of one person that overlap
    in time are flagged, never merged."""
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    for _, roles in roles_by_person(claims):
        f, k = person_tenures(roles)
        facts.extend(f)
        conflicts.extend(k)
    return facts, conflicts


def person_tenures(roles: list[tuple[tuple, list[dict]]]) -> tuple[list[Fact], list[Conflict]]:
    """One person's tenures, from [((person, team), claims)] sorted by team, and their overlaps."""
    spans = [sp for sp in (tenure_span(key, cs) for key, cs in roles) if sp is not None]
    ids = _ids_once()
    conflicts = []
    for i, j in tenure_overlaps(spans):
        mark_overlap(spans[i], spans[j], ids)
        conflicts.append(overlap_conflict(spans[i], spans[j], ids))
    return [sp[4] for sp in spans], conflicts


def tenure_span(key: tuple, cs: list[dict]) -> tuple | None:
    """(person, team, from, to, fact, claims) of one person's tenure at one team (depends on its
    claims alone), or None when they do not show the person was head coach there."""
    person, team = key
    starts = sorted(c["time_start"] or c["time_end"] for c in cs if c["predicate"] == "appointed" and (c["time_start"] or c["time_end"]))
    ends = sorted(_end_of(c) for c in cs if _end_of(c))
    held = [c for c in cs if c["predicate"] == "head_coach_of" and c["time_kind"] == "as_of" and c["time_start"]]
    if not any(c["predicate"] in {"appointed", "head_coach_of"} for c in cs) or not (starts or ends or held):
        return None  # a departure alone does not say the person was head coach
    to = ends[-1] if ends else ""
    held = [c for c in held if not to or c["time_start"] <= to]  # a report dated after the end says nothing of the start
    frm = starts[0] if starts else (min(c["time_start"] for c in held) if held else "")
    last_seen = max((c["time_end"] for c in held), default="")
    c0 = cs[0]
    bits = []
    if starts:
        bits.append("appointed " + " and ".join(dict.fromkeys(starts)))
    if held:
        bits.append(f"in post as of {last_seen}")
    if ends:
        bits.append(f"left by {to}")
    status = "consistent" if _n_sources(cs) > 1 else "single_source"
    expl = f"{c0['subject']} at {c0['object']}: " + ", ".join(bits) + f" ({_articles(cs)})."
    facts_row = _fact(c0, "head coach tenure", status, "normal", cs, [], "tenure", expl, frm, to,
                      predicate="head_coach_of")
    # a tenure is known to last from its start to its end, or to the last report of it; an
    # appointment with nothing after it proves only its start (a later job elsewhere is no contradiction)
    return (person, team, frm, to or last_seen or frm, facts_row, cs)


def tenure_overlaps(spans: list[tuple]) -> list[tuple[int, int]]:
    """Pairs (i, j), i < j, of one person's tenures that overlap, in the order of a plain double loop."""
    found = []
    order = sorted(range(len(spans)), key=lambda k: spans[k][2] or "0000")
    for x, i in enumerate(order):  # sweep by start: a tenure only meets those starting before it ends
        for j in order[x + 1:]:
            if (spans[j][2] or "0000") >= spans[i][3]:
                break
            found.append((min(i, j), max(i, j)))
    pairs = []
    for i, j in sorted(found):
        (p1, t1, f1, e1, _, _), (p2, t2, f2, e2, _, _) = spans[i], spans[j]
        if t1 == t2 or not (f1 or f2):
            continue
        if (f1 or "0000") < e2 and (f2 or "0000") < e1:  # each started before the other ended
            pairs.append((i, j))
    return pairs


def _ids_once():
    """_ids with a cache: one person's tenures meet each other many times: join their ids once."""
    ids_of: dict[int, str] = {}

    def ids(cs) -> str:
        if id(cs) not in ids_of:
            ids_of[id(cs)] = _ids(cs)
        return ids_of[id(cs)]

    return ids


def mark_overlap(span1: tuple, span2: tuple, ids) -> None:
    """Two overlapping tenures: both facts become conflicts naming each other."""
    fact1, fact2 = span1[4], span2[4]
    fact1.status = fact2.status = "conflict"
    fact1.contradicting_claim_ids = ids(span2[5])
    fact2.contradicting_claim_ids = ids(span1[5])
    fact1.explanation += f" Overlaps {fact2.object}: check the dates."
    fact2.explanation += f" Overlaps {fact1.object}: check the dates."


def overlap_conflict(span1: tuple, span2: tuple, ids) -> Conflict:
    """The conflict row of two overlapping tenures (depends on the two tenures alone)."""
    (p1, t1, f1, e1, fact1, cs1), (p2, t2, f2, e2, fact2, cs2) = span1, span2
    reason = (f"overlapping head-coach tenures: {fact1.object} {f1}..{e1[:10] if e1 != '9999-12-31' else 'open'} "
              f"and {fact2.object} {f2}..{e2[:10] if e2 != '9999-12-31' else 'open'}")
    return Conflict(subject=fact1.subject, predicate="head_coach_of",
                    object=f"{fact1.object}; {fact2.object}",
                    values=f"{fact1.object} {f1}..{fact1.valid_to or 'open'}; {fact2.object} {f2}..{fact2.valid_to or 'open'}",
                    claim_ids=ids(cs1) + ";" + ids(cs2), article_ids=_articles(cs1 + cs2), reason=reason,
                    subject_id=p1, object_id=f"{t1};{t2}")


def _end_of(c: dict) -> str:
    """When a role ended: a departure's time, or the start of the period a role lasted "until"."""
    if c["predicate"] == "left_role":
        return c["time_end"] or c["time_start"]
    if c["predicate"] == "head_coach_of" and c["time_kind"] == "end":
        return c["time_start"] or c["time_end"]
    return ""


def _fact(c0, value, status, rank, support, contra, method, explanation, valid_from="", valid_to="",
          predicate=None) -> Fact:
    return Fact(
        subject_id=c0["subject_id"], subject=c0["subject"], predicate=predicate or c0["predicate"],
        object_id=c0["object_id"], object=c0["object"], value=value, valid_from=valid_from, valid_to=valid_to,
        status=status, rank=rank, n_sources=_n_sources(support), supporting_claim_ids=_ids(support),
        contradicting_claim_ids=_ids(contra), method=method, explanation=explanation,
    )


def _ages(group: list[dict], known: tuple | None = None,
          births_dated: frozenset = frozenset()) -> tuple[list[Fact], list[Conflict]]:
    facts, conflicts = [], []
    windows = []
    for c in group:
        lo, hi = _d(c["time_start"]), _d(c["time_end"])
        if lo and hi:
            windows.append((birth_window(int(c["value"]), lo, hi), c))
    c0 = group[0]
    if windows:
        # the point covered by most windows: those not covering it are out of line
        points = sorted({w[0][0] for w in windows} | {w[0][1] for w in windows})
        best = max(points, key=lambda p: (sum(1 for (a, b), _ in windows if a <= p <= b), -points.index(p)))
        agree = [(w, c) for w, c in windows if w[0] <= best <= w[1]]
        odd = [(w, c) for w, c in windows if not (w[0] <= best <= w[1])]
        lo = max(w[0] for w, _ in agree)
        hi = min(w[1] for w, _ in agree)
        support = [c for _, c in agree]
        contra = [c for _, c in odd]
        ages = ", ".join(f"{c['value']} on {c['time_start'] if c['time_start'] == c['time_end'] else c['time_start'] + '..' + c['time_end']}" for c in support)
        if odd:
            status = "conflict"
            expl = (f"Ages {ages} imply birth between {lo} and {hi}, but "
                    + "; ".join(f"{c['article_id']} says {c['value']} on {c['time_start']}..{c['time_end']}" for c in contra)
                    + ", which cannot hold with them." + (" " + _against_known(known, agree, odd, births_dated) if known else ""))
            conflicts.append(Conflict(
                subject=c0["subject"], predicate="date_of_birth", object="",
                values="; ".join(f"{c['value']} ({c['article_id']})" for c in support + contra),
                claim_ids=_ids(support + contra), article_ids=_articles(support + contra),
                reason=expl, subject_id=c0["subject_id"]))
        else:
            status = "consistent" if _n_sources(support) > 1 else "single_source"
            expl = (f"Ages {ages} all fit a birth date between {lo} and {hi}."
                    if len(support) > 1 else f"Age {ages} means born between {lo} and {hi}.")
            if known:
                expl += " " + _against_known(known, agree, odd, births_dated)
        facts.append(_fact(c0, f"{lo.isoformat()}..{hi.isoformat()}", status, "preferred" if status != "conflict" else "normal",
                           support, contra, "age-to-birth-window", expl, predicate="date_of_birth"))
    # the ages themselves: a changing fact
    f, k = _latest(group)
    facts.extend(f)
    return facts, conflicts


def _against_known(known: tuple, agree: list, odd: list, births_dated: frozenset) -> str:
    """The known birth date (models/births.csv) said against the window of the agreeing sources'
    ages, leaving out the ages of articles that the known date itself dated (``births_dated``:
    checking them against it would only read it back); in a conflict, also which odd source's
    age it fits."""
    k_lo, k_hi = known
    said = k_lo.isoformat() if k_lo == k_hi else f"{k_lo.isoformat()}..{k_hi.isoformat()}"
    fits = [c["article_id"] for (a, b), c in odd if a <= k_lo and k_hi <= b and c["article_id"] not in births_dated]
    also = f" It fits the age {', '.join(fits)} gives." if fits else ""
    own = [w for w, c in agree if c["article_id"] not in births_dated]
    if not own:
        return f"The known birth date, {said}, dated the articles these ages come from, so it is not checked against them." + also
    lo, hi = max(w[0] for w in own), min(w[1] for w in own)
    if lo <= k_lo and k_hi <= hi:
        return f"The known birth date, {said}, lies inside." + also
    if k_hi < lo or hi < k_lo:
        return f"The known birth date, {said}, lies outside: a source, or which person it means, is wrong." + also
    return f"The known birth date, {said}, overlaps it." + also


def _moment_key(c) -> tuple:
    return (c["time_start"], c["time_end"])


def _num(value: str) -> str:
    return value.split(" (")[0].strip()


def _describe(c: dict, value: str | None = None) -> str:
    value = c["value"] if value is None else value
    obj = f" {c['object']}" if c["object"] else ""
    return f"{c['predicate'].replace('_', ' ')}{obj}" + (f" {value}" if value else "")


#: Predicates whose value is a wording of the role ("coach", "manager"), not a different state.
ROLE_VALUED = {"head_coach_of", "coaching_staff_of"}


def _state_value(c: dict) -> str:
    return "" if c["predicate"] in ROLE_VALUED else _num(c["value"])


def _latest(group: list[dict]) -> tuple[list[Fact], list[Conflict]]:
    """Order a changing fact by valid time. Consecutive reports of the same value are one
    state; the latest state is current, earlier ones superseded; different values for
    the same time are a conflict. A role that ended ("until this season") is left to tenures."""
    facts, conflicts = [], []
    group = [c for c in group if c.get("time_kind") != "end"]
    if not group:
        return facts, conflicts
    dated = [c for c in group if c["time_start"] or c["time_end"]]
    undated = [c for c in group if not (c["time_start"] or c["time_end"])]
    moments: dict[tuple, list[dict]] = defaultdict(list)
    for c in dated:
        moments[_moment_key(c)].append(c)
    order = sorted(moments, key=lambda k: (k[1] or k[0], k[0] or k[1]))
    c0 = group[0]
    states: list[dict] = []  # runs of one value: {"value", "claims", "from", "to", "outvoted"}
    for mkey in order:
        cs = moments[mkey]
        values = defaultdict(list)
        for c in cs:
            values[_state_value(c)].append(c)
        values, outvoted = _asserted_wins(values)
        when = mkey[0] if mkey[0] == mkey[1] else f"{mkey[0]}..{mkey[1]}"
        if len(values) > 1:
            for v, vcs in values.items():
                others = [c for c in cs if c not in vcs]
                facts.append(_fact(vcs[0], vcs[0]["value"], "conflict", "normal", vcs, others, "latest-as-of",
                                   f"Sources disagree on {_describe(c0, '')} for {when}: "
                                   + ", ".join(f"{vv} ({_articles(x)})" for vv, x in values.items()) + ".",
                                   mkey[0], mkey[1]))
            conflicts.append(Conflict(
                subject=c0["subject"], predicate=c0["predicate"], object=c0["object"],
                values="; ".join(f"{v} ({_articles(x)})" for v, x in values.items()), claim_ids=_ids(cs),
                article_ids=_articles(cs), reason=f"different values for the same time ({when})",
                subject_id=c0["subject_id"], object_id=c0["object_id"]))
            continue
        v, vcs = next(iter(values.items()))
        if states and states[-1]["value"] == v:
            st = states[-1]
            st["claims"] += vcs
            st["outvoted"] += outvoted
            st["to"] = max(st["to"], mkey[1] or mkey[0])
        else:
            states.append({"value": v, "claims": list(vcs), "from": mkey[0] or mkey[1], "to": mkey[1] or mkey[0],
                           "outvoted": list(outvoted)})
    for i, st in enumerate(states):
        latest = i == len(states) - 1
        cs = st["claims"]
        when = st["from"] if st["from"] == st["to"] else f"{st['from']}..{st['to']}"
        text = _describe(cs[0])
        if latest:
            expl = f"{text} as of {when}, the latest dated state"
        else:
            nxt = states[i + 1]
            expl = f"{text} as of {when}, superseded by {nxt['claims'][0]['value'] or 'a later report'} as of {nxt['from']}"
        if _n_sources(cs) > 1:
            expl += f", reported by {_n_sources(cs)} sources"
        if st["outvoted"]:
            expl += f"; asserted reports outweigh {len(st['outvoted'])} attributed one(s) saying otherwise"
        facts.append(_fact(cs[-1], cs[-1]["value"], "current" if latest else "superseded",
                           "preferred" if latest else "normal", cs, st["outvoted"], "latest-as-of", expl + ".",
                           st["from"], st["to"]))
    if undated:
        values = defaultdict(list)
        for c in undated:
            values[_num(c["value"])].append(c)
        for v, vcs in values.items():
            facts.append(_fact(vcs[0], vcs[0]["value"], "consistent" if _n_sources(vcs) > 1 else "single_source",
                               "normal", vcs, [], "undated",
                               f"{_describe(vcs[0])} from articles whose date is unknown "
                               f"({_articles(vcs)}), so it cannot be ordered against dated reports."))
    return facts, conflicts


def _asserted_wins(values: dict) -> tuple[dict, list[dict]]:
    """Attributed ("reported") claims never outvote asserted ones: when exactly one
    value is asserted, the other values become contradicting evidence, not a conflict."""
    asserted = {v: cs for v, cs in values.items() if any(c["modality"] == "asserted" for c in cs)}
    if len(values) > 1 and len(asserted) == 1:
        (v, cs), = asserted.items()
        return {v: cs}, [c for vv, ccs in values.items() if vv != v for c in ccs]
    return values, []


def _vote(group: list[dict]) -> tuple[list[Fact], list[Conflict]]:
    values = defaultdict(list)
    for c in group:
        values[c["value"]].append(c)
    c0 = group[0]
    values, outvoted = _asserted_wins(values)
    if len(values) == 1:
        v, cs = next(iter(values.items()))
        status = "consistent" if _n_sources(cs) > 1 else "single_source"
        note = f" An asserted report outweighs {len(outvoted)} attributed one(s)." if outvoted else ""
        return [_fact(cs[0], v, status, "preferred", cs, outvoted, "vote",
                      f"{_n_sources(cs)} source(s) give {c0['predicate'].replace('_', ' ')} {v}.{note}")], []
    ranked = sorted(values.items(), key=lambda kv: (-_n_sources(kv[1]), kv[0]))
    facts = []
    for v, cs in ranked:
        others = [c for c in group if c["value"] != v]
        facts.append(_fact(cs[0], v, "conflict", "normal", cs, others, "vote",
                           f"Sources disagree on {c0['predicate'].replace('_', ' ')}: "
                           + ", ".join(f"{vv} ({_articles(x)})" for vv, x in ranked) + "."))
    conflict = Conflict(subject=c0["subject"], predicate=c0["predicate"], object=c0["object"],
                        values="; ".join(f"{v} ({_articles(cs)})" for v, cs in ranked), claim_ids=_ids(group),
                        article_ids=_articles(group), reason="a fixed fact with different values",
                        subject_id=c0["subject_id"], object_id=c0["object_id"])
    return facts, [conflict]


def _events(group: list[dict]) -> tuple[list[Fact], list[Conflict]]:
    c0 = group[0]
    starts = sorted(c["time_start"] for c in group if c["time_start"])
    ends = sorted(c["time_end"] for c in group if c["time_end"])
    status = "consistent" if _n_sources(group) > 1 else "single_source"
    obj = f" {c0['object']}" if c0["object"] else ""
    when = f" ({starts[0]}..{ends[-1]})" if starts and ends else ""
    expl = f"{_n_sources(group)} source(s) report {_describe(c0)}{when}."
    return [_fact(c0, c0["value"], status, "normal", group, [], "events", expl,
                  starts[0] if starts else "", ends[-1] if ends else "")], []
