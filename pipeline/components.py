"""Custom spaCy components, registered with ``Language.factory``.

- ``claimtrail_newlines``: a line break always ends a sentence (headlines, captions,
  bullet lines and paragraphs have no final full stop).
- ``claimtrail_gazetteer``: an entity ruler over models/entities.jsonl whose pattern
  ``id`` is the canonical entity id (it overrides the small model's errors, e.g.
  "Atletico" or "Anfield" as PERSON).
- ``claimtrail_team_variants``: "Atletico Madrid B", "Atletico's B team", "the
  under-19s at Atletico" become one TEAM entity with the variant's id.
- ``claimtrail_surnames``: once "Fernando Torres" is a PERSON, every bare "Torres"
  in the article is the same PERSON.
- ``claimtrail_national_teams``: a country ("Spain", "the Netherlands") used as a team
  ("Spain coach Luis de la Fuente", "took charge of England", "89 caps for Belgium")
  becomes a TEAM whose id is the country's slug; a country as a place stays a GPE.
- ``claimtrail_team_descriptors``: "the Italian club", "the Lancashire side" become a TEAM
  with the id of the latest team before them that agrees (a club of that country).
- ``claimtrail_attributes``: the model's attribute ruler (tag -> part of speech) from
  indexed tables: the same POS, TAG and DEP at a fifth of the cost.
- ``claimtrail_lemmas``: lemmas of the verbs the claim rules name (models/verb_lemmas.csv),
  in place of the model's rule lemmatizer, which lemmatises every token and costs
  about a tenth of the whole model's time.
"""

import bisect
import re
from pathlib import Path

import numpy
from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, IS_ALPHA, IS_DIGIT, IS_SPACE, IS_TITLE, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SENT_START, TAG
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.pipeline import EntityRuler
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from pipeline.entities import Gazetteer, fold, load_gazetteer, slug
from pipeline.patterns import UNBOUNDED, requirements, split_first

NEWLINES = "claimtrail_newlines"
GAZETTEER = "claimtrail_gazetteer"
TEAM_VARIANTS = "claimtrail_team_variants"
SURNAMES = "claimtrail_surnames"
PROPN_PERSONS = "claimtrail_propn_persons"
LEMMAS = "claimtrail_lemmas"
TEAM_DESCRIPTORS = "claimtrail_team_descriptors"
NATIONAL_TEAMS = "claimtrail_national_teams"

#: Entity labels that can stand for a team.
TEAM_LABELS = ("TEAM",)


_ENT_ATTRS = [ENT_IOB, ENT_TYPE, ENT_ID, ENT_KB_ID]
_last_ents: tuple = (None, b"", ())  # the Doc last read, its words' entity annotation, its entities


def read_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, which spaCy builds anew on every access (a Token object a word), read again only
    when the words' entity annotation (IOB, type, ids) changed since the last read of the same Doc.
    The components read the entities many times and change them rarely. (One Doc is kept: the last.)"""
    global _last_ents
    marks = doc.to_array(_ENT_ATTRS).tobytes()
    last = _last_ents
    if last[0] is doc and last[1] == marks:
        return last[2]
    ents = doc.ents
    _last_ents = (doc, marks, ents)
    return ents


@Language.component(NEWLINES)
def newline_sentences(doc: Doc) -> Doc:
    """A new line starts a sentence; so does a capitalised word after a name ending in a letter
    and a full stop ("... the best player in Serie A. Achraf Hakimi, who ..."), which the
    tokenizer keeps together as an initial ("A.") and the parser then reads straight on."""
    strings = doc.vocab.strings
    # the words' texts read once from the ORTH array: a Token object is made only where one of the
    # tests below can hold (every word of every article comes through here)
    texts = [strings[h] for h in doc.to_array(ORTH).tolist()]
    for i in range(len(doc) - 1):
        text = texts[i]
        if "\n" in text:  # a new line is a space token of its own (a token's trailing whitespace is "" or " ")
            doc[i + 1].is_sent_start = True
            _first_word_goes_on(doc, i + 1)
        elif len(text) == 2 and text[1] == "." and text[0].isupper() and i > 0 \
                and texts[i - 1] in LETTER_NAME_WORDS and doc[i + 1].is_title:
            doc[i + 1].is_sent_start = True
        elif text == "." and i > 0 and texts[i - 1] == "1" and not doc[i - 1].whitespace_ \
                and (i < 2 or doc[i - 2].is_alpha) \
                and doc[i + 1].is_upper and 2 <= len(texts[i + 1]) <= 4 and texts[i + 1][-1] in CLUB_INITIAL_ENDS:
            doc[i + 1].is_sent_start = False  # "1. FC Köln", "1. FFC Frankfurt", "1. FSV Mainz 05": one club's name
        elif text[:1].isdigit() and ORDINAL_NUMBER.match(text) and doc[i].whitespace_ == " " and i > 0 \
                and doc[i - 1].is_alpha:
            doc[i + 1].is_sent_start = False  # "won a 7th straight Eredivisie title": an ordinal ends no sentence
    return doc


def _first_word_goes_on(doc: Doc, k: int) -> None:
    """A line's first word is not a sentence of its own: the word after it on the same line starts
    none. Without this the parser, told that the line starts a sentence, may cut "Firstname |
    Surname resigned ..." after the given name, and the entity recogniser, which keeps an entity
    inside one sentence, then finds only the surname."""
    if k + 1 < len(doc) and doc[k].is_alpha and not doc[k + 1].is_space:
        doc[k + 1].is_sent_start = False


#: A numeral ordinal ("7th", "22nd", "3rd").
ORDINAL_NUMBER = re.compile(r"^\d+(?:st|nd|rd|th)$")


#: Words before a single letter that ends a name: "Serie A", "Group B", "Pool C".
LETTER_NAME_WORDS = {"Serie", "Group", "Pool", "Division", "Liga", "Category", "League"}
#: Last letter of the initials after a German club's "1." ("1. FC", "1. FFC", "1. FSV", "1. SC", "1. SV", "1. FCK").
CLUB_INITIAL_ENDS = {"C", "V", "K", "N"}


@Language.factory(GAZETTEER, default_config={"models_dir": None})
def make_gazetteer_ruler(nlp: Language, name: str, models_dir: str | None):
    gaz = load_gazetteer(Path(models_dir)) if models_dir else load_gazetteer()
    ruler = _GazetteerRuler(nlp, name=name, overwrite_ents=True, phrase_matcher_attr=None)
    # exact-spelling phrase patterns need only the tokenizer: without this the ruler (not yet in the
    # pipeline) would run the whole model over its ~1,500 pattern texts, a third of a second per load
    with nlp.select_pipes(disable=nlp.pipe_names):
        ruler.add_patterns(gaz.ruler_patterns())
    return ruler


class _GazetteerRuler(EntityRuler):
    """The entity ruler, except that of two overlapping names of one length the one that does not
    open with "the" wins: "The Athletic Club winger" is the club (alias "Athletic Club"), not the
    publication "The Athletic" (spaCy's ruler takes the earlier of equal lengths)."""

    def match(self, doc: Doc):
        return sorted(super().match(doc), key=lambda m: (m[2] - m[1], doc[m[1]].lower_ != "the", -m[1]), reverse=True)


class TeamVariants:
    """Merge a club mention and a variant phrase (B team, U19s, reserves) into one TEAM entity.

    The token patterns (Python predicates at every token) run only over the sentences where
    a fast phrase matcher finds one of the variant phrases."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.matcher = Matcher(nlp.vocab, validate=False)  # validated by the tests, not at every start
        self.gate = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_key: dict[str, object] = {}
        for var in gazetteer.variants:
            self.gate.add(var.suffix, [nlp.make_doc(p) for p in var.phrases]
                          + [nlp.make_doc(p + ".") for p in var.phrases if len(p) == 1])
            phrase_pats = []
            for phrase in var.phrases:
                toks = [t.text for t in nlp.make_doc(phrase)]
                forms = lambda t: [t, t.lower(), t.capitalize()] + ([t + "."] if len(t) == 1 else [])  # "B." ends a sentence
                phrase_pats.append([{"ORTH": {"IN": forms(t)}} for t in toks])
            for k, pp in enumerate(phrase_pats):
                club = {"ENT_TYPE": {"IN": list(TEAM_LABELS)}, "OP": "+"}
                # Atletico Madrid B / Atletico U19s
                self._add(f"{var.suffix}|after|{k}", var, [club, *pp])
                # Atletico Madrid's B team / Atletico's under-19s
                self._add(f"{var.suffix}|poss|{k}", var, [club, {"ORTH": {"IN": ["'s", "'", "\u2019s"]}}, *pp])
                # the under-19s at Atletico / the reserve team of Atletico
                self._add(f"{var.suffix}|of|{k}", var, [{"LOWER": "the"}, *pp, {"LOWER": {"IN": ["at", "of"]}}, club])
                # the B team (club from context)
                self._add(f"{var.suffix}|bare|{k}", var, [{"LOWER": "the"}, *pp])

    def _add(self, key: str, var, pattern):
        self.by_key[key] = var
        self.matcher.add(key, [pattern], greedy="LONGEST")

    def __call__(self, doc: Doc) -> Doc:
        matches = [(m, start + s, start + e) for start, end in self._stretches(doc, self.gate(doc))
                   for m, s, e in self.matcher(doc[start:end])]
        if not matches:
            return doc
        spans = []
        ents = read_ents(doc)
        for match_id, start, end in matches:
            key = doc.vocab.strings[match_id]
            var = self.by_key[key]
            kind = key.split("|")[1]
            span = doc[start:end]
            if any(e.ent_id_ and e.label_ not in TEAM_LABELS and e.start < end and start < e.end for e in ents):
                continue  # "the Women's World Cup": a known competition (or other entity), not a team
            if kind == "bare" and var.suffix == "women" and end - start == 2:
                continue  # "the women's game": only "the women's team / side" stands for a club's side
            club = self._club_in(span, ents) if kind != "bare" else self._club_before(ents, start)
            if club is None:
                continue
            if kind == "bare" and club.end == start - 1 and doc[start - 1].text == "," and var.suffix != "women":
                # "Castilla, the reserve team that ...": an apposition describing the club named, not its own B team
                spans.append(Span(doc, start, end, label="TEAM", span_id=club.ent_id_))
                continue
            base_id = club.ent_id_ or club.text
            parent = self.gaz.get(base_id)
            if parent is not None and parent.attrs.get("parent"):
                base_id = parent.attrs["parent"]
            ent = self.gaz.variant(base_id, var)
            spans.append(Span(doc, start, end, label="TEAM", span_id=ent.id))
        if not spans:
            return doc
        keep = filter_spans(spans)
        covered = {i for s in keep for i in range(s.start, s.end)}
        others = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
        doc.ents = filter_spans(others + keep)
        return doc

    @staticmethod
    def _stretches(doc: Doc, phrases) -> list[tuple[int, int]]:
        """Per sentence with a variant phrase (where one starts), in order, the stretch of it that
        its matches can lie in: from the club before its first phrase (and a possessive or "the"
        between) to the club after its last ("at" / "of" between), a club being the whole run of
        team-labelled tokens there. Every match holds a phrase the gate finds, and its club
        tokens are such a run: the matches are the whole sentence's, and the Matcher, whose cost is
        per token and pattern, sees only these tokens."""
        if not phrases:
            return []
        bounds = _sentence_bounds(doc)
        starts = [b[0] for b in bounds]
        labels = {doc.vocab.strings[label] for label in TEAM_LABELS}
        team = [t in labels for t in doc.to_array(ENT_TYPE).tolist()]
        stretch: dict[int, list[int]] = {}  # sentence number -> [start, end]
        for _, s, e in phrases:
            k = bisect.bisect_right(starts, s) - 1
            lo = s - 2
            while lo >= 0 and team[lo]:
                lo -= 1
            hi = e + 1
            while hi < len(team) and team[hi]:
                hi += 1
            lo, hi = max(lo, bounds[k][0]), min(hi, bounds[k][1])
            if k in stretch:
                stretch[k] = [min(stretch[k][0], lo), max(stretch[k][1], hi)]
            else:
                stretch[k] = [lo, hi]
        return [(lo, hi) for _, (lo, hi) in sorted(stretch.items())]

    @staticmethod
    def _club_in(span: Span, ents: tuple[Span, ...]) -> Span | None:
        for ent in ents:
            if ent.start >= span.start and ent.end <= span.end and ent.label_ in TEAM_LABELS:
                return ent
        return None

    @staticmethod
    def _club_before(ents: tuple[Span, ...], start: int) -> Span | None:
        prev = [e for e in ents if e.end <= start and e.label_ in TEAM_LABELS and e.ent_id_]
        return prev[-1] if prev else None


@Language.factory(TEAM_VARIANTS, default_config={"models_dir": None})
def make_team_variants(nlp: Language, name: str, models_dir: str | None):
    gaz = load_gazetteer(Path(models_dir)) if models_dir else load_gazetteer()
    return TeamVariants(nlp, gaz)


POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}


@Language.component(SURNAMES)
def propagate_surnames(doc: Doc) -> Doc:
    """Label a bare surname (or a possessive "Torres'") as the PERSON whose full name the article uses;
    and a first name alone that the model took for something else ("Nuno" as an organisation after
    "Nuno Espirito Santo"), when one full name of the article has it and it is nobody's surname."""
    ents = read_ents(doc)
    full: dict[str, str] = {}
    # a full name's words without a possessive the model put inside ("Victor Osimhen's")
    names = [(ent, ent[:-1] if len(ent) > 2 and ent[-1].text in POSSESSIVES else ent)
             for ent in ents if ent.label_ == "PERSON"]
    for ent, words in names:
        if len(words) >= 2 and words[-1].text[:1].isupper():
            full.setdefault(words[-1].text, ent.ent_id_ or "")
            full.setdefault(fold(words[-1].text), ent.ent_id_ or "")  # "Aguero" after "Sergio Agüero"
    if not full:
        return doc
    # a first name alone ("Nuno, 51, was appointed" after "Nuno Espirito Santo"), which the model often takes for an
    # organisation: the one person of the article with that first name, when it is nobody's surname
    given: dict[str, set[str]] = {}
    for ent, words in names:
        if len(words) >= 2 and words[0].is_alpha and words[0].is_title and len(words[0]) > 2:
            given.setdefault(words[0].text, set()).add(ent.ent_id_ or " ".join(t.text for t in words))
    given = {w: (next(iter(p)) if " " not in next(iter(p)) else "") for w, p in given.items() if len(p) == 1 and w not in full}
    # a two-word surname of a longer full name ("De Rossi" of "Daniele De Rossi"), which the model
    # often takes for a team or a place: the person, unless the gazetteer names it
    double: dict[tuple[str, str], str] = {}
    for ent, words in names:
        if len(words) >= 3 and words[-1].text[:1].isupper() and words[-2].is_alpha:
            double.setdefault((words[-2].lower_, words[-1].text), ent.ent_id_ or "")
    # a double-barrelled surname ("Ward-Prowse" of "James Ward-Prowse"), three tokens: the whole of it alone
    # is the person, though the model may tag only its last part or nothing
    barrelled: dict[tuple[str, str], str] = {}
    for ent, words in names:
        if len(words) >= 4 and hyphen_joined(words[-3]) and words[-3].is_title and words[-1].is_title:
            barrelled.setdefault((words[-3].text, words[-1].text), ent.ent_id_ or "")
    ent_len = [0] * len(doc)  # token -> length of the entity holding it
    for e in ents:
        ent_len[e.start:e.end] = [len(e)] * len(e)
    orths = doc.to_array([ORTH]).tolist()  # find the surnames' tokens without a Token object a token
    strings = doc.vocab.strings
    surnames = {strings.add(w) for w in full}
    given_names = {strings.add(w) for w in given}
    new = []
    for i in (k for k, o in enumerate(orths) if o in surnames or o in given_names):
        tok = doc[i]
        if tok.text in full and (tok.ent_iob_ == "O" or (tok.ent_type_ not in ("PERSON", "TEAM", "COMPETITION", "FAC")
                                                        and ents and ent_len[i] == 1)):
            new.append(Span(doc, tok.i, tok.i + 1, label="PERSON", span_id=full[tok.text]))
        elif tok.text in given and tok.ent_iob_ != "O" and tok.ent_type_ not in ("PERSON", "TEAM", "COMPETITION", "FAC") \
                and ent_len[i] == 1:  # only a word the model took for a name of something else ("Will" stays a verb)
            new.append(Span(doc, tok.i, tok.i + 1, label="PERSON", span_id=given[tok.text]))
    seconds = {strings.add(w) for _, w in double}
    for i in (k for k in range(1, len(doc)) if orths[k] in seconds):
        tok, prev = doc[i], doc[i - 1]
        if (prev.lower_, tok.text) in double and tok.ent_type_ != "PERSON" \
                and {prev.ent_id_, tok.ent_id_} <= {"", slug(prev.text + " " + tok.text), slug(tok.text)} \
                and ent_len[prev.i] <= 2 and ent_len[tok.i] <= 2 \
                and not (prev.ent_iob_ == "I" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"):
            new = [n for n in new if n.start != tok.i]
            new.append(Span(doc, prev.i, tok.i + 1, label="PERSON", span_id=double[(prev.lower_, tok.text)]))
    lasts = {strings.add(w) for _, w in barrelled}
    for i in (k for k in range(2, len(doc)) if orths[k] in lasts):
        first, tok = doc[i - 2], doc[i]
        if (first.text, tok.text) in barrelled and hyphen_joined(first) \
                and not (first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and tok.ent_type_ == "PERSON") \
                and ent_len[i] <= 3 and not (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I") \
                and not (first.ent_iob_ == "I"):
            new = [n for n in new if n.start != tok.i]
            new.append(Span(doc, first.i, tok.i + 1, label="PERSON", span_id=barrelled[(first.text, tok.text)]))
    if new:
        covered = {i for s in new for i in range(s.start, s.end)}
        whole = {(s.start, s.end) for s in new}
        doc.ents = filter_spans([e for e in ents if not (any(i in covered for i in range(e.start, e.end))
                                                         and (len(e) <= 2 or (e.start, e.end) in whole))] + new)
    return doc


def hyphen_joined(left) -> bool:
    """Whether token ``left``, a hyphen and the token after it are written without spaces ("Ward-Prowse",
    "Heung-min", "Jean-Luc"): one word the tokenizer split at its hyphen."""
    doc = left.doc
    return left.i + 2 < len(doc) and doc[left.i + 1].text == "-" and not left.whitespace_ \
        and not doc[left.i + 1].whitespace_


def put_spans(doc: Doc, ents, new: list[Span]) -> None:
    """Set ``doc.ents`` to ``new`` plus the spans of ``ents`` that share no token with any of them."""
    covered = {i for s in new for i in range(s.start, s.end)}
    doc.ents = filter_spans([e for e in ents if not any(i in covered for i in range(e.start, e.end))] + new)


CLAIM_MATCHER = "claimtrail_claim_matcher"

if not Doc.has_extension("claim_matches"):
    Doc.set_extension("claim_matches", default=None)


class ClaimMatcher:
    """Run the claim rules of models/claim_patterns.jsonl; store
    ``(rule_id, start, end, {role: [token_index, ...]})`` in ``doc._.claim_matches``.

    Speed: spaCy's Matcher tries every pattern at every token, and ``IN`` lists are Python
    predicates, so 90 rules cost as much as a tenth of the model. Most rules need a word
    (``patterns.anchor``: "appointed", a form of "win"): such a rule runs only over the
    sentences that contain its word. Rules without one run over the whole Doc, and their
    token roles (which need the slower alignments) are computed only for the kept matches.
    A first token's ``IN`` list, which the Matcher would test in Python at every token it is
    given, becomes one pattern per word (``patterns.split_first``): the matches are the same.
    Quantified patterns (``OP: +``) also match their sub-spans: per rule only the longest
    non-overlapping matches are kept."""

    def __init__(self, nlp: Language, models_dir: Path | None = None):
        from pipeline.patterns import anchor, anchor_reach, load_claim_rules

        self.rules = {r.id: r for r in (load_claim_rules(models_dir) if models_dir else load_claim_rules())}
        # what the Matchers get: the same matches with fewer Python calls (see split_first)
        split = {rid: split_first(r.pattern) for rid, r in self.rules.items()}
        # patterns are validated by the tests (tests/pipeline/test_components.py), not at every start
        self.unanchored = Matcher(nlp.vocab, validate=False)
        self.single: dict[str, Matcher] = {}
        # rules with the same anchor words share one Matcher: one call per sentence and group
        self.groups: dict[tuple, Matcher] = {}
        self.by_word: dict[int, set[tuple]] = {}  # hash of (LOWER or LEMMA or ORTH) value -> group keys
        self.by_number: set[tuple] = set()  # groups whose anchor is any number
        # group -> ((tokens, entity runs) before, (tokens, entity runs) after) a match spans around its anchor
        self.reach: dict[tuple, tuple[tuple[int, int], tuple[int, int]]] = {}
        # group -> per rule, the numbers of the requirements it has of a sentence; None when one rule needs only
        # its anchor
        self.needs: dict[tuple, list | None] = {}
        self.req_ids: dict[tuple, int] = {}  # (entity types?, hashes) -> requirement number
        self.word_reqs: dict[int, list[int]] = {}  # word hash -> numbers of the requirements it meets
        self.ent_reqs: dict[int, list[int]] = {}  # entity type hash -> numbers of the requirements it meets
        for rule in self.rules.values():
            found = anchor(rule.pattern)
            if found is None:
                self.unanchored.add(rule.id, split[rule.id])
                self.single[rule.id] = Matcher(nlp.vocab, validate=False)  # its roles, for the matches kept (below)
                self.single[rule.id].add(rule.id, split[rule.id])
                continue
            attr, values = found  # lower-case, lemma and text hashes share one table: a word is a word
            key = (attr == "LIKE_NUM", tuple(sorted(values)))
            if key not in self.groups:
                self.groups[key] = Matcher(nlp.vocab, validate=False)
            self.groups[key].add(rule.id, split[rule.id])
            self._require(key, rule.pattern, nlp.vocab.strings)
            before, after = anchor_reach(rule.pattern, found)
            was = self.reach.get(key, ((0, 0), (0, 0)))
            self.reach[key] = (tuple(map(max, was[0], before)), tuple(map(max, was[1], after)))
            if attr == "LIKE_NUM":
                self.by_number.add(key)
            for v in values:
                self.by_word.setdefault(nlp.vocab.strings.add(v), set()).add(key)
        # the anchor words' hashes, to find the tokens holding one with numpy rather than a token at a time
        self.anchor_hashes = numpy.array(sorted(self.by_word), dtype=numpy.uint64)
        self._reach_by_run: dict[int, dict] = {}  # longest entity run -> reach per group (see _reach)

    def _require(self, key: tuple, pattern: list, strings) -> None:
        """Note what a sentence needs for this rule of group ``key`` to match (see
        :func:`pipeline.patterns.requirements`). A group whose rules all need more than their
        anchor is called only on the sentences that hold everything one of them needs; a rule
        that needs nothing more marks its group as always worth a call.

        Each requirement (a set of words of which one must be there, a number, a set of entity
        types) gets a number; a rule's need is the set of its requirements' numbers, so that a
        sentence's met requirements are found once (:meth:`_met`) and a rule is one subset test."""
        words, number, ents = requirements(pattern)
        if not words and not number and not ents:
            self.needs[key] = None
            return
        need = {self._requirement(frozenset(strings.add(v) for v in w), self.word_reqs) for w in words}
        need |= {self._requirement(frozenset(strings.add(v) for v in e), self.ent_reqs) for e in ents}
        if number:
            need.add(NUMBER_REQUIREMENT)
        if self.needs.get(key, ()) is not None:
            self.needs.setdefault(key, []).append(frozenset(need))

    def _requirement(self, values: frozenset, index: dict) -> int:
        """The number of the requirement "one of ``values``" (hashes), noted in ``index`` (hash ->
        numbers of the requirements it meets) when new."""
        k = self.req_ids.setdefault((index is self.ent_reqs, values), len(self.req_ids) + 1)
        for v in values:
            if k not in index.setdefault(v, []):
                index[v].append(k)
        return k

    def _met(self, part) -> set[int]:
        """The requirements a sentence meets, from its rows of the (LOWER, LEMMA, ORTH, LIKE_NUM,
        ENT_TYPE) array: those of its words and entity types, and a number's."""
        met: set[int] = set()
        word_reqs, ent_reqs = self.word_reqs, self.ent_reqs
        for h in set(part[:, :3].ravel().tolist()):
            if h in word_reqs:
                met.update(word_reqs[h])
        for h in set(part[:, 4].tolist()):
            if h in ent_reqs:
                met.update(ent_reqs[h])
        if part[:, 3].any():
            met.add(NUMBER_REQUIREMENT)
        return met

    def _reach(self, run: int) -> dict:
        """Per group, how many tokens a match reaches (before, after) its anchors in a sentence whose
        longest entity run is ``run`` tokens; computed once per run length."""
        reach = self._reach_by_run.get(run)
        if reach is None:
            reach = self._reach_by_run[run] = {
                key: (min(UNBOUNDED, bt + br * run), min(UNBOUNDED, at + ar * run))
                for key, ((bt, br), (at, ar)) in self.reach.items()}
        return reach

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        raw = []  # (rule_id, start, end, alignment or None)
        if len(self.unanchored):  # an empty Matcher warns on every call
            for m, s, e in self.unanchored(doc):
                raw.append((strings[m], s, e, None))
        by_word = self.by_word
        array = doc.to_array([LOWER, LEMMA, ORTH, LIKE_NUM, ENT_TYPE])
        # the tokens that carry an anchor word (or, for the number groups, a number): only those are looked at
        carries = _among(array[:, :3], self.anchor_hashes).any(axis=1)
        if self.by_number:
            carries |= array[:, 3] != 0
        hits = numpy.flatnonzero(carries).tolist()
        keys = array[hits, :4].tolist()
        by_number = self.by_number
        runs = _entity_runs(array[:, 4])
        k = 0
        for s_start, s_end in _sentence_bounds(doc):
            # group -> [first, last] token carrying one of its anchor words in this sentence
            seen: dict[tuple, list[int]] = {}
            while k < len(hits) and hits[k] < s_start:
                k += 1
            lo = k
            while k < len(hits) and hits[k] < s_end:
                k += 1
            for i, (lower_, lemma_, orth_, number) in zip(hits[lo:k], keys[lo:k]):
                for key in (lower_, lemma_, orth_):
                    ids = by_word.get(key)
                    if ids:
                        for g in ids:
                            if g in seen:
                                seen[g][1] = i
                            else:
                                seen[g] = [i, i]
                if number:
                    for g in by_number:
                        if g in seen:
                            seen[g][1] = i
                        else:
                            seen[g] = [i, i]
            met = None  # the requirements the sentence meets, when a group asks
            # the reach of a match is bounded by the longest entity run of its sentence (not of the Doc:
            # one long name elsewhere would widen every stretch the Matchers see)
            reach = self._reach(int(runs[s_start:s_end].max())) if seen else None
            for key in seen:  # (the order of the groups is no matter: longest_per_rule sorts)
                need = self.needs[key]
                if need is not None:
                    if met is None:
                        met = self._met(array[s_start:s_end])
                    if not any(rule_need <= met for rule_need in need):
                        continue
                # a match lies within its anchor's reach: the Matcher (whose cost is per token
                # seen) gets only that stretch of the sentence
                first, last = seen[key]
                before, after = reach[key]
                start, end = max(s_start, first - before), min(s_end, last + after + 1)
                for m, s, e, align in self.groups[key](doc[start:end], with_alignments=True):
                    raw.append((strings[m], start + s, start + e, align))
        found = []
        for rule_id, start, end, align in longest_per_rule(raw):
            rule = self.rules[rule_id]
            if align is None:
                align = next((a for _, s, e, a in self.single[rule_id](doc[start:end], with_alignments=True)
                              if s == 0 and e == end - start), None)
                if align is None:
                    continue
            roles: dict[str, list[int]] = {}
            for offset, pat_index in enumerate(align):
                role = rule.roles.get(pat_index)
                if role:
                    roles.setdefault(role, []).append(start + offset)
            found.append((rule_id, start, end, roles))
        doc._.claim_matches = found
        return doc


#: The requirement number of "a number" (see ClaimMatcher._require); word and entity requirements count from 1.
NUMBER_REQUIREMENT = 0


def _among(values, sorted_values):
    """``numpy.isin(values, sorted_values)`` for a sorted ``sorted_values``, by binary
    search (numpy.isin sorts both arrays at every call)."""
    if not len(sorted_values):
        return numpy.zeros(values.shape, dtype=bool)
    at = numpy.searchsorted(sorted_values, values).clip(max=len(sorted_values) - 1)
    return sorted_values[at] == values


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) token offsets of ``doc.sents``, read from the sentence-start array rather
    than by making a Token of every word."""
    if not doc.has_annotation("SENT_START"):
        return [(sent.start, sent.end) for sent in doc.sents]  # raises as doc.sents does
    starts = numpy.flatnonzero(doc.to_array(SENT_START) == 1)
    starts = ([0] if not len(starts) or starts[0] != 0 else []) + starts.tolist()
    return list(zip(starts, starts[1:] + [len(doc)]))


def _entity_runs(ent_types) -> "numpy.ndarray":
    """Per token, how many consecutive tokens with an entity type end at it (0 for a token
    without one), from the ENT_TYPE column of a Doc; the greatest over a sentence bounds its
    longest run (a run begun in the sentence before counts whole: too long is safe)."""
    inside = ent_types != 0
    at = numpy.arange(len(inside))
    last_outside = numpy.maximum.accumulate(numpy.where(inside, -1, at)) if len(inside) else at
    return numpy.where(inside, at - last_outside, 0)


def longest_per_rule(matches):
    """Per rule, the longest non-overlapping (rule_id, start, end, ...) matches, sorted by position."""
    out, by_rule = [], {}
    for m in matches:
        by_rule.setdefault(m[0], []).append(m)
    for ms in by_rule.values():
        ms.sort(key=lambda m: (-(m[2] - m[1]), m[1]))
        taken: set[int] = set()
        for m in ms:
            if not any(i in taken for i in range(m[1], m[2])):
                out.append(m)
                taken.update(range(m[1], m[2]))
    out.sort(key=lambda m: (m[1], m[2], m[0]))
    return out


@Language.factory(CLAIM_MATCHER, default_config={"models_dir": None})
def make_claim_matcher(nlp: Language, name: str, models_dir: str | None):
    return ClaimMatcher(nlp, Path(models_dir) if models_dir else None)


@Language.factory(PROPN_PERSONS, default_config={"models_dir": None})
def make_propn_persons(nlp: Language, name: str, models_dir: str | None):
    from pipeline.patterns import load_wordlists

    gaz, words = _gazetteer_and_words(models_dir)
    places = set(gaz.demonyms) | {k.lower() for k in words.get("country_aliases", {})}
    places |= {w.lower() for e in gaz.entities.values() if e.type != "person"
               for n in [e.name, *e.aliases] for w in n.split()}  # "Manchester", "Madrid": a club's town word
    return ProperNamePersons(set(words["not_a_name"]), set(words["person_subject_verbs"]),
                             set(words.get("person_object_verbs", ())), set(words.get("name_particles", ())),
                             set(words.get("first_names", ())),
                             set(words.get("person_nouns", ())) | set(words.get("role_first_words", ())) | set(words.get("name_titles", ())),
                             set(words.get("moved_from_verbs", ())),
                             {w for w in words.get("join_verbs", ()) if w.startswith("join")} | set(words.get("leave_verbs", ())),
                             set(words.get("media_words", ())),
                             set(words.get("unisex_first_names", ())), places, set(words.get("slogan_last_words", ())),
                             {k for k, country in gaz.demonyms.items() if k != country.lower() and " " not in k},
                             set(words["hyphen_prefixes"]), set(words.get("product_name_person_verbs", ())))


class ProperNamePersons:
    """Two or three capitalised proper nouns outside any entity ("Mikel Arteta",
    which the small model misses) become a PERSON, unless a word marks an
    organisation ("United", "FC")."""

    def __init__(self, not_a_name: set[str], person_verbs: set[str] = frozenset(),
                 person_object_verbs: set[str] = frozenset(), particles: set[str] = frozenset(),
                 first_names: set[str] = frozenset(), titles: set[str] = frozenset(),
                 moved_from: set[str] = frozenset(), subject_verbs: set[str] = frozenset(),
                 media: set[str] = frozenset(), unisex: set[str] = frozenset(), places: set[str] = frozenset(),
                 slogan_ends: set[str] = frozenset(), adjectives: set[str] = frozenset(),
                 hyphen_prefixes: set[str] = frozenset(), product_verbs: set[str] = frozenset()):
        self.not_a_name = not_a_name
        self.product_verbs = set(product_verbs)  # "Cole Palmer (read as a product) equalised"
        self.hyphen_prefixes = set(hyphen_prefixes)  # "Post-" in "Post-Ferguson": no part of a name
        self.adjectives = set(adjectives)  # "Brazilian", "Bosnian": a nationality word, not a part of a name
        self.slogan_ends = set(slogan_ends)
        self.person_verbs = person_verbs
        self.person_object_verbs = person_object_verbs
        self.particles = particles
        self.first_names = first_names
        self.titles = set(titles)
        self.moved_from = set(moved_from)
        self.subject_verbs = set(person_verbs) | set(subject_verbs)
        self.media = set(media)
        self.given_names = set(first_names) - set(unisex)  # a first name alone that names one person
        self.places = set(places)  # countries and demonyms: never a person known by one name

    def _clubs_moved_from(self, doc: Doc) -> None:
        """"after arriving from Lech Poznan", "joined from Vitesse Arnhem": what a player moves from is a
        club, not a person (models/wordlists.json ``moved_from_verbs``), when the model took it for one."""
        ents, changed = list(read_ents(doc)), False
        for k, e in enumerate(ents):
            if e.label_ != "PERSON" or e.ent_id_ or e.start < 2 or doc[e.start - 1].lower_ != "from":
                continue
            verbs = [doc[j].lower_ for j in range(max(0, e.start - 3), e.start - 1)]
            if any(v in self.moved_from for v in verbs) and not any(t.tag_ == "POS" for t in e):
                ents[k] = Span(doc, e.start, e.end, label="TEAM", span_id=slug(e.text))
                changed = True
        # "rejoined Vasco from Cruzeiro": what a person joins, with the club he came from after it, is a club
        for k, e in enumerate(ents):
            if e.label_ != "PERSON" or e.ent_id_ or e.start < 1 or e.end + 1 >= len(doc) \
                    or not doc[e.start - 1].lower_.startswith(("join", "rejoin")) \
                    or doc[e.start - 1].lower_ not in self.moved_from or doc[e.end].lower_ != "from" \
                    or doc[e.end + 1].ent_type_ not in TEAM_LABELS or any(t.tag_ == "POS" for t in e):
                continue
            ents[k] = Span(doc, e.start, e.end, label="TEAM", span_id=slug(e.text))
            changed = True
        if changed:
            doc.ents = ents

    #: Labels the small model gives a person's name by mistake ("Sergio" as NORP, "Pia Sundhage" as GPE).
    MISREAD_NAME_LABELS = {"GPE", "NORP", "LOC", "ORG", "FAC"}
    MISREAD_ONE_NAME_LABELS = MISREAD_NAME_LABELS | {"DATE", "WORK_OF_ART"}  # "Savinho" as ORG, "Postecoglou, 57" as a date
    #: Labels of a name that becomes a person when it acts as people do ("sacked Tomas Kral", a building)
    ACTING_NAME_LABELS = {"GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
    #: Labels of a name that becomes a person also as the subject of a player's verb ("Cole Palmer", a product,
    #: equalised; models/wordlists.json ``product_name_person_verbs``): no place or club is read so
    PRODUCT_NAME_LABELS = {"PRODUCT", "WORK_OF_ART"}
    #: Words after which one name in apposition may stand mid-sentence ("and Cristiane, 34, scored", "after
    #: Debinha, the Courage forward, was fouled"); not "in" / "at" / "to", where a place stands.
    MID_SENTENCE_BEFORE = {"and", "but", ",", "after", "as", "while", "when", "by", "with", "before", "until", "though",
                           "that"}

    def _whole_names(self, doc: Doc) -> None:
        """A name the model cut short or took for something else becomes one PERSON:
        a given name (models/wordlists.json ``first_names``) tagged as a place, people or
        organisation, with the capitalised words after it ("Sergio" NORP + "Busquets",
        "Pia Sundhage" GPE); a one-word PERSON with one untagged capitalised word after it
        ("Traianos" + "Dellas") or before it ("Granit" + "Xhaka"; not a title such as "Captain"
        or "President", nor a month: models/wordlists.json ``person_nouns``, ``role_first_words``, ``name_titles``).
        Gazetteer entities are left alone."""
        new = []
        for e in read_ents(doc):
            if e.ent_id_:
                continue
            first = e[0]
            if e.label_ in self.MISREAD_NAME_LABELS and first.lower_ in self.first_names and first.is_title:
                end = e.end
                if len(e) == 1:
                    while end < len(doc) and end - e.start < 3 and self._namey(doc[end]):
                        end += 1
                    if end == e.end:
                        continue  # "Sergio" alone: not enough to call it a name
                else:
                    if e[-1].lower_ in {"'s", "\u2019s", "'", "\u2019"}:
                        end -= 1  # "Tobias Brandt's" read as an organisation: the name without its possessive
                    if end - e.start > 3 or not all(t.is_alpha and t.is_title and t.lower_ not in self.not_a_name
                                                    for t in doc[e.start:end]):
                        continue
                new.append(Span(doc, e.start, end, label="PERSON"))
            elif e.label_ == "PERSON" and self._one_word(e) and e.end < len(doc) and self._namey(doc[e.end]) \
                    and not doc[e.end].is_sent_start and not (e.end + 1 < len(doc) and self._namey(doc[e.end + 1])):
                new.append(Span(doc, e.start, e.end + 1, label="PERSON"))
            elif e.label_ == "PERSON" and self._one_word(e) and e.start > 0 and self._namey(doc[e.start - 1]) \
                    and not e[0].is_sent_start and doc[e.start - 1].lower_ not in self.titles \
                    and not (e.start > 1 and self._namey(doc[e.start - 2])):
                new.append(Span(doc, e.start - 1, e.end, label="PERSON"))  # "Granit" + "Xhaka"
            elif self._cut_at_hyphen(doc, e):
                new.append(Span(doc, e.start - 2, e.end, label="PERSON"))
            elif e.label_ == "PERSON" and self._hyphenated_given_name(e) and e.start > 0 and self._namey(doc[e.start - 1]) \
                    and doc[e.start - 1].lower_ not in self.titles and not (e.start > 1 and self._namey(doc[e.start - 2])):
                new.append(Span(doc, e.start - 1, e.end, label="PERSON"))  # "Son" + "Heung-min", opening a sentence
        if new:
            put_spans(doc, read_ents(doc), new)

    @staticmethod
    def _one_word(e: Span) -> bool:
        """One word of a name: a single token, or a double-barrelled one the tokenizer split at its
        hyphen ("Ojo-Barnes", "Ben-Salah": capitalised words joined by a hyphen, no spaces)."""
        return len(e) == 1 or (len(e) == 3 and hyphen_joined(e[0])
                               and e[0].is_alpha and e[0].is_title and e[2].is_alpha and e[2].is_title)

    @staticmethod
    def _hyphenated_given_name(e: Span) -> bool:
        """A Korean given name alone ("Heung-min", "Min-jae"): a capitalised word, a hyphen and a lower-case
        word, with no spaces; the family name before it is part of the name."""
        return len(e) == 3 and hyphen_joined(e[0]) and e[0].is_title and e[2].is_lower and e[2].is_alpha

    def _with_particles(self, doc: Doc) -> None:
        """"Erik ten Hag", "Matthijs de Ligt": a lower-case name particle (models/wordlists.json
        ``name_particles``) between a person's first name and a capitalised word joins them into
        one PERSON (the model reads "ten" as a number, or stops at "de"). Lower case in mid-name
        is what makes it a particle: "Ten players" or "Copa del Rey" (no person before) stay."""
        new = []
        hashes = {doc.vocab.strings.add(p) for p in self.particles}  # exactly lower case
        orths = doc.to_array([ORTH]).tolist() if len(doc) > 2 else []  # no Token object a token
        for i in (k for k in range(1, len(doc) - 1) if orths[k] in hashes):
            tok, prev = doc[i], doc[i - 1]
            if prev.ent_type_ != "PERSON" or not prev.text[:1].isupper() or doc[tok.i + 1].ent_iob_ == "I" and \
                    doc[tok.i + 1].ent_type_ == "PERSON":
                continue
            end = tok.i + 1
            while end < len(doc) and doc[end].text in self.particles and end - tok.i < 2:  # "van der Sar"
                end += 1
            last = doc[end] if end < len(doc) else None
            if last is None or not (last.is_alpha and last.text[:1].isupper() and not last.is_upper) \
                    or last.ent_type_ in TEAM_LABELS or last.ent_type_ == "COMPETITION" or last.ent_id_:
                continue
            start = next(e.start for e in read_ents(doc) if e.start <= prev.i < e.end)
            new.append(Span(doc, start, end + 1, label="PERSON"))
        if new:
            put_spans(doc, read_ents(doc), new)

    def _aged_single_names(self, doc: Doc) -> None:
        """One capitalised word opening a sentence with an age in apposition after it ("Koke, 22, came
        through the academy"), which the model leaves untagged: a person known by one name."""
        if len(doc) < 5:
            return
        strings = doc.vocab.strings
        comma = strings.add(",")
        orth, digit, lower = doc.to_array([ORTH, IS_DIGIT, LOWER]).T
        # only a comma with a number or an article after it can open an age or a role apposition
        after = (digit[2:-2] == 1) | numpy.isin(lower[2:-2], [strings.add(w) for w in ("the", "a", "an")])
        new = []
        for c in numpy.flatnonzero((orth[1:-3] == comma) & after).tolist():
            c += 1  # the comma after the name
            tok, age, close = doc[c - 1], doc[c + 1], doc[c + 2]
            # "Postecoglou, 57," which the model read as a date as a whole
            misread = tok.ent_type_ == "DATE" and age.ent_type_ == "DATE" and close.ent_iob_ != "I" \
                and tok.lower_ not in self.titles
            # "the Brazilian winger Savinho, 20,": a name after a role word, which the model read as an organisation
            after_role = tok.ent_type_ in self.MISREAD_NAME_LABELS and tok.ent_iob_ == "B" and not tok.ent_id_ \
                and tok.i > 0 and doc[tok.i - 1].lower_ in self.titles and doc[tok.i - 1].pos_ == "NOUN"
            if after_role and tok.is_alpha and tok.is_title and len(tok) > 2 and age.text.isascii() and age.text.isdigit() \
                    and 15 <= int(age.text) <= 45 and close.text == ",":
                new.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
                continue
            # "Casemiro, the Brazil midfielder, ...": one word the model read as an organisation or a place
            one_word = tok.ent_type_ in self.MISREAD_ONE_NAME_LABELS and tok.ent_iob_ == "B" and not tok.ent_id_ \
                and doc[c].ent_iob_ != "I"
            # mid-sentence, after "and" / "after" ... ("and Cristiane, 34, became"): the same, where no place is meant
            opens = tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].lower_ in self.MID_SENTENCE_BEFORE \
                and tok.lower_ not in self.places and not (tok.i > 1 and self._namey(doc[tok.i - 2]))
            if not (opens and (tok.ent_iob_ == "O" or misread or one_word and (
                        age.lower_ in {"the", "a", "an"} or not tok.is_sent_start))
                    and tok.is_alpha and tok.is_title and len(tok) > 2
                    and tok.pos_ in {"PROPN", "NOUN"} and tok.lower_ not in self.not_a_name):
                continue
            if age.text.isascii() and age.text.isdigit() and 15 <= int(age.text) <= (80 if misread else 45) and close.text == "," \
                    and age.ent_type_ in {"", "DATE", "CARDINAL"}:
                new.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
            elif age.lower_ == "the" and self._role_apposition(doc, c + 2):
                new.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))  # "Fred, the Brazil midfielder signed from ..."
            elif age.lower_ in {"a", "an"} and self._role_apposition(doc, c + 2, 7):
                new.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))  # "Marta, a six-time world player of the year,"
        new += self._singular_subjects(doc)
        new += self._possessed_aged_names(doc)
        if new:
            starts = {s.start for s in new}
            doc.ents = filter_spans([e for e in read_ents(doc) if not (e.label_ in self.MISREAD_ONE_NAME_LABELS
                                                                and e.start in starts)] + new)

    def _possessed_aged_names(self, doc: Doc) -> list[Span]:
        """"Arsenal's Gervinho (24)", "Barcelona's Pedri, 19,": one capitalised word outside any entity after a
        club's possessive, with an age in brackets or commas after it, is a player known by one name."""
        out = []
        n, strings = len(doc), doc.vocab.strings
        if n <= 5:
            return out
        # the tokens after a possessive after a team, found on the arrays (no Token for every word)
        after_possessive = numpy.flatnonzero((doc.to_array(TAG)[1:n - 4] == strings["POS"])
                                             & (doc.to_array(ENT_TYPE)[:n - 5] == strings["TEAM"])) + 2
        for i in after_possessive.tolist():
            tok, before, owner = doc[i], doc[i - 1], doc[i - 2]
            if before.tag_ != "POS" or owner.ent_type_ != "TEAM" or tok.ent_iob_ != "O" or not (
                    tok.is_alpha and tok.is_title and len(tok) > 2 and tok.pos_ == "PROPN") \
                    or tok.lower_ in self.not_a_name or tok.lower_ in self.places:
                continue
            opening, age, closing = doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
            if (opening.text, closing.text) in {("(", ")"), (",", ",")} and age.text.isascii() and age.text.isdigit() \
                    and 15 <= int(age.text) <= 45 and age.ent_type_ in {"", "DATE", "CARDINAL"}:
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        return out

    #: Auxiliaries of a singular subject: "Neymar has left", "Pedri is injured" (a club takes "have" / "are").
    SINGULAR_AUX = {"has", "is", "was"}

    def _singular_subjects(self, doc: Doc) -> list[Span]:
        """"Neymar has left Al-Hilal", "Rodri resigned": one capitalised word the model read as an organisation,
        opening a sentence as the subject of a person's own verb (``person_subject_verbs``: "resigned",
        "scored"), or of a singular "has" / "is" / "was" with a person's verb after it
        (models/wordlists.json ``person_subject_verbs``, "join" of ``join_verbs``, ``leave_verbs``; not "signed":
        sponsors sign too; no outlet of ``media_words``), is a person known by one name; British writing gives
        a club a plural verb ("Brentford have left")."""
        out = []
        for e in read_ents(doc):
            if e.label_ not in {"ORG", "GPE", "NORP", "WORK_OF_ART"} or len(e) != 1 or e.ent_id_ or not e[0].is_sent_start \
                    or e.label_ != "ORG" and e[0].lower_ in self.places:
                continue  # "Pedri" as an organisation, "Casemiro" as a place: not a country
            tok = e[0]
            head = tok.head
            if not (tok.dep_ == "nsubj" and tok.is_alpha and tok.is_title and len(tok) > 2
                    and tok.lower_ not in self.not_a_name and tok.lower_ not in self.media and head.lower_ in self.subject_verbs
                    and (any(c.dep_ == "aux" and c.lower_ in self.SINGULAR_AUX for c in head.children)
                         or head.lower_ in self.person_verbs and not any(c.dep_ == "aux" for c in head.children))
                    and not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in head.children)):
                continue  # "Rodri resigned as captain", "Pedri scored twice": what people do, in any tense (a club
                # "sacked X", "appointed X")
            out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        out += self._one_name_signings(doc, {s.start for s in out})
        return out + self._one_name_subjects(doc, {s.start for s in out})

    #: Verbs of a club signing a player, whose object known by one name is a person ("Manchester City have
    #: signed Savinho from Troyes").
    SIGNING_VERBS = {"signed", "sign", "signs", "signing", "recruited", "loaned", "re-signed"}
    #: Words after a signed player's one name ("signed Savinho from Troyes", "... on loan", "..., 20,").
    AFTER_SIGNED = {"from", "on", "for", ",", ".", "in", "until", "and", "after", "ahead", "last", "this"}

    def _one_name_signings(self, doc: Doc, done: set[int]) -> list[Span]:
        """"Manchester City have signed Savinho from Troyes": one capitalised word the model read as a place, a
        building or an organisation (or left untagged), the object of a signing verb whose subject is a club, with
        a word of the deal after it ("from", "on loan", "for"), is a player known by one name; never a
        country, a demonym or a word of an organisation."""
        out = []
        objects = numpy.flatnonzero(doc.to_array(DEP) == doc.vocab.strings["dobj"]).tolist()  # no Token of every word
        for tok in (doc[i] for i in objects):
            if tok.head.lower_ not in self.SIGNING_VERBS or tok.i in done or tok.ent_id_ \
                    or not (tok.is_alpha and tok.is_title and len(tok) > 2 and tok.pos_ == "PROPN"):
                continue
            if not (tok.ent_type_ in self.MISREAD_ONE_NAME_LABELS and tok.ent_iob_ == "B" or tok.ent_iob_ == "O"):
                continue
            if tok.i + 1 < len(doc) and (doc[tok.i + 1].ent_iob_ == "I" or doc[tok.i + 1].lower_ not in self.AFTER_SIGNED):
                continue  # a longer name, or no word of a deal after it
            if tok.i > 0 and (doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha or doc[tok.i - 1].lower_ == "the"):
                continue
            if tok.lower_ in self.not_a_name or tok.lower_ in self.places or tok.lower_ in self.media:
                continue
            if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.ent_type_ == "TEAM" for c in tok.head.children):
                continue  # a club signs players; "he signed Nike" is a sponsor
            out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        return out

    #: Words that open a clause whose one-word subject may be a person ("..., and Kvaratskhelia scored").
    CLAUSE_OPENERS = {"and", "but", "as", "while", "when", "before", "after", "that", "then"}

    #: Pronouns of one person, which a one-word subject before them in its sentence stands for.
    PERSON_PRONOUNS = {"he", "she", "his", "her", "him"}

    @staticmethod
    def _object_of(pron, verb) -> bool:
        """Whether a pronoun is, or is the possessor of, the verb's own object ("Glasgow witnessed his greatest
        night", "Lisbon gave him ..."): a place can be the subject of that, so it proves no person."""
        obj = pron.head if pron.dep_ == "poss" else pron
        return obj.dep_ in {"dobj", "dative", "attr"} and obj.head is verb

    @staticmethod
    def _in_clause_of(tok, verb) -> bool:
        """Whether ``tok`` hangs from ``verb`` with no coordinated clause between them ("X scored, when her
        penalty ...": yes; "X hosted the final, and his team won": no)."""
        t, seen = tok, 0
        while t is not verb and t.head is not t and seen < 12:
            if t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"}:
                return False
            t, seen = t.head, seen + 1
        return t is verb

    def _one_name_subjects(self, doc: Doc, done: set[int]) -> list[Span]:
        """One capitalised word the model read as a place, an organisation or a title, or left untagged, as the
        subject of its sentence, is a person known by one name when it is a given name ("Marta became the
        leading scorer"; models/wordlists.json ``first_names`` less ``unisex_first_names``), or when "his" /
        "her" / "he" / "she" follows in its sentence with no other person named ("Endrick scored on his
        debut"). Never a country or a demonym, nor a word of an organisation."""
        out = []
        if not len(doc):
            return out
        arr = doc.to_array([POS, DEP, IS_TITLE])
        subj = (doc.vocab.strings["nsubj"], doc.vocab.strings["nsubjpass"])
        picked = (arr[:, 0] == PROPN) & ((arr[:, 1] == subj[0]) | (arr[:, 1] == subj[1])) & (arr[:, 2] == 1)
        for k in numpy.flatnonzero(picked).tolist():
            tok = doc[k]
            if tok.i in done or tok.ent_id_ or not tok.is_alpha \
                    or not tok.is_title or len(tok) < 3 or tok.pos_ != "PROPN":
                continue
            if not (tok.ent_type_ in self.MISREAD_ONE_NAME_LABELS and tok.ent_iob_ == "B" or tok.ent_iob_ == "O"):
                continue
            if tok.i + 1 < len(doc) and (doc[tok.i + 1].ent_iob_ == "I" or self._namey(doc[tok.i + 1])) \
                    or tok.i > 0 and (doc[tok.i - 1].is_title and doc[tok.i - 1].is_alpha and not tok.is_sent_start
                                      or doc[tok.i - 1].lower_ == "the"):
                continue  # part of a longer name, or "the X": not one name
            if tok.lower_ in self.not_a_name or tok.lower_ in self.places or tok.lower_ in self.media:
                continue
            opens = tok.is_sent_start or tok.i > 0 and doc[tok.i - 1].lower_ in self.CLAUSE_OPENERS
            if tok.lower_ in self.given_names or opens and tok.dep_ == "nsubj" \
                    and tok.head.lower_ in self.person_verbs and not any(c.dep_ == "aux" for c in tok.head.children):
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))  # "Richarlison resigned", untagged
                continue
            sent = tok.sent
            pron = next((t for t in doc[tok.i + 1:sent.end] if t.lower_ in self.PERSON_PRONOUNS), None)
            if pron is not None and not any(t.ent_type_ == "PERSON" for t in doc[sent.start:pron.i]) \
                    and tok.head.pos_ in {"VERB", "AUX"} and self._in_clause_of(pron, tok.head) \
                    and not self._object_of(pron, tok.head):
                out.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
        return out

    def _role_apposition(self, doc: Doc, k: int, width: int = 4) -> bool:
        """A person's role within the next four words from ``k``, before any comma ("the Brazil
        midfielder"; models/wordlists.json ``person_nouns``, ``name_titles``)."""
        for t in doc[k:min(k + width, len(doc))]:
            if t.is_punct and t.text != "-":
                return False
            if t.lower_ in self.titles and t.pos_ in {"NOUN", "ADV"}:  # "the Brazil forward" (read as an adverb)
                return True
        return False

    def _possessive_gazetteer_names(self, doc: Doc) -> None:
        """"Otto Rehhagel's side": a gazetteer person's name takes its possessive "'s", as the model's own
        PERSON entities do."""
        ents, changed = list(read_ents(doc)), False
        for k, e in enumerate(ents):
            if e.label_ == "PERSON" and e.ent_id_ and e.end < len(doc) and doc[e.end].tag_ == "POS" \
                    and doc[e.end].ent_iob_ == "O":
                ents[k] = Span(doc, e.start, e.end + 1, label="PERSON", span_id=e.ent_id_)
                changed = True
        if changed:
            doc.ents = ents

    def __call__(self, doc: Doc) -> Doc:
        self._possessive_gazetteer_names(doc)
        self._aged_single_names(doc)
        if self.particles:
            self._with_particles(doc)
        if self.first_names:
            self._whole_names(doc)
        if self.moved_from:
            self._clubs_moved_from(doc)
        # an ORG that reads like a person's name ("Unai Emery") and no gazetteer entry: a PERSON; a
        # place, a building or a product only when it does what people do ("Rudi Völler resigned", "Rudi Völler was sacked"),
        # or is done to as people are ("sounded out Rudi Völler", "signed Tomas Kral")
        relabel = [Span(doc, e.start, e.end, label="PERSON") for e in read_ents(doc)
                   if (e.label_ == "ORG" or e.label_ in self.ACTING_NAME_LABELS and (self._acts(e) or self._listed_with_person(doc, e))
                       or e.label_ in self.PRODUCT_NAME_LABELS and e.root.dep_ == "nsubj"
                       and e.root.head.lower_ in self.product_verbs
                       or e.label_ in self.MISREAD_NAME_LABELS and self._aged(doc, e))
                   and not e.ent_id_ and self._name_like(self._without_possessive(e))]
        if relabel:
            starts = {s.start for s in relabel}
            doc.ents = [e for e in read_ents(doc) if e.start not in starts] + relabel
        self._particle_surnames(doc)
        namey = self._namey_tokens(doc)
        new, i = [], 0
        while i < len(doc):
            j = i
            while j < len(doc) and j - i < 3 and namey[j]:
                j += 1
            if j - i >= 2 and not (j < len(doc) and namey[j]):
                new.append(Span(doc, i, j, label="PERSON"))
                i = j
            else:
                i = max(i + 1, j)
        if new:
            doc.ents = filter_spans(list(read_ents(doc)) + new)
            cut = [Span(doc, e.start - 2, e.end, label="PERSON") for e in read_ents(doc) if self._cut_at_hyphen(doc, e)]
            if cut:  # a name made of untagged words just now, after a hyphenated given name
                put_spans(doc, read_ents(doc), cut)
        self._strip_titles(doc)
        self._strip_nationality(doc)
        if self.slogan_ends:
            self._drop_slogans(doc)
        return doc

    def _cut_at_hyphen(self, doc: Doc, e: Span) -> bool:
        """A PERSON the model began after a hyphen: "Ward-" + "Prowse", "Jan-" + "Erik Solberg" (a capitalised
        word joined by a hyphen, untagged; not "Post-Ferguson", "Anti-Glazer": ``hyphen_prefixes``)."""
        return e.label_ == "PERSON" and len(e) <= 2 and e.start > 1 and hyphen_joined(doc[e.start - 2]) \
            and doc[e.start - 2].is_alpha and doc[e.start - 2].is_title and not doc[e.start - 2].ent_type_ \
            and doc[e.start - 2].lower_ not in self.hyphen_prefixes

    def _particle_surnames(self, doc: Doc) -> None:
        """A surname opening with a capitalised particle ("El Kaabi", "Di Maria", "Van Dijk"; models/wordlists.json
        ``name_particles``) with an untagged given name before it that the model left out: one PERSON
        ("Ayoub" + "El Kaabi")."""
        new = [Span(doc, e.start - 1, e.end, label="PERSON") for e in read_ents(doc)
               if e.label_ == "PERSON" and len(e) == 2 and not e.ent_id_ and e[0].lower_ in self.particles
               and e[0].is_title and not e[0].is_sent_start and self._namey(doc[e.start - 1])
               and doc[e.start - 1].lower_ not in self.titles and not (e.start > 1 and self._namey(doc[e.start - 2]))]
        if new:
            put_spans(doc, read_ents(doc), new)

    def _drop_slogans(self, doc: Doc) -> None:
        """"the \"Firstname Out\" banners", "chants of 'Surname Must Go'": a name with a protest's last word
        (models/wordlists.json ``slogan_last_words``) is a slogan, not a person."""
        ents = read_ents(doc)
        drop = {e.start for e in ents if e.label_ == "PERSON" and not e.ent_id_ and len(e) >= 2
                and e[-1].lower_ in self.slogan_ends and e[-1].is_title}
        if drop:
            doc.ents = [e for e in ents if e.start not in drop]

    def _name_like(self, e: Span) -> bool:
        """Two or three capitalised proper nouns (particles and given-name hyphens inside), none a word
        that is no name."""
        return 2 <= len(e) - self._given_name_hyphens(e) <= 3 \
            and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and t.pos_ == "PROPN"
                    or 0 < k < len(e) - 1 and t.text in self.particles
                    or t.text == "-" and self._given_name_hyphen(e, k) for k, t in enumerate(e)) \
            and not any(t.lower_ in self.not_a_name for t in e)

    @staticmethod
    def _without_possessive(e: Span) -> Span:
        """"Juan Ortega' side": the name without the possessive the model took into the entity."""
        return e[:-1] if len(e) > 1 and e[-1].tag_ == "POS" else e

    def _strip_titles(self, doc: Doc) -> None:
        """"Veteran Jonas Berger", "Captain Anna Berg": a title word before a name of two or more
        words is no part of the name (models/wordlists.json ``name_titles``, ``person_nouns``)."""
        ents = read_ents(doc)
        if not any(e.label_ == "PERSON" and len(e) >= 3 and not e.ent_id_ and e[0].lower_ in self.titles for e in ents):
            return
        doc.ents = [Span(doc, e.start + 1, e.end, label="PERSON")
                    if e.label_ == "PERSON" and len(e) >= 3 and not e.ent_id_ and e[0].lower_ in self.titles
                    and e[1].is_title and e[1].is_alpha else e for e in ents]

    def _strip_nationality(self, doc: Doc) -> None:
        """"the Brazilian Hulk, 30,": a nationality word (models/demonyms.csv) between "the" and a one-word
        name is no part of the name; the name (a PERSON, or any unknown entity with an age after it) is a
        PERSON of its own."""
        def name_of(e):
            k = e.start + (e[0].lower_ == "the")
            if e.ent_id_ or e.end - k != 2 or not (k > e.start or k > 0 and doc[k - 1].lower_ == "the"):
                return None
            if doc[k].lower_ not in self.adjectives or not (doc[k + 1].is_title and doc[k + 1].is_alpha):
                return None
            if e.label_ == "PERSON" or e.label_ in {"ORG", "NORP", "GPE"} and self._aged(doc, doc[k:e.end]):
                return Span(doc, k + 1, e.end, label="PERSON")
            return None
        ents = read_ents(doc)
        found = {e.start: name_of(e) for e in ents}
        if any(found.values()):
            doc.ents = [found[e.start] or e for e in ents]

    @staticmethod
    def _given_name_hyphen(span, k: int) -> bool:
        """Whether token ``k`` of a span is the hyphen of a given name ("Jean-Luc Vasseur"): no space
        around it, and a surname after the hyphenated word (not "Saint-Etienne")."""
        return 0 < k and k + 2 < len(span) and hyphen_joined(span[k - 1])

    @classmethod
    def _given_name_hyphens(cls, span) -> int:
        return sum(1 for k in range(len(span)) if cls._given_name_hyphen(span, k))

    @staticmethod
    def _listed_with_person(doc, span) -> bool:
        """"brought in Franck Kessie and Andreas Christensen": a name in a list with a person's name."""
        after = doc[span.end + 1] if span.end + 1 < len(doc) and doc[span.end].lower_ in {"and", ","} else None
        before = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].lower_ in {"and", ","} else None
        return any(t is not None and t.ent_type_ == "PERSON" for t in (after, before))

    @staticmethod
    def _aged(doc, span) -> bool:
        """An age in apposition right after the name ("Ivan Horvat, 24, scored"): ", NN," with a number
        between 15 and 80; a place or a club takes no age."""
        e = span.end
        return e + 2 < len(doc) and doc[e].text == "," and doc[e + 2].text == "," and doc[e + 1].text.isascii() and doc[e + 1].text.isdigit() \
            and 15 <= int(doc[e + 1].text) <= 80 and len(span) >= 2

    def _acts(self, span) -> bool:
        """A place that does what people do, or is done to as people are ("sounded out X", "replacing X")."""
        root = span.root
        return (root.dep_ in {"nsubj", "nsubjpass"} and root.head.lower_ in self.person_verbs
                or root.dep_ == "dobj" and root.head.lower_ in self.person_object_verbs)

    def _namey(self, tok) -> bool:
        """A proper noun outside any entity, capitalised, not all capitals, and no word that marks an organisation."""
        return (tok.pos_ == "PROPN" and tok.ent_iob_ == "O" and tok.is_alpha and tok.text[:1].isupper()
                and not tok.is_upper and tok.lower_ not in self.not_a_name)

    def _namey_tokens(self, doc: Doc) -> list[bool]:
        """:meth:`_namey` of every token; the array tests come first, so most tokens need no Token object."""
        out = [False] * len(doc)
        if not len(doc):
            return out
        arr = doc.to_array([POS, ENT_IOB, IS_ALPHA])
        for k in numpy.flatnonzero((arr[:, 0] == PROPN) & (arr[:, 1] == 2) & (arr[:, 2] == 1)).tolist():
            tok = doc[k]
            out[k] = tok.text[:1].isupper() and not tok.is_upper and tok.lower_ not in self.not_a_name
        return out


@Language.factory(LEMMAS, default_config={"models_dir": None})
def make_verb_lemmas(nlp: Language, name: str, models_dir: str | None):
    from pipeline.patterns import load_verb_lemmas

    return VerbLemmas(nlp, load_verb_lemmas(Path(models_dir)) if models_dir else load_verb_lemmas())


class VerbLemmas:
    """Set ``lemma_`` for the forms of the listed verbs, the way the rule lemmatizer would:
    any form of a VERB or AUX; a NOUN only its base form or regular plural ("claims",
    "ends"); other parts of speech only the base form ("close"). Every other token gets its
    lower-case form (nothing in the project reads those lemmas)."""

    VERBAL = frozenset({"VERB", "AUX"})

    def __init__(self, nlp: Language, table: dict[str, str]):
        strings = nlp.vocab.strings
        self.verbal = {form: strings.add(lemma) for form, lemma in table.items()}
        self.nominal = {form: strings.add(lemma) for form, lemma in table.items()
                        if form == lemma or form in (lemma + "s", lemma + "es")}
        self.base = {form: strings.add(lemma) for form, lemma in table.items() if form == lemma}
        self._forms = None  # hashes of the listed forms, as an array

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        verbal, nominal, base = self.verbal, self.nominal, self.base
        # every token gets its lower-case form (the Matcher refuses LEMMA patterns without lemmas),
        # set from arrays; only the listed forms need a Token object
        arr = doc.to_array([LOWER, POS])
        lemmas = arr[:, 0].copy()
        forms = self._form_hashes(doc)
        for k in numpy.flatnonzero(numpy.isin(arr[:, 0], forms)).tolist():
            tok = doc[k]
            pos = tok.pos_
            table = verbal if pos in self.VERBAL else nominal if pos == "NOUN" else base
            lemmas[k] = table.get(tok.lower_, tok.lower)
        doc.from_array([LEMMA], lemmas)
        return doc

    def _form_hashes(self, doc: Doc):
        if self._forms is None:
            self._forms = numpy.array([doc.vocab.strings.add(f) for f in self.verbal], dtype="uint64")
        return self._forms


@Language.factory(NATIONAL_TEAMS, default_config={"models_dir": None})
def make_national_teams(nlp: Language, name: str, models_dir: str | None):
    return NationalTeams(*_gazetteer_and_words(models_dir))


def _gazetteer_and_words(models_dir: str | None) -> tuple[Gazetteer, dict]:
    """The gazetteer and the word lists of models/ (or of ``models_dir``)."""
    from pipeline.patterns import load_wordlists

    if models_dir:
        return load_gazetteer(Path(models_dir)), load_wordlists(Path(models_dir))
    return load_gazetteer(), load_wordlists()


class NationalTeams:
    """Relabel a place (GPE) as a TEAM when the words around it make it a side.

    A country ("Spain", "the Netherlands") becomes its national side, id the country's slug,
    with a role or player noun after it ("Germany coach", "Spain's captain"), a result verb
    after it ("England beat ..."), or before it a word of playing or leading ("for",
    "against", "led", "with") or "charge/coach/job of". A town ("Mainz", "Burnley") becomes
    the club of that name only in the stronger contexts (a role noun after it, or "managed",
    "joined", "for", "against", "charge of" before it): "moved to Leicester" stays a place.
    Context words: models/wordlists.json."""

    def __init__(self, gaz: Gazetteer, words: dict):
        self.countries = {k: v for k, v in gaz.demonyms.items() if k == v.lower()}  # country names only
        self.countries.update(words.get("country_aliases", {}))  # "US", "Holland"
        # "The Americans have won it four times": a plural demonym doing something is the side
        self.peoples = {k + "s": v for k, v in gaz.demonyms.items() if k != v.lower() and not k.endswith(("s", "sh", "ch"))}
        self.ids = {e.attrs.get("country"): e.id for e in gaz.entities.values()
                    if e.type == "team" and e.id == slug(e.attrs.get("country") or "")}
        self.next = set(words["national_team_next"])
        self.title_nouns = set(words.get("national_team_title_nouns", ()))  # "France's previous titles"
        self.prev = set(words["national_team_prev"])
        self.prev_of = set(words["national_team_prev_of"])
        self.by_verbs = set(words["national_team_by_verbs"])  # "was sacked by Greece"
        self.apposition = set(words["national_team_apposition"])  # "Italy, the holders,"
        self.match_verbs = set(words["match_verbs"])  # "Ghana face Uruguay"
        self.match_nouns = set(words.get("match_nouns", ()))  # "the defeat by X's Saudi Arabia"
        self.modals = set(words["modal_verbs"])  # "Japan will play ..."
        self.club_next = set(words["club_town_next"])
        self.club_prev = set(words["club_town_prev"])
        self._country_hashes = None
        self._town_hashes = None
        self.ordinals = set(words.get("ordinals", ()))
        self.club_last = set(words.get("club_last_words", ()))
        self.clubs = {e.id for e in gaz.entities.values() if e.type == "team" and not e.attrs.get("parent")}
        self.towns = set(gaz.cities)  # the towns the gazetteer gives its clubs
        self.demonym_words = set(gaz.demonyms)
        # a town word of a club's name ("Madrid" in Real Madrid): the club, when the article names it
        self.town_clubs: dict[str, set[str]] = {}
        self.prefix_clubs: dict[str, set[str]] = {}
        self._prefix_first_hashes = None
        self._prefix_by_hash: dict[int, list] = {}
        # (and of a longer alias: "Girondins" of Girondins de Bordeaux, the old name of a club now called otherwise)
        for ent in gaz.entities.values():
            if ent.type == "team" and not ent.attrs.get("parent"):
                for name in [ent.name, *ent.aliases]:
                    parts = name.split()
                    for w in parts[1:] + parts[:1]:
                        if len(w) >= 4 and w[:1].isupper() and len(parts) >= 2:
                            self.town_clubs.setdefault(w, set()).add(ent.id)
                    # the name but its last word, of a name of three words or more ("Red Bull" of a club
                    # whose name adds its town): the club, when the article names it in full
                    if len(parts) >= 3 and parts[-1][:1].isupper() and parts[-2][:1].isupper():
                        self.prefix_clubs.setdefault(" ".join(parts[:-1]), set()).add(ent.id)
        self.prefix_first: dict[str, list[list[str]]] = {}  # first word -> the words of such names
        for name in self.prefix_clubs:
            self.prefix_first.setdefault(name.split()[0], []).append(name.split())

    def _untagged_countries(self, doc: Doc) -> list[Span]:
        """One-word country names the model left untagged ("England won Women's Euro 2022")."""
        if self._country_hashes is None:
            self._country_hashes = numpy.array(sorted(doc.vocab.strings.add(c.title()) for c in self.countries
                                                      if " " not in c), dtype="uint64")  # sorted: see _among
        orth = doc.to_array([ORTH, ENT_IOB])
        hits = numpy.nonzero(_among(orth[:, 0], self._country_hashes) & (orth[:, 1] == 2))[0]
        return [Span(doc, int(i), int(i) + 1, label="GPE") for i in hits]

    #: A score written after a side ("beating England 2-0"): "2-0", or "2", "-", "0".
    SCORE = re.compile(r"^\d{1,2}(?:-\d{1,2})?$|^-$")

    def _countries_with_a_score(self, ents: tuple[Span, ...]) -> list[Span]:
        """A country the model read together with the score after it as one other thing ("England 2-0" as a work
        of art, "Croatia 4-2" as a building): the country alone, as a place."""
        out = []
        for e in ents:
            if e.label_ not in {"GPE", "TEAM", "NORP"} and len(e) >= 2 \
                    and e[0].text.lower() in self.countries and e[0].is_title \
                    and all(self.SCORE.match(t.text) for t in e[1:]) and any(t.is_digit or "-" in t.text for t in e[1:]):
                out.append(e)
        return out

    def __call__(self, doc: Doc) -> Doc:
        ents = read_ents(doc)  # built anew on every access: read again only after a change
        scored = self._countries_with_a_score(ents)
        if scored:
            drop = {(e.start, e.end) for e in scored}
            doc.ents = [e for e in ents if (e.start, e.end) not in drop] + [
                Span(doc, e.start, e.start + 1, label="GPE") for e in scored]
            ents = read_ents(doc)
        found = self._untagged_countries(doc)
        if found:
            doc.ents = filter_spans(list(ents) + found)
            ents = read_ents(doc)
        if self._club_last_words(doc, ents):
            ents = read_ents(doc)
        ents, changed, places = list(ents), False, []
        before = tuple(ents)  # the entities as they were: _named_club counts these, not the relabelled ones
        for k, e in enumerate(ents):
            if e.label_ == "TEAM" and len(e) == 1 and self._a_place(doc, e):
                ents[k] = Span(doc, e.start, e.end, label="GPE")  # "the final in Lyon": the city
                places.append(e.start)
                changed = True
                continue
            if e.label_ == "NORP" and self._people_acting(doc, e):
                country = self.peoples[e.text.lower().removeprefix("the ")]
                ents[k] = Span(doc, e.start, e.end, label="TEAM", span_id=self.ids.get(country, slug(country)))
                changed = True
                continue
            core = e[:-1] if len(e) > 2 and e[-1].text in {"'s", "’s", "'"} else e  # "Red Bull's": without the 's
            club = self._club_by_name_but_town(doc, core, before) if e.label_ != "TEAM" and len(core) >= 2 else None
            if club:
                ents[k] = Span(doc, core.start, core.end, label="TEAM", span_id=club)
                changed = True
                continue
            if e.label_ == "ORG" and len(e) == 1 and self._named_club(before, e.text):
                # "Aston Villa ... Villa finished 14th": a word of the one club the article names is that club
                ents[k] = Span(doc, e.start, e.end, label="TEAM", span_id=self._named_club(before, e.text))
                changed = True
                continue
            if e.label_ == "PERSON" and len(e) == 1 and e.text in self.town_clubs \
                    and any(x.label_ == "TEAM" and len(x) > 1 and x.ent_id_ in self.town_clubs[e.text] for x in before) \
                    and e.text not in self._surnames(before) and not self._name_goes_on(doc, e):
                # "brought him to Manchester" after "Manchester United": the town of a club the article names,
                # which the model took for a person
                e = ents[k] = Span(doc, e.start, e.end, label="GPE")
                changed = True
            if e.label_ in {"ORG", "LOC"} and not e.ent_id_ and core.text[:1].isupper() and core.text.lower() in self.countries:
                # "The Wales captain", "Ivory Coast won": a country, read as an organisation or a region
                e = ents[k] = Span(doc, core.start, core.end, label="GPE")
                changed = True
            if e.label_ != "GPE":
                continue
            name = e.text[4:] if e.text.lower().startswith("the ") else e.text
            country = self.countries.get(name.lower())
            if country is not None:
                if not self._in_context(doc, e, self.next, self.prev) and not self._side_in_context(doc, e):
                    continue
                team_id = self.ids.get(country, slug(country))
            elif self._named_club(before, name) and (self._in_context(doc, e, self.club_next | self.next, self.club_prev | self.prev)
                                                     or e.end < len(doc) and doc[e.end].lower_ in self.ordinals):
                # "left Villa 17th": a table place after it
                team_id = self._named_club(before, name)  # "Real Madrid ... Madrid won La Liga"
            elif self._unknown_place_club_word(doc, e, before):
                team_id = self._named_club(before, name)  # "Sparta Rotterdam ... Sparta had missed": no town
            elif self._in_context(doc, e, self.club_next, self.club_prev) and e.text[:1].isupper() \
                    and name not in self._surnames(before) and not self._name_goes_on(doc, e):
                team_id = slug(name)  # not "For Hegerberg it was ..." after "Ada Hegerberg": the person
            else:
                continue
            ents[k] = Span(doc, e.start, e.end, label="TEAM", span_id=team_id)
            changed = True
        untagged = self._untagged_club_words(doc, before)
        if untagged:
            ents, changed = filter_spans(ents + untagged), True
        if changed:
            doc.ents = ents
            for i in places:
                doc[i].ent_id = 0  # setting doc.ents keeps a token's old id: the town is not the club
        return doc

    def _untagged_club_words(self, doc: Doc, before: tuple[Span, ...]) -> list[Span]:
        """"Crystal Palace drew ... Palace captain Jon Moss": a word of the one club the article names,
        left untagged by the model, with a role or player noun after it, is that club."""
        if self._town_hashes is None:
            self._town_hashes = numpy.array(sorted(doc.vocab.strings.add(w) for w in self.town_clubs), dtype="uint64")
        arr = doc.to_array([ORTH, ENT_IOB])
        hits = numpy.nonzero(_among(arr[:, 0], self._town_hashes) & (arr[:, 1] == 2))[0]
        out = []
        for i in hits.tolist():
            tok = doc[i]
            # "Palace captain X"; "The Girondins were fifth": a club word as the subject of a plural verb;
            # a word of a club's name that is no town ("Real", "Bayern") as a clause's subject, as the object right
            # after a verb or its particle, or after "with", "at", "for", "against": "Real had already won La Liga",
            # "won it with Real in 2014", "turned down Real" (not "Bayer, the chemicals giant,")
            club_word = i + 1 < len(doc) and (doc[i + 1].lower_ in self.club_next
                                              or doc[i + 1].lower_ in self.PLURAL_VERBS and tok.dep_ == "nsubj")
            club_word = club_word or tok.text not in self.towns and not (i + 1 < len(doc) and doc[i + 1].text == ",") and (
                tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}  # ("Real" first may be an adjective)
                or tok.pos_ in {"PROPN", "ADJ"} and i > 0 and doc[i - 1].lower_ in self.club_prev | self.CLUB_PLACE_PREV
                and tok.dep_ == "pobj"  # ("lost the final to Real": the model may read "Real" as an adjective)
                or i > 0 and (doc[i - 1].pos_ == "VERB" or doc[i - 1].dep_ == "prt")
                and tok.dep_ in {"dobj", "advmod", "npadvmod"})
            if club_word and tok.is_title and tok.text not in self._surnames(before):
                club = self._named_club(before, tok.text)
                if club:
                    out.append(Span(doc, i, i + 1, label="TEAM", span_id=club))
        firsts = numpy.nonzero(_among(arr[:, 0], self._prefix_hashes(doc)) & (arr[:, 1] == 2))[0].tolist()
        if firsts:
            orths, iobs = arr[:, 0].tolist(), arr[:, 1].tolist()  # compared as hashes: no Token object a word
            strings = doc.vocab.strings
        for i in firsts:
            for words, hashes in self._prefix_names(strings, orths[i]):  # "Red Bull's keeper": the club's name but its town, untagged
                end = i + len(words)
                if orths[i:end] == hashes and not any(v != 2 for v in iobs[i:end]):
                    span = Span(doc, i, end)
                    club = self._club_by_name_but_town(doc, span, before)
                    if club:
                        out.append(Span(doc, i, end, label="TEAM", span_id=club))
        return out

    def _prefix_names(self, strings, first: int) -> list[tuple[list[str], list[int]]]:
        """The names starting with the word of hash ``first``: (words, their hashes), memoised."""
        found = self._prefix_by_hash.get(first)
        if found is None:
            found = self._prefix_by_hash[first] = [(words, [strings.add(w) for w in words])
                                                   for words in self.prefix_first[strings[first]]]
        return found

    def _prefix_hashes(self, doc: Doc):
        if self._prefix_first_hashes is None:
            self._prefix_first_hashes = numpy.array(sorted(doc.vocab.strings.add(w) for w in self.prefix_first), dtype="uint64")
        return self._prefix_first_hashes

    def _club_by_name_but_town(self, doc: Doc, core: Span, before: tuple[Span, ...]) -> str | None:
        """The one club the article has named before ``core`` by a name of which ``core`` is all but the
        last word ("Red Bull" after "Red Bull Salzburg"), when ``core`` is used as a club's name is
        (a role noun or plural verb after it, a preposition of clubs before it)."""
        clubs = self.prefix_clubs.get(core.text)
        if not clubs or not self._in_context(doc, core, self.club_next | self.PLURAL_VERBS, self.club_prev | self.CLUB_PLACE_PREV):
            return None
        named = {x.ent_id_ for x in before if x.label_ == "TEAM" and x.start < core.start
                 and x.text.startswith(core.text + " ")} & clubs
        return named.pop() if len(named) == 1 else None

    def _unknown_place_club_word(self, doc: Doc, e: Span, before: tuple[Span, ...]) -> bool:
        """One word of the name of a club the article names in full, which the model took for a place but which
        the gazetteer knows as no town (no club's ``city``) nor country: the club, wherever it stands except after
        a preposition of place ("in", "near") or before a name it opens."""
        if len(e) != 1 or not e[0].is_title or not e[0].is_alpha:
            return False
        word = e.text
        if word.lower() in self.towns or word.lower() in self.countries or word.lower() in self.demonym_words:
            return False
        k = e.start - 1 - (e.start > 1 and doc[e.start - 1].lower_ == "the")
        if k >= 0 and doc[k].lower_ in self.PLACE_PREPOSITIONS:
            return False  # "in Zagreb", "in the Zagreb area"
        if e.end < len(doc) and (doc[e.end].text == "-" or doc[e.end].pos_ == "NOUN"
                                 and doc[e.end].lower_ not in self.club_next | self.next):
            return False  # "Zagreb-born", "the Zagreb sunshine": the town before a noun it modifies
        return self._named_club(before, word) is not None and word not in self._surnames(before) \
            and not self._name_goes_on(doc, e)

    #: Verbs after a club word that make it the club: British usage makes a club plural ("Forest were").
    PLURAL_VERBS = {"are", "were", "have"}
    #: Prepositions before a club's shorter name that make it the club ("three seasons at Red Bull").
    CLUB_PLACE_PREV = {"at", "with", "from", "to", "over"}

    @staticmethod
    def _name_goes_on(doc: Doc, e: Span) -> bool:
        """"sacked Thiago Motta": a one-word place with an untagged capitalised proper noun right after
        it is the first word of a person's name, not a town's club."""
        nxt = doc[e.end] if len(e) == 1 and e.end < len(doc) else None
        return nxt is not None and nxt.pos_ == "PROPN" and nxt.ent_iob_ == "O" and nxt.is_title and nxt.is_alpha

    @staticmethod
    def _surnames(ents: tuple[Span, ...]) -> set[str]:
        """Last words of the full names (two words or more) the model tagged as persons."""
        return {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) >= 2}

    def _club_last_words(self, doc: Doc, ents: tuple[Span, ...]) -> bool:
        """A club's generic last word alone ("United", "City") is the one club the article names
        in full with that last word ("Manchester United ... United won"); two such clubs, or a
        capitalised word beside it ("United States", "Leeds United"), leave it alone."""
        full: dict[str, set[str]] = {}
        named: list[tuple[str, str, int]] = []
        for e in ents:
            if e.label_ == "TEAM" and len(e) >= 2 and e[-1].text in self.club_last and e.ent_id_ in self.clubs:
                full.setdefault(e[-1].text, set()).add(e.ent_id_)
                named.append((e[-1].text, e.ent_id_, e.start))
        targets = {w: next(iter(ids)) for w, ids in full.items() if len(ids) == 1}
        if len(targets) < len(full):
            # "Manchester City are champions ... City finish top ... a draw at Stoke City": the one club the
            # headline and lede name in full with that word (a club named only later is no rival for it)
            end = self._lede_end(doc)
            for w in set(full) - set(targets):
                lede = {cid for word, cid, start in named if word == w and start < end}
                if len(lede) == 1:
                    targets[w] = next(iter(lede))
        if not full:
            return False
        ents, changed = list(ents), False
        by_start = {e.start: k for k, e in enumerate(ents)}
        inside = {i for e in ents if len(e) > 1 for i in range(e.start, e.end)}
        words = {doc.vocab.strings.add(w) for w in full}
        for i in [k for k, o in enumerate(doc.to_array([ORTH]).tolist()) if o in words]:
            tok = doc[i]
            if tok.i in inside:
                continue
            target = targets.get(tok.text)
            if target is None:  # two clubs with that word: the one the same sentence names in full just before
                # ("an assistant at Manchester United, the season in which United won ...")
                here = {cid for word, cid, start in named if word == tok.text and tok.sent.start <= start < tok.i}
                if len(here) != 1:
                    continue
                target = next(iter(here))
            if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and not doc[tok.i - 1].is_sent_start \
                    and doc[tok.i - 1].lower_ not in {"the"}:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper():
                continue
            span = Span(doc, tok.i, tok.i + 1, label="TEAM", span_id=target)
            if tok.i in by_start:
                ents[by_start[tok.i]] = span
            else:
                ents.append(span)
            changed = True
        if changed:
            doc.ents = filter_spans(ents)
        return changed

    #: Sentences of an article's headline and lede.
    LEDE_SENTENCES = 3

    def _lede_end(self, doc: Doc) -> int:
        """The token where the headline and lede (the first ``LEDE_SENTENCES`` sentences) end."""
        for k, sent in enumerate(doc.sents):
            if k + 1 >= self.LEDE_SENTENCES:
                return sent.end
        return len(doc)

    def _named_club(self, ents: tuple[Span, ...], town: str) -> str | None:
        """The club of the article whose name holds this town word: the one club named with
        that word ("Real Madrid"; "Castilla" alone does not count), or, when several are,
        the one named at least twice as often as any other (the club the article is about)."""
        clubs = self.town_clubs.get(town)
        if not clubs:
            return None
        counts: dict[str, int] = {}
        for e in ents:
            if e.label_ == "TEAM" and e.ent_id_ in clubs and len(e) > 1 and any(t.text == town for t in e):
                counts[e.ent_id_] = counts.get(e.ent_id_, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            return ranked[0][0]
        return None

    #: Words before "the <country>" that make it an opponent, not a side someone leads or joins.
    OPPONENT_WORDS = {"beat", "beating", "beaten", "defeated", "defeating", "against", "over", "versus", "vs", "v",
                      "with"}

    #: Prepositions after which a one-word club name that is also a town names the town.
    PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "across"}

    def _a_place(self, doc: Doc, e: Span) -> bool:
        """"in Lyon", "near Porto": a place, unless the words around make it the club
        ("in Lyon's win", "in Porto colours")."""
        if e.start == 0 or doc[e.start - 1].lower_ not in self.PLACE_PREPOSITIONS:
            return False
        if e.text in self.countries or e.text.lower() in self.countries:
            return False  # countries are handled below
        j = e.end
        return not (j < len(doc) and (doc[j].lower_ in {"'s", "\u2019s", "'"} or doc[j].lower_ in self.club_next
                                      or doc[j].pos_ in {"NOUN", "PROPN"}))

    def _people_acting(self, doc: Doc, e: Span) -> bool:
        """"The Germans have won ...", "the Americans beat ...": the people as a sentence subject."""
        if e.text.lower().removeprefix("the ") not in self.peoples or e.end >= len(doc):
            return False
        if not (e.text.lower().startswith("the ") or e.start > 0 and doc[e.start - 1].lower_ == "the"):
            return False
        return doc[e.end].pos_ in {"AUX", "VERB"} and e.root.dep_ in {"nsubj", "nsubjpass"}

    POSSESSIVES = {"'s", "\u2019s", "'"}

    def _match_around(self, doc: Doc, e: Span) -> bool:
        """Whether a match is told around a possessed country ("beat X's Spain", "lost to X's Saudi Arabia",
        "X's Spain lost to Morocco"): a side's word or a match verb right after it, or one of them (or "to" after
        a loss) within the words before its possessor's name."""
        if e.end < len(doc) and (doc[e.end].lower_ in self.next or doc[e.end].lower_ in self.match_verbs):
            return True
        before = doc[max(0, e.start - 6):e.start - 1]
        return any(t.lower_ in self.prev or t.lower_ in self.next or t.lower_ in self.match_verbs
                   or t.lower_ in self.match_nouns or t.lower_ == "to" and t.i > 0 and doc[t.i - 1].lemma_ == "lose"
                   for t in before)  # "knocked out X's Spain", "the defeat by X's Saudi Arabia"

    def _side_in_context(self, doc: Doc, e: Span) -> bool:
        """A country as a side by what only a side does: "Italy, the holders," (models/wordlists.json
        ``national_team_apposition``); a person's ("Luis Enrique's Spain"); its titles ("France's previous
        titles", ``national_team_title_nouns``); "Ghana face Uruguay", "Japan will play Italy" (``match_verbs``,
        after a modal or not) with a country or side after the verb ("Qatar faces criticism" stays a place)."""
        j = e.end
        if j + 2 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "the" and doc[j + 2].lower_ in self.apposition \
                and e.text[:1].isupper():
            return True
        if e.start >= 2 and doc[e.start - 1].lower_ in self.POSSESSIVES and e.text[:1].isupper() \
                and doc[e.start - 2].pos_ == "PROPN" and doc[e.start - 2].is_title \
                and doc[e.start - 2].ent_type_ in {"PERSON", "ORG", ""} and doc[e.end - 1].dep_ != "compound" \
                and doc[e.start - 2].lower_ not in self.countries and self._match_around(doc, e):
            return True  # "lost to Herve Renard's Saudi Arabia" (the name read as an organisation or not at all):
            # a person's country in a match is the side he leads or plays in; not "FIFA's Qatar World Cup" nor
            # "Macron's France has spent billions"
        if j + 1 < len(doc) and doc[j].lower_ in self.POSSESSIVES and e.text[:1].isupper():
            k = j + 1
            while k < min(j + 4, len(doc) - 1) and doc[k].pos_ in {"ADJ", "ADV", "NUM"}:
                k += 1
            if doc[k].lower_ in self.title_nouns:
                return True  # "France's previous titles came in 1998 and 2018", "Spain's fourth European crown"
        if j < len(doc) and doc[j].lower_ in self.modals:
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ in self.match_verbs:
            k = j + 2 if doc[j + 1].lower_ == "the" and j + 2 < len(doc) else j + 1
            other = doc[k]
            return other.ent_type_ == "TEAM" or other.text.lower() in self.countries \
                or doc[k:k + 2].text.lower() in self.countries
        return False

    def _in_context(self, doc: Doc, e: Span, after: set, before: set) -> bool:
        j = e.end
        if j < len(doc) and doc[j].lower_ in {"'s", "\u2019s"}:
            j += 1
        if j < len(doc) and doc[j].lower_ in after:
            return True
        if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who" and e.text[:1].isupper():
            return True  # "Germany, who had won it eight times": people, so the side
        i = e.start - 1
        if i >= 1 and doc[i].lower_ == "the" and not e.text.lower().startswith("the ") \
                and doc[i - 1].lower_ not in self.OPPONENT_WORDS:
            i -= 1  # "led the Netherlands to the title" (an opponent, "beat the Netherlands", stays as it was)
        if i >= 1 and doc[i].lower_ == "to" and doc[i - 1].lower_ in {"lost", "lose", "loses", "losing"}:
            return True  # "lost to the United States"
        if i >= 0 and doc[i].lower_ in before:
            return True
        if i >= 1 and doc[i].lower_ == "by" and doc[i - 1].lower_ in self.by_verbs and before is self.prev:
            return True  # "had been dismissed by Greece": the employer, a side
        if i >= 1 and doc[i].lower_ in {",", "and", "or"} and doc[i - 1].ent_type_ == "TEAM":
            return True  # in a list of sides: "managed Chelsea, Juventus and Italy"
        return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in self.prev_of


@Language.factory(TEAM_DESCRIPTORS, default_config={"models_dir": None})
def make_team_descriptors(nlp: Language, name: str, models_dir: str | None):
    return TeamDescriptors(*_gazetteer_and_words(models_dir))


class TeamDescriptors:
    """"the Italian club", "the Lancashire side", "the Bavarian giants": a team named just
    before. The descriptor is "the", one or two modifiers (a nationality adjective or a
    capitalised place) and a team noun (models/wordlists.json ``team_descriptor_nouns``);
    it takes the id of the latest TEAM entity before it whose country (gazetteer) agrees
    with the adjective, or, with no adjective, the latest TEAM (within about four sentences).
    No candidate: left alone. A bare "the club" is not a descriptor here."""

    def __init__(self, gaz: Gazetteer, words: dict):
        self.gaz = gaz
        self.nouns = set(words["team_descriptor_nouns"])
        self.demonyms = gaz.demonyms
        # "The Bavarians are top": a region's club, by its name's words
        self.regional = {k: frozenset(v) for k, v in words.get("regional_club_words", {}).items()}
        self.regional_plural = {k + "s": k for k in self.regional}
        # "the Tyneside club", "the Wearside outfit": a region's place name, whose club is the one named before
        # with a word of the region's clubs (models/wordlists.json ``regional_places``), never a club of elsewhere
        self.places = {k: frozenset(v) for k, v in words.get("regional_places", {}).items()}
        # "Inzaghi's Nerazzurri", "his Gunners": a club's nickname (an alias the gazetteer writes with "the")
        # after a possessive, which leaves the "the" out
        self.nicknames: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for ent in gaz.entities.values():
            if ent.type != "team":
                continue
            for alias in ent.aliases:
                words = alias.split()
                if len(words) >= 2 and words[0].lower() == "the" and all(w[:1].isupper() for w in words[1:]):
                    self.nicknames.setdefault(words[1], []).append((tuple(words[1:]), ent.id))
        self._nickname_hashes = None

    def __call__(self, doc: Doc) -> Doc:
        ents = self._league_awards(doc, list(read_ents(doc)))
        teams = [e for e in ents if e.label_ in TEAM_LABELS]
        if not teams:
            return doc
        ents = self._team_tails(doc, ents, teams)
        ents = self._possessed_nicknames(doc, ents)
        new = []
        the = doc.vocab.strings.add("the")
        for i in numpy.flatnonzero(doc.to_array(LOWER) == the).tolist():  # no Token object a token
            if i + 2 >= len(doc):
                continue
            span = self._descriptor(doc, i)
            if span is None:
                continue
            start, end, country = span
            if end < len(doc) and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in TEAM_LABELS:
                continue  # "the Saudi club Al-Nassr": the club named right after, not one before
            if isinstance(country, tuple) and country[0] == "city":
                team = self._city_antecedent(teams, start, country[1])
            else:
                team = self._regional_antecedent(teams, start, country[1]) if isinstance(country, tuple) \
                    else self._antecedent(doc, teams, start, country)
            if team is not None:
                new.append(Span(doc, start, end, label="TEAM", span_id=team.ent_id_ or slug(team.text)))
        if new:
            put_spans(doc, ents, new)
        return doc

    #: Words a club's name ends with that say only that it is a club ("Sky Blue FC", "Seattle Sounders FC").
    CLUB_SUFFIXES = {"fc", "cf", "sc", "afc", "ac", "sfc", "fck"}
    #: Words after a club's town that name no one club ("the United", "the City").
    GENERIC_TAIL_WORDS = {"city", "united", "club", "athletic", "sporting", "real", "football", "town", "county",
                          "rovers", "wanderers", "albion", "hotspur", "women", "ladies", "national", "team", "de",
                          "of", "and", "&", "fc", "sc", "cf"}

    def _tails_of(self, ent_id: str, text: str) -> tuple[tuple[str, ...], ...]:
        """The names of a club (as written, its gazetteer name and aliases) less the town and "FC", that
        can stand for it (see ``_team_tails``); worked out once per club and spelling."""
        memo = self.__dict__.setdefault("_tails_memo", {})
        found = memo.get((ent_id, text))
        if found is None:
            ent = self.gaz.get(ent_id) if ent_id else None
            out = []
            for f in {text} | ({ent.name, *ent.aliases} if ent is not None else set()):
                words = f.split()
                while words and words[-1].lower() in self.CLUB_SUFFIXES:
                    words = words[:-1]
                if len(words) < 2 or words[0].lower() == "the":
                    continue
                tail = words[1:]
                if all(w.lower() in self.GENERIC_TAIL_WORDS for w in tail) or not all(w[:1].isupper() for w in tail):
                    continue
                if " ".join(tail).lower() in self._places():
                    continue  # "Real Madrid", "Inter Miami": "the Madrid derby", "the Miami area" name the town
                out.append(tuple(tail))
            found = memo[(ent_id, text)] = tuple(out)
        return found

    def _team_tails(self, doc: Doc, ents: list[Span], teams: list[Span]) -> list[Span]:
        """"the Red Stars" after "Chicago Red Stars", "the Thorns" after "Portland Thorns FC": a club's name
        less its first word (the town) and less "FC", with "the" before it, is the club the article names
        (by its name or an alias the gazetteer lists), when one club fits; the words left must be capitalised
        and not only words that any club's name has ("the United", "the City")."""
        tails: dict[tuple[str, ...], set[str]] = {}
        for e in teams:
            for tail in self._tails_of(e.ent_id_, e.text):
                tails.setdefault(tail, set()).add(e.ent_id_ or slug(e.text))
        if not tails:
            return ents
        first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for tail, ids in tails.items():
            if len(ids) == 1:
                first.setdefault(tail[0], []).append((tail, next(iter(ids))))
        new = []
        the = doc.vocab.strings.add("the")
        for k in numpy.flatnonzero(doc.to_array(LOWER) == the).tolist():
            i = k + 1
            if i >= len(doc) or doc[i].text not in first:
                continue
            found = next(((tail, eid) for tail, eid in sorted(first[doc[i].text], key=lambda x: -len(x[0]))
                          if tuple(t.text for t in doc[i:i + len(tail)]) == tail), None)
            if found is None:
                continue
            tail, eid = found
            n = len(tail)
            if i + n < len(doc) and (doc[i + n].text[:1].isupper() and doc[i + n].is_alpha or doc[i + n].pos_ == "NOUN"):
                continue  # "the Red Star Belgrade ...": a longer name; "the Miami area": a modifier of a noun
            old = next((e for e in ents if e.start < i + n and i < e.end), None)
            if old is not None and (old.label_ in TEAM_LABELS or old.label_ in {"COMPETITION", "GPE", "LOC"}
                                    or not (old.start >= i - 1 and old.end <= i + n)):
                continue  # a team or a competition of its own, or a longer name
            new.append(Span(doc, i - 1, i + n, label="TEAM", span_id=eid))  # with "the", as the ruler's "The Reds"
        if not new:
            return ents
        put_spans(doc, ents, new)
        return list(read_ents(doc))

    #: Words before a club's nickname that stand for its "the" ("Inzaghi's Nerazzurri", "their Gunners").
    POSSESSIVES = {"'s", "\u2019s", "'", "his", "her", "their"}

    def _places(self) -> frozenset[str]:
        """Lower-cased towns of the gazetteer's clubs (``city``) and its countries and demonyms (built once)."""
        if getattr(self, "_place_words", None) is None:
            self._place_words = frozenset({e.attrs["city"].lower() for e in self.gaz.entities.values() if e.attrs.get("city")}
                                          | set(self.gaz.demonyms))
        return self._place_words

    def _possessed_nicknames(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"Simone Inzaghi's Nerazzurri are top", "Arteta's Gunners": a nickname the gazetteer lists with "the"
        ("the Nerazzurri"), after a possessive, is the club; one nickname of two clubs, or a longer name after
        it, is left alone."""
        new = []
        if self._nickname_hashes is None:  # the first words' hashes: the tokens holding one are found from an array
            self._nickname_hashes = numpy.array(sorted(doc.vocab.strings.add(w) for w in self.nicknames), dtype=numpy.uint64)
        for i in numpy.flatnonzero(_among(doc.to_array(ORTH), self._nickname_hashes)).tolist():
            cands = self.nicknames.get(doc[i].text)
            if i < 1 or not cands or doc[i - 1].lower_ not in self.POSSESSIVES:
                continue
            found = {eid for words, eid in cands if tuple(t.text for t in doc[i:i + len(words)]) == words}
            if len(found) != 1:
                continue
            n = max(len(words) for words, eid in cands if tuple(t.text for t in doc[i:i + len(words)]) == words)
            if i + n < len(doc) and doc[i + n].pos_ == "PROPN":
                continue
            if any(e.start < i + n and i < e.end and (e.label_ in TEAM_LABELS or e.start < i) for e in ents):
                continue  # a team already, or inside a longer name
            new.append(Span(doc, i, i + n, label="TEAM", span_id=next(iter(found))))
        if not new:
            return ents
        put_spans(doc, ents, new)
        return list(read_ents(doc))

    def _league_awards(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"the NWSL Golden Boot", "the Premier League Golden Boot": a competition's award is the
        award, not the competition (no title won). Done here, where the entities are read anyway."""
        merged = []
        for k, e in enumerate(ents):
            nxt = ents[k + 1] if k + 1 < len(ents) else None
            if nxt is not None and e.label_ == "COMPETITION" and nxt.start == e.end and nxt.ent_id_ \
                    and getattr(self.gaz.get(nxt.ent_id_), "type", None) == "award":
                merged.append((e, nxt))
        if not merged:
            return ents
        drop = {id(x) for pair in merged for x in pair}
        ents = filter_spans([e for e in ents if id(e) not in drop]
                            + [Span(doc, e.start, nxt.end, label=nxt.label_, span_id=nxt.ent_id_) for e, nxt in merged])
        doc.ents = ents
        return list(read_ents(doc))

    def _descriptor(self, doc: Doc, i: int):
        """(start, end, country) of a team descriptor at token ``i``; the people of a region opening a
        sentence as its subject ("The Bavarians are top") give ("region", demonym) for its country. (A
        singular regional modifier, "the Catalan side", still takes the latest team: read as the region's
        club, it moves "the club" of later sentences to that club, which the claim rules take as the
        article's main club.)"""
        country = None
        j = i + 1
        nxt = doc[j]
        if nxt.lower_ in self.regional_plural and nxt.text[:1].isupper() and doc[j + 1].pos_ in {"VERB", "AUX"} \
                and doc[i].is_sent_start:  # opening a sentence: "The Bavarians are top"
            return i, j + 1, ("region", self.regional_plural[nxt.lower_])
        if nxt.lower_ in self.regional_plural and nxt.text[:1].isupper() and i > 0 \
                and doc[i - 1].lower_ in self.REGION_PREPOSITIONS:
            # "signed from the Romans", "won it twice with the Sicilians": a side the words of a move or
            # a spell name by its region's people (the club of the region named before, else none)
            return i, j + 1, ("region", self.regional_plural[nxt.lower_])
        if nxt.lower_.endswith("s") and nxt.lower_[:-1] in self.demonyms and nxt.text[:1].isupper() \
                and doc[j + 1].tag_ == "POS":  # "the Italians' inside-forward": the Italian side named before
            return i, j + 1, self.demonyms[nxt.lower_[:-1]]
        for _ in range(2):
            t = doc[j]
            if t.lower_ in self.nouns and j > i + 1:
                return i, j + 1, country
            if t.lower_ in self.demonyms and (t.text[:1].isupper()):
                country = self.demonyms[t.lower_]
            elif t.lower_ in self.places and t.text[:1].isupper():
                country = ("place", t.lower_)
            elif t.lower_ in self.gaz.cities and t.text[:1].isupper() and t.ent_type_ in {"GPE", "LOC", ""}:
                country = ("city", t.lower_)  # "the east Lisbon club": a club of that town
            elif t.lower_ in self.COMPASS and j + 1 < len(doc) and doc[j + 1].is_title:
                pass  # "the east Lisbon club", "the south coast side" is not: a place after it
            elif not (t.is_title and t.is_alpha and t.ent_type_ in {"", "GPE", "NORP", "LOC", "ORG"}):
                return None
            j += 1
            if j >= len(doc):
                return None
        if doc[j].lower_ in self.nouns:
            return i, j + 1, country
        return None

    #: Lower-case words of direction before a place ("the east Lisbon club").
    COMPASS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "north-east", "north-west", "south-east", "south-west"}

    #: Prepositions of a move or a spell before "the <region's people>" ("from the Romans").
    REGION_PREPOSITIONS = frozenset({"from", "with", "for", "to", "joined", "join", "joining"})

    #: How far back (tokens) a descriptor may point: about four sentences.
    REACH = 120

    def _regional_antecedent(self, teams: list[Span], start: int, region: str):
        """The club named just before (about four sentences) with a word of the region's clubs
        (models/wordlists.json ``regional_club_words``); two such clubs, or none: None."""
        words = self.regional.get(region) or self.places.get(region, frozenset())
        found = {e.ent_id_ or slug(e.text): e for e in teams if e.end <= start and start - e.end <= self.REACH
                 and any(fold(t.text) in words for t in e)}
        return next(iter(found.values())) if len(found) == 1 else None

    def _city_antecedent(self, teams: list[Span], start: int, city: str):
        """"the east Lisbon club": the club named last (about four sentences back) whose town the gazetteer
        gives as that one, else one it gives no town (of the town's country, no national side); a club of
        another town is not meant."""
        fallback = None
        clubs = self.gaz.clubs_in(city)
        countries = {self.gaz.get(i).attrs.get("country") for i in clubs} - {None}
        national = self.gaz.country_ids
        for e in reversed([e for e in teams if e.end <= start]):
            if start - e.end > self.REACH:
                break
            if e.ent_id_ in clubs:
                return e
            ent = self.gaz.get(e.ent_id_) if e.ent_id_ else None
            known = ent.attrs.get("city") if ent is not None else None
            if known is None and fallback is None and e.ent_id_ not in national and (
                    ent is None or (ent.attrs.get("parent") not in national
                                    and (not countries or ent.attrs.get("country") in countries))):
                fallback = e
        return fallback

    def _antecedent(self, doc: Doc, teams: list[Span], start: int, country: str | None):
        fallback = None
        for e in reversed([e for e in teams if e.end <= start]):
            if start - e.end > self.REACH:
                break
            if country is None:
                return e
            ent = self.gaz.get(e.ent_id_) if e.ent_id_ else None
            known = ent.attrs.get("country") if ent is not None else None
            if known == country:
                return e
            if known is None and fallback is None:
                fallback = e  # a club the gazetteer does not place: it may be of that country
        return fallback


ATTRIBUTES = "claimtrail_attributes"


class FastAttributes:
    """The model's attribute ruler (fine tag -> part of speech, with word and dependency
    exceptions) applied from indexed tables instead of a Matcher: the same POS, TAG and DEP
    for every token at a fraction of the cost. Its LEMMA and MORPH rules are left out:
    ``claimtrail_lemmas`` sets the lemmas the rules need and nothing reads MORPH.

    A rule is a list of token conditions (attribute -> value, ``IN``, ``NOT_IN`` or ``REGEX``
    over TAG, LOWER, DEP, IS_SPACE), the index of the token it changes, and the attributes it
    sets; later rules win, as in the attribute ruler."""

    SETS = ("POS", "TAG", "DEP")
    MEMO_LIMIT = 200_000

    def __init__(self, nlp: Language, patterns: list[dict]):
        import re as _re

        strings = nlp.vocab.strings
        self.strings = strings
        self.rules = []
        for order, p in enumerate(patterns):
            attrs = {k: v for k, v in p["attrs"].items() if k in self.SETS}
            if not attrs:
                continue
            for pat in p["patterns"]:
                conds = []
                for tok in pat:
                    c = {}
                    for attr, spec in tok.items():
                        if isinstance(spec, dict):
                            (op, val), = spec.items()
                            if op == "REGEX":
                                c[attr] = ("REGEX", _re.compile(val))
                            else:
                                c[attr] = (op, frozenset(strings.add(v) if isinstance(v, str) else v for v in val))
                        elif isinstance(spec, bool):
                            c[attr] = ("==", spec)
                        else:
                            c[attr] = ("==", strings.add(spec))
                    conds.append(c)
                self.rules.append((order, conds, p.get("index", 0),
                                   {k: strings.add(v) for k, v in attrs.items()}))
        self.single = [r for r in self.rules if len(r[1]) == 1]
        self.multi = [r for r in self.rules if len(r[1]) > 1]
        # what a token's first-token test needs to try: the rules of its tag and those of any tag
        self.single_by_tag, self.single_any_tag = _by_first_tag(self.single)
        self.multi_by_tag, self.multi_any_tag = _by_first_tag(self.multi)
        self._memo: dict[tuple, list] = {}  # token key -> (order, attrs) of the single-token rules it meets
        self._memo_first: dict[tuple, list] = {}  # token key -> multi-token rules whose first token it meets

    def _ok(self, conds: dict, row) -> bool:
        for attr, (op, val) in conds.items():
            have = row[_ATTR_COL[attr]]
            if op == "==":
                if have != val:
                    return False
            elif op == "IN":
                if have not in val:
                    return False
            elif op == "NOT_IN":
                if have in val:
                    return False
            elif not val.search(self.strings[have]):  # REGEX (on LOWER)
                return False
        return True

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = [tuple(r) for r in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        found = []  # (rule order, token, attrs): applied in rule order, later rules win
        memo, memo_first = self._memo, self._memo_first
        for i, row in enumerate(rows):
            hits = memo.get(row)
            if hits is None:
                if len(memo) > self.MEMO_LIMIT:  # bounded: a long run meets ever more words
                    memo.clear()
                    memo_first.clear()
                singles = self.single_by_tag.get(row[0], self.single_any_tag)
                hits = memo[row] = [(order, attrs) for order, conds, _, attrs in singles if self._ok(conds[0], row)]
                multis = self.multi_by_tag.get(row[0], self.multi_any_tag)
                memo_first[row] = [r for r in multis if self._ok(r[1][0], row)]
            for order, attrs in hits:
                found.append((order, i, attrs))
            for order, conds, index, attrs in memo_first[row]:
                if i + len(conds) <= n and all(self._ok(c, rows[i + k]) for k, c in enumerate(conds[1:], 1)):
                    found.append((order, i + index, attrs))
        found.sort(key=lambda f: f[0])
        pos = doc.to_array([POS]).tolist()
        tags = [r[0] for r in rows]
        pos_changed = tag_changed = False
        deps = {}
        for _, i, attrs in found:
            for attr, val in attrs.items():
                if attr == "POS":
                    pos[i], pos_changed = val, True
                elif attr == "TAG":
                    tags[i], tag_changed = val, True
                else:
                    deps[i] = val
        if pos_changed:
            doc.from_array([POS], numpy.array(pos, dtype="uint64"))
        if tag_changed:
            doc.from_array([TAG], numpy.array(tags, dtype="uint64"))
        for i, v in deps.items():
            doc[i].dep = v
        return doc


_ATTR_COL = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}


def _by_first_tag(rules: list) -> tuple[dict[int, list], list]:
    """FastAttributes rules split by the TAG their first token must have (``==``): tag hash -> the
    rules of that tag and those with no such condition, and the latter alone (for any other tag);
    each list in the rules' own order. A token can meet no rule of another tag."""
    def tag(rule):
        op, val = rule[1][0].get("TAG", (None, None))
        return val if op == "==" else None

    any_tag = [r for r in rules if tag(r) is None]
    by_tag = {t: [r for r in rules if tag(r) in (t, None)] for t in {tag(r) for r in rules} - {None}}
    return by_tag, any_tag


@Language.factory(ATTRIBUTES, default_config={"patterns": []})
def make_fast_attributes(nlp: Language, name: str, patterns: list):
    return FastAttributes(nlp, patterns)
