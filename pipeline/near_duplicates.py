"""Near-duplicate articles (syndicated copies, the same story under another name).

``source_groups(texts)`` is pure: it maps each article to the first earlier
article it nearly copies, so reconciliation counts the pair as one source.
Word 5-gram shingles, an inverted index over a sample of them, and containment
(shared shingles / shingles of the smaller text) so a copy with an extra
paragraph or a different headline still counts.
"""
from __future__ import annotations

import re
import zlib
from collections import defaultdict

SHINGLE = 5
#: Share of the smaller article's shingles found in the other one above which they are one source.
CONTAINMENT = 0.8
#: Only shingles whose hash is 0 modulo this are indexed (the comparison itself uses all of them).
SAMPLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(max(0, len(words) - SHINGLE + 1))}


def source_groups(texts: list[tuple[str, str]]) -> dict[str, tuple[str, float]]:
    """[(article_id, text)] in corpus order -> {article_id: (earlier article it copies, containment)}."""
    index: dict[int, list[int]] = defaultdict(list)
    sets: list[set[int]] = []
    out: dict[str, tuple[str, float]] = {}
    for k, (aid, text) in enumerate(texts):
        sh = shingles(text)
        sets.append(sh)
        counts: dict[int, int] = defaultdict(int)
        for h in sh:
            if h % SAMPLE == 0:
                for j in index[h]:
                    counts[j] += 1
        best, best_score = None, 0.0
        for j in sorted(counts):
            other = sets[j]
            if not sh or not other:
                continue
            score = len(sh & other) / min(len(sh), len(other))
            if score >= CONTAINMENT and score > best_score:
                best, best_score = j, score
        if best is not None:
            root = texts[best][0]
            out[aid] = (out.get(root, (root, 1.0))[0], round(best_score, 3))
        for h in sh:
            if h % SAMPLE == 0:
                index[h].append(k)
    return out
