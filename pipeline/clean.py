"""CLEAN stage: raw article body -> cleaned text + the input spans that were dropped.

The rules are data (``models/boilerplate.jsonl``, one JSON object a line); this
module only knows how to apply each *kind* of rule. Rules run in three phases:

1. ``charmap`` rules map single characters to single characters (curly quotes,
   dashes, odd spaces) with :meth:`str.translate`. Lengths are unchanged, so
   offsets in phase 2 are offsets of the input.
2. ``remove``, ``remove_line`` and ``dedupe_line`` rules find spans of that text
   (web boilerplate, photo credits, embedded tweets, repeated captions). The
   spans are merged and dropped, each replaced by the rule's ``replacement``;
   they are reported in :attr:`Cleaned.removed` as input offsets.
3. ``replace`` rules rewrite the result in file order (glued sentences,
   broken lines, bullets, whitespace). Nothing is dropped from the input here
   beyond whitespace, so nothing is reported.

``words`` and ``define`` rules apply nothing themselves: they name word lists
and regex fragments that other patterns use as ``<<name>>``.

Every regex is bounded (no nested unbounded repeats) so that a 10 MB text
cleans in a few seconds; compiled rules are cached per rule set.
"""
from __future__ import annotations

import functools
import html
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Sequence

from pipeline.config import MODELS_DIR

#: Default rules file.
RULES_NAME = "boilerplate.jsonl"

#: Every kind of rule, and the phase it runs in.
KIND_WORDS = "words"  # named word list, used as <<name>> in patterns
KIND_DEFINE = "define"  # named regex fragment, used as <<name>> in patterns
KIND_CHARMAP = "charmap"  # each character of `pattern` becomes `replacement` (one character)
KIND_REMOVE = "remove"  # each regex match is dropped (optionally cut at the first `until` match)
KIND_REMOVE_LINE = "remove_line"  # each line (at most `max_len` long) holding a match is dropped
KIND_DEDUPE_LINE = "dedupe_line"  # a line equal to the previous non-blank line is dropped
KIND_CAPTION_LINE = "caption_line"  # a line said again further on, other lines between: every copy is dropped
KIND_CAPTION_PAIR = "caption_pair"  # a line said again right after itself: both copies are dropped
KIND_REPLACE = "replace"  # regex substitution after removal (not reported as removed)
KINDS = (
    KIND_WORDS,
    KIND_DEFINE,
    KIND_CHARMAP,
    KIND_REMOVE,
    KIND_REMOVE_LINE,
    KIND_DEDUPE_LINE,
    KIND_CAPTION_LINE,
    KIND_CAPTION_PAIR,
    KIND_REPLACE,
)
REMOVAL_KINDS = (KIND_REMOVE, KIND_REMOVE_LINE, KIND_DEDUPE_LINE, KIND_CAPTION_LINE, KIND_CAPTION_PAIR)
REGEX_KINDS = (KIND_DEFINE, KIND_REMOVE, KIND_REMOVE_LINE, KIND_DEDUPE_LINE, KIND_CAPTION_LINE, KIND_CAPTION_PAIR,
               KIND_REPLACE)

FLAG_NAMES = {"IGNORECASE": re.IGNORECASE, "MULTILINE": re.MULTILINE, "DOTALL": re.DOTALL}

#: `<<name>>` in a pattern stands for a `words` or `define` rule.
PLACEHOLDER_RE = re.compile(r"<<([A-Za-z_][A-Za-z0-9_]*)>>")
RULE_NAME_RE = re.compile(r"^[a-z][a-z0-9_]*$")
#: How far either side of a match `unless` looks for the enclosing token.
UNLESS_WINDOW = 100
#: A non-empty line (without its newline).
LINE_RE = re.compile(r"[^\n]+")
#: Default longest line a `remove_line` rule may drop.
DEFAULT_MAX_LINE = 400

# Error messages (named, so tests and callers can match them).
ERR_JSON = "not valid JSON ({detail})"
ERR_NOT_OBJECT = "a rule must be a JSON object"
ERR_UNKNOWN_FIELD = "unknown field(s) {names}"
ERR_FIELD_TYPE = "field {name!r} must be {expected}"
ERR_MISSING = "missing or empty field {name!r}"
ERR_NAME = "rule name {name!r} must be lower_snake_case"
ERR_DUPLICATE = "duplicate rule name {name!r}"
ERR_KIND = "unknown kind {kind!r} (expected one of {kinds})"
ERR_FLAG = "unknown flag {flag!r} (expected some of {flags})"
ERR_PLACEHOLDER = "pattern uses <<{name}>> but no earlier 'words' or 'define' rule has that name"
ERR_REGEX = "field {name!r} is not a valid regex: {detail}"
ERR_CHARMAP = "a 'charmap' rule needs a non-empty pattern and a one-character replacement"
ERR_WORDS = "a 'words' rule needs a non-empty list of non-empty words"
ERR_TEMPLATE = "replacement is not a valid template for the pattern: {detail}"
ERR_MAX_LEN = "max_len must be a positive integer"
ERR_NOT_FOR_KIND = "field {name!r} is not used by kind {kind!r}"


@dataclass(frozen=True)
class CleanRule:
    """One line of ``models/boilerplate.jsonl``.

    ``pattern`` is a regex (with ``<<name>>`` placeholders) for the regex kinds,
    the characters to map for ``charmap``, and unused for ``words``.
    """

    name: str
    kind: str
    pattern: str = ""
    description: str = ""
    replacement: str = ""  # inserted where a match was removed / re.sub template
    flags: tuple[str, ...] = ()  # names from FLAG_NAMES
    words: tuple[str, ...] = ()  # for kind 'words'
    until: str = ""  # remove: cut the match at the first match of this regex inside it
    unless: str = ""  # replace: skip a match whose whitespace-delimited token matches this regex
    max_len: int = 0  # remove_line: only drop lines at most this long (0 = DEFAULT_MAX_LINE)


@dataclass
class Cleaned:
    text: str  # the cleaned text: base of all later character offsets
    removed: list[tuple[int, int, str]] = field(default_factory=list)  # input spans dropped, with rule name


# --------------------------------------------------------------------------- loading


_FIELD_TYPES = {
    "name": (str, "a string"),
    "kind": (str, "a string"),
    "pattern": (str, "a string"),
    "description": (str, "a string"),
    "replacement": (str, "a string"),
    "flags": (list, "a list of strings"),
    "words": (list, "a list of strings"),
    "until": (str, "a string"),
    "unless": (str, "a string"),
    "max_len": (int, "an integer"),
}
_KIND_FIELDS = {
    KIND_WORDS: {"words"},
    KIND_DEFINE: {"pattern", "flags"},
    KIND_CHARMAP: {"pattern", "replacement"},
    KIND_REMOVE: {"pattern", "flags", "replacement", "until"},
    KIND_REMOVE_LINE: {"pattern", "flags", "max_len"},
    KIND_DEDUPE_LINE: {"pattern", "flags"},
    KIND_CAPTION_LINE: {"pattern", "flags"},
    KIND_CAPTION_PAIR: {"pattern", "flags"},
    KIND_REPLACE: {"pattern", "flags", "replacement", "unless"},
}


def load_rules(path: Path | None = None) -> list[CleanRule]:
    """Read and validate the rules file (default ``MODELS_DIR / "boilerplate.jsonl"``).

    Blank lines are skipped. Any problem raises ``ValueError("<file>, line N (name): ...")``.
    """
    path = Path(path) if path is not None else MODELS_DIR / RULES_NAME
    rules: list[CleanRule] = []
    fragments: dict[str, str] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        label = f"{path.name}, line {lineno}"
        try:
            rule = _parse_rule(line)
            label += f" ({rule.name})"
            if any(r.name == rule.name for r in rules):
                raise ValueError(ERR_DUPLICATE.format(name=rule.name))
            _check_rule(rule, fragments)
        except ValueError as exc:
            raise ValueError(f"{label}: {exc}") from None
        rules.append(rule)
        if rule.kind in (KIND_WORDS, KIND_DEFINE):
            fragments[rule.name] = _fragment(rule, fragments)
    return rules


def _parse_rule(line: str) -> CleanRule:
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(ERR_JSON.format(detail=exc.msg)) from None
    if not isinstance(data, dict):
        raise ValueError(ERR_NOT_OBJECT)
    unknown = sorted(set(data) - set(_FIELD_TYPES))
    if unknown:
        raise ValueError(ERR_UNKNOWN_FIELD.format(names=", ".join(map(repr, unknown))))
    for key, value in data.items():
        expected, said = _FIELD_TYPES[key]
        if not isinstance(value, expected) or isinstance(value, bool):
            raise ValueError(ERR_FIELD_TYPE.format(name=key, expected=said))
        if expected is list and not all(isinstance(v, str) for v in value):
            raise ValueError(ERR_FIELD_TYPE.format(name=key, expected=said))
    for key in ("name", "kind", "description"):
        if not str(data.get(key, "")).strip():
            raise ValueError(ERR_MISSING.format(name=key))
    if not RULE_NAME_RE.match(data["name"]):
        raise ValueError(ERR_NAME.format(name=data["name"]))
    if data["kind"] not in KINDS:
        raise ValueError(ERR_KIND.format(kind=data["kind"], kinds=", ".join(KINDS)))
    extra = set(data) - {"name", "kind", "description"} - _KIND_FIELDS[data["kind"]]
    if extra:
        raise ValueError(ERR_NOT_FOR_KIND.format(name=sorted(extra)[0], kind=data["kind"]))
    for key in ("flags", "words"):
        if key in data:
            data[key] = tuple(data[key])
    return CleanRule(**data)


def _check_rule(rule: CleanRule, fragments: dict[str, str]) -> None:
    """Raise ValueError when `rule` cannot be applied; `fragments` are the earlier placeholders."""
    if rule.kind not in KINDS:
        raise ValueError(ERR_KIND.format(kind=rule.kind, kinds=", ".join(KINDS)))
    for flag in rule.flags:
        if flag not in FLAG_NAMES:
            raise ValueError(ERR_FLAG.format(flag=flag, flags=", ".join(FLAG_NAMES)))
    if rule.kind == KIND_WORDS:
        if not rule.words or not all(w.strip() for w in rule.words):
            raise ValueError(ERR_WORDS)
        return
    if rule.kind == KIND_CHARMAP:
        if not rule.pattern or len(rule.replacement) != 1:
            raise ValueError(ERR_CHARMAP)
        return
    if not rule.pattern:
        raise ValueError(ERR_MISSING.format(name="pattern"))
    if rule.max_len < 0:
        raise ValueError(ERR_MAX_LEN)
    compiled = _compile(_expand(rule.pattern, fragments), _flags(rule), "pattern")
    for key in ("until", "unless"):
        value = getattr(rule, key)
        if value:
            _compile(_expand(value, fragments), _flags(rule), key)
    if rule.kind in (KIND_REPLACE, KIND_REMOVE):
        try:  # re checks the template (escapes, group references) even without a match
            compiled.sub(rule.replacement, "")
        except (re.error, IndexError) as exc:
            raise ValueError(ERR_TEMPLATE.format(detail=exc)) from None


def _flags(rule: CleanRule) -> int:
    value = 0
    for name in rule.flags:
        value |= FLAG_NAMES[name]
    return value


def _expand(pattern: str, fragments: dict[str, str]) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name not in fragments:
            raise ValueError(ERR_PLACEHOLDER.format(name=name))
        return fragments[name]

    return PLACEHOLDER_RE.sub(sub, pattern)


def _fragment(rule: CleanRule, fragments: dict[str, str]) -> str:
    """The regex text a `words` or `define` rule stands for (a non-capturing group)."""
    if rule.kind == KIND_WORDS:
        words = sorted(set(rule.words), key=lambda w: (-len(w), w))  # longest first
        return "(?:" + "|".join(re.escape(w) for w in words) + ")"
    return "(?:" + _expand(rule.pattern, fragments) + ")"


def _compile(pattern: str, flags: int, what: str) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError) as exc:
        raise ValueError(ERR_REGEX.format(name=what, detail=exc)) from None


# --------------------------------------------------------------------------- compiled plan


@dataclass(frozen=True)
class _Step:
    rule: CleanRule
    regex: re.Pattern
    until: re.Pattern | None = None
    unless: re.Pattern | None = None


@dataclass(frozen=True)
class _Plan:
    charmap: dict[int, str]
    removals: tuple[_Step, ...]
    replaces: tuple[_Step, ...]


@functools.lru_cache(maxsize=16)
def _plan(rules: tuple[CleanRule, ...]) -> _Plan:
    """Compile a rule set once (validating it); later calls with equal rules reuse it."""
    fragments: dict[str, str] = {}
    charmap: dict[int, str] = {}
    removals: list[_Step] = []
    replaces: list[_Step] = []
    seen: set[str] = set()
    for rule in rules:
        try:
            if rule.name in seen:
                raise ValueError(ERR_DUPLICATE.format(name=rule.name))
            seen.add(rule.name)
            _check_rule(rule, fragments)
        except ValueError as exc:
            raise ValueError(f"rule {rule.name!r}: {exc}") from None
        if rule.kind in (KIND_WORDS, KIND_DEFINE):
            fragments[rule.name] = _fragment(rule, fragments)
            continue
        if rule.kind == KIND_CHARMAP:
            for ch in rule.pattern:
                charmap.setdefault(ord(ch), rule.replacement)
            continue
        flags = _flags(rule)
        step = _Step(
            rule=rule,
            regex=re.compile(_expand(rule.pattern, fragments), flags),
            until=re.compile(_expand(rule.until, fragments), flags) if rule.until else None,
            unless=re.compile(_expand(rule.unless, fragments), flags) if rule.unless else None,
        )
        (removals if rule.kind in REMOVAL_KINDS else replaces).append(step)
    return _Plan(charmap, tuple(removals), tuple(replaces))


# --------------------------------------------------------------------------- cleaning


def clean_text(raw: str, rules: Sequence[CleanRule]) -> Cleaned:
    """Apply `rules` to an article body; pure, never raises on any str.

    >>> rules = [CleanRule("cr", "remove", r"Credit: Reuters", "credit", "\\n")]
    >>> clean_text("Goal.Credit: ReutersHe scored.", rules)
    Cleaned(text='Goal.\\nHe scored.', removed=[(5, 20, 'cr')])
    """
    if isinstance(raw, (bytes, bytearray)):
        raw = bytes(raw).decode("utf-8", errors="replace")
    elif not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    try:
        plan = _plan(tuple(rules))
    except TypeError:  # a hand-made rule with an unhashable field (a list of flags): no cache
        plan = _plan.__wrapped__(tuple(rules))
    text = raw.translate(plan.charmap) if plan.charmap else raw
    spans = _find_removals(text, plan.removals)
    text = _drop(text, spans)
    for step in plan.replaces:
        text = _replace(text, step)
    return Cleaned(text=text.strip(), removed=[(s, e, step.rule.name) for s, e, step in spans])


def _find_removals(text: str, steps: Sequence[_Step]) -> list[tuple[int, int, _Step]]:
    """All spans to drop, sorted and without overlaps (an earlier start wins, then a longer span)."""
    found: list[tuple[int, int, int, _Step]] = []
    for order, step in enumerate(steps):
        kind = step.rule.kind
        if kind == KIND_REMOVE:
            spans = _match_spans(text, step)
        elif kind == KIND_REMOVE_LINE:
            spans = _line_spans(text, step)
        elif kind == KIND_CAPTION_LINE:
            spans = _caption_spans(text, step)
        elif kind == KIND_CAPTION_PAIR:
            spans = _pair_spans(text, step)
        else:
            spans = _dedupe_spans(text, step)
        found.extend((s, e, order, step) for s, e in spans if e > s)
    found.sort(key=lambda t: (t[0], -t[1], t[2]))
    merged: list[tuple[int, int, _Step]] = []
    last_end = 0
    for start, end, _, step in found:
        if end <= last_end:
            continue
        merged.append((max(start, last_end), end, step))
        last_end = end
    return merged


def _match_spans(text: str, step: _Step):
    pos, n = 0, len(text)
    while pos <= n:
        m = step.regex.search(text, pos)
        if m is None:
            return
        start, end = m.span()
        if step.until is not None and end > start + 1:
            cut = step.until.search(text, start + 1, end)
            if cut is not None:
                end = cut.start()
        yield start, end
        pos = end if end > start else start + 1


def _line_spans(text: str, step: _Step):
    limit = step.rule.max_len or DEFAULT_MAX_LINE
    line_end = -1  # end of the last line looked at
    for m in step.regex.finditer(text):
        if m.start() <= line_end:
            continue  # on a line already looked at
        start = text.rfind("\n", max(line_end, 0), m.start()) + 1
        nl = text.find("\n", m.start())
        line_end = n = len(text) if nl < 0 else nl
        if n - start <= limit:
            yield start, (n + 1 if nl >= 0 else n)


def _dedupe_spans(text: str, step: _Step):
    previous = None
    for m in LINE_RE.finditer(text):
        key = " ".join(m.group(0).split())
        if not key:
            continue
        if key == previous and step.regex.search(key):
            end = m.end()
            yield m.start(), end + 1 if text.startswith("\n", end) else end
        else:
            previous = key


def _pair_spans(text: str, step: _Step):
    """Both copies of a line said again right after itself (blank lines between allowed), when the line
    matches the rule's pattern: a picture caption printed with its alt text."""
    previous = None  # (key, span) of the last non-blank line
    for m in LINE_RE.finditer(text):
        key = " ".join(m.group(0).split())
        if not key:
            continue
        if previous is not None and key == previous[0] and step.regex.search(key):
            for start, end in (previous[1], m.span()):
                yield start, end + 1 if text.startswith("\n", end) else end
        previous = (key, m.span())


def _caption_spans(text: str, step: _Step):
    """Every copy of a line that the article says again further on with other lines between (a picture
    caption repeated beside the paragraphs), when the line matches the rule's pattern."""
    seen: dict[str, list[tuple[int, int]]] = {}
    previous = None
    for m in LINE_RE.finditer(text):
        key = " ".join(m.group(0).split())
        if not key:
            continue
        if key != previous:
            seen.setdefault(key, []).append(m.span())
        previous = key
    for key, copies in seen.items():
        if len(copies) > 1 and step.regex.search(key):
            for start, end in copies:
                yield start, end + 1 if text.startswith("\n", end) else end


def _drop(text: str, spans: Sequence[tuple[int, int, _Step]]) -> str:
    if not spans:
        return text
    parts: list[str] = []
    pos = 0
    for start, end, step in spans:
        parts.append(text[pos:start])
        if step.rule.kind == KIND_REMOVE:
            parts.append(step.rule.replacement)
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _replace(text: str, step: _Step) -> str:
    """re.sub of one rule; with `unless`, whole tokens (between spaces/newlines) that match
    `unless` are copied unchanged and the rule applies to the text between them."""
    sub = functools.partial(step.regex.sub, step.rule.replacement)
    if step.unless is None:
        return sub(text)
    parts: list[str] = []
    pos = 0
    for start, end in _token_spans(text, step.unless):
        parts.append(sub(text[pos:start]))
        parts.append(text[start:end])
        pos = end
    parts.append(sub(text[pos:]))
    return "".join(parts)


def _token_spans(text: str, regex: re.Pattern):
    """Spans of the space-delimited tokens (at most UNLESS_WINDOW chars each side of the match)
    that hold a match of `regex`, in order, not overlapping."""
    last_end = 0
    size = len(text)
    for m in regex.finditer(text):
        if m.start() < last_end:
            continue
        lo = max(last_end, m.start() - UNLESS_WINDOW)
        start = max(text.rfind(" ", lo, m.start()), text.rfind("\n", lo, m.start())) + 1 or lo
        hi = min(size, m.end() + UNLESS_WINDOW)
        ends = [i for i in (text.find(" ", m.end(), hi), text.find("\n", m.end(), hi)) if i >= 0]
        end = min(ends) if ends else hi
        if end > start:
            yield start, end
            last_end = end


# --------------------------------------------------------------------------- HTML

#: Markers that make a text HTML.
HTML_DOC_RE = re.compile(r"<!doctype\s+html|<html[\s>]|<body[\s>]|<head[\s>]", re.IGNORECASE)
HTML_TAG_RE = re.compile(
    r"</?(?:p|div|span|a|br|li|ul|ol|h[1-6]|script|style|article|section|img|meta|link|table|nav)\b[^<>]{0,500}>",
    re.IGNORECASE,
)
#: A text with this many HTML tags in its first HTML_SNIFF_CHARS characters is HTML.
HTML_MIN_TAGS = 3
HTML_SNIFF_CHARS = 65536
#: Elements whose whole content is dropped.
HTML_SKIP_TAGS = frozenset(
    "script style nav noscript header footer aside form iframe svg template head button select".split()
)
#: Elements that end a paragraph (a line of their own).
HTML_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article blockquote figcaption figure "
    "pre dd dt dl main hr title".split()  # li: a "- " line of its own
)
HTML_VOID_TAGS = frozenset("br hr img meta link input area base col embed source track wbr".split())
HTML_ANY_TAG_RE = re.compile(r"<[^<>]{0,2000}>")


def looks_like_html(raw: str) -> bool:
    """True when `raw` is an HTML page (a doctype/html/body tag, or several common tags)."""
    if not isinstance(raw, str):
        return False
    head = raw[:HTML_SNIFF_CHARS]
    if HTML_DOC_RE.search(head):
        return True
    count = 0
    for _ in HTML_TAG_RE.finditer(head):
        count += 1
        if count >= HTML_MIN_TAGS:
            return True
    return False


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in HTML_SKIP_TAGS and tag not in HTML_VOID_TAGS:
            self.skip += 1
        elif not self.skip and tag == "li":
            self.parts.append("\n- ")
        elif not self.skip and tag in HTML_BLOCK_TAGS:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_startendtag(self, tag, attrs):
        if not self.skip and tag in HTML_BLOCK_TAGS:
            self.parts.append("\n" if tag == "br" else "\n\n")

    def handle_endtag(self, tag):
        if tag in HTML_SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
        elif not self.skip and tag in HTML_BLOCK_TAGS and tag != "li":
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else (" " if data else ""))


def strip_html(raw: str) -> str:
    """Plain text of an HTML page: script/style/nav dropped, tags removed, entities decoded,
    one paragraph a line (paragraphs separated by a blank line)."""
    if not isinstance(raw, str):
        raw = "" if raw is None else str(raw)
    try:
        parser = _TextExtractor()
        parser.feed(raw)
        parser.close()
        text = "".join(parser.parts)
    except Exception:  # noqa: BLE001 - never crash on a broken page; fall back to a plain strip
        text = html.unescape(HTML_ANY_TAG_RE.sub("\n", raw))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


__all__ = [
    "CleanRule",
    "Cleaned",
    "clean_text",
    "load_rules",
    "looks_like_html",
    "strip_html",
    "KINDS",
]
