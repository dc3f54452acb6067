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
from collections import Counter, defaultdict
from itertools import chain

SHINGLE = 5
#: Share of the smaller article's shingles found in the other one above which they are one source.
CONTAINMENT = 0.8
#: Only shingles whose hash is 0 modulo this are kept (a fixed sample: the same shingle is kept
#: in every article, so containment on the samples estimates containment on the texts).
SAMPLE = 4
#: A shingle found in more articles than this is boilerplate (a recurring phrase), not evidence of copying.
MAX_POSTINGS = 50
_WORD = re.compile(r"\w+")


def shingles(text: str) -> list[int]:
    """The sampled shingle hashes of a text (stored per article in the cache)."""
    words = _WORD.findall(text.lower())
    hashes = {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(max(0, len(words) - SHINGLE + 1))}
    return sorted(h for h in hashes if h % SAMPLE == 0)


def source_groups(samples: list[tuple[str, list[int]]]) -> dict[str, tuple[str, float]]:
    """[(article_id, sampled shingles)] in corpus order -> {article_id: (earlier article it copies, containment)}.
    Candidates come from an inverted index; only pairs sharing enough samples are compared."""
    index: dict[int, list[int]] = defaultdict(list)
    sizes: list[int] = []  # distinct samples of each article (a set of each would cost memory for nothing)
    out: dict[str, tuple[str, float]] = {}
    lookup = index.get
    for k, (aid, sample) in enumerate(samples):
        sh = set(sample)
        sizes.append(len(sh))
        # earlier articles sharing a sampled shingle, counted at C level (boilerplate shingles left out)
        counts = Counter(chain.from_iterable(p for p in map(lookup, sh) if p and len(p) <= MAX_POSTINGS))
        best, best_score = None, 0.0
        n = len(sh)
        for j, shared in counts.items():
            smaller = min(n, sizes[j])
            if not smaller or shared < CONTAINMENT * smaller * 0.9:
                continue
            score = len(sh.intersection(samples[j][1])) / smaller
            if score >= CONTAINMENT and (score > best_score or score == best_score and j < best):
                best, best_score = j, score
        if best is not None:
            root = samples[best][0]
            out[aid] = (out.get(root, (root, 1.0))[0], round(best_score, 3))
        for h in sh:
            postings = index[h]
            if len(postings) <= MAX_POSTINGS:  # one more marks a boilerplate shingle: the rest are never read
                postings.append(k)
    return out
