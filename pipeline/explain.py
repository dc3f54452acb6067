"""``python -m pipeline explain NAME``: one person's or team's consolidated facts as
a dated timeline, each with its evidence sentence and article (read from OUT/)."""
from __future__ import annotations

import csv
from pathlib import Path

from pipeline.entities import fold, load_gazetteer, slug


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def find_subject(name: str, facts: list[dict]) -> tuple[str, str]:
    """(id, name) of the subject a user means: an id, a canonical name, a gazetteer alias, or a unique surname."""
    subjects = {f["subject_id"]: f["subject"] for f in facts}
    want = slug(name)
    if want in subjects:
        return want, subjects[want]
    gaz = load_gazetteer()
    for ent in gaz.entities.values():
        if want in {slug(a) for a in (ent.name, *ent.aliases)} and ent.id in subjects:
            return ent.id, subjects[ent.id]
    partial = [sid for sid, sname in subjects.items() if want and want in sid.split("-") or fold(name).lower() == fold(sname).lower()]
    if len(partial) == 1:
        return partial[0], subjects[partial[0]]
    if partial:
        raise LookupError(f"{name!r} is ambiguous: " + ", ".join(sorted(subjects[p] for p in partial)))
    raise LookupError(f"no consolidated facts about {name!r} in this output folder")


def timeline(subject_id: str, facts: list[dict], claims: dict[str, dict], articles: dict[str, dict]) -> list[str]:
    rows = [f for f in facts if f["subject_id"] == subject_id]
    rows.sort(key=lambda f: (f["valid_from"] or f["valid_to"] or "9999", f["predicate"], f["object"]))
    lines = []
    for f in rows:
        when = (f"{f['valid_from'] or '…'} .. {f['valid_to'] or '…'}" if f["valid_from"] != f["valid_to"]
                else f["valid_from"]) if (f["valid_from"] or f["valid_to"]) else "undated"
        obj = f" {f['object']}" if f["object"] else ""
        lines.append(f"{when:<26} {f['predicate']}{obj} = {f['value']}  [{f['status']}, {f['n_sources']} source(s)]")
        lines.append(f"{'':<26} {f['explanation']}")
        for cid in filter(None, f["supporting_claim_ids"].split(";")):
            c = claims.get(cid)
            if c:
                art = articles.get(c["article_id"], {})
                date = art.get("published") or (f"{art.get('published_min')}..{art.get('published_max')}"
                                                if art.get("published_min") else "undated")
                lines.append(f"{'':<28}+ {c['article_id']} ({date}): \"{c['sentence'][:160]}\"")
        for cid in filter(None, f["contradicting_claim_ids"].split(";")):
            c = claims.get(cid)
            if c:
                lines.append(f"{'':<28}- {c['article_id']} says {c['value']}: \"{c['sentence'][:160]}\"")
    return lines


def explain(name: str, out_dir: Path) -> str:
    facts_path = out_dir / "consolidated_claims.csv"
    if not facts_path.exists():
        raise LookupError(f"{facts_path} does not exist: run `make extract` first")
    facts = _read(facts_path)
    claims = {c["claim_id"]: c for c in _read(out_dir / "claims.csv")}
    articles = {a["article_id"]: a for a in _read(out_dir / "articles.csv")}
    sid, sname = find_subject(name, facts)
    return "\n".join([f"{sname} ({sid})", *timeline(sid, facts, claims, articles)])
