"""``make eval``: claims against hand-made gold (tests/gold/), per predicate.

A system claim matches a gold claim of the same article when subject and
predicate agree, the object agrees (for person -> team predicates), the value
agrees (for predicates whose value is a number, year, country or origin team)
and the modality is of the same kind (asserted/reported vs hypothetical vs
negated). Matching is one-to-one. Times are scored separately on matched pairs.
"""
from __future__ import annotations

import csv
import shutil
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import ARTICLE_SUFFIXES, DEFAULT_CORPUS, GOLD_DIR, MANIFEST_NAME, SEEDS_DIR, Settings

#: Predicates whose object (a team, or the competition of a title) must agree.
OBJECT_PREDICATES = {"head_coach_of", "coaching_staff_of", "player_of", "transfer", "appointed", "left_role",
                     "offer_received", "career_goals", "career_appearances", "tenure_length", "title_won"}
#: Predicates whose value must agree.
VALUE_PREDICATES = {"age", "career_goals", "career_appearances", "league_position", "points", "tenure_length",
                    "nationality", "retired", "transfer", "date_of_birth"}
MODALITY_KIND = {"asserted": "fact", "reported": "fact", "hypothetical": "hypothetical", "negated": "negated"}


def _value(v: str) -> str:
    return (v or "").split(" (")[0].strip()


def _same_key(gold: dict, sys: dict) -> bool:
    """Same subject and predicate, and the same object where the predicate relates to a team."""
    if gold["subject_id"] != sys["subject_id"] or gold["predicate"] != sys["predicate"]:
        return False
    return gold["predicate"] not in OBJECT_PREDICATES or (gold.get("object_id") or "") == (sys.get("object_id") or "")


def matches(gold: dict, sys: dict) -> bool:
    if not _same_key(gold, sys):
        return False
    if gold["predicate"] in VALUE_PREDICATES and _value(gold.get("value", "")) != _value(sys.get("value", "")):
        return False
    return MODALITY_KIND.get(gold["modality"]) == MODALITY_KIND.get(sys["modality"])


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def p(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def r(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def score(gold: list[dict], system: list[dict]) -> dict:
    """Pure: per-predicate scores, micro score, pairs, misses, extras, time agreement."""
    by_article = defaultdict(list)
    for s in system:
        by_article[s["article_id"]].append(s)
    articles = {g["article_id"] for g in gold}
    used: set[int] = set()
    pairs, misses = [], []
    for g in gold:
        cand = [s for s in by_article[g["article_id"]] if id(s) not in used and matches(g, s)]
        if cand:
            # prefer the same modality, then the same object
            cand.sort(key=lambda s: (s["modality"] != g["modality"], (s.get("object_id") or "") != (g.get("object_id") or "")))
            used.add(id(cand[0]))
            pairs.append((g, cand[0]))
        else:
            misses.append(g)
    extras = [s for s in system if s["article_id"] in articles and id(s) not in used]
    per = defaultdict(Score)
    for g, _ in pairs:
        per[g["predicate"]].tp += 1
    for g in misses:
        per[g["predicate"]].fn += 1
    for s in extras:
        per[s["predicate"]].fp += 1
    micro = Score(sum(x.tp for x in per.values()), sum(x.fp for x in per.values()), sum(x.fn for x in per.values()))
    timed = [(g, s) for g, s in pairs if g.get("time_start") or g.get("time_end")]
    time_ok = sum(1 for g, s in timed if _overlaps(g, s))
    modality_exact = sum(1 for g, s in pairs if g["modality"] == s["modality"])
    return {"per": dict(per), "micro": micro, "pairs": pairs, "misses": misses, "extras": extras,
            "time": (time_ok, len(timed)), "modality": (modality_exact, len(pairs))}


def _overlaps(g: dict, s: dict) -> bool:
    gs, ge = g.get("time_start") or g.get("time_end"), g.get("time_end") or g.get("time_start")
    ss, se = s.get("time_start") or s.get("time_end"), s.get("time_end") or s.get("time_start")
    if not (ss and se):
        return False
    return ss <= ge and gs <= se


def report(result: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'predicate':<20} {'gold':>5} {'sys':>5} {'tp':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for pred in sorted(result["per"]):
        s = result["per"][pred]
        lines.append(f"{pred:<20} {s.tp + s.fn:>5} {s.tp + s.fp:>5} {s.tp:>4} {s.p:>6.3f} {s.r:>6.3f} {s.f:>6.3f}")
    m = result["micro"]
    lines.append(f"{'MICRO':<20} {m.tp + m.fn:>5} {m.tp + m.fp:>5} {m.tp:>4} {m.p:>6.3f} {m.r:>6.3f} {m.f:>6.3f}")
    t_ok, t_n = result["time"]
    mo_ok, mo_n = result["modality"]
    lines.append(f"time overlaps gold on {t_ok}/{t_n} matched claims that have a gold time; "
                 f"exact modality on {mo_ok}/{mo_n} matches")
    lines.append("\nMISSES (gold not found):")
    for g in result["misses"]:
        lines.append(f"  {g['article_id']}: {g['subject_id']} {g['predicate']} {g.get('object_id') or '-'} "
                     f"{g.get('value') or '-'} [{g['modality']}]  «{g.get('evidence', '')}»")
    lines.append("\nEXTRAS (system claims not in gold):")
    for s in result["extras"]:
        lines.append(f"  {s['article_id']}: {s['subject_id']} {s['predicate']} {s.get('object_id') or '-'} "
                     f"{s.get('value') or '-'} [{s['modality']}] ({s['rule_id']})  «{s['sentence'][:110]}»")
    lines.append("\nTIME DISAGREEMENTS (matched, gold time not overlapped: gold | system):")
    for g, s in time_disagreements(result["pairs"]):
        lines.append(f"  {g['article_id']}: {g['subject_id']} {g['predicate']} {g.get('object_id') or '-'} "
                     f"{g.get('value') or '-'}  {_span(g)} | {_span(s) or 'none'} ({s['rule_id']})  "
                     f"«{g.get('evidence', '')}»")
    return "\n".join(lines)


def time_disagreements(pairs: list[tuple[dict, dict]]) -> list[tuple[dict, dict]]:
    """The matched (gold, system) pairs whose gold has a time that the system's does not overlap."""
    return [(g, s) for g, s in pairs if (g.get("time_start") or g.get("time_end")) and not _overlaps(g, s)]


def _span(c: dict) -> str:
    start, end = c.get("time_start") or "", c.get("time_end") or ""
    return start if start == end else f"{start}..{end}" if start or end else ""


def fact_matches(gold: dict, sys: dict) -> bool:
    if not _same_key(gold, sys):
        return False
    p = gold["predicate"]
    if p == "date_of_birth":
        g, s = gold["value"].split(".."), sys["value"].split("..")
        return len(g) == 2 and len(s) == 2 and s[0] <= g[1] and g[0] <= s[1]
    return p not in VALUE_PREDICATES or _value(gold["value"]) == _value(sys["value"])


def score_facts(gold: list[dict], system: list[dict]) -> dict:
    """Consolidated facts against hand-made gold facts: P/R/F1 and status agreement on matches."""
    system = [f for f in system if f.get("method") != "tenure"]  # tenures summarise the role rows
    used: set[int] = set()
    pairs, misses = [], []
    for g in gold:
        cand = [f for f in system if id(f) not in used and fact_matches(g, f)]
        if cand:
            cand.sort(key=lambda f: f["status"] != g["status"])
            used.add(id(cand[0]))
            pairs.append((g, cand[0]))
        else:
            misses.append(g)
    extras = [f for f in system if id(f) not in used]
    sc = Score(len(pairs), len(extras), len(misses))
    status_ok = sum(1 for g, f in pairs if g["status"] == f["status"])
    return {"score": sc, "status": (status_ok, len(pairs)), "misses": misses, "extras": extras}


def report_facts(res: dict) -> str:
    sc = res["score"]
    ok, n = res["status"]
    lines = [f"\nCONSOLIDATED FACTS: gold {sc.tp + sc.fn}, system {sc.tp + sc.fp}, matched {sc.tp}: "
             f"P {sc.p:.3f} R {sc.r:.3f} F1 {sc.f:.3f}; same status on {ok}/{n} matches"]
    by_pred = Counter(g["predicate"] for g in res["misses"])
    lines.append("  facts missed by predicate: " + ", ".join(f"{p} {k}" for p, k in by_pred.most_common()))
    return "\n".join(lines)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def gold_corpus(folder: Path, sources: list[Path]) -> None:
    """Copy the gold's articles (and manifests) into one corpus folder."""
    for src in sources:
        if not src.exists():
            continue
        for p in sorted(src.iterdir()):
            if p.suffix.lower() in ARTICLE_SUFFIXES or p.name == MANIFEST_NAME:
                shutil.copy2(p, folder / p.name)


def latest_heldout() -> Path:
    """The newest held-out set (``heldout``, ``heldout3``, ...): the one a round of rules is scored on."""
    sets = sorted(GOLD_DIR.glob("heldout*"), key=lambda p: (len(p.name), p.name))
    return sets[-1] if sets else GOLD_DIR / "heldout"


def main(gold_dir: Path | None = None, out_dir: Path | None = None, heldout: bool = False) -> str:
    from pipeline.run import run_extract

    gold_dir = gold_dir or (latest_heldout() if heldout else GOLD_DIR)
    if out_dir is None:
        with tempfile.TemporaryDirectory(prefix="claimtrail-eval-") as tmp:  # removed afterwards
            work = Path(tmp)
            corpus = work / "corpus"
            corpus.mkdir()
            # a gold folder with its own articles/ (held-out, dev2) is scored on those; the main gold on corpus/ + seeds
            sources = [gold_dir / "articles"] if (gold_dir / "articles").is_dir() else [DEFAULT_CORPUS, SEEDS_DIR]
            gold_corpus(corpus, sources)
            run_extract(Settings(corpus_dir=corpus, out_dir=work / "out"), log=lambda m: None)
            return main(gold_dir, work / "out")
    gold = read_csv(gold_dir / "claims.csv")
    system = read_csv(out_dir / "claims.csv")
    articles = {g["article_id"] for g in gold}
    missing = articles - {s["article_id"] for s in read_csv(out_dir / "articles.csv")}
    note = f"(articles in gold but not run: {sorted(missing)})" if missing else ""
    text = report(score(gold, system), f"gold: {gold_dir} ({len(gold)} claims, {len(articles)} articles) {note}")
    if (gold_dir / "facts.csv").exists():
        text += report_facts(score_facts(read_csv(gold_dir / "facts.csv"), read_csv(out_dir / "consolidated_claims.csv")))
    return text
