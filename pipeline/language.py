"""Is a text English? A stop-word share test, no model needed."""
from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

#: Below this share of English stop words (among at least MIN_WORDS words) a text is not English.
MIN_STOPWORD_SHARE = 0.15
MIN_WORDS = 30
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def english_problem(text: str) -> str:
    """Empty string when the text reads as English, else the reason it does not."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return ""
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share < MIN_STOPWORD_SHARE:
        return f"not English (English stop words are {share:.0%} of its words; English text has over 30%)"
    return ""
