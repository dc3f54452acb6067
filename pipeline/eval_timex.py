"""TempEval-3 Task A benchmark for :mod:`pipeline.timex`.

* :func:`parse_tml` -- one TimeML document -> plain text (tags removed), its
  creation time (DCT) and the gold TIMEX3 spans as character offsets into that text;
* :func:`score` -- TempEval-3 Task A figures for gold vs system spans:
  strict span P/R/F1 (identical offsets), relaxed span P/R/F1 (overlap),
  type and value accuracy over relaxed matches, and type/value F1 (a system
  timex is correct when it overlaps a gold one and has the same type/value;
  P = correct/system, R = correct/gold);
* :func:`evaluate` -- run :func:`pipeline.timex.find_timexes` over a split and score it;
* :func:`report` -- the figures and the most common value errors as text.

Splits: ``train`` (TimeBank + AQUAINT), ``train/TimeBank``, ``train/AQUAINT``, ``platinum``.
Develop on train only; platinum is the held-out test set.

Run: ``python -m pipeline.eval_timex train platinum``.
"""
from __future__ import annotations

import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pipeline.config import TEMPEVAL_DIR

#: Split name -> folders (relative to the TempEval-3 data folder).
SPLITS = {
    "train": ("train/TimeBank", "train/AQUAINT"),
    "train/TimeBank": ("train/TimeBank",),
    "train/AQUAINT": ("train/AQUAINT",),
    "platinum": ("platinum",),
}
#: How many value errors :func:`report` lists.
N_ERRORS = 10

ERR_UNKNOWN_SPLIT = "unknown split {!r}; expected one of {}"
ERR_NO_TEXT = "no <TEXT> element in {}"


@dataclass(frozen=True)
class Timex:
    """A gold or system time expression: offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TmlDoc:
    doc_id: str
    dct: date | None
    text: str
    gold: list[Timex] = field(default_factory=list)


def _parse_date(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_tml(xml: str, doc_id: str = "") -> TmlDoc:
    """Plain text of <TEXT> (tags removed, entities decoded), its DCT and gold TIMEX3 spans."""
    root = ET.fromstring(xml)
    dct = None
    for el in root.iter("TIMEX3"):
        if el.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_date(el.get("value"))
            break
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise ValueError(ERR_NO_TEXT.format(doc_id or "document"))
    parts: list[str] = []
    gold: list[Timex] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag == "TIMEX3" and el is not text_el:
            span = "".join(parts)[start:pos]
            gold.append(Timex(start, pos, span, el.get("type", ""), el.get("value", "")))

    walk(text_el)
    gold.sort(key=lambda t: (t.start, t.end))
    return TmlDoc(doc_id or (root.findtext("DOCID") or "").strip(), dct, "".join(parts), gold)


def load_split(split: str, data_dir: Path = TEMPEVAL_DIR) -> list[TmlDoc]:
    if split not in SPLITS:
        raise ValueError(ERR_UNKNOWN_SPLIT.format(split, sorted(SPLITS)))
    docs = []
    for folder in SPLITS[split]:
        for path in sorted((data_dir / folder).glob("*.tml")):
            docs.append(parse_tml(path.read_text(encoding="utf-8"), path.stem))
    return docs


# --------------------------------------------------------------------------- scoring


def _overlap(a: Timex, b: Timex) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def match(gold: list[Timex], system: list[Timex]) -> list[tuple[Timex, Timex]]:
    """One-to-one relaxed matching: exact spans first, then largest overlap."""
    pairs = []
    used_g: set[int] = set()
    used_s: set[int] = set()
    cands = []
    for i, g in enumerate(gold):
        for j, s in enumerate(system):
            ov = _overlap(g, s)
            if ov > 0:
                exact = (g.start, g.end) == (s.start, s.end)
                cands.append((not exact, -ov, i, j))
    for _, _, i, j in sorted(cands):
        if i in used_g or j in used_s:
            continue
        used_g.add(i)
        used_s.add(j)
        pairs.append((gold[i], system[j]))
    return pairs


def _prf(correct: int, n_sys: int, n_gold: int) -> dict[str, float]:
    p = correct / n_sys if n_sys else 0.0
    r = correct / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f}


def score(docs: list[tuple[list[Timex], list[Timex]]]) -> dict:
    """TempEval-3 Task A figures over (gold, system) lists, one pair per document."""
    n_gold = n_sys = strict = relaxed = type_ok = value_ok = 0
    errors: Counter = Counter()
    for gold, system in docs:
        n_gold += len(gold)
        n_sys += len(system)
        pairs = match(gold, system)
        relaxed += len(pairs)
        for g, s in pairs:
            strict += (g.start, g.end) == (s.start, s.end)
            type_ok += g.type == s.type
            if g.value == s.value:
                value_ok += 1
            else:
                errors[(g.value, s.value, g.text)] += 1
    return {
        "n_gold": n_gold,
        "n_system": n_sys,
        "strict": _prf(strict, n_sys, n_gold),
        "relaxed": _prf(relaxed, n_sys, n_gold),
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
        "value_accuracy": value_ok / relaxed if relaxed else 0.0,
        "type": _prf(type_ok, n_sys, n_gold),
        "value": _prf(value_ok, n_sys, n_gold),
        "value_errors": errors.most_common(),
    }


def system_timexes(doc: TmlDoc) -> list[Timex]:
    from pipeline.timex import find_timexes

    return [Timex(t.start_char, t.end_char, t.text, t.type, t.value) for t in find_timexes(doc.text, doc.dct)]


def evaluate(split: str, data_dir: Path = TEMPEVAL_DIR) -> dict:
    """Score find_timexes on one split; adds ``split``, ``n_docs``, ``seconds`` and missed/spurious lists."""
    t0 = time.perf_counter()
    docs = load_split(split, data_dir)
    pairs = []
    missed: Counter = Counter()
    spurious: Counter = Counter()
    for doc in docs:
        system = system_timexes(doc)
        pairs.append((doc.gold, system))
        for g in doc.gold:
            if not any(_overlap(g, s) > 0 for s in system):
                missed[g.text.lower()] += 1
        for s in system:
            if not any(_overlap(g, s) > 0 for g in doc.gold):
                spurious[s.text.lower()] += 1
    results = score(pairs)
    results.update(split=split, n_docs=len(docs), seconds=time.perf_counter() - t0,
                   missed=missed.most_common(), spurious=spurious.most_common())
    return results


def report(results: dict | list[dict], n_errors: int = N_ERRORS) -> str:
    """Per-split figures and the most common value errors."""
    lines = []
    for res in results if isinstance(results, list) else [results]:
        s, r = res["strict"], res["relaxed"]
        lines.append(f"== {res.get('split', '?')}: {res.get('n_docs', '?')} docs, "
                     f"{res['n_gold']} gold, {res['n_system']} system timexes"
                     + (f", {res['seconds']:.1f}s" if "seconds" in res else ""))
        lines.append(f"strict span   P {s['p']:.3f}  R {s['r']:.3f}  F1 {s['f1']:.3f}")
        lines.append(f"relaxed span  P {r['p']:.3f}  R {r['r']:.3f}  F1 {r['f1']:.3f}")
        lines.append(f"type  accuracy {res['type_accuracy']:.3f}  F1 {res['type']['f1']:.3f}")
        lines.append(f"value accuracy {res['value_accuracy']:.3f}  F1 {res['value']['f1']:.3f}"
                     f"  (P {res['value']['p']:.3f}  R {res['value']['r']:.3f})")
        lines.append(f"most common value errors (gold -> system: text):")
        for (gv, sv, text), n in res["value_errors"][:n_errors]:
            lines.append(f"  {n:3d}  {gv} -> {sv}: {text!r}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    splits = argv or ["train"]
    verbose = "-v" in splits
    splits = [s for s in splits if s != "-v"]
    results = [evaluate(s) for s in splits]
    print(report(results))
    if verbose:
        for res in results:
            print(f"-- {res['split']} missed:", res["missed"][:40])
            print(f"-- {res['split']} spurious:", res["spurious"][:40])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
