"""Corpus half, part 2: reconcile claims across articles and years.

``reconcile(claims, predicates) -> (facts, conflicts)`` is pure. How each
predicate is reconciled comes from models/predicates.csv (``method``):

- ``age-to-birth-window``: an age N on date D means born in (D - N - 1 years,
  D - N years]; windows are intersected across sources: ``consistent`` when they
  overlap, else ``conflict`` naming the source(s) out of line;
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
    return len({c["article_id"] for c in claims})


def _articles(claims) -> str:
    return ";".join(sorted({c["article_id"] for c in claims}))


def reconcile(claims: list[dict], predicates: dict[str, PredicateInfo]) -> tuple[list[Fact], list[Conflict]]:
    usable = [c for c in claims if c["modality"] in FACT_MODALITIES and c["subject_id"]]
    facts: list[Fact] = []
    conflicts: list[Conflict] = []
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in usable:
        info = predicates.get(c["predicate"])
        method = info.method if info else "events"
        if method == "events":
            key = (c["predicate"], c["subject_id"], c["object_id"], c["value"])
        elif c["predicate"] == "league_position" or c["predicate"] == "points":
            key = (c["predicate"], c["subject_id"], "")  # one table place at a time, whatever the league's name
        elif method in {"vote", "intersect"}:
            key = (c["predicate"], c["subject_id"], "")
        else:
            key = (c["predicate"], c["subject_id"], c["object_id"])
        groups[key].append(c)
    for key in sorted(groups):
        group = groups[key]
        info = predicates.get(key[0])
        method = info.method if info else "events"
        if method == "age-to-birth-window":
            f, k = _ages(group)
        elif method == "latest-as-of":
            f, k = _latest(group)
        elif method in {"vote", "intersect"}:
            f, k = _vote(group)
        else:
            f, k = _events(group)
        facts.extend(f)
        conflicts.extend(k)
    return facts, conflicts


def _fact(c0, value, status, rank, support, contra, method, explanation, valid_from="", valid_to="",
          predicate=None) -> Fact:
    return Fact(
        subject_id=c0["subject_id"], subject=c0["subject"], predicate=predicate or c0["predicate"],
        object_id=c0["object_id"], object=c0["object"], value=value, valid_from=valid_from, valid_to=valid_to,
        status=status, rank=rank, n_sources=_n_sources(support), supporting_claim_ids=_ids(support),
        contradicting_claim_ids=_ids(contra), method=method, explanation=explanation,
    )


def _ages(group: list[dict]) -> tuple[list[Fact], list[Conflict]]:
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
                    + ", which cannot hold with them.")
            conflicts.append(Conflict(
                subject=c0["subject"], predicate="date_of_birth", object="",
                values="; ".join(f"{c['value']} ({c['article_id']})" for c in support + contra),
                claim_ids=_ids(support + contra), article_ids=_articles(support + contra),
                reason=expl, subject_id=c0["subject_id"]))
        else:
            status = "consistent" if _n_sources(support) > 1 else "single_source"
            expl = (f"Ages {ages} all fit a birth date between {lo} and {hi}."
                    if len(support) > 1 else f"Age {ages} means born between {lo} and {hi}.")
        facts.append(_fact(c0, f"{lo.isoformat()}..{hi.isoformat()}", status, "preferred" if status != "conflict" else "normal",
                           support, contra, "age-to-birth-window", expl, predicate="date_of_birth"))
    # the ages themselves: a changing fact
    f, k = _latest(group, derived_ok={c["claim_id"] for _, c in windows})
    facts.extend(f)
    return facts, conflicts


def _moment_key(c) -> tuple:
    return (c["time_start"], c["time_end"])


def _num(value: str) -> str:
    return value.split(" (")[0].strip()


def _latest(group: list[dict], derived_ok=None) -> tuple[list[Fact], list[Conflict]]:
    """Order a changing fact by valid time; the latest dated state is current."""
    facts, conflicts = [], []
    dated = [c for c in group if c["time_start"] or c["time_end"]]
    undated = [c for c in group if not (c["time_start"] or c["time_end"])]
    moments: dict[tuple, list[dict]] = defaultdict(list)
    for c in dated:
        moments[_moment_key(c)].append(c)
    order = sorted(moments, key=lambda k: (k[1] or k[0], k[0] or k[1]))
    c0 = group[0]
    for i, mkey in enumerate(order):
        cs = moments[mkey]
        values = defaultdict(list)
        for c in cs:
            values[_num(c["value"])].append(c)
        when = mkey[0] if mkey[0] == mkey[1] else f"{mkey[0]}..{mkey[1]}"
        latest = i == len(order) - 1
        if len(values) > 1:
            for v, vcs in values.items():
                others = [c for c in cs if c not in vcs]
                facts.append(_fact(vcs[0], vcs[0]["value"], "conflict", "normal", vcs, others, "latest-as-of",
                                   f"Sources disagree on {c0['predicate']} for {when}: "
                                   + ", ".join(f"{vv} ({_articles(x)})" for vv, x in values.items()) + ".",
                                   mkey[0], mkey[1]))
            conflicts.append(Conflict(
                subject=c0["subject"], predicate=c0["predicate"], object=c0["object"],
                values="; ".join(f"{v} ({_articles(x)})" for v, x in values.items()), claim_ids=_ids(cs),
                article_ids=_articles(cs), reason=f"different values for the same time ({when})",
                subject_id=c0["subject_id"], object_id=c0["object_id"]))
            continue
        v, vcs = next(iter(values.items()))
        status = "current" if latest else "superseded"
        rank = "preferred" if latest else "normal"
        later = [moments[k][0] for k in order[i + 1:]]
        expl = (f"{c0['predicate'].replace('_', ' ')} {vcs[0]['value']} as of {when}"
                + (", the latest dated report." if latest else
                   f", superseded by {later[0]['value']} as of {later[0]['time_start'] or later[0]['time_end']}."))
        facts.append(_fact(vcs[0], vcs[0]["value"], status, rank, vcs, [], "latest-as-of", expl, mkey[0], mkey[1]))
    if undated:
        values = defaultdict(list)
        for c in undated:
            values[_num(c["value"])].append(c)
        for v, vcs in values.items():
            facts.append(_fact(vcs[0], vcs[0]["value"], "consistent" if _n_sources(vcs) > 1 else "single_source",
                               "normal", vcs, [], "undated",
                               f"{c0['predicate'].replace('_', ' ')} {vcs[0]['value']} from articles whose date is unknown "
                               f"({_articles(vcs)}), so it cannot be ordered against dated reports."))
    return facts, conflicts


def _vote(group: list[dict]) -> tuple[list[Fact], list[Conflict]]:
    values = defaultdict(list)
    for c in group:
        values[c["value"]].append(c)
    c0 = group[0]
    if len(values) == 1:
        v, cs = next(iter(values.items()))
        status = "consistent" if _n_sources(cs) > 1 else "single_source"
        return [_fact(cs[0], v, status, "preferred", cs, [], "vote",
                      f"{_n_sources(cs)} source(s) give {c0['predicate'].replace('_', ' ')} {v}.")], []
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
    expl = f"{_n_sources(group)} source(s) report {c0['predicate'].replace('_', ' ')}{obj}{(' ' + c0['value']) if c0['value'] else ''}{when}."
    return [_fact(c0, c0["value"], status, "normal", group, [], "events", expl,
                  starts[0] if starts else "", ends[-1] if ends else "")], []
