"""Claims stage: rule matches (models/claim_patterns.jsonl, run by the
``claimtrail_claim_matcher`` component) turned into :class:`Claim` records.

``extract_claims(doc, ctx)`` is pure: it reads the Doc, its resolved mentions
and the rule table, and returns claims whose times are still *relative* (the
words and the kind of anchor); the corpus half resolves them against the
article's publication interval, which may narrow later without re-parsing.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from datetime import date
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from pipeline.config import PIPELINE_VERSION
from pipeline.entities import Gazetteer, slug
from pipeline.mentions import _WOMEN, ResolvedMention, doc_lowers as _doc_lowers, is_possessor as _is_possessor, sentence_index, descriptor_at, national_side, players_side, pronoun_person, salient_person, womens_article, country_womens_side
from pipeline.patterns import ClaimRule
from pipeline.records import Claim
from pipeline import timex
from pipeline.timex import load_grammar

#: Ages outside this range are not ages of players or coaches.
AGE_RANGE = (14, 95)
#: How far (tokens) an object may stand from the rule's match.
OBJECT_WINDOW = 14
#: Predicates that need an object to mean anything.
NEEDS_OBJECT = {"head_coach_of", "transfer", "player_of", "coaching_staff_of"}
#: Predicates of a job taken or left: the side is filled in by the article-wide passes (vacancies), or the claim goes.
JOB_PREDICATES = {"appointed", "left_role"}
#: Rules whose claim is only made with a team: "is expected to leave" of no coach (a player) is no job left.
NEEDS_OBJECT_RULES = {"left.expected_to_leave"}
#: Dependency links followed upwards from a trigger when looking for modal or
#: negating words that govern it (not conj: "plans to ..., and is in charge" is two clauses).
CHAIN_DEPS = {"xcomp", "pcomp", "pobj", "prep", "dobj", "acomp", "ccomp", "advcl", "agent", "oprd", "acl"}
PRONOUNS = {"he", "him", "his", "she", "her", "they", "them"}
#: Plural pronouns: in football copy a side ("They did not win a trophy"), never a guessed person.
TEAM_PRONOUNS = {"they", "them"}
#: "Celtic confirmed that X will become their manager": the side the sentence named before.
TEAM_OBJECT_PRONOUNS = TEAM_PRONOUNS | {"their"}
CLUB_WORDS = {"fc", "cf", "afc", "united", "city", "athletic", "club", "rovers", "wanderers", "albion", "sporting", "real"}
#: Words before a team that make it an opponent or a destination of a trip, not the subject's team.
OPPONENT_CUES = {"against", "versus", "vs", "beat", "beating", "over", "trip", "visit", "home", "away", "side", "team",
                 "face", "faces", "facing", "host", "hosts", "hosting", "meet", "meets"}  # "Atletico face Real Madrid"
#: ... and the words before a side that beat the one a sentence is about ("a defeat by X", "lost 2-0 to X")
OPPONENT_OR_WINNER_CUES = OPPONENT_CUES | {"by", "to"}
TEAM_WORDS = {"team", "side", "club", "squad", "outfit"}


@dataclass
class Context:
    """Everything extract_claims needs besides the Doc."""

    article_id: str
    rules: dict[str, ClaimRule]
    mentions: list[ResolvedMention]
    gaz: Gazetteer
    words: dict
    by_token: dict[int, ResolvedMention] = field(default_factory=dict)
    #: person id -> team id they coach, from this article's own claims (first pass)
    coach_of: dict[str, str] = field(default_factory=dict)
    #: person id -> team id this article says they left, named in the sentence that says so (second pass)
    left_of: dict[str, str] = field(default_factory=dict)
    #: person id -> the year the article dates their coach_of job by ("appointed in October 2015"), if it does
    coach_year: dict = field(default_factory=dict)
    #: person id -> the one team the article says they coached at some earlier time, for people with no
    #: current side in it ("X first coached Zambia between 2008 and 2010 ... X's side beat Senegal")
    coached_once: dict[str, str] = field(default_factory=dict)
    #: person id -> teams this article has them play for (second pass): never the side "X's side" guesses
    played_for: dict = field(default_factory=dict)
    possessive_used: bool = False  # a "his side" was resolved: worth a second pass with coach_of
    #: sentence start -> its text (Span.text joins the tokens on every access)
    sent_texts: dict[int, str] = field(default_factory=dict)
    #: word list name -> the list as a set (built once an article, not once a claim)
    word_sets: dict[str, frozenset] = field(default_factory=dict)
    #: the text the Doc was made from, when the caller has it (Doc.text joins the tokens on every access)
    text: str = ""
    #: the competition ids of the countries' top flights (see top_flight_leagues)
    top_flights: frozenset | None = None
    #: token index -> the person a pronoun there stands for (see pronoun)
    pronouns: dict[int, ResolvedMention | None] = field(default_factory=dict)
    #: (team id, weight) of the team mentions (see _team_weights)
    team_weights: list | None = None
    #: (start char, end char) of a claim's evidence -> (start, end) tokens of its sentence, or None (see evidence_sentence)
    evidence_sents: dict[tuple[int, int], tuple[int, int] | None] = field(default_factory=dict)
    #: entity id -> the first tokens of its mentions, ascending (see mention_starts)
    starts_by_entity: dict[str, list[int]] | None = None

    def sentence_text(self, sent) -> str:
        text = self.sent_texts.get(sent.start)
        if text is None:
            text = self.sent_texts[sent.start] = self.text[sent.start_char:sent.end_char] if self.text else sent.text
        return text

    def top_flight_leagues(self) -> frozenset:
        """The competition ids of the countries' top flights (built once an article)."""
        if self.top_flights is None:
            self.top_flights = frozenset(t.league for t in self.gaz.top_flights)
        return self.top_flights

    def pronoun(self, doc, i: int) -> ResolvedMention | None:
        """:func:`pipeline.mentions.pronoun_person` of the token at ``i`` with this article's mentions and
        words, once a token (many matches ask for the same pronoun; the mentions do not change)."""
        if i not in self.pronouns:
            self.pronouns[i] = pronoun_person(doc, self.mentions, i, words=self.words)
        return self.pronouns[i]

    def evidence_sentence(self, doc, start_char: int, end_char: int) -> tuple[int, int] | None:
        """(start, end) tokens of the sentence (``Span.sent``) of the words from ``start_char`` to
        ``end_char``, or None when they are no span of the Doc; once a span (the article-wide passes
        ask of the same claims many times)."""
        key = (start_char, end_char)
        if key not in self.evidence_sents:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            sent = span.sent if span is not None else None
            self.evidence_sents[key] = (sent.start, sent.end) if sent is not None else None
        return self.evidence_sents[key]

    def mention_starts(self, entity_id: str) -> list[int]:
        """The first tokens of the mentions of ``entity_id``, ascending (the mentions do not change)."""
        if self.starts_by_entity is None:
            found: dict[str, list[int]] = {}
            for m in self.mentions:
                found.setdefault(m.entity_id, []).append(m.start)
            self.starts_by_entity = {k: sorted(v) for k, v in found.items()}
        return self.starts_by_entity.get(entity_id, [])

    def word_set(self, name: str) -> frozenset:
        found = self.word_sets.get(name)
        if found is None:
            found = self.word_sets[name] = frozenset(self.words[name])
        return found

    def __post_init__(self):
        for m in sorted(self.mentions, key=lambda m: m.end - m.start):  # a team inside a descriptor is the team
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)


#: id(rule table) -> (the table, object kind -> ids of its rules of that kind): see rules_with_object
_RULES_BY_OBJECT: dict[int, tuple[dict, dict[str, frozenset]]] = {}


def rules_with_object(rules: dict[str, ClaimRule], kind: str) -> frozenset:
    """The ids of the rules whose object is ``kind``, found once a rule table (every article asks,
    and the table has hundreds of rules)."""
    held = _RULES_BY_OBJECT.get(id(rules))
    if held is None or held[0] is not rules:
        if len(_RULES_BY_OBJECT) > 8:  # a few tables a process (tests build their own): bounded all the same
            _RULES_BY_OBJECT.clear()
        by_kind: dict[str, set] = {}
        for r in rules.values():
            by_kind.setdefault(r.object, set()).add(r.id)
        held = _RULES_BY_OBJECT[id(rules)] = (rules, {k: frozenset(v) for k, v in by_kind.items()})
    return held[1].get(kind, frozenset())


def claim_id(*parts) -> str:
    h = hashlib.sha1("\x1f".join(map(str, (PIPELINE_VERSION, *parts))).encode()).hexdigest()
    return h[:16]


def parse_number(tok: Token, words: dict) -> int | None:
    text = tok.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return words["cardinals"].get(text)


def extract_claims(doc: Doc, ctx: Context, timexes_by_sent=None) -> list[Claim]:
    """All claims of one article. ``timexes_by_sent`` maps a sentence start
    char to the time expressions found in it (start_char, end_char, text)."""
    matches = doc._.claim_matches or []
    matches = _drop_nested(matches, ctx.rules)  # already the longest per rule
    per_match: list[list[Claim]] = []
    asked: list[bool] = []  # did the match consult coach_of? only those can change in a second pass
    for rule_id, start, end, roles in matches:
        ctx.coach_of = _Watched(ctx.coach_of)
        per_match.append(_claims_from_match(doc, ctx, ctx.rules[rule_id], start, end, roles, timexes_by_sent or {}))
        asked.append(ctx.coach_of.asked)
    claims = [c for cs in per_match for c in cs]
    claims = _listed_moves(ctx, _onward_moves(_vacancies(claims, _ArticleClub(doc, ctx))))
    if not ctx.possessive_used:
        return _finish(doc, ctx, claims)
    # second pass: "Torres' side" is the team this article says Torres coaches
    coach_of: dict[str, str] = {}
    coach_year: dict[str, int | None] = {}
    vacancy_rules = rules_with_object(ctx.rules, "vacancy")
    def rank(c):  # appointments, then departures still to come ("will leave Liverpool"), then as-of roles
        if c.predicate == "head_coach_of" and c.time_kind == "as_of":
            return -1 if c.time_tense == "past" else 2  # "had previously managed Mainz" is no current role: first, so an appointment overrides it
        return 1 if c.predicate == "left_role" else 0

    def named_in_sentence(c) -> bool:  # "in charge of the team" names no club: a guess must not feed itself
        return _named_in_sentence(doc, ctx, c.object_id, c.start_char, c.end_char, unknown=False)

    claims = _players_leading(claims)
    implicit: dict[str, str] = {}  # roles whose club the sentence does not name: only for coaches with no named one
    guessed: dict[str, str] = {}  # "X's side" guessed in the first pass: last, and never a side the article gives another coach
    left_of: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (rank(c), c.start_char)):
        if c.modality not in {"asserted", "reported"} or not c.object_id or c.rule_id in vacancy_rules:
            continue
        if c.predicate == "left_role" and c.time_tense != "future" and c.value not in {"assistant", "staff"} \
                and named_in_sentence(c):
            left_of.setdefault(c.subject_id, c.object_id)
        if not named_in_sentence(c):
            if c.predicate in {"head_coach_of", "appointed"} and c.time_kind not in {"end", "interval"} and c.time_source != "none":
                if ctx.rules[c.rule_id].object == "team_possessed" if c.rule_id in ctx.rules else False:
                    guessed.setdefault(c.subject_id, c.object_id)  # "X's side": a first guess, after a stated job
                else:
                    implicit[c.subject_id] = c.object_id
            continue
        if c.predicate in {"head_coach_of", "appointed"} and _in_relative_gerund(doc, ctx, c):
            # a side named in a gerund clause about another event ("a month before taking a side to a
            # tournament"): no better than an unnamed one
            if c.time_kind not in {"end", "interval"} and c.time_source != "none":
                implicit.setdefault(c.subject_id, c.object_id)
            continue
        if c.predicate == "head_coach_of" and c.time_tense == "past" and _earlier_job(doc, ctx, c):
            continue  # "The newcomer once coached X": an earlier job, not the side "his side" is now
        if c.predicate == "appointed" and _job_to_come(doc, ctx, c):
            continue  # "has agreed to take over at X this summer": not yet the side "the club" or "his side" is
        if c.predicate in {"head_coach_of", "appointed"} and c.time_kind not in {"end", "interval"} and c.time_source != "none":
            coach_of[c.subject_id] = c.object_id  # current as-of roles override appointments
            year = _YEAR.search(c.time_text) if c.time_source == "expression" else None
            coach_year[c.subject_id] = int(year.group(0)) if year else None
        elif c.predicate == "left_role" and c.time_tense == "future" and c.subject_id in coach_of \
                and c.value not in {"assistant", "staff"}:
            coach_of[c.subject_id] = c.object_id  # "his side" of a coach who is leaving is the side he leaves
    for person, team in implicit.items():
        coach_of.setdefault(person, team)
    played: dict[str, set[str]] = {}
    for c in claims:
        if c.predicate == "player_of" and c.modality == "asserted" and c.object_id and named_in_sentence(c):
            played.setdefault(c.subject_id, set()).add(c.object_id)  # (not a move: coaches join clubs too)
    for person, team in guessed.items():
        if person not in implicit and not any(t == team and p != person for p, t in coach_of.items()) \
                and team not in played.get(person, ()):  # a first guess that is a side he played for: no job
            coach_of.setdefault(person, team)
    once: dict[str, set] = {}
    for c in claims:
        if c.predicate == "head_coach_of" and c.modality == "asserted" and c.object_id and c.subject_id not in coach_of \
                and c.value not in {"assistant", "staff"} and named_in_sentence(c) \
                and not (ctx.rules[c.rule_id].object == "team_possessed" if c.rule_id in ctx.rules else False):
            once.setdefault(c.subject_id, set()).add(c.object_id)
    once = {person: next(iter(teams)) for person, teams in once.items() if len(teams) == 1}
    if coach_of or left_of or once or played:
        ctx.played_for = played
        ctx.coached_once = once
        ctx.coach_of = coach_of
        ctx.coach_year = {p: y for p, y in coach_year.items() if y is not None and p in coach_of}
        ctx.left_of = left_of
        for k, (rule_id, start, end, roles) in enumerate(matches):
            if asked[k]:
                per_match[k] = _claims_from_match(doc, ctx, ctx.rules[rule_id], start, end, roles, timexes_by_sent or {})
        claims = _listed_moves(ctx, _onward_moves(_vacancies([c for cs in per_match for c in cs], _ArticleClub(doc, ctx))))
    return _finish(doc, ctx, claims)


def _earlier_job(doc, ctx, c: Claim) -> bool:
    """Whether a coaching claim's words say the job came before the present one ("previously coached X",
    "had once managed Y"; models/wordlists.json ``earlier_job_adverbs``; "..., where he led the club" in a
    clause on a club where a career was made or begun, ``earlier_job_verbs``: not "joined X, where he ...")."""
    span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
    if span is None:
        return False
    if any(t.lower_ in ctx.word_set("earlier_job_adverbs") and t.dep_ == "advmod" for t in span):
        return True
    if c.predicate == "head_coach_of" and any(  # "although he had coached X and Y": jobs before the one of then
            t.tag_ == "VBN" and t.dep_ == "advcl" and any(a.lower_ == "had" and a.dep_ == "aux" for a in t.children)
            and any(m.lower_ in {"although", "though"} and m.dep_ == "mark" for m in t.children) for t in span):
        return True
    # a past job told in a where-clause on the club of an earlier career step
    started = ctx.word_set("earlier_job_verbs")
    return any(t.lower_ == "where" and t.dep_ == "advmod" and span.start <= t.head.i < span.end
               and any(a.lemma_ in started for a in t.head.head.ancestors) for t in span.sent if t.i < span.end)


def _job_to_come(doc, ctx, c: Claim) -> bool:
    """Whether an appointment's words put it after an agreement or an expectation ("has agreed to replace X
    at Y", "is expected to take over", "is set to succeed"; a verb of models/wordlists.json
    ``job_to_come_lemmas`` with a clause after it): a job still to come."""
    span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
    return span is not None and any(t.dep_ == "xcomp" and t.head.lemma_ in ctx.word_set("job_to_come_lemmas")
                                    for t in span)


#: "since 1966" / "since the 1966 World Cup" after a title claim's words.
_SINCE_YEAR = re.compile(r"\bsince (?:the )?((?:18|19|20)\d\d)\b")


def _won_since(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"have not won a major trophy since the 1966 World Cup" says they won it in 1966; the title
    not won since is no claim. Not "for the first time since 2012", which says nothing of 2012
    alone. ("their first title since 2010" is left alone: whose 2010 title it was is often
    another side's: "the first major trophy for an England team since 1966".)"""
    out = []
    for c in claims:
        m = _SINCE_YEAR.search(c.sentence) if c.predicate == "title_won" and c.modality == "negated" else None
        if m is not None:  # "in charge since 1994 ..., but they did not retain the title": a "since" before the
            whole = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")  # title is another clause's
            if whole is not None:
                m = _SINCE_YEAR.search(whole.sent.text, max(0, c.end_char - whole.sent.start_char))
        if m is None or "first time since" in c.sentence.lower():
            out.append(c)
            continue
        year = m.group(1)
        obj_id, obj = c.object_id, c.object
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        at = span.sent.text.find(m.group(0)) if span is not None else -1
        if at >= 0:  # "since the 1966 World Cup": that competition
            after = span.sent.start_char + at + len(m.group(0)) + 1
            named = [x for x in ctx.mentions if x.type == "competition" and x.start_char == after]
            if named:
                obj_id, obj = named[0].entity_id, named[0].entity
        out.append(replace(c, modality="asserted", value=year, object_id=obj_id, object=obj, time_kind="event",
                           time_start=f"{year}-01-01", time_end=f"{year}-12-31", time_text=year, time_source="expression",
                           time_value=year, rule_id=c.rule_id + ">since",
                           claim_id=claim_id(c.article_id, c.rule_id + ">since", c.start_char, c.end_char, c.subject_id, year)))
    return out


#: What stands before "winners of COMPETITION" said of a side: an apposition's comma or a copula.
WINNERS_OF_BEFORE = {",", "(", "are", "were", "is", "was", "be", "been", "as", "reigning", "defending"}

def _said_of_a_side(doc, start) -> bool:
    """Whether the words before ``start`` ("winners") say it of a side: an apposition's comma or a copula,
    past any adjectives, determiners and adverbs ("are still the only French winners")."""
    k, first = start - 1, doc[start].sent.start
    while k > first and doc[k].pos_ in {"ADJ", "DET", "ADV", "NUM"}:
        k -= 1
    return k >= first and doc[k].lower_ in WINNERS_OF_BEFORE


#: Title nouns that may stand between a competition's name and "since YEAR" ("first Serie A title since 1990"),
#: or follow it in a title won ("won the Premier League title"); not "win", "place", "game".
FIRST_SINCE_NOUNS = TITLE_NOUNS = {"title", "titles", "crown", "championship", "trophy", "triumph"}


def _first_since(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"won their first Serie A title since 1990": the side won that competition in 1990 too. Only when the
    competition is named between "first" and "since" and is the claim's own (an unnamed "first trophy since
    2001" may have been another competition's, and "for the first time since" says nothing of one title)."""
    out = list(claims)
    have = {(c.subject_id, c.object_id, c.value) for c in claims if c.predicate == "title_won"}
    for c in claims:
        if c.predicate != "title_won" or c.modality != "asserted" or not c.object_id or "since" not in c.sentence.lower():
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        for t in sent:
            if not (t.lower_ == "since" and t.i + 1 < sent.end and _YEAR.match(doc[t.i + 1].text)):
                continue
            j = t.i - 1
            if j >= sent.start and doc[j].lower_ in FIRST_SINCE_NOUNS:
                j -= 1
            if j - 3 >= sent.start and doc[j].lower_ == "first" and doc[j - 1].lower_ in {"their", "its", "his", "her"} \
                    and doc[j - 2].text == ",":  # "led Napoli to the Scudetto, their first since 1990": that one again
                m = _mention_at(ctx, j - 3)
                if m is None or m.type != "competition" or m.entity_id != c.object_id \
                        or not span.start <= m.start < span.end + 1:  # the claim's own competition, not another's
                    continue
            elif j - 1 >= sent.start and doc[j].lower_ == "league" and doc[j - 1].lower_ == "first" \
                    and doc[j + 1].lower_ in FIRST_SINCE_NOUNS and c.object_id in ctx.top_flight_leagues() \
                    and span.start <= j:
                pass  # "won the Eredivisie on Sunday, their first league title since 1990": the league won, then too
            else:
                m = _mention_at(ctx, j) if j >= sent.start else None
                if m is None or m.type != "competition" or m.entity_id != c.object_id or m.start - 1 < sent.start \
                        or doc[m.start - 1].lower_ != "first" or not span.start <= m.start < span.end + 1:
                    continue
            year = doc[t.i + 1].text
            if (c.subject_id, c.object_id, year) in have:
                continue
            have.add((c.subject_id, c.object_id, year))
            out.append(replace(c, value=year, time_kind="event", time_start=f"{year}-01-01", time_end=f"{year}-12-31",
                               time_text=year, time_source="expression", time_value=year, rule_id=c.rule_id + ">first_since",
                               claim_id=claim_id(c.article_id, c.rule_id + ">first_since", c.start_char, c.end_char,
                                                 c.subject_id, year)))
    return out


#: Tenure rules that are a coach's by their own words ("spent five years building this side").
COACH_TENURE_RULES = {"tenure.spent_building_side"}


#: Words for a set of titles won in one season, which "of" may follow with the competitions' names.
SET_OF_TITLES = {"double", "treble", "quadruple"}


def _named_doubles(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"completed a double of Serie A and the Coppa Italia in 2010": a set of titles whose competitions are
    named is one title of each; unnamed ("a league and cup double") it stays one row with no competition."""
    out = []
    for c in claims:
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand") \
            if c.predicate == "title_won" and not c.object_id else None
        comps = []
        if span is not None:
            sent = span.sent
            word = next((t for t in doc[span.start:min(span.end + 1, sent.end)] if t.lower_ in SET_OF_TITLES), None)
            if word is not None and word.i + 1 < sent.end and doc[word.i + 1].lower_ == "of":
                k = word.i + 2
                while k < sent.end:
                    m = _mention_at(ctx, k)
                    if m is not None and m.type == "competition":
                        comps.append(m)
                        k = m.end
                    elif doc[k].lower_ in {"the", "and", ","}:
                        k += 1
                    else:
                        break
        if len(comps) < 2:
            out.append(c)
            continue
        out.extend(_derived(c, "title_won", c.value, c.rule_id + ">named", object_id=m.entity_id, object=m.entity)
                   for m in comps)
    return out


#: Words that take a title out of a set said to be won: "every trophy except the World Cup".
EXCEPT_WORDS = {"except", "bar", "but"}


def _excepted_titles(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"has won every major trophy except the World Cup": the competition excepted is the one not won."""
    out = []
    for c in claims:
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand") \
            if c.predicate == "title_won" and c.object_id and c.modality == "asserted" else None
        if span is not None:
            sent = span.sent
            for m in ctx.mentions:
                if m.type != "competition" or m.entity_id != c.object_id or not sent.start < m.start < sent.end:
                    continue
                k = m.start - 1
                if doc[k].lower_ == "the":
                    k -= 1
                if doc[k].lower_ in {"for", "from", "than"} and k > sent.start \
                        and doc[k - 1].lower_ in {"except", "apart", "other"}:
                    k -= 1
                if doc[k].lower_ in EXCEPT_WORDS | {"apart", "other"} and (doc[k].lower_ != "but" or doc[k - 1].lower_ in {"all", "everything", "every"}
                                                                          or doc[k - 1].pos_ == "NOUN") \
                        and any(t.lower_ in {"every", "all", "everything"} for t in doc[sent.start:k]):
                    c = replace(c, modality="negated")
                    break
        out.append(c)
    return out


#: Rules that read a side from "team-mate": "his Ajax team-mate X", "Porto team-mate X".
TEAM_MATE_RULES = frozenset({"player.team_mate", "player.team_mate_split", "player.possessor_team_mate"})


def _national_team_mates(ctx, claims: list[Claim]) -> list[Claim]:
    """"her Norway colleague X": a national side is no club played for (the gold conventions give an
    international a nationality, not player_of): the team-mate named gets that country as nationality;
    the possessor gets nothing from the phrase."""
    countries = ctx.gaz.country_names
    out = []
    for c in claims:
        if c.rule_id not in TEAM_MATE_RULES or not c.object_id or not _national(ctx, c.object_id):
            out.append(c)
            continue
        country = countries.get(c.object_id.removesuffix("-women"))
        if country and c.rule_id != "player.possessor_team_mate":
            out.append(_derived(c, "nationality", country, c.rule_id + ">nationality", object_id="", object="",
                                time_kind="as_of", time_source="article_date"))
    return out


def _loan_lenders(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"spent the season on loan at Juventus from Fiorentina": the player is the lending club's too (the
    claim of the borrowing club stays)."""
    out = list(claims)
    for c in claims:
        if c.rule_id != "player.on_loan_at_bare" or not c.object_id:
            continue
        at = next((m for m in ctx.mentions if m.entity_id == c.object_id and c.start_char <= m.start_char < c.end_char
                   and m.start > 0 and doc[m.start - 1].lower_ in {"at", "with"}), None)
        if at is None or at.end + 1 >= len(doc) or doc[at.end].lower_ != "from":
            continue
        k = at.end + 1 + (doc[at.end + 1].lower_ == "the")
        lender = _as_team(ctx, _mention_at(ctx, k))
        if lender is not None and lender.entity_id not in {c.object_id, c.subject_id}:
            out.append(_derived(c, "player_of", c.value, c.rule_id + ">lender", object_id=lender.entity_id,
                                object=lender.entity))
    return out


def _compatriots(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"The Argentine X scored, and his compatriot Y ...", "Sweden's X, ahead of his countryman Y": the person
    named after a compatriot noun (models/wordlists.json ``compatriot_nouns``) shares the nationality the
    article has given a person named before the noun in its sentence; when the sentence names nobody before it,
    the latest nationality stated in the sentence before. Nothing when none is stated there."""
    nouns = ctx.word_set("compatriot_nouns")
    stated = [c for c in claims if c.predicate == "nationality" and c.value and c.modality in {"asserted", "reported"}]
    if not stated:
        return claims
    hashes = {doc.vocab.strings[n] for n in nouns if n in doc.vocab.strings}
    at = [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in hashes]  # no Token object a word
    out = list(claims)
    for tok in (doc[i] for i in at):
        k = tok.i + 1 + (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ",")
        m = _mention_at(ctx, k) if k < len(doc) else None
        if m is None or m.type != "person" or m.start != k or any(
                c.predicate == "nationality" and c.subject_id == m.entity_id for c in out):
            continue
        if m.end < len(doc) and doc[m.end].pos_ == "PROPN" and doc[m.end].is_title:
            continue  # the name runs on past the mention: not a person the article names in full here
        sent = tok.sent
        before = {x.entity_id for x in ctx.mentions if x.type == "person" and sent.start <= x.start and x.end <= tok.i}
        lo = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        near = [c for c in stated if c.subject_id != m.entity_id and c.start_char < tok.idx
                and (c.subject_id in before or c.start_char >= lo)]
        # a person named before the noun in its sentence is the one it is a compatriot of (the nearest one):
        # theirs or nothing
        nearest = max((x for x in ctx.mentions if x.type == "person" and x.entity_id in before and x.end <= tok.i),
                      key=lambda x: x.start, default=None)
        own = [c for c in near if nearest is not None and c.subject_id == nearest.entity_id]
        src = max(own if before else near, key=lambda c: c.start_char, default=None)
        if src is None:
            continue
        end = doc[m.end - 1]
        out.append(replace(_derived(src, "nationality", src.value, "nationality.compatriot"), subject_id=m.entity_id,
                           subject=m.entity, sentence=sent.text, start_char=tok.idx, end_char=end.idx + len(end),
                           claim_id=claim_id(src.article_id, "nationality.compatriot", tok.idx, m.entity_id, src.value)))
    return out


def _finish(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """The article-wide passes over the claims of every match, in order, then one claim per fact."""
    claims = _compatriots(doc, ctx, _national_team_mates(ctx, claims))
    claims = _tenure_roles(doc, _players_leading(claims))
    claims = _staff_leaving(doc, ctx, _national_sides(ctx, claims))
    claims = _incumbents_leaving(_tournament_places(ctx, _staff_departures(claims)))
    claims = _loan_lenders(doc, ctx, _later_clubs(doc, ctx, _suitors_origin(doc, ctx, claims)))
    # a job taken or left whose side nothing in the article tells ("arrived to take over a side short of
    # confidence", no vacancy before it) says nothing a reader can use
    claims = [c for c in claims if c.object_id or c.predicate not in JOB_PREDICATES]
    claims = _domestic_titles(doc, ctx, _excepted_titles(doc, ctx, _named_doubles(doc, ctx, _first_since(doc, ctx, _won_since(doc, ctx, _origins(ctx, _predecessors_side(doc, ctx, claims)))))))
    claims = _both_on_points(doc, ctx, _last_places(doc, ctx, _second_to_leader(doc, ctx, _domestic_places(doc, ctx, claims))))
    claims = _leaving_for_a_job(doc, ctx, _coaches_leaving_for(ctx, _titles_with_club(doc, ctx, claims)))
    claims = _points_in_the_place_league(_successors_of_departed(doc, ctx, _fronted_side(doc, ctx, claims)))
    return _dedupe(_runners_up_of_title(ctx, _title_subjects(doc, ctx, _current_title_told(claims))))


def _current_title_told(claims: list[Claim]) -> list[Claim]:
    """"It is the club's third league title, after 1987 and 1990": the title the article reports is counted
    ("current") only when no other sentence claims it; one that does ("sealed the title on Sunday") is that title.
    A claim in another sentence of one of the years counted ("they last won it in 1990") is another title."""
    told = {(c.subject_id, c.object_id, c.sentence, c.value) for c in claims if c.predicate == "title_won"
            and c.modality == "asserted" and not c.rule_id.startswith(("title.possessive_nth", "title.nth_after"))}

    def counted(c: Claim) -> set[str]:
        return set(_YEAR.findall(c.sentence))

    return [c for c in claims if not (c.rule_id.endswith(">current") and any(
        (s, o) == (c.subject_id, c.object_id) and sent != c.sentence and not (value and value[:4] in counted(c))
        for s, o, sent, value in told))]

def _title_subjects(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """A title's winner is a side or a person: not a ground ("... in front of a sold-out X, clinching the
    title"; a name ending in models/wordlists.json ``venue_last_words``), nor a scorer named before what he scored ("X double seals the title": the goals seal it;
    models/wordlists.json ``scoring_feat_nouns``)."""
    venues = {m.entity_id for m in ctx.mentions if m.type == "venue"} - {m.entity_id for m in ctx.mentions if m.type != "venue"}
    feats = ctx.word_set("scoring_feat_nouns")
    out = []
    for c in claims:
        if c.predicate == "title_won":
            known = ctx.gaz.get(c.subject_id)
            if c.subject_id in venues or (known is None or known.type != "team") and c.subject.split() \
                    and c.subject.split()[-1].lower() in ctx.word_set("venue_last_words"):
                continue
            span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
            if span is not None and any(
                    t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in feats and t.head.i in range(span.start, span.end)
                    and any(ch.dep_ == "compound" and getattr(_mention_at(ctx, ch.i), "entity_id", None) == c.subject_id
                            for ch in t.children) for t in span.sent):
                continue
            if span is not None and any(  # the same, misparsed: "X double seals ..." read as words in a row
                    m.entity_id == c.subject_id and span.sent.start <= m.start and m.end + 1 < span.sent.end
                    and doc[m.end].lower_ in feats and span.start <= m.end + 1 < span.end
                    and doc[m.end + 1].pos_ in {"VERB", "NOUN"} for m in ctx.mentions):
                continue
        out.append(c)
    return out


#: The word before "title" that names a national side's tournament ("their first European title").
NATIONAL_TITLE_WORDS = {"european": "uefa-european-championship", "world": "fifa-world-cup"}
#: "X were European champions": the continent's competition, whatever other competition the article names.
EUROPEAN_CHAMPIONS_RULES = {"title.team_are_european_champions", "title.team_are_champions_of_europe",
                            "title.team_aside_are_champions", "title.they_were_champions",
                            "title.and_were_european_champions", "title.previous_titles_came"}
RUNNERS_UP_RULES = {"table.with_team_runners_up"}  # a side beside a title's winner, "with X runners-up"


def _runners_up_of_title(ctx, claims: list[Claim]) -> list[Claim]:
    """"X took the title, with Y runners-up": a place the words give no competition for is one in the
    league whose title the same sentence has another side win; with no such title, no place."""
    top_flights = ctx.top_flight_leagues()
    out = []
    for c in claims:
        if c.rule_id in RUNNERS_UP_RULES and c.object_id not in top_flights:
            c.object_id, c.object = "", ""  # "won the Europa League, with Braga runners-up": a final's loser, no place
        if c.predicate == "league_position" and not c.object_id:
            won = [t for t in claims if t.predicate == "title_won" and t.sentence == c.sentence
                   and t.object_id in top_flights and t.subject_id != c.subject_id]
            if won:
                c.object_id, c.object = won[0].object_id, won[0].object
            elif c.rule_id in RUNNERS_UP_RULES:
                continue
        out.append(c)
    return out


def _domestic_titles(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"Blackburn won the 1994-95 title", "had won the French league", "led Everton to the league title in
    1987", "two Russian titles": a league title the words do not name is the top flight of the country
    the words name ("French"), else of the club's country, in the season the title is of (England's of
    1991-92 is the First Division; a women's side's is the women's league; models/domestic_leagues.csv).
    Not a title of Europe or the world, a cup, a double, or a national side's."""
    league_words, other_words = ctx.word_set("domestic_title_words"), ctx.word_set("not_domestic_title_words")
    demonyms = ctx.word_set("demonyms")
    # "took the League Championship in 1983": the name of a country's league title, not of the league called
    # the Championship; the top flight of the club's country in that season, like "the league title"
    names = ctx.words.get("league_title_names", [])
    top_flights = ctx.top_flight_leagues()
    clubs_of: dict[str, set[str]] = {}  # the clubs the article has each person play for or coach
    for c in claims:
        if c.predicate in {"player_of", "head_coach_of", "appointed"} and c.modality == "asserted" and c.object_id:
            clubs_of.setdefault(c.subject_id, set()).add(c.object_id)
    text = ctx.text or doc.text  # Doc.text is built token by token on each access
    for c in claims:
        if c.predicate == "title_won" and c.object_id and c.object_id not in top_flights \
                and c.object and any(n in text[c.start_char:c.end_char].lower() and c.object.lower() in n for n in names):
            c.object_id, c.object = "", ""
        if c.predicate != "title_won" or c.object_id:
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None:
            continue
        lowers = [t.lower_ for t in span]
        if not league_words.intersection(lowers) or other_words.intersection(_title_words(ctx, span, league_words)):
            continue
        country = next((ctx.gaz.demonyms[w] for w, nxt in zip(lowers, lowers[1:])
                        if w in demonyms and (nxt in league_words or nxt == "league")), None) or _champions_of(ctx, span)
        team = _title_club(ctx, c, span, clubs_of.get(c.subject_id, set()))
        if team is None and country is None:
            continue
        women = team is not None and (team.id in ctx.gaz.womens_teams or team.id.endswith("-women"))
        country = country or (team.attrs.get("country") if team is not None else None)
        league = ctx.gaz.top_flight(country, women, _season_start(c)) if country else None
        entity = ctx.gaz.get(league) if league else None
        if entity is not None:
            c.object_id, c.object = entity.id, entity.name
    return claims


def _titles_with_club(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"X lifted the same trophy with Steaua in 1986", "had won the competition three times with Lyon": a
    player's title won with a club says he played for it (player_of). Not a coach's: not when the sentence
    speaks of coaching, nor when the article has the person coach, take or leave a job; not a national side."""
    coaches = {c.subject_id for c in claims if c.predicate in {"head_coach_of", "appointed", "left_role",
                                                               "coaching_staff_of", "offer_received"}}
    # "Roberto Mancini's side": whose side it is, coaches it
    coaches |= {m.entity_id for m in ctx.mentions if m.type == "person" and m.end + 1 < len(doc) and (
                doc[m.end].tag_ == "POS" and doc[m.end + 1].lower_ in SIDE_NOUNS
                or doc[m.end - 1].tag_ == "POS" and doc[m.end].lower_ in SIDE_NOUNS)}
    # a person the article describes as a player (a player's stats or moves, a player's descriptor): not every
    # person who won a title with a club played for it ("X won the Champions League with Liverpool" of a coach)
    players = {c.subject_id for c in claims if c.predicate in {"player_of", "career_appearances", "career_goals",
                                                                "transfer"}}
    players |= {m.entity_id for m in ctx.mentions if m.type == "person" and m.label == "DESCRIPTOR"
                and m.attrs.get("position") not in (None, "coach", "official")}
    out = list(claims)
    seen = {(c.subject_id, c.object_id) for c in claims if c.predicate == "player_of"}
    for c in claims:
        if c.predicate != "title_won" or c.modality != "asserted" or c.subject_id in coaches \
                or c.subject_id in ctx.coach_of or c.subject_id in ctx.left_of or c.subject_id not in players:
            continue
        who = ctx.gaz.get(c.subject_id)
        if who is not None and who.type != "person" or who is None and not any(
                m.entity_id == c.subject_id and m.type == "person" for m in ctx.mentions):
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None or _coaching_words(span.sent):
            continue
        sent = span.sent
        if any(a.lower_ == "as" and b.lower_ in {"a", "an"} and x.lower_ in ctx.word_set("player_nouns")
               for a, b, x in zip(sent, sent[1:], sent[2:])):
            continue  # "won three titles with Inter and also won the league as a player with Sampdoria": a coach's
            # sentence; no title in it says which club he played for
        title_end = next((m.end for m in ctx.mentions if m.type == "competition" and span.start <= m.start < sent.end
                          and m.entity_id == c.object_id), span.end)
        with_tok = next((t for t in doc[max(span.start, title_end - 1):min(sent.end, title_end + 6)]
                         if t.lower_ == "with"), None)
        if with_tok is None:
            continue
        team = next((m for m in ctx.mentions if m.start == with_tok.i + 1 and m.type == "team"), None)
        if team is None or _national(ctx, team.entity_id) or (c.subject_id, team.entity_id) in seen:
            continue
        seen.add((c.subject_id, team.entity_id))
        out.append(replace(c, predicate="player_of", object_id=team.entity_id, object=team.entity, value="",
                           rule_id=c.rule_id + ">won_with_club", time_kind="interval",
                           confidence=round(c.confidence * 0.9, 3),
                           claim_id=claim_id(c.article_id, c.start_char, "player_of", c.subject_id, team.entity_id)))
    return out


#: "both teams finishing on 55 points": the nouns after "both" that stand for the two sides named before.
BOTH_SIDES_NOUNS = frozenset({"teams", "sides", "clubs"})


def _both_on_points(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"X pipped Y to the title, both teams finishing on 55 points": the total is each side's, X's and Y's
    (the two sides the sentence names before "both"); with no competition found for it, the one the
    sentence names, if one."""
    out = list(claims)
    for c in claims:
        if c.predicate != "points" or c.modality != "asserted":
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        both = next((t for t in sent if t.lower_ == "both" and t.i + 1 < sent.end and doc[t.i + 1].lower_ in BOTH_SIDES_NOUNS
                     and any(x.lower_ == "on" and x.i + 1 < sent.end and doc[x.i + 1].text == c.value
                             for x in doc[t.i + 2:min(sent.end, t.i + 5)])), None)
        if both is None:
            continue
        sides = {}
        for m in ctx.mentions:
            if sent.start <= m.start < both.i and m.type == "team":
                sides.setdefault(m.entity_id, m)
        if len(sides) != 2 or c.subject_id not in sides:
            continue
        comps = {m.entity_id: m for m in ctx.mentions if m.type == "competition" and sent.start <= m.start < sent.end}
        if not c.object_id and len(comps) == 1:
            m = next(iter(comps.values()))
            c.object_id, c.object = m.entity_id, m.entity
        other = next(m for k, m in sides.items() if k != c.subject_id)
        if not any(x.predicate == "points" and x.subject_id == other.entity_id and x.sentence == c.sentence for x in claims):
            out.append(replace(c, subject_id=other.entity_id, subject=other.entity,
                               claim_id=claim_id(c.article_id, c.start_char, c.predicate, other.entity_id, c.value)))
    return out



#: Moves said with "left for": a coach's is a job taken (and the one left), not a transfer.
LEAVING_FOR_RULES = frozenset({"transfer.leaving_for"})


def _players(claims: list[Claim]) -> set[str]:
    """The people the article has play (a club's player, career goals or appearances)."""
    return {c.subject_id for c in claims if c.predicate == "player_of" or c.predicate in CAREER_TOTALS}


def _as_coach_move(c: Claim, suffix: str) -> Claim:
    """A move read as a player's transfer that is a coach's: the job taken at its destination."""
    return _derived(c, "appointed", "", c.rule_id + suffix, time_kind="start")


def _coaches_leaving_for(ctx, claims: list[Claim]) -> list[Claim]:
    """"X, who left for CLUB" / "X left for CLUB that summer", where the article has X coach and never play:
    X appointed at CLUB and, when the club left is known, X leaving it."""
    coaches = {c.subject_id for c in claims if c.predicate in {"head_coach_of", "appointed", "left_role"}
               and c.value not in {"assistant", "staff"} and c.rule_id not in LEAVING_FOR_RULES}
    players = _players(claims)
    out = []
    for c in claims:
        if c.predicate != "transfer" or c.rule_id not in LEAVING_FOR_RULES or c.subject_id not in coaches - players \
                or set(re.findall(r"[\w-]+", c.sentence.lower())) & ctx.word_set("player_nouns"):  # "X, the Dutch forward, left for"
            out.append(c)
            continue
        out.append(_as_coach_move(c, ">coach"))
        left = ctx.gaz.get(c.value) if c.value else None
        if left is not None:
            out.append(_derived(c, "left_role", "", c.rule_id + ">coach_left", object_id=c.value, object=left.name,
                                time_kind="end"))
    return out


def _leaving_for_a_job(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """The sides a sentence's appointment tells were left. The one appointed's own: "X quit A to take the B job",
    "X left A to become B coach", "X resigned from A and was named B coach", "X moved from A to B as manager"
    (A, the object of the leaving verb or after "from", is a job left). Another's, said in a clause on the
    vacancy: "Y was named B manager after X left for C", "filling the vacancy left by X's move to C" (X left B,
    and X's move to C is a coach's: a job taken, not a transfer), unless the article has X play."""
    appointments = [c for c in claims if c.predicate == "appointed" and c.object_id
                    and c.modality in {"asserted", "reported"} and c.value not in {"assistant", "staff"}]
    if not appointments:
        return claims
    players = _players(claims)
    leaving, moves = ctx.word_set("leaving_lemmas"), ctx.word_set("move_nouns")
    out, drop = list(claims), set()
    for a in appointments:
        span = doc.char_span(a.start_char, a.end_char, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        for m in ctx.mentions:
            if m.type != "person" or not sent.start <= m.start < sent.end:
                continue
            if m.entity_id == a.subject_id:
                verb = _leaving_verb(doc, m, leaving | {"move"}, ())
                for team in _sides_left(ctx, verb) if verb is not None else ():
                    if team.entity_id != a.object_id and not any(
                            (c.subject_id, c.predicate, c.object_id, c.sentence)
                            == (a.subject_id, "left_role", team.entity_id, a.sentence) for c in out):
                        out.append(_derived(a, "left_role", "", "left_role.for_a_job", object_id=team.entity_id,
                                            object=team.entity, time_kind="end"))
                continue
            near = doc[max(sent.start, m.start - 3):min(sent.end, m.end + 4)]
            if m.entity_id in players or {t.lower_ for t in near} & ctx.word_set("player_nouns"):
                continue  # "after the striker X left for C", "after X, a midfielder, ...": a player's move
            verb = _leaving_verb(doc, m, leaving, moves)
            if verb is None or not _on_the_vacancy(ctx, verb):
                continue
            named = _sides_left(ctx, verb)
            if named and a.object_id not in {t.entity_id for t in named}:
                continue  # "named Everton manager after X quit Brighton to join Leeds": X left Brighton
            own = [c for c in out if c.subject_id == m.entity_id and c.sentence == a.sentence and id(c) not in drop]
            for c in own:
                if c.predicate == "transfer" and c.object_id and c.object_id != a.object_id:
                    drop.add(id(c))  # a coach's move: the job taken
                    out.append(_as_coach_move(c, ">coach_vacancy"))
            if any(c.predicate == "left_role" and c.value not in {"assistant", "staff"} for c in own):
                continue
            gone = replace(a, subject_id=m.entity_id, subject=m.entity)
            out.append(_derived(gone, "left_role", "", "left_role.vacancy_left", time_kind="end"))
    return [c for c in out if id(c) not in drop]


def _successors_of_departed(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"X stepped down at A and was replaced by Y", "Y replaced the sacked X at A": a departure from a job in
    the sentence makes the one who replaces that person its successor (a bare "Y replaced X" may be a
    substitution; with X leaving a coaching job in the same sentence it is not)."""
    out = list(claims)
    for l in claims:
        if l.predicate != "left_role" or not l.object_id or l.modality not in {"asserted", "reported"} \
                or l.value in {"assistant", "staff"}:
            continue
        span = doc.char_span(l.start_char, l.end_char, alignment_mode="expand")
        if span is None:
            continue
        for verb in span.sent:
            if verb.lemma_ not in {"replace", "succeed"} or verb.pos_ != "VERB":
                continue
            passive = any(c.dep_ in {"auxpass", "agent"} for c in verb.children)
            if passive:
                by = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                patient = [c for c in verb.children if c.dep_ == "nsubjpass"] or \
                    ([c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb.dep_ == "conj" else [])
            else:
                by = [c for c in verb.children if c.dep_ == "nsubj"]
                patient = [c for c in verb.children if c.dep_ == "dobj"]
            new = _mention_at(ctx, by[0].i) if by else None
            gone = _mention_at(ctx, patient[0].i) if patient else None
            if new is None or gone is None or new.type != "person" or gone.entity_id != l.subject_id \
                    or new.entity_id == gone.entity_id:
                continue
            if not any(c.subject_id == new.entity_id and c.predicate == "appointed" and c.sentence == l.sentence
                       for c in out):
                took = replace(l, subject_id=new.entity_id, subject=new.entity)
                out.append(_derived(took, "appointed", "", "appointed.replaced_departed", time_kind="start"))
    return out


#: How far back a place in a table names the league of a points total that names none ("... left them
#: eighth in the Premier League. Spurs have 15 points.").
POINTS_LEAGUE_CHARS = 300


def _points_in_the_place_league(claims: list[Claim]) -> list[Claim]:
    """A points total naming no competition is in the table of the same side's place just before it."""
    out = []
    for c in claims:
        if c.predicate == "points" and not c.object_id:
            place = [p for p in claims if p.predicate == "league_position" and p.subject_id == c.subject_id
                     and p.object_id and p.modality == c.modality and p.start_char <= c.start_char
                     and c.start_char - p.end_char <= POINTS_LEAGUE_CHARS]
            if place:
                near = max(place, key=lambda p: p.start_char)
                c = replace(c, object_id=near.object_id, object=near.object)
        out.append(c)
    return out


#: A sentence opening "At X" / "In X" within its first three words (see :func:`_opening_side`).
_OPENS_AT = re.compile(r"^\W*(?:\S+\s+){0,2}(?:at|in)\s", re.I)


def _fronted_side(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"At Benfica, X took over from Y in 2019", "Earlier, at Napoli, X had replaced Y": a job whose side the
    clause does not name is at the side the sentence opens with, not a side guessed from the article."""
    out = []
    for c in claims:
        if c.predicate in {"appointed", "left_role"} and c.object_id and _OPENS_AT.match(c.sentence) \
                and not _named_in_sentence(doc, ctx, c.object_id, c.start_char, c.end_char):
            span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
            side = _opening_side(doc, ctx, span.sent) if span is not None else None
            if side is not None:
                c = replace(c, object_id=side.entity_id, object=side.entity)
        out.append(c)
    return out


def _opening_side(doc, ctx, sent):
    """The team of an "At CLUB," / "In CLUB," phrase the sentence opens with (within its first three words:
    "Earlier, at Napoli,"), the team followed by a comma."""
    for k in range(sent.start, min(sent.start + 3, sent.end - 2)):
        if doc[k].lower_ in {"at", "in"} and doc[k].dep_ == "prep":
            m = _as_team(ctx, _mention_at(ctx, k + 1))
            if m is not None and m.start == k + 1 and m.end < sent.end and doc[m.end].text == ",":
                return m
            return None
    return None


def _leaving_verb(doc, m, lemmas, nouns):
    """The word of a person leaving: a verb of ``lemmas`` the mention is the subject of ("X quit A"), or
    a noun of ``nouns`` the mention owns ("X's move to C")."""
    last = doc[m.end - 1]
    if last.tag_ == "POS" and m.end - m.start > 1:
        last = doc[m.end - 2]  # the entity took the "'s"
    if last.dep_ == "nsubj" and last.head.lemma_ in lemmas:
        return last.head
    if last.dep_ == "poss" and last.head.lower_ in nouns:  # "X's move to C"
        return last.head
    if last.dep_ == "pobj" and last.head.lower_ == "of" and last.head.head.lower_ in nouns:  # "the departure of X"
        return last.head.head
    return None


def _sides_left(ctx, verb):
    """The teams a leaving verb leaves: its object, or after "from"."""
    found = []
    for t in verb.children:
        heads = [t] if t.dep_ == "dobj" else [g for g in t.children if g.dep_ == "pobj"] \
            if t.dep_ == "prep" and t.lower_ == "from" else []
        for h in heads:
            team = _as_team(ctx, _mention_at(ctx, h.i))
            if team is not None:
                found.append(team)
    return found


def _on_the_vacancy(ctx, word) -> bool:
    """Whether a leaving word sits in a clause on the job's falling vacant: "after X left", "following X's
    departure", "the vacancy left by X's move" (a mark of models/wordlists.json ``vacating_marks``)."""
    marks = ctx.word_set("vacating_marks")
    tok = word
    for _ in range(3):
        if tok.dep_ == "ROOT" or tok.i == tok.head.i:
            return False
        if any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
            return True
        head = tok.head
        if head.lower_ in {"after", "following", "by"} and head.dep_ in {"prep", "agent", "advcl"}:
            return True
        tok = head
    return False


def _second_to_leader(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"X finished second to Y" / "X finished second last season, behind Y": Y first in the same table at the
    same time. (A lower place "third behind Y" says nothing of Y's.)"""
    out = list(claims)
    for c in claims:
        if c.predicate != "league_position" or c.value != "2" or c.rule_id.endswith(">second_to"):
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None:
            continue
        place = [t for t in span if ctx.words["ordinals"].get(t.lower_) == 2]
        if not place:
            continue
        k = place[0].i + 1
        # words that may stand between "finished second" and "to X" / "behind X" ("second last season, behind X")
        while k < span.sent.end and k < place[0].i + 6 and doc[k].lower_ in ctx.word_set("second_to_gap_words") \
                and not (doc[k].lower_ == "in" and doc[k + 1].ent_type_ == "DATE" if k + 1 < len(doc) else False):
            k += 1
        if k + 1 >= span.sent.end or doc[k].lower_ not in {"to", "behind"}:
            k = _points_behind(doc, ctx, place[0], span.sent)
            if k is None:
                continue
        j = k + 1
        owner = _mention_at(ctx, j)
        if owner is not None and owner.type == "person" and owner.start == j:  # "behind Ange Postecoglou's Celtic"
            j = owner.end + (owner.end < len(doc) and doc[owner.end].tag_ == "POS")
        m = _as_team(ctx, _mention_at(ctx, j)) if j < span.sent.end else None
        if m is None or m.start != j or m.entity_id == c.subject_id:
            continue
        if any(x.predicate in {"league_position", "title_won"} and x.subject_id == m.entity_id and x.sentence == c.sentence
               for x in claims):
            continue  # ("behind Y, who won the title": the title says it)
        out.append(replace(c, subject_id=m.entity_id, subject=m.entity, value="1", rule_id=c.rule_id + ">second_to",
                           claim_id=claim_id(c.article_id, c.start_char, c.predicate, m.entity_id, "1")))
    return out


def _points_behind(doc, ctx, place, sent):
    """"second in La Liga this season, ten points behind X", "second with 80 points, eight behind X": the "behind"
    after a points gap, in the same clause as the place (no verb, team or other place between); None without."""
    for k in range(place.i + 1, min(sent.end - 1, place.i + 15)):
        t = doc[k]
        if t.lower_ == "behind":
            gap = doc[k - 2] if doc[k - 1].lower_ in {"points", "point", "pts"} else doc[k - 1]
            return k if gap.like_num and gap.i > place.i else None
        if t.pos_ in {"VERB", "AUX"} or t.lower_ in ctx.words["ordinals"] or t.ent_type_ == "TEAM":
            return None
    return None


#: The value a "bottom" rule gives a place until its league is known (see :func:`_last_places`).
LAST_PLACE = "last"
#: "X, who finished bottom": a season's end with no table named, the club's top flight ("bottom of the
#: table" may be a group's, so it is not guessed at).
FINISHED_BOTTOM_RULES = {"table.team_finished_bottom", "table.be_bottom_of_table"}
BOTTOM_OF_TABLE_RULES = {"table.be_bottom_of_table"}  # "They were bottom of the table": no league named


def _last_places(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"bottom club X", "X are bottom of the table": the last place is the number of teams of the league
    (models/entities.jsonl ``teams``); a league of unknown size, or none, gives no place. With no league
    found near the words, the one league of known size the sentence names elsewhere ("more than anyone except
    bottom club X, and are 16th in the <league>") is theirs."""
    out = []
    for c in claims:
        if c.predicate == "league_position" and c.value == LAST_PLACE:
            if not c.object_id:
                span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
                sent = span.sent if span is not None else None
                sized = {m.entity_id: m for m in ctx.mentions if sent is not None and sent.start <= m.start < sent.end
                         and m.type == "competition" and getattr(ctx.gaz.get(m.entity_id), "attrs", {}).get("teams")}
                if len(sized) == 1 and c.rule_id not in BOTTOM_OF_TABLE_RULES:
                    m = next(iter(sized.values()))
                    c.object_id, c.object = m.entity_id, m.entity
                elif c.rule_id in FINISHED_BOTTOM_RULES and (not sized or c.rule_id in BOTTOM_OF_TABLE_RULES) \
                        and sent is not None and (not any(
                        m.type == "competition" and sent.start <= m.start < sent.end for m in ctx.mentions)
                        or c.rule_id in BOTTOM_OF_TABLE_RULES):
                    # ("were bottom of the table in April 2015, ... after winning the Championship": the
                    # table of then, not a league the sentence names in another clause)
                    # "X, who finished bottom, ...": a senior club's place in its country's top flight
                    team = ctx.gaz.get(c.subject_id)
                    if team is not None and team.type == "team" and _senior_club(ctx, team) \
                            and team.attrs.get("country"):
                        women = team.id in ctx.gaz.womens_teams or team.id.endswith("-women")
                        top = ctx.gaz.top_flight(team.attrs["country"], women, _season_start(c))
                        entity = ctx.gaz.get(top) if top else None
                        if entity is not None:
                            c.object_id, c.object = entity.id, entity.name
            league = ctx.gaz.get(c.object_id) if c.object_id else None
            teams = league.attrs.get("teams") if league is not None and league.type == "competition" else None
            if not teams:
                continue
            c.value = str(teams)
        out.append(c)
    return out


#: Places told in an aside with no league named ("X's Arsenal, third,"): the club's top flight.
ASIDE_PLACE_RULES = {"table.possessed_team_aside_ordinal"}


def _domestic_places(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"X are top of the first division again", "second in the top flight", "top of the league with 50
    points": a place or a points total in a league the words do not name (models/wordlists.json
    ``generic_league_phrases``, right after the claim's words) is one in the top flight of the club's
    country (a women's side's: the women's league), in the claim's season, else today's. So too a place or
    points with no league words when the article names that top flight. Not a national side's, a B or youth
    side's, nor one where the sentence names a competition."""
    phrases = [p.split() for p in ctx.words.get("generic_league_phrases", [])]
    if not phrases:
        return claims
    named = {m.entity_id for m in ctx.mentions if m.type == "competition"}
    for c in claims:
        if c.predicate not in {"league_position", "points"} or c.object_id or c.modality != "asserted":
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        if any(m.type == "competition" and sent.start <= m.start < sent.end for m in ctx.mentions):
            continue
        in_europe = any(t.lower_ in ctx.word_set("non_league_place_words") for t in sent)  # "first in their group"
        after = [t.lower_ for t in doc[span.start:min(sent.end, span.end + 6)]]
        generic = c.rule_id in ASIDE_PLACE_RULES or any(after[k:k + len(p)] == p for p in phrases for k in range(len(after)))
        # ("Y's Arsenal, third, ...": an aside on a club's place, in its top flight)
        team = ctx.gaz.get(c.subject_id)
        if team is None or team.type != "team" or not _senior_club(ctx, team) or not team.attrs.get("country"):
            continue
        women = team.id in ctx.gaz.womens_teams or team.id.endswith("-women")
        league = ctx.gaz.top_flight(team.attrs["country"], women, _season_start(c))
        entity = ctx.gaz.get(league) if league else None
        if entity is not None and (generic or entity.id in named and not in_europe):
            # (no table words: "Napoli finished third with 79 points" in an article that names Serie A, the top
            # flight of the club's country)
            c.object_id, c.object = entity.id, entity.name
    return claims


def _champions_of(ctx, span) -> str | None:
    """"champions of Sweden", "champions of the Netherlands": the country named after "champions of"."""
    for t in span[:-1]:
        if t.lower_ in {"champions", "champion"} and span.doc[t.i + 1].lower_ == "of":
            k = t.i + 2 + (span.doc[t.i + 2].lower_ == "the" if t.i + 2 < len(span.doc) else 0)
            for n in (3, 2, 1):
                words = " ".join(x.lower_ for x in span.doc[k:k + n])
                country = ctx.gaz.demonyms.get(words)
                if country and country.lower() == words:
                    return country
    return None


def _title_words(ctx, span, league_words) -> list[str]:
    """The words of a claim's span that can say what kind of title it is: not those of a competition named
    before the title's noun phrase ("took X to a cup's finals, having won the league with Y":
    the cup named first is no part of the league title)."""
    nouns = [t for t in span if t.lower_ in league_words]
    if not nouns:
        return [t.lower_ for t in span]
    left = nouns[-1].left_edge.i
    earlier = {i for m in ctx.mentions if m.type == "competition" and m.end <= left for i in range(m.start, m.end)}
    return [t.lower_ for t in span if t.i not in earlier]


def _title_club(ctx, c: Claim, span, own_clubs: set[str] = frozenset()):
    """The club a league title is of: the subject when it is a club, else the one club the sentence
    names (not a national side), else (a sentence naming none) the one the article has the person
    play for or coach (``own_clubs``); None when those are clubs of more than one country."""
    own = ctx.gaz.get(c.subject_id)
    if own is not None and own.type == "team":
        return own if _senior_club(ctx, own) else None
    if own is not None and own.type != "person":
        return None
    sent = span.sent
    doc = span.doc
    places = [m for m in ctx.mentions if m.type == "place" and sent.start < m.start < sent.end
              and doc[m.start - 1].lower_ in {"in", "at"}]
    for place in sorted(places, key=lambda m: min(abs(m.start - span.end), abs(span.start - m.end))):
        club = _city_club(ctx, place)  # "spent five years in Turin and won the league": the city's club
        team = ctx.gaz.get(club.entity_id) if club is not None else None
        if team is not None and _senior_club(ctx, team):
            return team
    clubs = {m.entity_id for m in ctx.mentions if m.type == "team" and sent.start <= m.start < sent.end}
    found = [e for e in (ctx.gaz.get(t) for t in clubs) if e is not None and _senior_club(ctx, e)]
    if len({e.attrs.get("country") for e in found}) > 1:
        # clubs of two countries in the sentence, one of them after "won ... with": the club the title is won with
        doc = span.doc
        with_club = [m for m in ctx.mentions if m.type == "team" and span.end <= m.start < min(sent.end, span.end + 3)
                     and doc[m.start - 1].lower_ == "with"]
        found = [e for e in (ctx.gaz.get(m.entity_id) for m in with_club[:1]) if e is not None and _senior_club(ctx, e)] \
            or found
    if not found:  # "Berger lifted the league just once": his club's league
        found = [e for e in (ctx.gaz.get(t) for t in own_clubs) if e is not None and _senior_club(ctx, e)]
    if len({e.attrs.get("country") for e in found}) != 1:
        return None
    return found[0]


def _senior_club(ctx, team) -> bool:
    """A club's first team or its women's side: not a national side, not a B or youth side (whose
    league is no top flight)."""
    if team.id in ctx.gaz.country_ids or team.attrs.get("parent") in ctx.gaz.country_ids:
        return False
    return not team.attrs.get("parent") or team.id in ctx.gaz.womens_teams


def _season_start(c: Claim) -> int | None:
    """The year the season of a title starts: "2015-16" 2015; a year alone is the season that ends in
    it ("the league title in 1992": 1991-92); else the claim's time (a date from July on starts one)."""
    m = re.match(r"((?:18|19|20)\d\d)(?:[-/]\d\d(?:\d\d)?)?$", c.value or "")
    if m:
        return int(m.group(1)) - (0 if "-" in c.value or "/" in c.value else 1)
    if c.time_start[:4].isdigit():
        return int(c.time_start[:4]) - (1 if c.time_start[5:7] and int(c.time_start[5:7]) < 7 else 0)
    return None


def _predecessors_side(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"X replaces Y, who stepped down in December after ...": Y left the job X takes.

    When the sentence does not name that job's side (the succession's side is a guess from the
    article's context), the side guessed is one the article has X at before ("X spent two years at
    Utrecht"), and the succession, undated, is the news the article names elsewhere ("Ajax have named
    X as head coach"), that appointment is the job: the guessed one goes. A departure of Y in the sentence
    whose side the sentence does not name either is from that job, not from another side of the
    article; it then stands for the job's departure (its wording, "resigned", and its own time)."""
    derived = [c for c in claims if c.rule_id == "left_role.predecessor" and c.object_id]
    if not derived:
        return claims
    drop: set[int] = set()
    for p in derived:
        taken = next((c for c in claims if c.predicate == "appointed" and c.sentence == p.sentence
                      and c.object_id == p.object_id and c.subject_id != p.subject_id), None)
        if taken is not None and not _named_in_sentence(doc, ctx, taken.object_id, taken.start_char, taken.end_char):
            # the guessed side is one the article has the successor at before ("spent two years at Utrecht")
            past = {c.object_id for c in claims if c.subject_id == taken.subject_id and c.sentence != taken.sentence
                    and (c.predicate == "tenure_length" or c.predicate == "head_coach_of" and c.time_tense == "past")}
            # ... and the succession is the article's news (no date of its own), as the appointment named is
            named = next((c for c in claims if c.subject_id == taken.subject_id and c.predicate == "appointed"
                          and c is not taken and c.object_id and c.modality == taken.modality
                          and c.object_id not in past and c.time_source == "article_date"
                          and _named_in_sentence(doc, ctx, c.object_id, c.start_char, c.end_char)), None) \
                if taken.object_id in past and taken.time_source != "expression" else None
            if named is not None:
                drop.add(id(taken))
                p.object_id, p.object = named.object_id, named.object
        for c in claims:
            if c.rule_id != p.rule_id and c.subject_id == p.subject_id and c.sentence == p.sentence and c.predicate == "left_role" \
                    and c.value not in {"assistant", "staff"} and c.modality == p.modality and (
                        c.object_id == p.object_id
                        or not _named_in_sentence(doc, ctx, c.object_id, c.start_char, c.end_char)):
                c.object_id, c.object = p.object_id, p.object
                drop.add(id(p))
    return [c for c in claims if id(c) not in drop]


def _named_in_sentence(doc, ctx, entity_id: str, start_char: int, end_char: int, unknown: bool = True) -> bool:
    """Whether the sentence of the evidence (start_char, end_char) names ``entity_id`` (``unknown``
    when the evidence is no span of the Doc)."""
    bounds = ctx.evidence_sentence(doc, start_char, end_char)
    if bounds is None:
        return unknown
    starts = ctx.mention_starts(entity_id)
    k = bisect.bisect_left(starts, bounds[0])
    return k < len(starts) and starts[k] < bounds[1]


def _job_named_held(ctx, person, before_i, sent):
    """The club the article names as the one ``person`` coaches, if they leave no job in it: what an
    appointment naming no club (a bare "X was appointed" after an age) is to, rather than a side named nearby."""
    ctx.possessive_used = True  # the article's own coaching claims decide: second pass
    team = ctx.coach_of.get(person.entity_id)
    if not team or person.entity_id in ctx.left_of:
        return None
    named = [m for m in ctx.mentions if m.entity_id == team and m.start < before_i]
    if not named:
        return None
    last = named[-1]  # named in this sentence or the one before (a club-and-role phrase before the name, then the
    # appointment), and by its name, not by a people's word that stands for the subject ("The Belgian took over")
    if sentence_index(sent.doc)[sent.start] - last.sentence_id > 1 \
            or {last.text.lower().removeprefix("the "), last.text.lower().removeprefix("the ").rstrip("s")} \
            & ctx.gaz.demonyms.keys():
        return None
    return last


def _in_relative_gerund(doc, ctx, c) -> bool:
    """The claim's club sits in a gerund clause dated by another event (a "before" or "after" with a
    gerund and a side): background to the clause it hangs on, not the job it is about."""
    span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
    if span is None:
        return False
    sent = span.sent
    named = [m for m in ctx.mentions if m.entity_id == c.object_id and sent.start <= m.start < sent.end]
    for m in named[:1]:
        tok = doc[m.end - 1]
        for _ in range(4):
            if tok.head is tok:
                break
            if tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "advcl"} and (
                    tok.head.lower_ in ctx.word_set("relative_time_marks")
                    or any(x.dep_ == "mark" and x.lower_ in ctx.word_set("relative_time_marks") for x in tok.children)):
                return True
            tok = tok.head
    return False


def _national(ctx, team_id: str) -> bool:
    """A national side, or its women's side."""
    return team_id.removesuffix("-women") in ctx.gaz.country_ids


def _origins(ctx, claims: list[Claim]) -> list[Claim]:
    """A move that names no club left comes from the club the article last had the person at
    ("returned to Juventus in 2019 ... He went back to Parma in 2021": from Juventus; "began his
    career at Parma. Juventus signed him in 2001": from Parma); no national side, nothing guessed."""
    if not any(c.predicate == "transfer" and not c.value for c in claims):
        return claims
    last: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: (c.start_char, c.predicate == "transfer")):
        if not c.object_id or _national(ctx, c.object_id):
            continue
        if c.predicate == "transfer" and not c.value and last.get(c.subject_id, c.object_id) != c.object_id:
            c.value = last[c.subject_id]
        if c.predicate in {"transfer", "player_of"} and c.modality in {"asserted", "reported"}:
            last[c.subject_id] = c.object_id
    for c in claims:  # "has joined Lazio. She comes after five years at Everton": the stint told just after
        if c.predicate != "transfer" or c.value or not c.object_id or c.modality not in {"asserted", "reported"}:
            continue
        stint = next((t for t in sorted(claims, key=lambda t: t.start_char) if t.predicate == "tenure_length"
                      and t.subject_id == c.subject_id and t.object_id and t.object_id != c.object_id
                      and not _national(ctx, t.object_id) and t.modality in {"asserted", "reported"}
                      and 0 <= t.start_char - c.start_char <= ORIGIN_AFTER_CHARS), None)
        if stint is not None:
            c.value = stint.object_id
    return claims


#: How far after a move (characters, about two sentences) a stint at another club is the club it left.
ORIGIN_AFTER_CHARS = 300


def _suitors_origin(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """A move only talked of ("X is wanted by Chelsea", "Real Madrid are monitoring the striker") is
    from the club the article has the player at, wherever it says so ("Liverpool insist the former
    academy graduate is not for sale", a club the article has not had him join: the move says it);
    failing that, from the club the article opens with when the player has no other one named; never from the suitor itself or from a national side."""
    moved_to = {(c.subject_id, c.object_id) for c in claims if c.predicate == "transfer" and c.modality == "asserted"}
    claims = [c for c in claims if not (c.rule_id in NOT_FOR_SALE_RULES and (c.subject_id, c.object_id) in moved_to)]
    # "X completed the signing of Y from Z ... Manchester City had also been linked with Y": a move talked of
    # before the one made (a past perfect) is not from the club the player then joined, but from the one he left
    moves = [c for c in claims if c.predicate == "transfer" and c.value and c.modality in {"asserted", "reported"}]
    left_from = {(c.subject_id, c.object_id): c.value for c in moves}
    left_from = {k: v for k, v in left_from.items() if not any((c.subject_id, c.value) == k for c in moves)}  # the
    # club of his latest move only ("arrived at City from Blackburn" years before leaving City)
    for c in claims:
        before = left_from.get((c.subject_id, c.value)) if c.predicate == "transfer" and c.modality == "hypothetical" else None
        if before is None or before == c.object_id:
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None or any(t.lower_ == "from" and getattr(_mention_at(ctx, t.i + 1), "entity_id", None) == c.value
                               for t in span.sent):
            continue  # "had hoped to sign X from Chelsea": the club the sentence names
        if any(t.lower_ == "had" and t.dep_ == "aux" and span.start <= t.head.i < span.end for t in span.sent):
            c.value = before
    open_moves = [c for c in claims if c.predicate == "transfer" and not c.value and c.modality == "hypothetical"]
    if not open_moves:
        return claims
    clubs: dict[str, list[str]] = {}
    for c in sorted(claims, key=lambda c: c.start_char):
        if c.predicate in {"player_of", "transfer"} and c.modality in {"asserted", "reported"} and c.object_id \
                and not _national(ctx, c.object_id) and c.time_kind != "interval":
            clubs.setdefault(c.subject_id, []).append(c.object_id)
    home, suitors = None, {c.object_id for c in open_moves}
    for c in claims:  # "is wanted by Chelsea, and ... has been offered a deal": the suitor's offer
        suitor = next((o for o in open_moves if c.rule_id in SUITOR_OFFER_RULES and o.subject_id == c.subject_id
                       and o.sentence == c.sentence), None)
        if suitor is not None:
            c.object_id, c.object = suitor.object_id, suitor.object
    for c in open_moves:
        own = [t for t in clubs.get(c.subject_id, []) if t != c.object_id]
        if own:
            c.value = own[-1]  # the latest club named: where he is now
            continue
        if home is None:  # the club the article opens with (headline or lede): its own
            home = next((m.entity_id for m in sorted(ctx.mentions, key=lambda m: m.start) if m.type == "team"
                         and m.sentence_id <= 1 and not _national(ctx, m.entity_id) and m.entity_id not in suitors), "")
        if home and home not in suitors and not _national(ctx, home) and c.subject_id not in clubs:
            c.value = home
    return claims


LATER_WORDS = frozenset({"later", "then", "subsequently", "afterwards", "eventually", "finally", "also"})


def _later_clubs(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """A career told as one list: "made her name with Perth Glory, where she began her senior career,
    and later with Sydney FC", "played for Ajax and then at Porto": each later club a club played for
    too; no other person named in between, no national side."""
    out = list(claims)
    for c in claims:
        if c.predicate != "player_of" or c.modality != "asserted" or not c.object_id:
            continue
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        named = [m for m in ctx.mentions if m.entity_id == c.object_id and sent.start <= m.start < sent.end]
        if not named:
            continue
        k = named[0].end
        while k + 3 < sent.end:
            if doc[k].lower_ in {"and", ","} and doc[k + 1].lower_ in LATER_WORDS and doc[k + 2].lower_ in {"with", "at", "for"}:
                m = _as_team(ctx, _mention_at(ctx, k + 3))
                between = [x for x in ctx.mentions if x.type == "person" and named[0].end <= x.start < k]
                if m is not None and m.start == k + 3 and not between and not _national(ctx, m.entity_id) \
                        and m.entity_id != c.object_id:
                    out.append(_derived(c, "player_of", c.value, "player.later_club", object_id=m.entity_id,
                                        object=m.entity, end_char=max(c.end_char, m.end_char), time_text="",
                                        time_source="none"))
                break
            k += 1
    return out


#: Claims that show a person playing.
PLAYER_PREDICATES = {"career_goals", "career_appearances", "player_of", "transfer"}


def _players_leading(claims: list[Claim]) -> list[Claim]:
    """"He led Argentina to the Copa America" of someone the article shows playing (goals,
    appearances, a club played for, a move) and never coaching: a player leading his side,
    not a coaching job."""
    players = {c.subject_id for c in claims if c.predicate in PLAYER_PREDICATES and c.modality in {"asserted", "reported"}}
    if not players:
        return claims
    coaches = {c.subject_id for c in claims if c.predicate in {"head_coach_of", "appointed", "left_role", "coaching_staff_of"}
               and c.rule_id not in LEADING_RULES}
    return [c for c in claims if not (c.rule_id in LEADING_RULES and c.subject_id in players - coaches)]


#: Roles read from a side led somewhere ("led Spain to the title", "took them to the final").
LEADING_RULES = {"coach.managing>led_to_title", "coach.took_to_final", "coach.took_team_to_tournament"}
#: Jobs held before, kept beside a candidacy for the same side in the same sentence ("X, who was caretaker
#: when Y left, is expected to take charge again").
CARETAKER_RULES = {"coach.was_caretaker", "coach.was_caretaker_role"}
PAST_JOB_RULES = LEADING_RULES | CARETAKER_RULES


def _apart(c: Claim, span: tuple[int, int]) -> bool:
    """The claim's evidence (ending at its verb) ends after the span: a clause after it."""
    return c.end_char > span[1]


def _incumbents_leaving(claims: list[Claim]) -> list[Claim]:
    """"when Carlo Ancelotti eventually leaves the Bernabeu": a coach whose departure is still
    only hypothetical holds the job as of the article."""
    held = {(c.subject_id, c.object_id) for c in claims if c.predicate == "head_coach_of"}
    out = list(claims)
    for c in claims:
        if c.predicate == "left_role" and c.modality == "hypothetical" and c.object_id and c.rule_id.startswith("left.") \
                and c.value not in {"assistant", "staff"} and (c.subject_id, c.object_id) not in held:
            held.add((c.subject_id, c.object_id))
            out.append(_derived(c, "head_coach_of", "", "head_coach_of.incumbent_leaving", modality="asserted",
                                time_kind="as_of", time_text="", time_source="article_date"))
    return out


#: Words that make a national side's place one in a table ("second in Group C", "top of the Nations League group").
TABLE_WORDS = {"group", "pool", "table", "standings", "league"}


def _tournament_places(ctx, claims: list[Claim]) -> list[Claim]:
    """"helping Belgium to third place at the World Cup", "Sweden beat Australia to finish third":
    a national side's place in a tournament is no league position, unless a group or table is named."""
    return [c for c in claims if not (c.predicate == "league_position" and _national(ctx, c.subject_id)
                                       and not TABLE_WORDS & set(re.findall(r"[a-z]+", c.sentence.lower())))]


def _staff_leaving(doc, ctx, claims: list[Claim]) -> list[Claim]:
    """"Klopp's assistant Pep Lijnders also left after Sunday's game", "his assistant X and the
    rest of his coaching staff also left on Tuesday": the staff role named on the way out is
    the role left, not a role held as of the article."""
    out = []
    for c in claims:
        if c.predicate == "coaching_staff_of" and c.object_id and c.modality in {"asserted", "reported"}:
            span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
            sent = span.sent if span is not None else None
            verb = None
            for m in [m for m in ctx.mentions if sent is not None and m.entity_id == c.subject_id
                      and sent.start <= m.start < sent.end]:
                tok = doc[m.end - 1]
                for _ in range(4):
                    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
                        verb = tok.head
                        break
                    if tok.head is tok:
                        break
                    tok = tok.head
                if verb is not None:
                    break
            if verb is not None and verb.lemma_ == "leave" and (verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
                    ch.dep_ == "aux" and ch.lower_ in {"has", "have"} for ch in verb.children)) \
                    and not any(ch.dep_ in {"dobj", "xcomp"} for ch in verb.children):  # "will also leave": still on the staff
                role = "assistant" if any(t.lower_ == "assistant" for t in sent) else c.value
                c = _derived(c, "left_role", role, c.rule_id + ">left", time_kind="end")
        out.append(c)
    return out


def _staff_departures(claims: list[Claim]) -> list[Claim]:
    """"His assistant X ... will also leave in the summer": an assistant leaving leaves the staff
    role this article gives him, and held that role, not the head coach's job, until then."""
    staff = {(c.subject_id, c.object_id): c.value for c in claims
             if c.predicate == "coaching_staff_of" and c.value and c.modality in {"asserted", "reported"}}
    if not staff:
        return claims
    out = []
    for c in claims:
        role = staff.get((c.subject_id, c.object_id))
        if role and c.rule_id == "head_coach_of.until_departure":
            continue
        if role and c.predicate == "left_role" and c.value in {"", "left"}:
            c.value = role
        out.append(c)
    return out


def _national_sides(ctx, claims: list[Claim]) -> list[Claim]:
    """"won 89 caps for his country": the national side of the person's nationality, as this
    article states it (else as the gazetteer knows it); with no nationality known, no claim."""
    rules = rules_with_object(ctx.rules, "national_side")
    if not any(c.rule_id in rules for c in claims):
        return claims
    stated: dict[str, str] = {}
    for c in sorted(claims, key=lambda c: c.modality not in {"asserted", "reported"}):
        if c.predicate == "nationality" and c.value and c.modality != "negated":
            stated.setdefault(c.subject_id, c.value)
    women = womens_article(ctx.mentions, ctx.gaz)
    out = []
    for c in claims:
        if c.rule_id in rules and not c.object_id:
            side = next((o for o in claims if o.subject_id == c.subject_id and o.sentence == c.sentence and o.object_id
                         and o.predicate in CAREER_TOTALS and o.rule_id not in rules), None)
            if side is not None:  # "won 89 caps for Spain and scored 29 international goals": that side
                c.object_id, c.object = side.object_id, side.object
                out.append(c)
                continue
            country = stated.get(c.subject_id) or next(
                (m.attrs["nationality"] for m in ctx.mentions if m.entity_id == c.subject_id and m.attrs.get("nationality")), None)
            if not country:
                # "He scored 21 goals in 63 internationals" of the England manager: no nationality stated, so the
                # national side this article has the person coach, if there is just one
                coached = {o.object_id: o.object for o in claims if o.subject_id == c.subject_id and o.object_id
                           and o.predicate in {"head_coach_of", "appointed", "left_role"} and o.modality != "negated"
                           and _national(ctx, o.object_id)}
                if len(coached) == 1:
                    (c.object_id, c.object), = coached.items()
                    out.append(c)
                continue
            team_id, name = slug(country), country
            if women:  # an article about women's football: her country's women's side
                team_id, name = f"{team_id}-women", f"{country} Women"
            known = ctx.gaz.get(team_id)
            c.object_id, c.object = team_id, (known.name if known is not None else name)
        out.append(c)
    return out


def _described_by(doc, ctx, person_id: str, sent) -> set[int]:
    """Tokens of the apposition or relative clause on the person in ``sent`` ("X, the Dane who
    managed Genoa for four seasons, ..."): a side named there is the person's past, not the job spoken of."""
    out: set[int] = set()
    for m in ctx.mentions:
        if m.entity_id != person_id or not sent.start <= m.start < sent.end:
            continue
        for child in doc[m.end - 1].children:
            if child.dep_ in {"appos", "relcl", "acl"} and child.i >= m.end:
                out |= {t.i for t in child.subtree}
    return out


class _ArticleClub:
    """The article's own club, looked up only when a vacancy has no departure to point at."""

    def __init__(self, doc, ctx):
        self.doc, self.ctx = doc, ctx
        self.vacancy_rules = rules_with_object(ctx.rules, "vacancy")

    def wanted(self, c):
        """"Everton, meanwhile, must find a new manager. X has been linked with the job": the one team
        named in the candidate's sentence or the one before, beside "a new manager" / "a successor"."""
        doc = self.doc
        span = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        for s in (sent, doc[sent.start - 1].sent if sent.start > 0 else None):
            if s is None:
                continue
            words = [t.lower_ for t in s]
            if not any(w == "new" and n in {"manager", "coach", "head", "boss"} for w, n in zip(words, words[1:])) \
                    and not {"successor", "replacement"} & set(words):
                continue
            past = _described_by(doc, self.ctx, c.subject_id, s)
            teams = {m.entity_id: m for m in self.ctx.mentions if m.type == "team" and s.start <= m.start < s.end
                     and m.entity_id != c.subject_id and m.start not in past}
            if len(teams) == 1:
                return next(iter(teams.values()))
        return None

    def team(self):
        doc = self.doc
        return _context_team(self.ctx, len(doc), doc[len(doc) - 1].sent, exclude=set(), prefer_frequent=True) if len(doc) else None


#: A club after a player named by a descriptor or a pronoun ("Real Madrid are said to be monitoring the
#: striker", "Arsenal are weighing up a bid for him"): the mention stage resolves descriptors as subjects only.
#: A club a person is at, whose sentence says anywhere whether as a player or as its coach
#: ("X, at Ajax since 2019, is the longest-serving manager in the league").
SENTENCE_ROLE_RULES = frozenset({"player.at_team_since", "player.nth_season_at"})
#: A club a player is at that a move to it in the same article says already
#: ("joined Napoli from Lille ... Napoli insist he is not for sale").
NOT_FOR_SALE_RULES = frozenset({"player.team_not_for_sale", "player.not_for_sale_team_says"})
SUITOR_OFFER_RULES = frozenset({"offer.been_offered_deal"})
SUITOR_DESCRIPTOR_RULES = frozenset({"appointed.team_monitoring_descriptor", "appointed.team_weighing_bid_descriptor",
                                     "appointed.team_linked_with_descriptor"})


def _suitor_target(doc, ctx, roles, sent):
    """The player a suitor's sentence points at: the descriptor's (or pronoun's) person as the
    mentions resolved it, else the person of the sentence so far or, failing that, of the one before;
    a descriptor with no playing noun ("the situation") is no one."""
    i = roles.get("subject", [None])[0]
    if i is None:
        return None
    if doc[i].lower_ in {"him", "her"}:
        return ctx.pronoun(doc, i)
    coaching = lambda m: m.entity_id in ctx.coach_of or m.entity_id in ctx.left_of
    aged = descriptor_at(doc, ctx.mentions, i)
    if aged is not None and aged.type == "person" and aged.label == "DESCRIPTOR" and aged.attrs.get("descriptor") == "age":
        ctx.possessive_used = True  # "linked with the 31-year-old": the person the age stands for, not a coach
        return None if coaching(aged) else aged
    k = i + 1
    while k < sent.end and doc[k].lower_ not in ctx.word_set("player_nouns") and (doc[k].pos_ == "ADJ" or doc[k].ent_type_):
        k += 1
    if k >= sent.end or doc[k].lower_ not in ctx.word_set("player_nouns"):
        return None
    ctx.possessive_used = True  # who coaches is known in the second pass: "the striker" is no coach
    known = _mention_at(ctx, i)
    if known is None or known.type != "person":
        known = descriptor_at(doc, ctx.mentions, i)
    if known is not None and known.type == "person":
        return None if coaching(known) else known
    named = [m for m in ctx.mentions if m.type == "person" and sent.start <= m.start < i and not coaching(m)]
    if named:
        return named[0]
    before = [m for m in ctx.mentions if m.type == "person" and sent.start > 0 and not coaching(m)
              and doc[sent.start - 1].sent.start <= m.start < sent.start]
    return before[0] if before else None


FIRST_PERSON = frozenset({"i", "my", "me", "we", "our", "us", "i'm", "i've"})


def _subjectless_first_person(tok) -> bool:
    """A verb with no subject up its chain in a sentence that speaks in the first person (a quoted
    social post: "New chapter. Can't wait to ... play in front of the Blues fans")."""
    if not any(t.lower_ in FIRST_PERSON for t in tok.sent):
        return False
    v = tok
    for _ in range(8):
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in v.children):
            return False
        if v.head is v:
            break
        v = v.head
    return True


def _gapped_playing_clause(doc, start) -> bool:
    """"Ragnar Sigurdsson plays for Krasnodar and Sigthorsson for Nantes": the clause before the gap
    says someone plays (stars, features) for a side named after "for"/"with"."""
    sent = doc[start].sent
    for t in doc[sent.start:start]:
        if t.pos_ == "VERB" and t.lemma_ in {"play", "star", "feature"}:  # not "scored for": a match, no club
            nxt = doc[t.i + 1:min(t.i + 4, start)]
            if any(n.lower_ in {"for", "with"} and n.i + 1 < start and doc[n.i + 1].ent_type_ == "TEAM" for n in nxt):
                return True
    return False


#: Words of a sentence about someone's playing days.
PLAYING_WORDS = {"player", "players", "playing", "played", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward",
                 "goals", "appearances", "caps", "scored", "captain", "debut", "retiring", "retired", "retire"}


#: Words of a departure sentence that make its job the open one ("has yet to find a successor").
VACANCY_WORDS = {"successor", "successors", "replacement", "vacancy", "vacant", "search", "hunt"}


def _onward_moves(claims: list[Claim]) -> list[Claim]:
    """"Kanté, signed from Caen in 2015, left for Chelsea": the move on starts at the club he
    joined, not at the club he came from (both read the same "from Caen")."""
    arrivals = {}
    for c in sorted(claims, key=lambda c: c.start_char):
        if c.predicate != "transfer" or not c.object_id:
            continue
        key = (c.subject_id, c.sentence)
        first = arrivals.get(key)
        if first is None:
            arrivals[key] = c
        elif c.value and c.value == first.value and c.object_id != first.object_id and first.object_id != c.value:
            c.value = first.object_id
    return claims


#: Rules of a bare leaving ("X left Spurs", "He leaves Spurs as their record scorer"): a player's move when he moved.
PLAIN_LEAVING = {"left.leave_team", "left.leaves_team", "left.descriptor_leaves_team"}

#: How far (characters) a player's leaving a club may come before the move that says where he went.
LEFT_THEN_MOVED_CHARS = 200


def _listed_moves(ctx, claims: list[Claim]) -> list[Claim]:
    """"X left for Chelsea, Y joined PSG and Z moved to Toronto FC": moves listed beside a departure
    with no origin of their own start where the departure did."""
    leave = ctx.word_set("leave_verbs")
    left = {}
    for c in claims:
        lower = ctx.rules[c.rule_id].pattern[0].get("LOWER") if c.rule_id in ctx.rules else None
        if c.predicate == "transfer" and c.value and c.modality == "asserted" and isinstance(lower, dict) \
                and leave & set(lower.get("IN", [])):
            left.setdefault(c.sentence, c)
    for c in claims:
        first = left.get(c.sentence)
        if first is not None and c.predicate == "transfer" and not c.value and c.subject_id != first.subject_id \
                and c.object_id != first.value and c.modality == "asserted":
            c.value = first.value
    # "X has quit Everton. The winger finalised his transfer to Porto on Monday": the club he left is the origin,
    # and his leaving is that move, no job left
    gone = [c for c in claims if c.rule_id in PLAIN_LEAVING and c.modality == "asserted" and c.object_id]
    merged = set()
    for c in claims:
        if c.predicate != "transfer" or c.value or c.modality != "asserted":
            continue
        before = [g for g in gone if g.subject_id == c.subject_id and g.object_id != c.object_id
                  and g.start_char <= c.start_char and c.start_char - g.end_char <= LEFT_THEN_MOVED_CHARS]
        if before:
            c.value = before[-1].object_id
            merged.add(id(before[-1]))
    moved_from = {(c.subject_id, c.value) for c in claims if c.predicate == "transfer" and c.value and c.modality == "asserted"}
    claims = [c for c in claims if id(c) not in merged and not (c.rule_id in PLAIN_LEAVING and c.value == "left"
                                                                and (c.subject_id, c.object_id) in moved_from)]
    # "completes move to Inter Miami" in the headline, "has joined Inter Miami from PSG" below: one move, said
    # fully once
    origins = {}
    for c in claims:
        if c.predicate == "transfer" and c.value and c.modality == "asserted":
            origins.setdefault((c.subject_id, c.object_id), set()).add(c.value)
    return [c for c in claims if not (c.predicate == "transfer" and not c.value and (
        c.rule_id == "transfer.moved_to"  # "moved to X" alone: too loose
        or c.modality == "asserted" and (c.subject_id, c.object_id) in origins))]


#: Rules of a job taken with no club named ("took the job in 2019", "was given the job permanently"): the person's own job
#: when the article names one, before any other's vacancy.
OWN_JOB_RULES = {"appointed.took_the_bare_job", "appointed.given_job"}

#: How far (characters) an offer may come before the job someone else then took ("Y took the job").
OFFERED_JOB_CHARS = 250


def _filled(gone: Claim, claims: list[Claim], before: Claim, vacancy_rules) -> bool:
    """A departure whose job the same sentence has someone else appointed to ("X left in the summer and was
    replaced by Y"; an interim appointment fills nothing): no longer the vacancy a later candidate is spoken of for."""
    return any(a.predicate == "appointed" and a.object_id == gone.object_id and a.subject_id != gone.subject_id
               and a.subject_id != before.subject_id and a.rule_id not in vacancy_rules
               and a.modality in {"asserted", "reported"} and a.value != "interim" and a.sentence == gone.sentence
               for a in claims)


def _vacancies(claims: list[Claim], fallback) -> list[Claim]:
    """"has been linked with the vacancy", "the favourite to replace him": the job is the one
    a departure before it left open: preferably one whose sentence speaks of a successor, else
    the latest; with no departure, the article's club (``fallback``)."""
    out = []
    # the people spoken of as candidates: a job one of them left is not the one they are candidates for
    candidates = {c.subject_id for c in claims if c.rule_id in fallback.vacancy_rules}
    for c in claims:
        if c.rule_id not in fallback.vacancy_rules or c.object_id:
            out.append(c)
            continue
        # the job just spoken of ("linked with the Arsenal post ..., offered the job"), else a departure
        spoken = [d for d in out if d.rule_id in fallback.vacancy_rules and d.object_id and d.sentence == c.sentence]
        # "one of the candidates ... in case Simeone does leave": a departure in the same sentence, even a hypothetical one
        spoken += [d for d in claims if d.predicate == "left_role" and d.object_id and d.sentence == c.sentence
                   and d.subject_id != c.subject_id]
        # "X is to stand down as manager. Y is tipped as his likely replacement": a departure still to come,
        # just before, is the job the candidate is spoken of for
        # (first: one the sentence itself speaks of comes last and is the one picked)
        spoken = [d for d in claims if d.predicate == "left_role" and d.object_id and d.modality == "hypothetical"
                  and d.subject_id != c.subject_id and d.subject_id not in candidates
                  and d.sentence != c.sentence and 0 <= c.start_char - d.end_char <= OFFERED_JOB_CHARS] + spoken
        gone = [d for d in claims if d.predicate == "left_role" and d.object_id and d.start_char < c.start_char
                and d.subject_id != c.subject_id and d.modality in {"asserted", "reported"}
                and d.subject_id not in candidates  # not "X, out of work since leaving Barcelona, is the favourite"
                and not _filled(d, claims, c, fallback.vacancy_rules)]
        open_job = [d for d in gone if VACANCY_WORDS & set(re.findall(r"[a-z]+", d.sentence.lower()))]
        news = [d for d in gone if not re.search(r"\b(?:19|20)\d\d\b", d.time_text)]  # not "sacked by Greece in 2014"
        # "X turned down the chance to coach Portugal. Y took the job in 2023": the job just offered to another
        offered = [d for d in claims if d.predicate == "offer_received" and d.object_id and d.subject_id != c.subject_id
                   and d.start_char < c.start_char and c.start_char - d.end_char <= OFFERED_JOB_CHARS]
        if offered and not spoken and (not gone or gone[-1].start_char < offered[-1].start_char):
            spoken = offered[-1:]
        if c.rule_id in OWN_JOB_RULES and not spoken:
            # "Genoa have sacked Berger. Berger took the job in 2023": the job the article says he held (or took)
            own = [d for d in claims if d.subject_id == c.subject_id and d.object_id and d.sentence != c.sentence
                   and d.predicate in {"appointed", "head_coach_of", "left_role"} and d.rule_id not in fallback.vacancy_rules
                   and d.modality in {"asserted", "reported"} and d.value not in {"assistant", "staff"}]
            before = [d for d in own if d.start_char < c.start_char]
            if own:
                spoken = [before[-1] if before else own[0]]
        pick = (spoken or open_job or news or gone)[-1] if (spoken or gone) else None
        wanted = fallback.wanted(c) if not spoken else None
        if wanted is None and not spoken and re.search(r"\bthe club\b", c.sentence.lower()):
            wanted = fallback.team()  # "seen as a candidate, but the club opted for experience": the article's club
        if wanted is not None:
            c.object_id, c.object = wanted.entity_id, wanted.entity
        elif pick is not None:
            c.object_id, c.object = pick.object_id, pick.object
        else:
            team = fallback.team()
            if team is None:
                continue  # no job to speak of
            c.object_id, c.object = team.entity_id, team.entity
        out.append(c)
    return out


def _tenure_roles(doc, claims: list[Claim]) -> list[Claim]:
    """Years spent at a club by someone this article shows coaching (an appointment, a coaching
    job, a departure from one) were years as its coach, unless the sentence is about playing."""
    # "He led Argentina to the World Cup" says nothing of a coach: a player can lead a side to a title
    coaches = {c.subject_id for c in claims if c.predicate in {"head_coach_of", "appointed", "left_role"}
               and c.modality in {"asserted", "reported"} and c.value not in {"assistant", "staff"}
               and c.rule_id != "coach.managing>led_to_title"}
    if not coaches:
        return claims
    retiring = {c.subject_id for c in claims if c.rule_id == "left.retire_as"}  # a coach retiring from the job
    out = []
    for c in claims:
        if c.rule_id == "player_of.from_tenure" and c.subject_id in coaches:
            sent = doc.char_span(c.start_char, c.end_char, alignment_mode="expand")
            words = {t.lower_ for t in sent.sent} if sent is not None else set()
            if c.subject_id in retiring:
                words -= {"retire", "retired", "retiring"}
            if not words & PLAYING_WORDS:
                c = _derived(c, "head_coach_of", "", "head_coach_of.from_tenure_of_a_coach", time_kind=c.time_kind)
        out.append(c)
    return out


class _Watched(dict):
    """A dict that remembers whether it was read (``in``, ``get`` or ``[]``)."""

    asked = False

    def __contains__(self, key):
        self.asked = True
        return super().__contains__(key)

    def get(self, key, default=None):
        self.asked = True
        return super().get(key, default)

    def __getitem__(self, key):
        self.asked = True
        return super().__getitem__(key)

    def items(self):
        self.asked = True
        return super().items()


#: Words that put a sentence on a coach's job.
COACHING_WORDS = frozenset({"manager", "coach", "boss", "managerial", "coaching", "dugout"})


def _coaching_words(span) -> bool:
    return not COACHING_WORDS.isdisjoint(_span_lowers(span))


def _playing_words(ctx, sent) -> bool:
    """"As a player, Kompany spent 11 years at Manchester City after joining from Hamburg": a
    coach's move as a player is a transfer."""
    text = ctx.sentence_text(sent).lower()
    return "as a player" in text or " playing career" in text or (" played for " in text and not _coaching_words(sent)) \
        or (any(t.lower_ in {"retire", "retired", "retires", "retiring"} and t.pos_ == "VERB"
                and all(c.dep_ not in {"nsubj", "nsubjpass"} or c.lower_ in {"he", "she"} for c in t.children) for t in sent)
            and not _coaching_words(sent))  # "left Anfield for LA Galaxy in 2015 and retired the next year": a player
    # (not another's retirement: "left Milan in the summer Maldini retired")


def _drop_nested(matches, rules):
    """A match inside a longer match of another rule for the same predicate says less: drop it."""
    by_pred: dict[str, list] = {}
    for o in matches:
        by_pred.setdefault(rules[o[0]].predicate, []).append(o)
    out = []
    for m in matches:
        pred = rules[m[0]].predicate
        # "who both moved from City to Barcelona" holds "moved from City", a move a player's or a coach's
        preds = {pred} | ({rules[m[0]].player_predicate} if rules[m[0]].player_predicate == "transfer" else set())
        if any(o is not m and o[1] <= m[1] and m[2] <= o[2] and (o[2] - o[1]) > (m[2] - m[1])
               for p in preds for o in by_pred.get(p, ())):
            continue
        out.append(m)
    return out


#: Predicates a list of sides as the subject gives each of them ("Nimes and Dijon will play in Ligue 2").
SUBJECT_CONJ_PREDICATES = {"competition_of", "title_won"}

#: Rules whose club is the senior club even when named as its academy ("came through the academy at X").
SENIOR_RULES = {"player.came_through", "player.product_of", "player.graduated_from"}

#: Posts after "replaced X as" that are no coaching job.
NOT_COACHING_POSTS = {"president", "chairman", "chairwoman", "chair", "owner", "captain", "chief", "ceo", "director",
                      "sporting", "technical", "vice-president", "secretary", "treasurer"}

#: Succession rules that a substitution ("X replaced Y at half-time") also matches.
REPLACED_RULES = {"appointed.replaced", "appointed.replaced_him", "appointed.replaced_by", "left.was_replaced_by"}


def _replaced_coach(doc, ctx, trigger) -> bool:
    """"Benfica announced that X would succeed him": the one replaced is a coach of this article."""
    prev = _replaced_person(doc, ctx, trigger)
    if prev is None:
        return False
    ctx.possessive_used = True
    return prev.entity_id in ctx.coach_of


def _first_conjunct(verb: Token) -> Token:
    """The first verb of a run of joined verbs ("sacked X and replaced him": "sacked"), which holds their subject."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb


def _club_succession(doc, ctx, trigger, sent) -> bool:
    """A succession no substitution can be: a club replaces someone ("Leeds replaced X with Y", "the club
    replaced him with Y"), or the sentence also has someone dismissed or leaving ("X was sacked and Y replaced
    him"; models/wordlists.json ``departure_verbs``)."""
    verb = _first_conjunct(trigger)  # "Leeds sacked X and replaced him with Y": the subject of the first verb
    for c in verb.children:
        if c.dep_ == "nsubj" and (_as_team(ctx, _mention_at(ctx, c.i)) is not None or c.lower_ in TEAM_WORDS):
            return True
    return any(t.lower_ in ctx.word_set("departure_verbs") and t.lower_ != "left" and t.pos_ == "VERB" for t in sent)


def _succeeded_named_coach(doc, ctx, trigger, sent):
    """The person named after "succeeded"/"replaced" whom another sentence of the article may place in a
    coaching job (read in the second pass), else None; not one with a relative clause ("succeeded X, who left
    to take over at Y": X's job now is no guide to the one he left)."""
    prev = _mention_at(ctx, trigger.i + 1) if trigger.i + 1 < sent.end else None
    if prev is None or prev.type != "person" or prev.end + 1 < sent.end and doc[prev.end].text == "," \
            and doc[prev.end + 1].lower_ in {"who", "whose"}:
        return None
    if not any(m.entity_id == prev.entity_id and not (sent.start <= m.start < sent.end) for m in ctx.mentions):
        return None
    ctx.possessive_used = True
    return prev if prev.entity_id in ctx.coach_of or prev.entity_id in ctx.left_of else None


def _succession_side(doc, ctx, trigger, start, end, sent):
    """The side of a succession "Y succeeded X" whose clause names no side after the trigger: the side
    the article has X coach; else, for a subject "Their coach, Y,", the side "their" stands for."""
    clause_end = next((t.i for t in doc[trigger.i + 1:sent.end] if t.is_punct and t.text != "'"), sent.end)
    if any(m.type == "team" and trigger.i < m.start < clause_end for m in ctx.mentions):
        return None  # "succeeded X at Porto": the side named
    subj = [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    own = range(subj[0].left_edge.i, subj[0].right_edge.i + 1) if subj else range(0)
    if any(m.type == "team" and sent.start <= m.start < trigger.i and m.start not in own for m in ctx.mentions):
        return None  # "X named him their next manager, and he will succeed Y": the side of the clause before
    prev = _succeeded_named_coach(doc, ctx, trigger, sent)
    if prev is not None:
        team = ctx.left_of.get(prev.entity_id) or ctx.coach_of.get(prev.entity_id)
        # the latest mention before that no opponent cue ("beat X") leads
        named = [m for m in ctx.mentions if m.entity_id == team and m.start < trigger.i
                 and (m.start == 0 or doc[m.start - 1].lower_ not in OPPONENT_CUES)] if team else []
        found = named[-1] if named else next((m for m in ctx.mentions if m.entity_id == team), None) if team else None
        if found is not None:
            return found
    first = doc[sent.start]
    if first.lower_ in {"their", "its"} and sent.start + 1 < trigger.i \
            and doc[sent.start + 1].lower_ in ctx.word_set("coach_roles"):
        return _they(ctx, sent.start, sent)
    return None


def _teller_team(ctx, trigger):
    """"Bayern announced that X would succeed him": the side whose announcement the clause is."""
    if trigger.dep_ == "acl" and trigger.head.lower_ in {"statement", "announcement"}:
        verb = _governing_verb(trigger.head)  # "Porto said in a statement that X had ...": who made the statement
    elif trigger.dep_ != "ccomp":
        return None
    else:
        verb = trigger.head
    by = [_as_team(ctx, _mention_at(ctx, c.i)) for c in verb.children if c.dep_ == "nsubj"]
    if by:
        return by[0]
    k = verb.i - 1  # "In December Bayern announced": parsed without a subject, the side just before the verb
    while k > verb.sent.start and verb.doc[k].pos_ in {"AUX", "ADV"}:
        k -= 1
    return _as_team(ctx, _mention_at(ctx, k)) if k >= verb.sent.start else None


def _replaced_with(doc, ctx, trigger, end, sent):
    """"replaced him with Y", "replaced X with Y": the person named after "with", the successor."""
    k = end if end < sent.end and doc[end].lower_ == "with" else None
    if k is None and doc[trigger.i + 1].lower_ in {"him", "her"} and trigger.i + 2 < sent.end \
            and doc[trigger.i + 2].lower_ == "with":
        k = trigger.i + 2
    if k is None:
        return None
    for j in range(k + 1, min(k + 5, sent.end)):  # "with his assistant Y", "with the former Ajax coach Y"
        m = _mention_at(ctx, j)
        if m is not None and m.type == "person" and m.start == j:
            return m
        if doc[j].pos_ not in {"DET", "PRON", "ADJ", "NOUN", "PROPN"} or doc[j].is_punct:
            return None
    return None


def _replaced_person(doc, ctx, trigger):
    """The person after "replace"/"succeed": a name, or "him"/"her" for the most salient person before."""
    if trigger.i + 1 >= len(doc):
        return None
    m = _mention_at(ctx, trigger.i + 1)
    if m is not None and m.type == "person":
        return m
    sent = doc[trigger.i].sent
    if doc[trigger.i + 1].lower_ in {"him", "her"} and _replaced_with(doc, ctx, trigger, trigger.i + 2, sent) is not None:
        # "the club sacked coach X and replaced him with Y": the person named last before, not the one who
        # replaces ("X was sacked by Z, who replaced him with Y": what a relative "who" stands for)
        doers = {trigger.head.i for c in trigger.children if c.dep_ == "nsubj" and c.lower_ in {"who", "that"}
                 and trigger.dep_ == "relcl"}
        before = [m for m in ctx.mentions if m.type == "person" and sent.start <= m.start and m.end <= trigger.i
                  and not any(m.start <= i < m.end for i in doers)]
        if before:
            return before[-1]
    if doc[trigger.i + 1].lower_ in {"him", "her"}:
        subj = [c for c in trigger.children if c.dep_ == "nsubj"]
        own = _mention_at(ctx, subj[0].i) if subj else None
        exclude = {own.entity_id} if own is not None else set()
        # "Bayern announced that X would succeed him": the coach of the side that announced it
        by = _teller_team(ctx, trigger)
        if by is not None:
            ctx.possessive_used = True
            coach = next((p for p, t in ctx.coach_of.items() if t == by.entity_id and p not in exclude), None)
            found = next((m for m in ctx.mentions if m.entity_id == coach), None) if coach else None
            if found is not None:
                return found
        prev = _previous_subject(doc, ctx, sent)
        if prev is not None and prev.entity_id not in exclude:
            return prev
        return salient_person(ctx.mentions, trigger.i, exclude=exclude)
    return None


#: Verbs that put a sentence about a person in coaching ("sacked", "managed").
COACHING_VERB_LEMMAS = frozenset({"coach", "manage", "sack", "dismiss"})


#: Words between "as" and the post it names ("as their new president", "as the club's chief executive").
POST_LEAD_WORDS = {"a", "an", "the", "their", "its", "his", "her", "new", "club", "'s", "’s", "permanent", "next"}


def _as_a_board_post(doc, end: int, sent) -> bool:
    """Whether "as" right after a match names a post off the bench (``NOT_COACHING_POSTS``: president,
    chief executive, sporting director ...) before any coaching role word."""
    if end >= sent.end or doc[end].lower_ != "as":
        return False
    for tok in doc[end + 1:min(sent.end, end + 6)]:
        if tok.lower_ in POST_LEAD_WORDS:
            continue
        after = doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else ""
        return tok.lower_ in NOT_COACHING_POSTS and after not in {"advisor", "adviser", "coach", "assistant"}
    return False


#: Rules whose words a player's move or a club's choice of player says as well ("turned to X", "X's exit
#: from CLUB", "the unveiling of X"): kept only where the sentence or the one before speaks of coaching.
COACHING_CONTEXT_RULES = frozenset({"appointed.team_turned_to_name", "left.possessive_exit_from", "left.exit_of_name",
                                    "appointed.appointment_of"})


def _departure_near(doc, ctx, sent) -> bool:
    """A coach's departure told in this sentence or the one before ("X was sacked. The club turned to Y")."""
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lower_ in ctx.word_set("departure_verbs") for t in doc[first:sent.end])


def _in_coaching(ctx, sent, subject, verbs: bool = False) -> bool:
    """The sentence speaks of coaching, or the article has the subject coaching or leaving a coaching
    job; with ``verbs``, a coaching verb anywhere in the sentence says so too."""
    return bool(_coaching_words(sent) or subject.entity_id in ctx.coach_of or subject.entity_id in ctx.left_of
                or verbs and any(t.lemma_ in COACHING_VERB_LEMMAS for t in sent))


def _claims_from_match(doc, ctx, rule, start, end, roles, timexes_by_sent):
    span = doc[start:end]
    sent = span.sent
    words = ctx.words
    trigger = doc[roles["trigger"][0]] if "trigger" in roles else span[0]
    value_toks = [doc[i] for i in roles.get("value", [])]
    if not _passes_filters(doc, rule, start, end, value_toks, ctx):
        return []
    if rule.predicate in {"head_coach_of", "appointed"} and _staff_role(doc, ctx, trigger, end, sent):
        # "his fitness coach at Valencia", "was named Celtic's new goalkeeping coach": a place on the staff,
        # not the head coach's job
        rule = replace(rule, predicate="coaching_staff_of", value="fixed", value_default="staff")
    # subject
    subject = _find_subject(doc, ctx, rule, start, end, roles, trigger, sent)
    if subject is None:
        return []
    if rule.predicate == "league_position" and subject.type == "team" and subject.start >= 2 \
            and doc[subject.start - 1].lower_ == "of" and (getattr(_mention_at(ctx, subject.start - 2), "type", None) == "person"
                                                           or doc[subject.start - 2].text == "," and getattr(
                                                               _mention_at(ctx, subject.start - 3), "type", None) == "person"):
        return []  # "Marta, of Orlando Pride, was fourth": her place in a vote, not her club's in a table
    if rule.predicate in {"league_position", "points"}:
        own = _coach_season_side(doc, ctx, start, sent)
        if own is not None:  # "his final season brought a fourth-place finish": the side he coached
            subject = own
    if rule.id in OWN_SENTENCE_SUBJECT and not sent.start <= subject.start < start and not any(
            t.lower_ in {"side", "team"} and t.i > sent.start and doc[t.i - 1].tag_ == "POS" for t in doc[sent.start:start]):
        # ("<coach>'s side closed the campaign in top place": the side resolved from its coach is named here)
        return []  # "Jamaica, making their debut, finished bottom without a point": no side named here, no guess
    if rule.predicate == "title_won" and subject.type == "person" and _governing_verb(trigger).lemma_ in {"deliver", "bring"}:
        ctx.possessive_used = True  # "Could he deliver the Premier League title?": a coach delivers it to his club
        team = [m for m in ctx.mentions if m.entity_id == ctx.coach_of.get(subject.entity_id)]
        if team:
            subject = team[0]
    if rule.id == "appointed.replaced_him" and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return []  # "the favourite to replace him": the candidate rules say it
    if rule.id == "appointed.took_over" and end < sent.end and doc[end - 1].lower_ == "over" \
            and doc[end].pos_ == "PROPN":  # "took over Everton": a coach's job, or an owner's purchase
        ctx.possessive_used = True  # the article's own coaching claims decide: second pass
        if not _sent_words(sent).isdisjoint(OWNERSHIP_WORDS) or not _in_coaching(ctx, sent, subject, verbs=True):
            return []
    if rule.id in {"left.team_confirmed_his_exit", "left.by_mutual_consent", "coach.his_job_was_at"}:
        # a coach's exit or job, not a player's move or a director's post
        ctx.possessive_used = True  # the article's own coaching claims decide: second pass
        if not _in_coaching(ctx, sent, subject, verbs=True):
            return []
    if rule.id == "appointed.brought_in" and not _in_coaching(ctx, sent, subject, verbs=True):
        return []  # "Rice was brought in to shore up the midfield": a player's arrival, no coaching job
    if rule.id in COACHING_CONTEXT_RULES and trigger.lower_ not in ctx.word_set("coach_only_nouns"):
        # "Arsenal turned to Saka", "Ronaldo's exit from United", "the unveiling of X": players too ("the
        # sacking / appointment of X" is a coach's)
        ctx.possessive_used = True  # the article's own coaching claims decide: second pass
        if not (_in_coaching(ctx, sent, subject, verbs=True) or _departure_near(doc, ctx, sent)
                or any(t.lower_ in ctx.word_set("staff_role_words") for t in span)):
            return []
    if rule.id in REPLACED_RULES and end + 1 < len(doc) and doc[end].lower_ == "as" \
            and doc[end + 1].lower_ in NOT_COACHING_POSTS:
        return []  # "replaced X as president": a board's post, no coaching job
    if rule.predicate == "appointed" and _as_a_board_post(doc, end, sent):
        return []  # "appointed X as chief executive", "named X as their new president": no coaching job
    if rule.id in REPLACED_RULES and not (_coaching_words(sent) or subject.entity_id in ctx.coach_of
                                          or rule.id == "appointed.replaced_him" and _replaced_coach(doc, ctx, trigger)
                                                 or rule.id == "appointed.replaced" and _succeeded_named_coach(doc, ctx, trigger, sent)
                                                 or any(t.lower_ == "charge" and doc[t.i - 1].lower_ == "in" for t in sent)
                                                 or doc[end:end + 1].text.lower() == "as"
                                                 or doc[end:end + 1].text.lower() == "at" and _as_team(ctx, _mention_at(ctx, end + 1)) is not None
                                                 or trigger.head.lower_ in words["appoint_verbs"] + ["promoted"]
                                                 or _club_succession(doc, ctx, trigger, sent)):
        return []  # "Saka replaced Martinelli": a substitution, not a job ("was appointed to replace X" is one)
    if rule.id == "transfer.follow_from" and subject.start > sent.start \
            and doc[subject.start - 1].lower_ in ctx.words["role_words"] \
            and ctx.words["role_words"][doc[subject.start - 1].lower_] in {"assistant", "staff"}:
        # "his long-time assistant X has followed him from Brighton": a place on the coach's new staff, no transfer
        rule = replace(rule, predicate="coaching_staff_of", value="fixed",
                       value_default=ctx.words["role_words"][doc[subject.start - 1].lower_], time="article", time_kind="as_of")
    coach_from = []
    if rule.player_predicate:
        ctx.possessive_used = True  # the article's own coaching claims decide: second pass
        # coaching words of the move's own clause ("joined from Y, and Bayern coach Z said": a player's move);
        # "As a player, ... joining from Y" is a player's move whatever the clause says
        if subject.entity_id not in ctx.coach_of and subject.entity_id not in ctx.left_of \
                and not _coaching_words(doc[sent.start:min(sent.end, end + 4)]) \
                and not (rule.id in SENTENCE_ROLE_RULES and _coaching_words(sent)) \
                or _playing_words(ctx, sent) or rule.id in PLAYING_MOVE_RULES:
            rule = replace(rule, predicate=rule.player_predicate, time_kind="event",
                           value="fixed" if rule.player_predicate == "player_of" else "origin_team")
        elif rule.value == "origin_team":  # a coach arriving from a club: an appointment, valued by its role
            rule = replace(rule, value="role")
            coach_from = roles.get("value", [])  # ... and a job left at the club he comes from
    if rule.predicate == "transfer" and subject.start > sent.start and ctx.words["role_words"].get(
            doc[subject.start - 1].lower_) in {"assistant", "staff"}:
        return []  # "His assistant X, who returned to Liverpool to work alongside him": a coach's move, no transfer
    if rule.predicate == "transfer" and _on_loan(doc, trigger, end, sent):
        # "joined X on loan from Y", "returned to X on loan": a loan spell at the borrowing club, not a transfer
        rule = replace(rule, predicate="player_of", value="fixed", value_default="")
    joined_team = None
    if rule.id == "coach.age_side_role_name":  # "(England) Under-21 coach X": the age side of the country (or
        # club) named, else of the side the article is about
        ctx.possessive_used = True
        joined_team = _age_side(doc, ctx, roles, start, sent, subject)
        if joined_team is None:
            return []
    if rule.id == "appointed.joined_as" and trigger.i + 2 < sent.end and doc[trigger.i + 1].lower_ in {"him", "her"} \
            and doc[trigger.i + 2].lower_ == "as":  # "joins him at Chelsea as ...": an appointment at the club named
        # "X, his fitness coach at Valencia, joins him as assistant manager": a place on the staff of the side
        # the coach he joins has now, not the club named beside X
        ctx.possessive_used = True  # the article's own coaching claims decide: second pass
        role = ctx.words["role_words"].get(doc[end - 1].lower_)
        joined = ctx.pronoun(doc, trigger.i + 1)
        if joined is not None and joined.entity_id == subject.entity_id:  # "him" is never the one who joins him
            joined = salient_person(ctx.mentions, trigger.i + 1, exclude={subject.entity_id})
        if role not in {"assistant", "staff"} or joined is None or joined.entity_id == subject.entity_id:
            return []
        team = ctx.coach_of.get(joined.entity_id)
        joined_team = next((m for m in ctx.mentions if m.entity_id == team), None) if team else None
        if joined_team is None:
            return []
        rule = replace(rule, predicate="coaching_staff_of", time="article", time_kind="as_of")
    if rule.id == "staff.was_joined_by_as":  # "X took charge of Y in 2009 and brought in his former colleague Z as number two"
        # the side the sentence has the coach at before it; none named, no guess (the coach's latest job in
        # the article may be a later one)
        role = _role_near(doc, doc[end - 1], sent, ctx.words)
        named = [m for m in ctx.mentions if sent.start <= m.start < start and _as_team(ctx, m) is m]
        joined_team = named[-1] if named else None
        if role not in {"assistant", "staff"} or joined_team is None:
            return []
    # object
    obj = joined_team or _find_object(doc, ctx, rule, start, end, roles, sent, subject)
    lifted = _ceremony_winner(doc, ctx, trigger, sent) if rule.id == "player.captain_title_name" else None
    if lifted is not None:
        obj = lifted  # "X beat Y in the final. Captain Z lifted the trophy": the winner's captain
    if obj is None and rule.predicate in NATIONAL_JOB_PREDICATES and "object" not in roles \
            and _national_job_after(doc, end, sent):
        return []  # "the national team" of a person whose country the sentence does not say: no club guessed
    subject, obj = _senior(doc, ctx, roles, "subject", subject), _senior(doc, ctx, roles, "object", obj)
    if rule.id in SENIOR_RULES and obj is not None and obj.attrs.get("parent") and ctx.gaz.get(obj.attrs["parent"]) \
            and not _WOMEN.search(obj.entity_id):
        parent = ctx.gaz.get(obj.attrs["parent"])  # "came through the academy at Sporting": the club's, not its youth side's
        obj = replace(obj, entity_id=parent.id, entity=parent.name, attrs={})
    if rule.id == "player.during_years_at":
        ctx.possessive_used = True  # a coach's years at a club are no playing years: the second pass knows the coaches
    if rule.id in {"player.of_team", "player.of_team_bare", "player.made_name_with", "player.during_years_at",
                   "player.started_out_at"} and (  # "started out at X as a youth coach": a coach's start
            _in_coaching(ctx, sent, subject, verbs=rule.id == "player.during_years_at")  # "coached well during his years at"
            or rule.id == "player.made_name_with" and any(
                t.lower_ == "charge" or t.lower_ in {"led", "guided", "steered"} and t.i - 2 >= sent.start
                and doc[t.i - 2].lower_ in {"whom", "which", "where"} for t in sent)):  # "..., whom he led to the Cup"
        ctx.possessive_used = True
        return []  # "Jose Mourinho, of Porto,": a coach's side, not a club he played for
    if rule.id == "player.starred_for" and obj is not None and obj.start > trigger.i and (
            (doc[obj.start - 1].lower_ == "in" or doc[obj.start - 1].lower_ == "the" and doc[obj.start - 2].lower_ == "in")
            and _national(ctx, obj.entity_id)
            or any(t.text == "," and doc[t.i + 1].lower_ in {"and", "but", "while", "whereas"} for t in doc[trigger.i:obj.start])):
        return []  # "wants to keep playing, and clubs in the United States and Japan are interested": a place, another clause
    if obj is None and (rule.predicate in NEEDS_OBJECT or rule.id in NEEDS_OBJECT_RULES):
        return []
    if rule.predicate in {"league_position", "points"} and obj is not None and obj.type == "competition" \
            and obj.end < sent.end and doc[obj.end].lower_ in ctx.word_set("qualifying_words"):
        return []  # "bottom of their World Cup qualifying group": a table of the qualifiers, not of the tournament
    if rule.predicate == "points" and roles.get("value") and roles["value"][0] > sent.start \
            and doc[roles["value"][0] - 1].lower_ == "by":
        return []  # "won the league by four points from X": a margin, not a total
    if rule.id in {"table.finished_runners_up", "table.aside_runners_up_in", "table.runners_up_team",
                   "table.ahead_of_runners_up"} and obj is not None and obj.type == "competition" \
            and set(obj.entity.lower().split()) & CUP_WORDS:
        return []  # "runners-up in the FA Cup": a lost final, no place in a table
    if obj is None and rule.predicate == "tenure_length" and ("object" in roles or rule.id == "tenure.passive_left_after"):
        return []  # "two years in Italy", "four years in Milan" (two clubs named): a place, no club
    if (rule.id in TITLE_BEFORE_NAME or rule.id in {"player.team_noun_name", "player.their_role_name"}) and obj is not None \
            and _national(ctx, obj.entity_id):
        return []  # "Captain X lifted the trophy" in a national side's article: a nationality, no club
    if lifted is None and rule.id == "player.captain_title_name" and obj is not None:
        own = _clause_subject_side(doc, ctx, trigger, subject)
        if own is not None:
            obj = own  # "The coach will be without skipper X": the side of whoever is without them
        elif start > sent.start and doc[start - 1].lower_ not in TITLE_BEFORE_NAME_OPENERS:
            return []  # "will miss captain X" with no side or coach as the subject: whose captain is no guess
    if rule.id in TITLE_BEFORE_NAME and obj is not None and obj.sentence_id != subject.sentence_id and lifted is None \
            and _rival_side(ctx, obj.entity_id) \
            and getattr(_clause_subject_side(doc, ctx, trigger, subject), "entity_id", None) != obj.entity_id \
            and not (rule.id == "coach.role_title_name" and obj is _only_side_before(doc, ctx, sent)):
        # (a coach named after a sentence on one side only is that side's, as picked; a captain may be the opponent's)
        return []  # a final's report, both sides named as often: whose captain is no guess
    if rule.id in CLUB_OBJECT and (obj is None or _national(ctx, obj.entity_id)):
        return []
    if obj is None and rule.predicate == "appointed" and rule.object != "vacancy" and not _has_other_object(doc, span) \
            and any(t.lower_ == "had" and t.dep_ in {"aux", "auxpass"} for t in trigger.children) \
            and any(t.lower_ == "been" and t.dep_ == "auxpass" for t in trigger.children):
        obj = _job_left_by(ctx, subject)  # "X was sacked in May. He had been appointed in 2022": the job he left
    if obj is None and rule.predicate == "appointed" and rule.object != "vacancy" and not _has_other_object(doc, span) \
            and any(t.lower_ == "having" and t.dep_ in {"aux", "auxpass"} for t in trigger.children):
        obj = _job_held_before(doc, ctx, start, sent)  # "is now coach of X, having been appointed in May": X
        if obj is not None:  # the job held now and its start, two claims (see _dedupe)
            rule = replace(rule, id=rule.id + HELD_SINCE_SUFFIX)
    if obj is None and rule.predicate == "appointed" and rule.object not in {"vacancy", "team_held"} \
            and subject.type == "person" and not _has_other_object(doc, span):
        obj = _job_named_held(ctx, subject, start, sent)  # an appointment naming no club: the job the article says X holds
    if obj is None and (rule.predicate in {"appointed", "left_role"} or rule.object == "team_near") \
            and rule.object not in {"vacancy", "team_held"} and not _has_other_object(doc, span) \
            and not (rule.object == "team_near" and _for_own_country(doc, end, sent)) \
            and rule.id not in EXIT_BEFORE_JOB_RULES:  # his country, not a club; no job filled, no club
        if rule.predicate == "appointed" and rule.object == "team_right" and sent.start > 0:
            # "Egypt, coached by X, ... The Portuguese was appointed in September": the side the article has him
            # coach (known in the second pass), named in the sentence or the two before it, before the side named last
            ctx.possessive_used = True
            own = ctx.coach_of.get(subject.entity_id)
            before = doc[sent.start - 1].sent.start
            first = doc[before - 1].sent.start if before > 0 else 0
            obj = next((m for m in reversed(ctx.mentions) if m.entity_id == own and first <= m.start < start
                        and not _as_opponent(doc, m)), None) if own else None
        obj = obj or _recent_team(ctx, start, sent, exclude={subject.entity_id})
    # value
    value, qualifier = _value(doc, ctx, rule, roles, value_toks, trigger, sent, subject, obj)
    if value is None:
        return []
    # time
    time_text, time_source, tense = _time(doc, rule, trigger, sent, span, timexes_by_sent, ctx.sentence_text(sent))
    time_kind = rule.time_kind
    if rule.predicate == "retired" and time_source == "article_date":
        time_kind = "as_of"  # "has announced his retirement": on the article's day
    if start > 0 and doc[start - 1].lower_ in {"former", "ex", "ex-"} or doc[start].lower_ in {"former", "ex"}:
        if rule.time_kind == "as_of":  # "former Paris Saint-Germain coach": not true on the article's date
            time_kind, time_source = "interval", "none"
    if time_text.startswith(("until ", "till ")):
        time_kind = "end"
    elif time_text.startswith("since "):
        time_kind = "start"
    if rule.value == "year":
        m = re.search(r"\b(1[89]\d\d|20\d\d)\b", time_text)
        value = m.group(1) if m else (trigger.text if _YEAR.match(trigger.text) else "")  # "2023 would be her last season"
    modality, attribution = _modality(doc, ctx, rule, trigger, sent, words)
    if rule.modality == "asserted":  # a noun phrase presupposes it: "Could Wiegman's side win ...?", "Real Madrid
        modality = "asserted"  # sounded out Tottenham's X, according to reports": whatever the sentence does, it is so
    if rule.modality == "hypothetical" and modality in {"asserted", "reported"}:
        modality = "hypothetical"  # "is the favourite to replace him, according to ...": still speculation
    if rule.modality == "negated" and modality in {"asserted", "reported"}:
        modality = "negated"  # "still waiting for a first trophy": the wording itself says none was won
    in_sent = subject.start >= sent.start and subject.end <= sent.end
    ev_start = min(span.start_char, subject.start_char) if in_sent else span.start_char
    ev_end = span.end_char
    if obj is not None and obj.start >= sent.start and obj.end <= sent.end:
        ev_start, ev_end = min(ev_start, obj.start_char), max(ev_end, obj.end_char)
    if rule.predicate == "transfer" and obj is not None and obj.entity_id == value:
        obj = _context_team(ctx, start, sent, exclude={subject.entity_id, value},
                            prefer_frequent=rule.object == "team_context" and "value" in roles)
        if obj is None:
            return []
    if obj is not None and rule.object != "competition_right" and _as_opponent(doc, obj):
        if sent.start <= obj.start < sent.end or subject.type != "person" \
                or ctx.coach_of.get(subject.entity_id) != obj.entity_id:
            return []
        # the side the article has the person coach, found by an earlier mention as an opponent ("beat X"):
        # another mention of it, not as an opponent
        obj = next((m for m in ctx.mentions if m.entity_id == obj.entity_id and m.type == obj.type
                    and not _as_opponent(doc, m)), None)
        if obj is None:
            return []
    if obj is None and rule.predicate == "offer_received" and rule.object != "vacancy":
        # "turned down an approach from the Italian federation / from the federation": the national side of that
        # country, else the one national side the article is most about
        k = next((t.i for t in doc[end:min(end + 2, sent.end)] if t.lower_ == "from"), None)
        obj = (_body_side(doc, ctx, k + 1) or _article_national_side(doc, ctx, k + 1)) if k is not None else None
    if obj is None and rule.predicate == "offer_received" and rule.object != "vacancy":
        return []
    if rule.predicate == "title_won" and modality == "negated" and obj is not None and obj.start < trigger.i \
            and any(t.lower_ == "major" for t in doc[trigger.i:end]):
        obj = None  # "lost the CUP final ... and had never won a major honour": no title at all, not that cup
    if rule.predicate == "title_won" and obj is not None and (
            "final" in rule.id or "champions" in rule.id and not start <= obj.start < end):
        # "won the Shield ..., but have never been champions": the league's play-off title, not the table's trophy
        # (a shield has no final, and its winners are no champions); "X are Supporters' Shield champions": the shield
        ent = ctx.gaz.get(obj.entity_id)
        if ent is not None and ent.attrs.get("play_off_title"):
            obj = _default_competition(ctx, ent.attrs["play_off_title"], doc[obj.start:obj.end], sent) or obj
    objects = [obj] + (_conjoined_teams(doc, ctx, obj) if (rule.predicate in CONJ_PREDICATES or rule.id in CONJ_RULES)
                       and obj is not None else [])
    values = [value]
    seasons = _title_values(doc, trigger, sent, "", obj) if rule.predicate == "league_position" else []
    if len(seasons) >= 2 and all("-" in v for v in seasons):  # "finished sixth in both 2021-22 and 2022-23"
        out = []
        for season in seasons:
            out.extend(_make(doc, ctx, rule, start, end, roles, sent, span, subject, obj, value, qualifier, season,
                             "expression", tense, time_kind, modality, attribution, ev_start, ev_end))
        return out
    the_trophy = any(c.dep_ == "dobj" and c.tag_ == "NN" and any(d.lower_ == "the" for d in c.children)
                     for c in trigger.children)  # "raised the trophy": the object the ceremony hands over
    if rule.predicate == "title_won" and subject.type == "person" \
            and (obj is None or (rule.object == "competition_article" and the_trophy)
                 or not sent.start <= obj.start < sent.end and not any(t.lower_ == "same" for t in doc[start:end])) \
            and not any(_YEAR.match(t.text) for t in sent) and (trigger.lemma_ == "lift" or (
                trigger.lemma_ in ctx.word_set("trophy_ceremony_verbs") and the_trophy)):
        return []  # "Captain Leah Williamson lifted the trophy", "went up to collect the trophy": the ceremony
        # of her side's title, no title of her own ("collected nine trophies" are titles)
    if rule.predicate == "title_won":
        values = _title_values(doc, trigger, sent, time_text, obj) or [""]
        before = [t.text for t in doc[sent.start:trigger.i] if _YEAR.match(t.text)]
        if rule.id == "title.completed" and trigger.tag_ == "VBG" and before:
            values = before[-1:]  # "won the cup in 1999, completing a treble": the year of the clause it completes
        elif rule.id.startswith("title.final_") and values == [""] and before:
            values = before[-1:]  # "the 2019 final, where Liverpool beat them": the year of the final
        elif rule.id in LOST_FINAL_TO_RULES and values == [""]:
            named = [t.text for t in doc[trigger.i:end] if _YEAR.match(t.text)]
            values = named[:1] or before[-1:] or [""]  # "lost the 2012 final on penalties to X", "In YEAR ... lose the final to X"
        if rule.id.startswith(("title.possessive_nth", "title.nth_after")) and values != [""] and any(
                t.lower_ == "after" for t in doc[trigger.i:sent.end]):
            values = ["current"] + values  # "the club's third league title, after 1987 and 1990": this one and those
        if modality == "negated" and any(t.lower_ in {"losing", "lost", "beaten"} for t in doc[trigger.i:sent.end]):
            values = [""]  # "never won it, losing finals in 2003 and 2015": the years of the finals lost, not of a title
        if rule.id == "title.lost_finals_to_list":
            pairs = _final_pairs(doc, ctx, subject)
            if obj is None:  # "The one prize that eluded him was the Champions League. He never won it, losing finals to ..."
                obj = _find_object(doc, ctx, replace(rule, object="competition_article"), start, end, roles, sent, subject)
            out = []
            for m, year in pairs:  # "losing finals to AC Milan in 2003, Barcelona in 2015 and ...": each winner its year
                out.extend(_make(doc, ctx, rule, start, end, roles, sent, span, m, obj, year, qualifier, year,
                                 "expression", tense, time_kind, "asserted", attribution, ev_start, ev_end))
            return out
        named = _title_values(doc, trigger, sent, "", obj) if values != [""] else []
        clause = {t.text for t in _governing_verb(trigger).subtree}
        named = [v for v in named if v.split("-")[0] in clause]  # "..., were bidding for a first title since 2013"
        if values != [""] and _more_titles_than_years(doc, ctx, trigger, sent, len(named)):
            # "won it four times, most recently in 2015 and 2019": the series too; "has won it three
            # times" with a year only elsewhere in the sentence: the series alone
            values = ["series"] + named if named else [""]
    out = []
    for o in objects:
        for v in values:
            t_text, t_source = time_text, time_source
            if rule.predicate == "title_won" and _YEAR.match(v or ""):
                t_text, t_source = v, "expression"  # each year of a list is its own time
            if v == "current":  # the title the article reports: its own time, not one of the earlier years
                if any(y and y in time_text for y in values[1:]):
                    t_text, t_source = "", "article_date"
                made = _make(doc, ctx, rule, start, end, roles, sent, span, subject, o, "", qualifier, t_text,
                             t_source, tense, time_kind, modality, attribution, ev_start, ev_end)
                out.extend(replace(c, rule_id=rule.id + ">current") for c in made)
                continue
            if v == "series":  # the whole counted series: no one year, no time
                made = _make(doc, ctx, rule, start, end, roles, sent, span, subject, o, "", qualifier, "", "none",
                             tense, time_kind, modality, attribution, ev_start, ev_end)
                out.extend(replace(c, rule_id=rule.id + ">series") for c in made)
                continue
            out.extend(_make(doc, ctx, rule, start, end, roles, sent, span, subject, o, v, qualifier, t_text,
                             t_source, tense, time_kind, modality, attribution, ev_start, ev_end))
    if rule.predicate == "points" and out and subject.type == "team" and sent.start <= subject.start < start:
        out.extend(_level_sides(doc, ctx, out[0], subject, start))
    if rule.predicate == "points" and out and subject.type == "team":
        out.extend(_level_with(doc, ctx, out[0], subject, start, end))
    if rule.predicate in SUBJECT_CONJ_PREDICATES and out and subject.type == "team" and subject.end <= start \
            and (rule.predicate != "title_won" or doc[subject.end - 1].dep_ in {"nsubj", "nsubjpass"}):
        # (a title's side only as the verb's subject: "played for A and B, ..., and won the cup with A" is A's)
        for other in _conjoined_teams(doc, ctx, subject):  # "Nimes and Dijon will play in Ligue 2": each of them
            out.extend(replace(c, subject_id=other.entity_id, subject=other.entity,
                               claim_id=claim_id(c.article_id, c.rule_id, c.start_char, c.end_char, c.predicate,
                                                 other.entity_id, c.value))
                       for c in list(out) if c.subject_id == subject.entity_id)
    if rule.predicate in {"appointed", "coaching_staff_of"} and out and subject.type == "person" and trigger.tag_ == "NNS" \
            and subject.end <= start:  # "X and Y are the early favourites", "X and Y will be his assistants": each of them
        for other in _conjoined_persons(doc, ctx, subject):
            out.extend(replace(c, subject_id=other.entity_id, subject=other.entity,
                               claim_id=claim_id(c.article_id, c.rule_id, c.start_char, c.end_char, c.predicate,
                                                 other.entity_id, c.value))
                       for c in list(out) if c.subject_id == subject.entity_id)
    if rule.predicate in {"player_of", "transfer", "offer_received"} and out and subject.type == "person" \
            and subject.end <= start and doc[subject.end - 1].dep_ in {"nsubj", "nsubjpass"} \
            and doc[subject.end - 1].head == _governing_verb(trigger):
        # "X and Y both started out at Z", "X and Y joined from Z": each subject of the verb
        for other in _conjoined_persons(doc, ctx, subject):
            out.extend(replace(c, subject_id=other.entity_id, subject=other.entity,
                               claim_id=claim_id(c.article_id, c.rule_id, c.start_char, c.end_char, c.predicate,
                                                 other.entity_id, c.value))
                       for c in list(out) if c.subject_id == subject.entity_id)
    his = _his_token(doc, roles) if rule.predicate == "coaching_staff_of" else None
    if out and (rule.id in ASSISTANT_OF_RULES or his is not None and _club_after(doc, ctx, roles["trigger"][0], sent)):
        # "Y's assistant": Y coaches that club (or did); "X worked as his assistant at A": he did, at A
        owner = _assistant_owner(doc, ctx, roles, subject, his=his)
        if owner is not None and owner.entity_id != subject.entity_id:
            # "X, his assistant at A, joins him": a job of his at A, of some earlier span (no side he has now)
            kind = {"time_kind": "interval"} if his is not None else {}
            out.extend(replace(c, subject_id=owner.entity_id, subject=owner.entity, predicate="head_coach_of", value="",
                               rule_id="head_coach_of.assistant_owner", **kind,
                               claim_id=claim_id(c.article_id, "head_coach_of.assistant_owner", c.start_char, c.end_char,
                                                 "head_coach_of", owner.entity_id, c.object_id))
                       for c in list(out) if c.predicate == "coaching_staff_of" and c.object_id)
    if rule.id in ONE_OF_STAFF_RULES and out:  # "Z is one of Y's coaches, along with W": W too
        out.extend(_fellow_staff(doc, ctx, out, end, sent, subject))
    if rule.id in CO_COACH_RULES and out:
        out.extend(_co_coaches(doc, ctx, out, subject))
    if rule.id == "coach.managing" and _led_to_title(doc, trigger, sent):
        out = [replace(c, rule_id="coach.managing>led_to_title") for c in out]
    if rule.id == "coach.took_team_to_tournament" and _promotion_hope(doc, ctx, start, end):
        out = [c for c in out if c.modality != "hypothetical"]
    out = [_hypothetical_state(c) for c in out]
    # goals or caps for a national side make no player_of: that is for clubs (tests/gold/README.md)
    out.extend(c for c in _implied(doc, out, span, sent)
               if not (c.rule_id == "player_of.from_stats" and _national(ctx, c.object_id)))
    if rule.predicate == "title_won" and out:
        chain = _title_chain(doc, ctx, rule, out[0], objects[-1], sent, after=end)
        out = _list_year_to_first(doc, trigger, sent, objects[-1], out, chain)
        out.extend(chain)
        out.extend(_one_more_title(doc, ctx, rule, out[-1], sent, trigger))
        if trigger.i + 1 < sent.end and doc[trigger.i + 1].lower_ == "both":
            out.extend(_both_finals(doc, ctx, rule, out[0], objects[-1], sent, trigger))
        out.extend(_league_of_double(doc, ctx, out, span, trigger))
    if rule.predicate == "transfer" and out:
        out.extend(_pairwise_moves(ctx, rule, start, end, roles, out[0]))
        out.extend(_gapped_moves(doc, ctx, rule, start, end, roles, sent, out[0]))
    if rule.predicate == "appointed":
        gone = _gone_clause_time(trigger, sent, timexes_by_sent)
        out.extend(_predecessor(doc, ctx, rule, span, sent, subject, obj, *(gone or (time_text, time_source, tense)),
                                modality))
    if coach_from and out:
        out.extend(_coach_left_from(doc, ctx, out[0], coach_from))
    return out


def _dated_after(doc, i) -> bool:
    """A date right after token ``i`` ("from Chelsea in June 2019"), not one of a later clause."""
    for t in doc[i:min(i + 5, doc[i - 1].sent.end)]:
        if t.is_punct or t.pos_ == "VERB":
            return False
        if _YEAR.match(t.text) or t.ent_type_ == "DATE":
            return True
    return False


def _coach_left_from(doc, ctx, first: Claim, value_idx) -> list[Claim]:
    """"Sarri joined from Chelsea in June 2019" of a coach: the appointment, and the job he left at the
    club he came from, at the same dated time; no national side, not the club he joins."""
    left = _as_team(ctx, _mention_at(ctx, value_idx[0]))
    if left is None or left.entity_id == first.object_id or _national(ctx, left.entity_id) \
            or first.modality not in {"asserted", "reported"} \
            or not (_dated_after(doc, left.end) or first.rule_id == "transfer.left_for"):  # "left X for Y": X left
        # "Kompany arrives from Burnley": the appointment the article reports, the old job left unsaid
        return []
    return [_derived(first, "left_role", "", "left_role.coach_arrived_from", object_id=left.entity_id,
                     object=left.entity, time_kind="end")]


STAFF_ROLE_NOUNS = {"coach", "coaches", "manager", "trainer"}


def _staff_role(doc, ctx, trigger, end, sent) -> bool:
    """The role word of a job (the trigger, else the first one just after an appointing match) comes after a
    word of a staff job: "fitness coach", "goalkeeping coach"."""
    mods = ctx.word_set("staff_coach_modifiers")
    if trigger.lower_ in STAFF_ROLE_NOUNS:
        return trigger.i > sent.start and doc[trigger.i - 1].lower_ in mods
    for t in doc[end:min(end + 5, sent.end)]:
        if t.lower_ in STAFF_ROLE_NOUNS:
            return doc[t.i - 1].lower_ in mods
        if t.lower_ in mods or t.lower_ == "as":
            continue
        if t.is_punct and t.text not in {"'s", "’s"} or t.pos_ in {"VERB", "ADP"} or t.lower_ in {"and", "but"}:
            return False
    return False


def _age_side(doc, ctx, roles, start, sent, subject):
    """The under-N side ("Under-21", "U23s") of the team or country named before it, else of the article's side."""
    age = re.search(r"\d\d", doc[roles["value"][0]].text) if roles.get("value") else None
    var = next((v for v in ctx.gaz.variants if age and v.suffix == f"u{age.group(0)}"), None)
    if var is None:
        return None
    named = [_mention_at(ctx, i) for i in roles.get("object", [])]
    base = next((_as_team(ctx, m) or _country_side(ctx, m) for m in named if m is not None), None)
    if base is None:
        base = _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
    if base is None:
        return None
    if base.entity_id.endswith(f"-{var.suffix}"):  # "Chelsea U23 coach X": the side named is already the age side
        return base
    team = ctx.gaz.variant(base.entity_id.removesuffix("-women"), var)
    return replace(base, entity_id=team.id, entity=team.name, attrs=dict(team.attrs))


SEASON_NOUNS = {"season", "campaign", "reign", "tenure", "spell", "year"}


def _coach_season_side(doc, ctx, start, sent):
    """"Houllier ... but his final season brought only a fourth-place finish": a table place of a coach's season
    is his side's (the side the article says he coaches), not of the last team named."""
    for t in doc[sent.start:start]:
        if t.lower_ in {"his", "her"} and t.head.lemma_ in SEASON_NOUNS and t.head.dep_ in {"nsubj", "nsubjpass"} \
                and t.head.head.i >= start - 8:
            person = ctx.pronoun(doc, t.i)
            if person is None or person.type != "person":
                return None
            ctx.possessive_used = True  # the article's own coaching claims decide: second pass
            team = ctx.coach_of.get(person.entity_id)
            return next((m for m in ctx.mentions if m.entity_id == team), None) if team else None
    return None


CO_COACH_RULES = {"coach.coached_by"}
COUNTRY_AFTER_RULES = {"coach.managing", "appointed.took_over", "appointed.took_charge"}
OWNERSHIP_WORDS = {"owner", "owners", "takeover", "consortium", "bought", "stake", "billionaire", "investor",
                   "investors", "purchase", "buyout", "shareholder"}
CUP_WORDS = {"cup", "trophy", "shield", "final", "pokal", "coppa", "copa", "coupe", "taca"}


def _co_coaches(doc, ctx, out: list[Claim], subject) -> list[Claim]:
    """"Iceland are coached jointly by X and Y": the same job for each person named in the list."""
    extra, i = [], subject.end
    while i + 1 < len(doc) and doc[i].lower_ in {"and", ","}:
        m = _mention_at(ctx, i + 1)
        if m is None or m.type != "person" or m.entity_id == subject.entity_id:
            break
        extra.extend(replace(c, subject_id=m.entity_id, subject=m.entity,
                             claim_id=claim_id(c.article_id, c.rule_id, c.start_char, c.end_char, c.predicate,
                                               m.entity_id, c.object_id, c.value))
                     for c in out if c.subject_id == subject.entity_id)
        i = m.end
    return extra


def _pairwise_moves(ctx, rule, start, end, roles, first: Claim) -> list[Claim]:
    """"brought in X and Y from A and B": X from A, Y from B; "signed X and Y from A": both from A."""
    def distinct(idx, ok):
        out = []
        for i in idx:
            m = _mention_at(ctx, i)
            if m is not None and ok(m) and all(o.entity_id != m.entity_id for o in out):
                out.append(m)
        return out
    people = distinct(roles.get("subject", []), lambda m: m.type == "person")
    origins = [_origin_team(ctx, m) for m in distinct(roles.get("value", []), lambda m: _origin_team(ctx, m) is not None)]
    if len(people) < 2 or len(origins) not in {1, len(people)}:
        return []
    origins = origins if len(origins) == len(people) else origins * len(people)
    if first.subject_id != people[0].entity_id or first.value != origins[0].entity_id:
        return []
    return [replace(first, subject_id=p.entity_id, subject=p.entity, value=o.entity_id,
                    claim_id=claim_id(ctx.article_id, rule.id, start, end, rule.predicate, p.entity_id, o.entity_id))
            for p, o in zip(people[1:], origins[1:])]


def _on_loan(doc, trigger, end: int, sent) -> bool:
    """Whether a move is a loan: "on loan" hung on its verb or said right after the match ("joined X on a
    season-long loan from Y"); not set off from the move by a comma or an adverb ("joined X from Y in 2017,
    initially on loan": a loan made permanent, a transfer)."""
    verb = _governing_verb(trigger)
    for prep in verb.children:
        if prep.lower_ == "on" and prep.dep_ == "prep" and prep.i >= end and any(
                o.lemma_ == "loan" for o in prep.children if o.dep_ == "pobj") \
                and not any(t.is_punct for t in doc[end:prep.i]) and doc[prep.i - 1].pos_ != "ADV":
            return True
    tail = [t.lower_ for t in doc[end:min(end + 4, sent.end)]]
    return tail[:1] == ["on"] and "loan" in tail[1:]


def _gapped_moves(doc, ctx, rule, start, end, roles, sent, first: Claim) -> list[Claim]:
    """"signed A from X and B from Y", "sold A to X and B to Y": each further player of the gapped clause with
    his own origin (after "from") or destination (after "to"); the rest of the move is the first one's."""
    role = None
    for r, prep in (("value", "from"), ("object", "to")):
        idx = roles.get(r, [])
        if idx and start < idx[0] and doc[idx[0] - 1].lower_ == prep and max(idx) == end - 1:
            role = r
            break
    if role is None or first.subject_id == "":
        return []
    out, i = [], end
    while i + 3 < sent.end and doc[i].lower_ in {"and", ","}:
        person = _mention_at(ctx, i + 1)
        if person is None or person.type != "person" or person.end >= sent.end or doc[person.end].lower_ != prep:
            break
        team = (_origin_team if role == "value" else _as_team)(ctx, _mention_at(ctx, person.end + 1))
        if team is None:
            break
        changes = {"value": team.entity_id} if role == "value" else {"object_id": team.entity_id, "object": team.entity}
        c = replace(first, subject_id=person.entity_id, subject=person.entity, **changes)
        out.append(replace(c, claim_id=claim_id(ctx.article_id, rule.id, start, team.end, rule.predicate,
                                                 person.entity_id, c.object_id, c.value)))
        i = team.end
    return out


def _make(doc, ctx, rule, start, end, roles, sent, span, subject, obj, value, qualifier, time_text, time_source,
          tense, time_kind, modality, attribution, ev_start, ev_end):
    words = ctx.words
    out = []
    preds = [(rule.predicate, value)]
    if rule.predicate2 and "value2" in roles:
        v2 = parse_number(doc[roles["value2"][0]], words)
        if v2 is not None:
            preds.append((rule.predicate2, str(v2)))
    for predicate, val in preds:
        if predicate == "head_coach_of" and val == "assistant" and not any(
                t.lower_ == "assistant" and t.i > sent.start + 1 and doc[t.i - 1].tag_ == "POS"
                and subject.start <= t.i - 2 < subject.end for t in sent):
            # "she was assistant manager at Arsenal", "spent two years as X's assistant coach at Y": a staff role
            # (staff rules); X of "X's assistant" stays
            continue
        obj = players_side(words, predicate, subject, obj)
        t_start = t_end = ""
        t_source = time_source
        if time_source == "tenure":
            fixed = _tenure_interval(val, time_text)
            t_source = "fixed" if fixed else "expression"
            t_start, t_end = fixed or ("", "")
        out.append(Claim(
            claim_id=claim_id(ctx.article_id, rule.id, start, end, predicate, subject.entity_id, val),
            article_id=ctx.article_id, subject_id=subject.entity_id, subject=subject.entity, predicate=predicate,
            object_id=obj.entity_id if obj else "", object=obj.entity if obj else "", value=val,
            time_kind=time_kind, time_start=t_start, time_end=t_end, time_text=time_text, modality=modality,
            sentence=ctx.sentence_text(sent).strip(), start_char=ev_start, end_char=ev_end, rule_id=rule.id,
            confidence=round(rule.confidence * (0.85 if subject.label == "DESCRIPTOR" else 1.0), 3),
            time_source=t_source, time_tense=tense, qualifier=qualifier, attribution=attribution,
        ))
    return out


#: Predicates whose object may be a list: "spells at Manchester City and New York City".
CONJ_PREDICATES = {"player_of", "offer_received", "title_won", "head_coach_of"}
CONJ_RULES = {"appointed.team_linked_with_him", "appointed.interest_from", "staff.assistant"}  # "Real Madrid and Manchester United have both been linked with him"
_HAS_LED = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:led|guided|steered|taken)\b", re.I)


def _conjoined_persons(doc, ctx, subject) -> list[ResolvedMention]:
    """"X and Y", "X, Y and Z": the persons conjoined to the named person ``subject``."""
    heads = set(range(subject.start, subject.end))
    out = []
    for m in ctx.mentions:
        if m.type == "person" and m.start >= subject.end and m.entity_id != subject.entity_id:
            tok = doc[m.end - 1]
            if tok.dep_ == "conj" and tok.head.i in heads:
                out.append(m)
                heads |= set(range(m.start, m.end))
    return out


def _conjoined_teams(doc, ctx, obj) -> list[ResolvedMention]:
    out, i, listed = [], obj.end, 0
    while i + 1 < len(doc) and doc[i].lower_ in {"and", ","}:
        j = i + 1 if doc[i + 1].lower_ != "and" else i + 2
        if j + 1 < len(doc) and obj.start > 0 and doc[obj.start - 1].pos_ == "ADP" \
                and doc[j].lower_ == doc[obj.start - 1].lower_:
            j += 1  # "at Inter and at Tottenham": the preposition said again before the next side
        m = _as_team(ctx, _mention_at(ctx, j)) if j < len(doc) else None
        if m is None:
            break
        out.append(m)
        if any(t.lower_ == "and" for t in doc[i:j]):
            listed = len(out)
        i = m.end
    return out[:listed]  # "coach of X, US Soccer confirmed": a comma alone ends no list ("X, Y and Z" does)


LEVEL_WORDS = {"all", "both", "each", "level"}
#: Rules whose side must be named before them in their sentence.
OWN_SENTENCE_SUBJECT = {"points.finished_without_a_point", "table.took_ordinal", "table.ended_season_ordinal"}
#: Rules whose side is the one that dismissed the person ("Genoa sacked X after one season").
DISMISSER_RULES = {"left.team_dismissed_name", "tenure.sacked_after", "tenure.parted_after", "left.parted_with_person"}
#: Nouns after a competition that make it one qualified for, not the table's ("a Champions League place").
QUALIFYING_NOUNS = {"spot", "spots", "place", "places", "berth", "berths", "qualification", "football", "slot", "slots"}
#: Verbs of taking someone's job: their object is the man replaced ("He succeeds X, who ...",
#: "before succeeding the German").
SUCCESSION_LEMMAS = frozenset({"succeed", "replace"})
#: Rules whose side is a club: "Brazil's Mario Zagallo" says where he is from, not whom he plays for.
CLUB_OBJECT = {"member.club_possessive_person", "player.of_team_bare", "move.will_play_for"}  # never a national side


def _level_sides(doc, ctx, first: Claim, subject, start) -> list[Claim]:
    """"Norway, Japan and Chile all on four points", "X and Y are tied on 61 points": each side's total."""
    sent = doc[subject.start].sent
    for head in (m for m in ctx.mentions if sent.start <= m.start <= subject.start and m.type == "team"):
        listed = [head] + _conjoined_teams(doc, ctx, head)
        if len(listed) > 1 and any(m.start == subject.start for m in listed):
            break
    else:
        return []
    if not LEVEL_WORDS & {t.lower_ for t in doc[listed[-1].end:start]}:
        return []
    return [replace(first, subject_id=m.entity_id, subject=m.entity,
                    claim_id=claim_id(first.claim_id, m.entity_id)) for m in listed if m.entity_id != subject.entity_id]


def _level_with(doc, ctx, first: Claim, subject, start, end) -> list[Claim]:
    """"X ended tied on 61 points with Y": Y's total too (the points before "with Y" only)."""
    if not LEVEL_WORDS & {t.lower_ for t in doc[max(start - 3, doc[start].sent.start):start]}:
        return []
    k = end + (end < len(doc) and doc[end].lower_ == "with")
    if k == end or k >= len(doc):
        return []
    k += doc[k].lower_ == "the"
    other = _as_team(ctx, _mention_at(ctx, k))
    if other is None or other.start != k or other.entity_id == subject.entity_id:
        return []
    return [replace(first, subject_id=other.entity_id, subject=other.entity,
                    claim_id=claim_id(first.claim_id, other.entity_id))]


#: Verbs that start another title in the same sentence ("..., and took Kaiserslautern to the championship in 1998").
TITLE_VERBS = {"win", "lift", "clinch", "claim", "lead", "guide", "steer", "take"}
#: Of those, the verbs by which a side itself wins (not a coach leading it).
WIN_VERBS = {"win", "lift", "clinch", "claim", "take"}


def _title_values(doc, trigger, sent, time_text, obj=None) -> list[str]:
    """Years or seasons a title claim names ("in 2014 and 2015", "2023-24"); one claim each,
    up to the next competition or win verb ("... in 2005, and the World Cup in 2010")."""
    if obj is not None and obj.start > trigger.i:  # "won Euro 2017 ...": the year the competition's name gives
        named = [t.text for t in doc[obj.start:obj.end] if _YEAR.match(t.text) and "-" not in t.text]
        if len(named) == 1:
            return named
        for t in doc[trigger.i + 1:obj.start]:  # "ended the 2008-09 season as Eredivisie champions": that season
            if _YEAR.match(t.text) and t.i + 3 < obj.start and doc[t.i + 1].text in {"-", "/", "\u2013"} \
                    and re.fullmatch(r"\d\d", doc[t.i + 2].text) and doc[t.i + 3].lower_ in {"season", "campaign"}:
                return [f"{t.text}-{doc[t.i + 2].text}"]
    vals = []
    begin = obj.end if obj is not None and obj.start > trigger.i else trigger.i + 1
    stop = sent.end
    for t in doc[begin:sent.end]:
        if (t.ent_type_ == "COMPETITION" and (obj is None or not (obj.start <= t.i < obj.end))) \
                or t.lemma_ in TITLE_VERBS \
                or t.lower_ in {"with", "before", "after"} and vals and not (t.lower_ == "with" and doc[t.i - 1].lower_ == "and") \
                or t.pos_ in {"VERB", "AUX"} and vals \
                or t.dep_ in {"nsubj", "nsubjpass"} and t.i > begin and doc[t.i - 1].lower_ in {"and", "but"} \
                and t.head.pos_ in {"VERB", "AUX"} and t.head.i > t.i \
                or t.lower_ in {"yet", "but", "whereas", "while", "although", "though"} and doc[t.i - 1].text == ",":
            # "..., and he was Italy coach from 2014", "..., yet in 2005 they ...": another clause
            stop = t.i  # "with Porto in 2004 and with Inter in 2010": the same title again
            break
        if _YEAR.match(t.text) and t.i > begin and doc[t.i - 1].lower_ in {"since", "before"}:
            continue  # "their first league title since 1992": the last one before, not this one; "... before 2023"
        if _YEAR.match(t.text) and not vals and t.i > begin and doc[t.i - 1].lower_ == "between":
            return [t.text]  # "three titles between 2012 and 2014": a span of years, not two titles
        if _YEAR.match(t.text):
            nxt = doc[t.i + 1:t.i + 3]  # "2016 - 17" tokenised apart is the season 2016-17
            if len(nxt) == 2 and nxt[0].text in {"-", "/", "\u2013"} and re.fullmatch(r"\d\d", nxt[1].text):
                vals.append(f"{t.text}-{nxt[1].text}")
            else:
                vals.append(t.text)
    for t in doc[stop:sent.end - 2] if vals else ():  # "in 1999, completing a treble ..., and again in 2008"
        if t.ent_type_ == "COMPETITION" or t.lemma_ in TITLE_VERBS and (t.i > stop or t.lemma_ in WIN_VERBS):
            break  # "..., and claimed the league crown once more in 2008-09": another title's year, not this one's
        if t.lower_ == "again" and doc[t.i + 1].lower_ == "in" and _YEAR.match(doc[t.i + 2].text):
            vals.append(doc[t.i + 2].text)
    if not vals and obj is not None and obj.start >= 2 and re.fullmatch(r"(?:18|19|20)\d\d", doc[obj.start - 1].text) \
            and doc[obj.start - 2].lower_ in {"the", "a", "their", "his", "her", "its"}:
        vals = [doc[obj.start - 1].text]  # "lost the 2021 FA Cup final to X": the year the competition's edition gives
    if not vals and time_text and not time_text.lower().startswith("since "):
        m = re.search(r"\b(1[89]\d\d|20\d\d)(?:[-/](\d\d))?\b", time_text)
        vals = [m.group(0).replace("/", "-")] if m else []
    return list(dict.fromkeys(vals))


STAFF_SPELL_WORDS = {"assistant", "assistants", "deputy"}
COACH_CUES = {"manager", "coach", "boss", "charge", "head", "managing", "coaching", "reign"}  # "a six-year reign at X": as its coach


def _promotion_hope(doc, ctx, start, end) -> bool:
    """"his ambition to take X to the Premier League": a league reached by promotion, an owner's or a fan's
    hope as much as a coach's, so no coaching job to come (a stage, "to the World Cup finals", is a coach's)."""
    comp = _mention_at(ctx, end - 1)
    league = ctx.gaz.get(comp.entity_id) if comp is not None and comp.type == "competition" else None
    return league is not None and bool(league.attrs.get("teams")) \
        and doc[comp.start - 1].lower_ in {"to", "the"} and not any(t.is_digit for t in doc[start:comp.start])


def _hypothetical_state(c: Claim) -> Claim:
    """"wants to manage the senior side": a hoped-for job is a hypothetical appointment, not a state."""
    if c.predicate == "head_coach_of" and c.modality == "hypothetical":
        return _derived(c, "appointed", c.value, c.rule_id + ">appointed", time_kind="start")
    return c


def _staff_spell(span) -> bool:
    """"as X's assistant", "as his deputy", "as number two": a spell on a coach's staff ("number one"
    is a goalkeeper's place, not a job on the staff)."""
    return any(t.lower_ in STAFF_SPELL_WORDS or t.lower_ == "number" and t.i + 1 < len(t.doc)
               and t.nbor().lower_ in {"two", "2"} for t in span)


def _implied(doc, claims: list[Claim], span, sent) -> list[Claim]:
    """Goals or appearances for a club, or years spent at it, mean the person played there;
    years spent there "as manager" / "in charge" mean they coached it; an announced departure
    ("will step down as manager") means they hold the job as of the article."""
    out = []
    for c in claims:
        if not c.object_id or c.modality == "hypothetical":
            continue
        if c.predicate in CAREER_TOTALS and c.rule_id not in COMPETITION_TOTALS:  # not a league
            out.append(_derived(c, "player_of", "", "player_of.from_stats", time_kind="interval"))
        elif c.predicate == "left_role" and c.time_tense == "future" and c.modality in {"asserted", "reported"}:
            # "he will step down as manager at the end of the season": in the job until then
            out.append(_derived(c, "head_coach_of" if c.value not in {"assistant", "staff"} else "coaching_staff_of",
                                c.value if c.value not in {"left", "dismissed", "resigned"} else "",
                                "head_coach_of.until_departure", time_kind="as_of", time_text="", time_source="article_date"))
        elif c.predicate == "tenure_length":
            # a club's own name is no cue ("OL Reign"): only words outside a team's name count
            tail = {t.lower_ for t in doc[span.start:min(sent.end, span.end + 4)] if t.ent_type_ != "TEAM"}
            if _staff_spell(span):
                continue  # "spent a season as X's assistant at Y": years on the staff, no head coach's nor player's
            if tail & COACH_CUES or span[0].lemma_ in {"lead", "manage", "coach"} or c.rule_id in COACH_TENURE_RULES:
                out.append(_derived(c, "head_coach_of", "", "head_coach_of.from_tenure"))
            elif not ({t.lower_ for t in sent if t.ent_type_ != "TEAM"} & COACH_CUES):
                out.append(_derived(c, "player_of", "", "player_of.from_tenure", time_kind="interval"))
    return out


def _more_titles_than_years(doc, ctx, trigger, sent, n_years: int) -> bool:
    """"have won the World Cup four times, most recently in 2015 and 2019": the count before
    the first year is more than the years named, so the series is a claim of its own."""
    for t in doc[trigger.i + 1:sent.end - 1]:
        if _YEAR.match(t.text) or t.lemma_ in TITLE_VERBS or t.text in {";", "."}:
            return False
        counted = {"times", "titles", "trophies", "crowns"}
        n = parse_number(t, ctx.words) if doc[t.i + 1].lower_ in counted or t.i + 2 < sent.end and (
            doc[t.i + 1].lower_ in {"league", "cup"} and doc[t.i + 2].lower_ in counted) else None
        if n is not None and t.lower_ not in {"a", "an"}:
            return n > n_years
    return False


def _list_year_to_first(doc, trigger, sent, obj, out: list[Claim], chain: list[Claim]) -> list[Claim]:
    """A list of titles won whose last item carries a year ("won A, B and C in <season>") in a sentence
    with another time (a date in a clause before it): the first competition of the list names no year of
    its own, so it takes the year the list ends with, not the sentence's other time."""
    if obj is None or _title_values(doc, trigger, sent, "", obj):
        return out
    firsts = [c for c in out if c.predicate == "title_won" and c.object_id == getattr(obj, "entity_id", None)]
    if len(firsts) != 1 or not firsts[0].value:
        return out
    years = {c.value for c in chain if _YEAR.match(c.value or "") and c.time_source == "expression"}
    if len(years) != 1 or firsts[0].value in years:
        return out  # the rest of the list in one year or season only: that is the list's
    year = years.pop()
    return [replace(c, value=year, time_text=year, time_source="expression",
                    claim_id=claim_id(c.article_id, c.rule_id, c.start_char, c.end_char, c.predicate, c.subject_id, year))
            if c is firsts[0] else c for c in out]


def _league_of_double(doc, ctx, out: list[Claim], span, trigger) -> list[Claim]:
    """"won the league and FA Cup double in 1998": the cup the claims name, and the league title too (no
    competition here: the country's league, found by the club), once for each year."""
    toks = list(span)
    if not toks or toks[-1].lower_ not in {"double", "doubles"}:
        return []
    league = next((t for t in toks if t.lower_ == "league" and t.i + 2 < span.end and t.nbor().lower_ == "and"
                   and not any(m.type == "competition" and m.start <= t.i < m.end for m in ctx.mentions)), None)
    if league is None or not any(m.type == "competition" and league.i + 1 < m.start < span.end for m in ctx.mentions):
        return []
    made = []
    for c in out:
        if c.predicate == "title_won" and c.object_id and ">" not in c.rule_id and c.start_char <= league.idx:
            made.append(_derived(c, "title_won", c.value, c.rule_id + ">league", object_id="", object="",
                                 end_char=league.idx + len(league.text)))
    return made


def _title_chain(doc, ctx, rule, first: Claim, obj, sent, after: int | None = None) -> list[Claim]:
    """"won Premier League titles in 2005, 2006 and 2010, four FA Cups and the Champions
    League in 2012": each further competition in the list is a title of the same subject
    (also after "won the league" ending at ``after``, a league the gazetteer finds later)."""
    if obj is None and after is not None and doc[after - 1].lower_ == "league":
        prev_end = after  # "won the league, the Taça de Portugal and the Europa League"
    elif obj is None or obj.start < sent.start:  # a competition from another sentence starts no list here
        return []
    else:
        prev_end = obj.end
    listed = []
    comps = [m for m in ctx.mentions if m.type == "competition" and m.start >= prev_end and m.end <= sent.end]
    for m in comps:
        gap = doc[prev_end:m.start]
        lowers = " ".join(t.lower_ for t in gap[-4:])
        # "won the league, seven points clear of Rangers, as well as the Cup": an aside, then the list goes on
        also = lowers.endswith(("as well as", "as well as the", "along with", "along with the"))
        if not also and any(t.pos_ in {"VERB", "AUX"} or t.lower_ in {"to", "against", "in", "after"} and t.i == m.start - 1
                            for t in gap):
            break  # "...and lost to X in the Y final": not part of the list
        if not also and not any(t.lower_ in {"and", ","} or t.lower_ in {"or", "nor"} and first.modality == "negated"
                                for t in gap):  # "never won the Premier League or the FA Cup": neither
            break
        listed.append((m, _title_values(doc, doc[m.start], sent, "", m)))
        prev_end = m.end
    out = []
    for k, (m, years) in enumerate(listed):
        if not years:  # "the Scottish Cup and the League Cup in 2019": the year the list ends with
            years = next((ys for _, ys in listed[k + 1:] if ys), None) or [""]
        for y in years:
            timed = {"time_text": y, "time_source": "expression"} if _YEAR.match(y) else {}  # its own year
            out.append(_derived(first, "title_won", y, rule.id + ">list", object_id=m.entity_id, object=m.entity,
                                start_char=m.start_char, end_char=m.end_char, **timed))
    return out


def _one_more_title(doc, ctx, rule, last: Claim, sent, trigger) -> list[Claim]:
    """"won it three times, in 2014, 2015 and 2016, and added a fourth with X in 2021": the same
    title once more, in the year of the added clause."""
    if not last.object_id or not _YEAR.match(last.value or ""):
        return []
    ordinals = ctx.words["ordinals"]
    for t in doc[trigger.i + 1:sent.end - 3]:
        if t.ent_type_ == "COMPETITION" and getattr(_mention_at(ctx, t.i), "entity_id", None) == last.object_id:
            continue  # the title's own competition
        if t.lemma_ in TITLE_VERBS and t.i > trigger.i + 1 or t.ent_type_ == "COMPETITION":
            return []  # another title of its own
        if t.lemma_ == "add" and (doc[t.i + 1].lower_ == "another" or doc[t.i + 1].lower_ == "a"
                                   and doc[t.i + 2].lower_ in ordinals):
            for y in doc[t.i + 2:min(t.i + 9, sent.end)]:
                if y.is_punct or y.pos_ in {"VERB", "AUX"}:
                    return []
                if _YEAR.match(y.text):
                    return [_derived(last, "title_won", y.text, rule.id + ">added", time_text=y.text,
                                     time_source="expression")]
            return []
    return []


def _both_finals(doc, ctx, rule, first: Claim, obj, sent, trigger) -> list[Claim]:
    """"reached the FA Cup and League Cup finals, losing both to X": X won each competition of the pair."""
    comps = [m for m in ctx.mentions if m.type == "competition" and sent.start <= m.start and m.end <= trigger.i]
    if obj is None or len(comps) < 2 or comps[-1].entity_id != obj.entity_id:
        return []
    out = []
    for m, nxt in zip(reversed(comps[:-1]), reversed(comps[1:])):
        if not all(t.lower_ in {"and", ",", "the"} for t in doc[m.end:nxt.start]) or m.entity_id == first.object_id:
            break
        out.append(_derived(first, "title_won", first.value, rule.id + ">both", object_id=m.entity_id, object=m.entity))
    return out


def _derived(c: Claim, predicate: str, value: str, rule_id: str, **changes) -> Claim:
    return replace(c, predicate=predicate, value=value, rule_id=rule_id,
                   claim_id=claim_id(c.article_id, rule_id, c.start_char, c.end_char, predicate, c.subject_id, value),
                   confidence=round(c.confidence * 0.9, 3), **changes)


def _predecessor(doc, ctx, rule, span, sent, subject, obj, time_text, time_source, tense, modality) -> list[Claim]:
    """"took over from X", "replaced X", "succeeded X": X left the role at that time;
    if the succession is only hypothetical, X still holds it now."""
    if obj is None:
        return []
    prev = None
    toks = list(doc[span.start:min(sent.end, span.end + 9)])
    for k, tok in enumerate(toks):
        if tok.i >= span.end and tok.is_punct and not (tok.text == "," and tok.i + 1 < sent.end
                                                         and doc[tok.i + 1].lower_ in {"replacing", "succeeding"}):
            break  # "arrived from Braga, where he had succeeded X": another clause's succession
        if tok.lower_ in ctx.word_set("successor_nouns") and tok.i + 2 < sent.end and doc[tok.i + 1].lower_ in {"to", "for"}:
            m = _mention_at(ctx, tok.i + 2)  # "was appointed as the successor to X", "as X's replacement" is a vacancy
            if m is not None and m.type == "person" and m.entity_id != subject.entity_id:
                prev = m
                break
        if tok.lower_ in ctx.word_set("successor_nouns") and tok.i - 2 >= sent.start and doc[tok.i - 1].tag_ == "POS":
            m = _mention_at(ctx, tok.i - 2)  # "named X as Y's successor": Y is the one replaced
            if m is not None and m.type == "person" and m.entity_id != subject.entity_id:
                prev = m
                break
        if rule.id == "appointed.promoted_to_replace" and tok.lemma_ in SUCCESSION_LEMMAS and tok.i + 1 < sent.end \
                and doc[tok.i + 1].lower_ in {"him", "her"}:
            # "Celtic promoted X from Y's coaching staff to replace him": the other person named before, Y
            m = next((m for m in reversed(ctx.mentions) if m.type == "person" and sent.start <= m.start < tok.i
                      and m.entity_id != subject.entity_id), None)
            if m is not None:
                prev = m
                break
        if tok.lower_ == "place" and tok.i > sent.start and doc[tok.i - 1].lower_ == "in" and tok.i + 2 < sent.end \
                and doc[tok.i + 1].lower_ == "of":
            m = _mention_at(ctx, tok.i + 2)  # "appointed him in March in place of X": X is the one replaced
            if m is not None and m.type == "person" and m.entity_id != subject.entity_id:
                prev = m
                break
        if tok.lower_ == "from" or tok.lemma_ in SUCCESSION_LEMMAS:
            m = _replaced_person(doc, ctx, tok) if rule.id == "appointed.replaced_him" else _mention_at(ctx, tok.i + 1)
            if m is not None and m.type == "person" and m.entity_id != subject.entity_id:
                prev = m
                break
    if prev is None:
        return []
    base = Claim(
        claim_id="", article_id=ctx.article_id, subject_id=prev.entity_id, subject=prev.entity, predicate="left_role",
        object_id=obj.entity_id, object=obj.entity, value=_role_near(doc, span[0], sent, ctx.words),
        time_kind="end", time_start="", time_end="", time_text=time_text, modality=modality,
        sentence=ctx.sentence_text(sent).strip(), start_char=prev.start_char, end_char=max(prev.end_char, span.end_char),
        rule_id="left_role.predecessor", confidence=0.8, time_source=time_source, time_tense=tense)
    out = [_derived(base, "left_role", base.value, "left_role.predecessor")]
    if modality == "hypothetical":
        out.append(_derived(base, "head_coach_of", "", "head_coach_of.incumbent", modality="asserted",
                            time_kind="as_of", time_text="", time_source="article_date"))
    return out


# --- filters -----------------------------------------------------------------

#: Words after "was named" that make it an award, not a job ("named the first winner of the Ballon d'Or").
AWARD_WORDS = {"player", "players", "footballer", "scorer", "award", "winner", "winners", "recipient", "prize"}

#: Results a coach oversees ("oversaw a 4-4 draw with X"): X is the opponent.
RESULT_NOUNS = {"draw", "win", "victory", "defeat", "loss", "stalemate", "thrashing", "rout"}

#: Totals in a named competition ("213 Premier League goals"): career totals only when no season or year is in the sentence.
SEASON_FREE_TOTALS = {"stats.competition_goals", "stats.competition_apps"}
CAREER_TOTALS = {"career_goals", "career_appearances"}
COMPETITION_TOTALS = SEASON_FREE_TOTALS | {"stats.record_for_competition_apps", "stats.record_for_competition_goals",
                                            "stats.nth_goal_at", "stats.nth_goal_in_competition",
                                            "stats.nth_goal_at_competition"}


#: Words after "N points from" that make it a gap to a place, not a total ("two points from safety"), or
#: points taken over a run of games ("ten points from their last six games").
POINTS_GAP_WORDS = {"safety", "survival", "the", "top", "bottom", "first", "second", "third", "fourth", "fifth", "sixth",
                    "leaders", "relegation", "promotion", "a", "an", "europe", "glory", "last", "previous", "past", "recent"}


#: "A lost the final to B": B's title; with no year after it, the year the final's name or the sentence's start gives.
LOST_FINAL_TO_RULES = frozenset({"title.lost_final_on_penalties_to"})

#: Title rules whose match ends with the word "final" (of a competition, not "the final minute").
FINAL_ENDED_RULES = frozenset({"title.beat_in_the_final", "title.beaten_by_in_final", "title.who_beat_them_in_final",
                               "title.defeat_by_in_final"})


#: Moves whose own words say a player makes them ("will play for X"): never a coach's appointment.
PLAYING_MOVE_RULES = frozenset({"move.will_play_for"})


#: Rules of a player's club that a future auxiliary on their verb turns into a move to come.
FUTURE_FREE_PLAYER_RULES = frozenset({"player.played_for", "player.starred_for"})
FUTURE_AUX = frozenset({"will", "'ll", "shall"})


#: A job title put before a name with no side before it ("Coach X", "captain X"): the article's side.
TITLE_BEFORE_NAME = frozenset({"coach.role_title_name", "player.captain_title_name"})
TITLE_BEFORE_NAME_OPENERS = frozenset({",", "and", "but", "while", "as", "with", "without", "where", "when", "said", "says"})



#: Words that make a role noun before a name the object of a clause whose subject owns the player
#: ("will be without skipper X", "will miss captain X", "have lost skipper X").
OWNING_CLAUSE_WORDS = frozenset({"without", "miss", "misses", "missed", "missing", "lose", "loses", "lost", "losing",
                                 "have", "has", "had", "welcome", "welcomes", "welcomed", "recall", "recalls",
                                 "recalled", "rest", "rests", "rested", "drop", "drops", "dropped", "back"})


#: Words that turn a phrase against the clause's subject ("X beat Y despite a goal from their captain Z": Y's).
CONCESSIVE_WORDS = {"despite", "spite", "notwithstanding", "though", "although", "but", "while", "whereas", "yet"}

#: Verbs whose subject side won the match or final the sentence reports ("X beat Y in the final").
WINNING_LEMMAS = {"beat", "defeat", "overcome", "edge", "win", "thrash"}


def _ceremony_winner(doc, ctx, trigger, sent):
    """"X beat Y 2-1 in the final. Captain Z lifted the trophy": a captain who lifts (or raises, collects ...:
    models/wordlists.json ``trophy_ceremony_verbs``) the trophy is the captain of the side that won; that side is the
    subject of a winning verb (or its agent, in the passive) in the sentence or the one before, when exactly one side
    is. Else None."""
    verb = _governing_verb(trigger)
    if verb.i < trigger.i or not (verb.lemma_ == "lift" or verb.lemma_ in ctx.word_set("trophy_ceremony_verbs")) \
            or not any(c.dep_ == "dobj" and c.lower_ in ctx.word_set("title_nouns") for c in verb.children):
        return None
    first = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    winners = {}
    for tok in doc[first:sent.end]:
        if tok.pos_ == "VERB" and tok.lemma_ in WINNING_LEMMAS:
            for c in tok.children:  # "X beat Y", "Y were beaten by X"
                by = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "agent" else []
                m = _as_team(ctx, _mention_at(ctx, c.i)) if c.dep_ == "nsubj" else \
                    _as_team(ctx, _mention_at(ctx, by[0].i)) if by else None
                if m is not None:
                    winners[m.entity_id] = m
    return next(iter(winners.values())) if len(winners) == 1 else None


def _clause_subject_side(doc, ctx, trigger, player):
    """"The coach will be without skipper X", "Leeds will miss captain X": the side of the clause's subject
    (a side named, or the side its coach runs), when a word of ``OWNING_CLAUSE_WORDS`` governs the role noun."""
    head = trigger
    while head.dep_ == "compound" and head.head is not head:
        head = head.head  # "captain" before the name it is a compound of
    head = head.head
    if head.lower_ not in OWNING_CLAUSE_WORDS or head.i > trigger.i:
        return None
    verb = _governing_verb(head)
    for c in verb.children:
        if c.dep_ not in {"nsubj", "nsubjpass"} or c.i > trigger.i:
            continue
        m = _mention_at(ctx, c.i)
        if m is None and c.lower_ in TEAM_PRONOUNS:
            return None
        t = _as_team(ctx, m)
        if t is not None:
            return t
        if m is not None and m.type == "person" and m.entity_id != player.entity_id:
            ctx.possessive_used = True  # the article's coaching roles decide: the second pass knows them
            coached = ctx.coach_of.get(m.entity_id)
            return next((x for x in reversed(ctx.mentions) if x.entity_id == coached and x.start < trigger.i), None) \
                if coached else None
    return None


def _only_side_before(doc, ctx, sent):
    """The one side the sentence before names, when it names one only ("For Genoa, who ended fifth, it is
    a setback."), for a sentence that opens on a title and a name ("Manager X has ...")."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    sides = {m.entity_id: m for m in ctx.mentions if prev.start <= m.start < prev.end and _as_team(ctx, m) is m}
    return next(iter(sides.values())) if len(sides) == 1 else None


def _rival_side(ctx, team_id: str) -> bool:
    """Another side the article names about as often as ``team_id`` (a final between the two)."""
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.type == "team":
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    own = counts.get(team_id, 0)
    return any(k != team_id and 4 * n >= 3 * own for k, n in counts.items())


#: Auxiliaries before the word that ends a spell ("came to an end", "is over", "has ended").
SPELL_END_AUX = {"came", "comes", "has", "had", "was", "is", "will", "finally"}
SPELL_ENDED_RULES = {"left.spell_as_team_role_ended", "left.spell_as_role_of_team_ended"}


def _spell_ends_at(doc, ctx, k: int) -> bool:
    """Token ``k`` (after "spell as Everton manager") says the spell ended: "ended", "came to an end", "is over"."""
    if k >= len(doc):
        return False
    aux = doc[k].lower_ if doc[k].lower_ in SPELL_END_AUX else None
    k += aux is not None
    if k >= len(doc) or doc[k].lower_ not in ctx.word_set("spell_end_words"):
        return False
    word = doc[k].lower_
    if word in {"come", "to"}:  # only "came / has come to an end", not "to date" or "has come under scrutiny"
        k += word == "come"
        return [t.lower_ for t in doc[k:k + 3]] == ["to", "an", "end"] and (word == "come" or aux in {"came", "comes"})
    if word == "over":  # "is over", not "over four seasons"
        return aux in {"is", "was", "will"} and not (k + 1 < len(doc) and doc[k + 1].like_num)
    return True


def _play_off(sent) -> bool:
    """A play-off named in the sentence ("play-off", "playoff", "play off"); not the verb in "with two games to play"."""
    doc = sent.doc
    for t in sent:
        if t.lower_.startswith(("playoff", "play-off")):
            return True
        if t.lower_ == "play" and t.i + 1 < sent.end and (doc[t.i + 1].lower_ in {"off", "offs"}
                                                          or doc[t.i + 1].text in {"-", "‑", "–"}):
            return True
    return False


#: Rules for a gapped table clause: "A finished third, B fourth" (B's place, B's points), the verb left out.
GAPPED_TABLE_RULES = {"table.gapped_team_ordinal", "points.gapped_team_ordinal_on"}

#: What may follow a gapped table clause (the matcher keeps non-overlapping matches: "B second, C third" shares no token).
GAPPED_TABLE_ENDS = {"table.gapped_team_ordinal": {",", ".", ";", "on", "and", "with"},
                     "points.gapped_team_ordinal_on": {",", ".", ";", "and", "but", "behind", "after", "-", "–"}}


def _gapped_table_clause(doc, start, words) -> bool:
    """Before ``start`` (a comma or 'and' before a team) the sentence has a table verb followed by an ordinal
    ("A finished top with N points", "with A second"): the clause whose verb the gapped one leaves out."""
    sent = doc[start].sent
    verb = None
    for t in doc[sent.start:start]:
        if t.lower_ in {".", ";", ":"} or t.lower_ in {"but", "while", "when", "after", "before", "because"}:
            verb = None
        elif t.lower_ in words["table_verbs"] or t.lower_ == "with" and t.i + 1 < start and doc[t.i + 1].ent_type_ == "TEAM":
            verb = t  # "with A second and B third": the "with" clause stands for the table verb
        elif verb is not None and t.lower_ in words["ordinals"]:
            return True
    return False


def _gapped_team_before(doc, start, words) -> bool:
    """A team right before ``start`` that opens a gapped table clause (", B second on M" after "A finished
    top ..."): the gapped rule reads it; a plain "B second on M" is no such clause."""
    k = start - 1
    while k >= 0 and doc[k].ent_type_ == "TEAM":
        k -= 1
    return k < start - 1 and k >= 0 and doc[k].text in {",", "and"} and _gapped_table_clause(doc, k, words)


def _passes_filters(doc, rule, start, end, value_toks, ctx) -> bool:
    words = ctx.words
    if rule.id in NUMBER_TWO_RULES and not _coach_number_two(doc, ctx, start, end):
        return False  # "X has been Y's No 2": a reserve, unless Y is a coach
    if rule.id == "coach.whose_role_name" and _departure_follows(doc, ctx, end):
        return False  # "X, whose coach Y was sacked in May, ...": a job left (the departure rules), not one held
    if rule.id == "points.ordinal_on_number" and start > 0 and doc[start - 1].lower_ in {"the", "his", "her", "their", "a"}:
        return False  # "scored the first on 12 and the second on 58": goals and minutes, no place and points
    if rule.id in GAPPED_TABLE_RULES and (not _gapped_table_clause(doc, start, words) or end < doc[start].sent.end
                                          and doc[end].lower_ not in GAPPED_TABLE_ENDS[rule.id]):
        return False  # "and Roma second" names a place only after a clause "A finished/were ORDINAL"
    if rule.id == "points.ordinal_on_number" and _gapped_team_before(doc, start, words):
        return False  # "A top with N points, B second on M": B's points (the gapped rule), not the clause subject's
    if rule.id == "table.leaders" and doc[start + 1].text == "," and end < doc[start].sent.end \
            and doc[end].text not in {",", ".", ";", ")", ":"}:
        return False  # "Against the leaders, Arsenal were poor": a clause's subject, not "the leaders, Arsenal,"
    if rule.id == "left.resigned" and end + 1 < len(doc) and (doc[end].lower_ in {"football", "playing"}
                                                          or doc[end].lower_ in {"professional", "the", "international"}
                                                          and doc[end + 1].lower_ in {"football", "game"}):
        return False  # "quit football at 33": a playing career ended (retired), no job left
    if rule.id == "player.starred_for" and _subjectless_first_person(doc[start]):
        return False  # "Can't wait to meet my new team-mates and play in front of the fans": a post, no club played for
    if rule.id == "player.gapped_for" and (not _gapped_playing_clause(doc, start) or end < len(doc) and (
            doc[end].pos_ in {"NOUN", "PROPN", "VERB", "AUX"} or doc[end].ent_type_ == "TEAM")):
        return False  # "X plays for A and Y for B" only: "beat Wales and Rossi for Porto" says nothing
    if rule.id in SPELL_ENDED_RULES:
        k = end - 2 if end - 2 > start and doc[end - 2].lower_ in SPELL_END_AUX else end - 1
        if not _spell_ends_at(doc, ctx, k):
            return False  # "his spell as Genoa coach to date", "has come under scrutiny": no end of it
    if rule.id == "appointed.appointment_of" and doc[start].dep_ in {"nsubj", "nsubjpass"} and any(
            c.tag_ == "MD" and c.lower_ not in {"will", "'ll"} for c in doc[start].head.children):
        return False  # "The appointment of X would be a gamble": an appointment weighed, not made
    if rule.id == "staff.his_assistant" and start > doc[start].sent.start and doc[start - 1].text in {",", ";", ":", "("}:
        return False  # "According to reports, his assistant X ...": whose "his" is after an aside is unsure
    if rule.id == "appointed.passive" and any(c.dep_ == "nsubjpass" and c.lower_ in ctx.word_set("exit_nouns")
                                              for c in doc[end - 1].children):
        return False  # "X's exit from Napoli was confirmed": a departure confirmed, no appointment
    if rule.id == "coach.as_team_role" and doc[start + 1].lower_ == "as":
        verb = doc[start + 1].head
        while verb.head is not verb and verb.pos_ not in {"VERB", "AUX"}:
            verb = verb.head  # "relieved of his duties as X manager", "was replaced by Y as X coach"
        if verb.lemma_.lower() in ctx.word_set("job_change_lemmas"):
            return False  # the role of a job taken or left (appointed / left_role), not one held now
    if rule.id == "coach.as_team_role" and doc[start].lower_ in ctx.word_set("spell_nouns") and _spell_ends_at(doc, ctx, end - 1):
        return False  # "his spell as Everton manager finished in March": a job left (left.spell_as_team_role_ended), not held
    if rule.id == "coach.role_of" and start >= 2 and doc[start - 1].lower_ == "as" \
            and doc[start - 2].lower_ in ctx.word_set("spell_nouns"):
        k = end + (end < len(doc) and doc[end].lower_ == "the")
        while k < len(doc) and doc[k].ent_type_ == "TEAM":
            k += 1
        if _spell_ends_at(doc, ctx, k):
            return False  # "her stint as coach of Lyon came to an end": a job left, not held
    if rule.id == "coach.role_of" and any(t.lemma_ == "become" for t in doc[max(start - 3, 0):start]):
        return False  # "offers to become coach of X": a job taken (appointed.become) or offered, not one held
    if rule.predicate == "retired" and any(t.lower_ == "international" or t.lower_ == "national" and doc[t.i + 1].lower_ == "team"
                                           for t in doc[end:min(end + 4, len(doc) - 1)]):
        return False  # "retired from international football": no end of a playing career
    if rule.predicate == "age":
        n = parse_number(value_toks[0], words) if value_toks else None
        if n is None or not AGE_RANGE[0] <= n <= AGE_RANGE[1]:
            return False
        if rule.id == "age.year_old":
            prev = doc[start - 1] if start > 0 else None
            nxt_person = end < len(doc) and ctx.by_token.get(end) is not None and ctx.by_token[end].type == "person"
            if prev is not None and prev.lower_ in {"a", "an"} and not nxt_person:
                return False
            # "a 20-year-old contract" / "the 10-year-old stadium": age of a thing
            if end < len(doc) and doc[end].lower_ in words["thing_nouns"] and not (
                    doc[end].lower_ in {"club", "team"} and end + 1 < len(doc) and doc[end + 1].lower_ in words["person_nouns"]):
                return False  # (but "the 37-year-old club captain": a person)
    if rule.id == "age.turned" and doc[start].tag_ in {"VB", "VBZ", "VBP"} \
            and not any(t.lower_ in {"today", "tonight"} for t in doc[end:min(end + 3, len(doc))]):
        return False  # "will be 33 next week", "turns 45 in August": a birthday to come, no age now
    if rule.id in FINAL_ENDED_RULES and end < len(doc) and doc[end - 1].lower_ == "final" and doc[end].pos_ == "NOUN":
        return False  # "beaten by X in the final minute": no final of a competition
    if rule.predicate in CAREER_TOTALS and start > 0 and doc[start - 1].lower_ in ctx.word_set("conceding_words"):
        return False  # "had conceded 41 goals in 19 matches": a side's goals against, no one's tally
    if rule.value == "ordinal" and value_toks and rule.predicate in CAREER_TOTALS:
        rest = {t.lower_ for t in doc[end:doc[start].sent.end]}
        if rest & {"season", "campaign", "year", "month", "week"} or (end < len(doc) and doc[end].lower_ == "of"):
            return False  # "his 20th goal of the season", "her 10th goal for the club this season": a season's count
    elif rule.value == "ordinal" and value_toks:
        if [t.lower_ for t in doc[value_toks[-1].i + 1:value_toks[-1].i + 3]] == ["from", "bottom"]:
            return False  # "second from bottom" needs the size of the league
        nxt = doc[value_toks[-1].i + 1] if value_toks[-1].i + 1 < len(doc) else None
        if nxt is not None and nxt.tag_ in {"VBN", "VBD"}:
            return False  # "was first appointed in 2016", "had first joined": an order of events, not a place
        if nxt is not None and nxt.pos_ in {"NOUN", "PROPN"} and nxt.lower_ not in {"place", "position", "spot", "table"}:
            return False
        if nxt is not None and nxt.lower_ in {"half", "time", "leg", "round", "game", "match", "goal"}:
            return False
        if nxt is not None and nxt.lower_ == "to" and nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ in {"VERB", "AUX"} \
                and value_toks[0].i > 0 and doc[value_toks[0].i - 1].lower_ == "the":
            return False  # "was the first to score": an order of people, not a table place ("finished sixth to earn" is one)
        after = doc[nxt.i + 1] if nxt is not None and nxt.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "ADJ" and after is not None and after.pos_ in {"NOUN", "PROPN"} \
                and after.lower_ not in {"place", "position", "spot", "table"} \
                and nxt.lower_ not in {"last", "this", "next", "previous", "that"}:  # "third last season" is a time
            return False  # "the first major trophy": an ordinal of a thing, not a table place
    if rule.id in FUTURE_FREE_PLAYER_RULES and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in doc[start].children):
        return False  # "will play for X next season": a move to come (move.will_play_for), no current club
    if rule.id == "points.total" and doc[end - 1].lower_ == "from" and end < len(doc) \
            and (doc[end].lower_ in POINTS_GAP_WORDS or end + 1 < len(doc) and doc[end].lower_ in {"their", "its", "his", "her"}
                 and doc[end + 1].lower_ in {"last", "previous", "past", "recent", "first", "opening"}):
        return False  # "two points from safety", "three points from the top four": a gap, not a total;
        # "ten points from their last six games": a run of games, not the season's total
    if rule.id in REPLACED_RULES and any(w in ctx.sentence_text(doc[start].sent).lower() for w in words["substitution_words"]):
        return False  # "The manager replaced X with Y at half-time": a substitution, no new coach (words or word starts)
    if rule.id in TITLE_BEFORE_NAME:  # "Coach X named ...", "without captain X": no side, country or rank before the title
        first = doc[start].sent.start
        k = start - 1
        while k >= first and doc[k].lower_ in ctx.word_set("temporary_role_words"):
            k -= 1  # "Interim manager X", "caretaker boss X": the title's own word
        prev = doc[k] if k >= first else None
        if prev is not None and k == first and prev.lower_ == "for":
            prev = None  # "For manager X, the win is a vindication": the sentence opens on the title
        if prev is not None and prev.lower_ not in TITLE_BEFORE_NAME_OPENERS \
                and not (rule.id == "player.captain_title_name" and prev.lower_ in OWNING_CLAUSE_WORDS):
            return False  # "sacked head coach X", "goalkeeping coach X", "Their captain X": another side or job
    if rule.id == "nationality.demonym_name" and _relative_subject(doc, start + 2, end):
        return False  # "X, the Danish winger Rossi signed from Lens": Rossi is not the Danish winger
    if rule.id == "nationality.demonym" and start > 0 and doc[start - 1].lemma_ in SUCCESSION_LEMMAS:
        return False  # "before succeeding the German in 1990": the man he replaced, whom the descriptor may not find
    if rule.predicate == "nationality" and rule.id == "nationality.demonym" and end < len(doc):
        nxt = doc[end]  # "the Spaniard came", "the Argentine manager"; not "the Spanish capital", "the English-born coach"
        if nxt.text == "-" or not (nxt.is_punct or nxt.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "ADV", "PART"} or nxt.lower_ in words["person_nouns"]
                                   or nxt.lower_ in {"who", "whose"} and start > 0 and doc[start - 1].text == ","
                                   or nxt.pos_ == "DET" and doc[end - 1].dep_ == "dative"):  # "handing the Spaniard a contract"
            return False  # "Amorós, the Spaniard who has just ...", an apposition; not a heading's "The German who ..."
        if nxt.tag_ == "POS" and start > 0 and doc[start - 1].text == ",":
            return False  # "X, the Dutchman's team-mate, ...": another person, whom the apposition does not name
    if rule.predicate == "appointed" and end < len(doc) and doc[end - 1].lower_ in {"named", "voted"}:
        k = end + 1 if doc[end].lower_ == "as" and end + 1 < len(doc) else end
        if k < len(doc) and doc[k].lower_ in words["not_a_job_after_named"]:
            return False  # "was named player of the tournament", "named in the squad", "named captain"
        tail = [t.lower_ for t in doc[k:min(k + 7, len(doc))]]  # "named FIFA's best men's player"
        if any(t in AWARD_WORDS for t in tail) or "year" in tail:
            return False  # "was named PFA Player of the Year": an award
    if rule.predicate == "appointed" and any(t.lower_ in {"match", "game", "games", "matches", "training", "session", "fixture"}
                                             for t in doc[end:min(end + 5, len(doc))]) \
            and any(t.lower_ == "charge" for t in doc[start:end + 1]):
        return False  # "will take charge of his first match": a game, not a job
    if rule.id == "coach.managing" and (end < len(doc) and doc[end].lower_ in {"to", "with", "in"}
                                        or doc[start].dep_ in {"amod", "compound"}):
        return False  # "managing to win", "a coaching career", "coaching with City" (on a staff), "has never coached
        # in Germany" (a country, not a team) are not coaching a team
    if rule.id == "coach.managing" and any(c.dep_ == "dobj" and (c.lower_ in RESULT_NOUNS or c.lower_ in ctx.word_set("fixture_words"))
                                           for c in doc[start].children):
        return False  # "oversaw a 4-4 draw with Brentford": a match against them, not their coach
    if rule.id == "player.former_team":
        k = end  # past the list of teams: "former Chelsea and Inter Milan coach"
        while k < len(doc) and (doc[k].lower_ in {"and", ","} or doc[k].ent_type_ == "TEAM"):
            k += 1
        if k < len(doc) and doc[k].lower_ in {"coach", "manager", "boss", "chairman", "president", "director", "assistant",
                                              "deputy"}:
            return False  # "former PSG coach", "former Roma assistant": not a player
    if rule.id == "title.led_to_named_competition" and any(_YEAR.match(t.text) for t in doc[start:end]) \
            and not any(m.type == "competition" and start <= m.start < end and m.entity_id in ctx.top_flight_leagues()
                        for m in ctx.mentions):
        return False  # "led Switzerland to the 1994 World Cup": a tournament reached; "to the 2022-23 Scudetto": won
    if rule.id == "appointed.team_appointed_him" and end < len(doc):
        k = end
        while k < doc[start].sent.end - 1 and k < end + 3 and doc[k].lower_ in {"their", "its", "the", "a", "as", "new"}:
            k += 1
        if doc[k].lower_ in ctx.word_set("named_him_not_a_job_words") or doc[end].lower_ == "in" and any(
                t.lower_ in ctx.word_set("squad_nouns") for t in doc[end + 1:min(doc[start].sent.end, end + 7)]):
            return False  # "named him (their new) captain", "named him in their 26-man squad": no coaching job
    if rule.id in {"title.lost_final_to", "title.lost_final_to_country"} and _lost_in_another_round(doc, ctx, end, doc[start].sent):
        return False  # "reached the final despite losing 2-1 to X in the final group game": not the final lost
    if rule.id == "title.lost_final_to_country" and doc[start + 1].lower_ != "it" and not any(
            t.lower_ in {"final", "finals"} and doc[t.i - 1].text != "-" for t in doc[end:min(doc[start].sent.end, end + 8)]) \
            and not any(t.lower_ in {"final", "finals"} and any(x.lower_ in {"which", "that"} for x in doc[t.i + 1:start])
                        for t in doc[max(doc[start].sent.start, start - 6):start]):
        return False  # "Scotland lost 2-0 to England, a week before the Nations League final": a country's loss is a
        # final's only when the final follows it ("lost 3-1 to Portugal in the Euro 2016 final"), is "it", or is what
        # a relative clause hangs on ("the 2002 final, which they lost 2-0 to Brazil")
    if rule.id in {"title.lost_final_to", "title.lost_final_to_country", "title.final_ended_in_defeat"} and (not any(t.lower_ in {"final", "finals"} and doc[t.i - 1].text != "-"
                                                     and not (t.lower_ == "final" and t.i + 1 < len(doc)
                                                              and doc[t.i + 1].lower_ in ctx.word_set("not_a_final_nouns"))
                                                     for t in doc[start].sent)
                                             or _play_off(doc[start].sent)):
        return False  # a play-off final is no title
    if rule.predicate == "league_position" and doc[start].lower_ == "top" and start >= 2 \
            and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ in {"at", "on"} and any(
            t.lower_ == "clear" and doc[t.i + 1].lower_ == "of" or t.lower_ == "behind"
            for t in doc[max(doc[start].sent.start, start - 9):start]):
        return False  # "X seven points clear of second-placed Y at the top of the league": X's top, not Y's;
        # "Y are three points behind X at the top": X's, not Y's
    if rule.id == "appointed.on_the_list" and not any(
            m.type == "person" and doc[start].sent.start <= m.start < start for m in ctx.mentions):
        return False  # "Other candidates are on their list": no one named in the sentence is on it
    if rule.id == "appointed.on_the_list" and doc[end - 1].lower_ == "for" and not any(
            t.lower_ in ctx.word_set("coaching_post_nouns") for t in doc[end:min(end + 4, doc[start].sent.end)]):
        return False  # "on the list for the Ballon d'Or": an award's list, not a coaching post's
    if rule.id == "age.is_number":  # "De Rossi ... is 40": the subject is the person, not "his lead" or "the score"
        subj = [c for c in doc[start].children if c.dep_ == "nsubj"]
        if not subj and doc[start].dep_ == "conj" and doc[start].head.pos_ in {"VERB", "AUX"}:
            subj = [c for c in doc[start].head.children if c.dep_ == "nsubj"]  # "X joined Y in May and is still 21"
        if subj and subj[0].pos_ == "NOUN" and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in subj[0].children):
            subj = [next(c for c in subj[0].children if c.dep_ == "appos" and c.ent_type_ == "PERSON")]
        if not subj or not (subj[0].ent_type_ == "PERSON" or subj[0].lower_ in {"he", "she"}):
            return False
    if rule.id == "title.won_the_league" and end < len(doc) and doc[end].pos_ in {"NOUN", "PROPN"} \
            and doc[end].lower_ != "final":
        return False  # "won the league" is a title; "won a league game", "won league matches" are not
    if rule.id == "title.won_competition" and end < len(doc) and doc[end].lower_ not in {"final", "last", "brink", "verge"} and (
            doc[end].lower_ in words["stage_words"] or doc[end].pos_ == "NOUN" and doc[end].lower_ not in TITLE_NOUNS):
        # "won their Champions League group / tie", "won a Serie A game", "their first Premier League win since
        # 2002", "won a Champions League place": a match, a stage or a milestone, no title
        return False
    if rule.id == "title.winners_of" and (not _said_of_a_side(doc, start)
                                          or end < len(doc) and (doc[end].lower_ in words["stage_words"]
                                                                 or doc[end].pos_ == "NOUN" and doc[end].lower_ not in TITLE_NOUNS)):
        return False  # "X, winners of the Y", "X are the only French winners of Y"; not "will face the winners of the Y tie"
    if rule.id == "title.led_to_named_competition":
        if end < len(doc) and (doc[end].lower_ in words["stage_words"] or doc[end].text == "-"):
            return False  # "led England to the World Cup semi-finals": a stage reached, not a title
        if any(t.lower_.startswith("qualif") for t in doc[start].sent):
            return False  # "led Wales to Euro 2016 through qualifying"
    if rule.predicate == "title_won" and start >= 1 and doc[start - 1].lower_ == "to" \
            and any(t.lower_ in {"first", "only", "second", "third", "last"} for t in doc[max(0, start - 5):start - 1]) \
            and any(t.lemma_ in TITLE_VERBS for t in doc[doc[start].sent.start:start - 1]):
        return False  # "won it in 2016, 2017 and 2018, becoming the first coach to lift the trophy ...": the same titles
    if rule.id == "title.won_it" and not any(_YEAR.match(t.text) for t in doc[end:min(end + 8, doc[start].sent.end)]) \
            and not any(t.lower_ == "never" for t in doc[max(doc[start].sent.start, start - 2):start]) \
            and doc[start].lemma_ != "retain" \
            and not (end < len(doc) and doc[end].lower_ in {"again", "back"}  # "help Lazio lift it once more": the title
                     and not any(t.like_num or "-" in t.text for t in doc[end + 1:min(end + 3, len(doc))])):
        return False  # "won it 2-1", "lifted it high": a match or a trophy held, no title without its years
    if rule.id == "title.won_it" and doc[start].lemma_ == "retain" \
            and any(t.lower_ in ctx.word_set("kept_not_titles") for t in doc[doc[start].sent.start:start]):
        return False  # "took the lead but could not retain it": a lead, a place, a record (models/wordlists.json)
    if rule.id in SEASON_FREE_TOTALS and any(_YEAR.match(t.text) or t.lower_ in {"season", "campaign"}
                                             for t in doc[start].sent):
        return False  # "In 2020-21 he scored 41 Bundesliga goals": one season's tally, no career total
    if rule.id == "player.starred_for" and end < len(doc) and doc[end].text == "-":
        return False  # "play-off"
    if rule.id == "left.leave_team":
        tail = [t.lower_ for t in doc[end:min(end + 3, len(doc))]]
        post = next((w for w in tail[1:] if w not in {"the", "this", "that", "a", "his", "her", "new"}), None)
        if tail and tail[0] in {"for", "to"} and not (tail[0] == "for" and post in {"job", "role", "post", "position"}):
            return False  # "left Liverpool for Chelsea" is a transfer; "left Lens for the job" is a job left
    if rule.predicate == "transfer":
        tail = doc[end:min(end + 3, len(doc))]
        if any(t.lower_ in {"coaching", "staff", "backroom"} for t in tail):
            return False
        if len(tail) >= 2 and tail[0].lower_ == "as" and tail[1].lower_ in words["role_words"]:
            return False
    return True


# --- subjects and objects -----------------------------------------------------

def _mention_at(ctx, i) -> ResolvedMention | None:
    return ctx.by_token.get(i)


def _governing_verb(tok: Token) -> Token:
    seen = 0
    while tok.pos_ not in {"VERB", "AUX"} and tok.head is not tok and seen < 8:
        tok, seen = tok.head, seen + 1
    return tok


#: Title rules whose subject may be a country's name: the country's national side ("lost the final to Italy",
#: "Spain, winners of the tournament in 1964").
COUNTRY_SUBJECT_TITLE_RULES = {"title.lost_named_final_to_country", "title.beaten_by_in_final", "title.aside_winners_of",
                               "title.aside_winners_of_the_tournament", "title.final_ended_in_defeat",
                               "title.lost_to_eventual_winners", "title.lost_final_to_country", "title.defeat_by_in_final"}

#: Titles said in the passive ("The League Cup was won against Rangers", "the championship was retained").
PASSIVE_TITLE_RULES = {"title.passive_competition_won", "title.passive_title_won", "title.beaten_in_final_passive"}


def _find_subject(doc, ctx, rule, start, end, roles, trigger, sent):
    want = {"person": ("person",), "team": ("team",), "person_or_team": ("person", "team")}.get(rule.subject, ("person",))
    named = _mention_at(ctx, end) if rule.id == "nationality.international" and end < sent.end else None
    if named is not None and named.type == "person":
        return named  # "the Brazil winger Raphinha": the name the description is put before
    if rule.id == "nationality.international" and start > sent.start and doc[start - 1].lower_ == "the" \
            and not (end < len(doc) and _mention_at(ctx, end) is not None):
        return descriptor_at(doc, ctx.mentions, start - 1)  # "the Morocco full-back would bring in ...": who was just named
    if rule.predicate == "transfer" and "subject" not in roles and trigger.pos_ == "NOUN":
        owner = next((c for c in trigger.children if c.dep_ == "poss"), None)
        m = _mention_at(ctx, owner.i) if owner is not None else None
        if m is not None and m.type == "person":
            return m  # "the vacancy left by X's move to C": X moves, not the sentence's subject
    if rule.predicate == "title_won" and "subject" not in roles and end + 3 < sent.end and doc[end].lower_ == "for":
        m = _as_team(ctx, _mention_at(ctx, end + 1))  # "completed a treble for Luis Enrique's side" / "for PSG"
        owner = _mention_at(ctx, end + 1)
        k = owner.end + (doc[owner.end].tag_ == "POS") if owner is not None and owner.end < sent.end else None
        if m is None and k is not None and owner.type == "person" and k < sent.end and doc[k - 1].tag_ == "POS":
            m = _as_team(ctx, _mention_at(ctx, k))  # "a third crown for Marco Rossi's Lazio"
        k = next((k for k in range(end + 1, min(end + 6, sent.end)) if doc[k].lower_ in {"side", "team"}), None)
        m = m or (_possessed_side(doc, ctx, k, sent) if k is not None and doc[k - 1].tag_ == "POS" else None)
        if m is not None:
            return m
    noun_at = end - 1 if rule.id == "player.team_star" else end
    while rule.id == "player.former_team" and noun_at < sent.end - 1 and (doc[noun_at].lower_ in {"and", ","}
                                                                        or doc[noun_at].ent_type_ == "TEAM"):
        noun_at += 1  # past the list of teams: "the former Marseille and Juventus midfielder"
    if rule.id in {"player.former_team", "player.team_star"} and start > sent.start and doc[start - 1].lower_ in {"the", "former"} \
            and noun_at < sent.end and doc[noun_at].lower_ in ctx.word_set("player_nouns"):
        # "X praised the former Ajax midfielder": the person the descriptor stands for, as the mentions resolved
        # it, never the sentence's subject; the subject itself ("The former Ajax midfielder joined ...") as before
        known = next((m for m in ctx.mentions if m.label == "DESCRIPTOR" and m.type == "person"
                      and sent.start <= m.start < start and m.end >= end), None)
        noun = doc[noun_at]
        if known is not None:
            return known
        verb = noun.head if noun.dep_ in {"dobj", "dative"} else None
        if verb is not None and any(c.dep_ == "nsubj" and getattr(_mention_at(ctx, c.i), "type", None) == "person"
                                    for c in verb.children):
            return None  # "X praised the former Ajax midfielder" (left unresolved): not X
    if rule.id == "title.won_them_the":  # "Herrera's side retreated into the shell that had won them the trophy"
        k = next((t.i for t in reversed(doc[sent.start:start]) if t.lower_ in {"side", "team"}
                  and t.i - 2 >= sent.start and doc[t.i - 1].tag_ == "POS"), None)
        m = _possessed_side(doc, ctx, k, sent) if k is not None else None
        if m is not None:
            return m
    if rule.id in PASSIVE_TITLE_RULES:  # "The League Cup was won against Rangers": the side after "by", else the article's
        for t in doc[end:sent.end]:
            if t.lower_ in {",", ";", ":", ".", "and", "but", "when", "after", "while"}:
                break
            if t.lower_ == "by" and t.i + 1 < sent.end:
                named = _as_team(ctx, _mention_at(ctx, t.i + 1 + (doc[t.i + 1].lower_ == "the")))
                if named is not None:
                    return named
        loser = _as_team(ctx, _mention_at(ctx, start))  # "Aberdeen were beaten 2-0 in the Scottish Cup final": not Aberdeen
        return _context_team(ctx, start, sent, exclude={loser.entity_id} if loser is not None else set(),
                             prefer_frequent=True)
    if rule.id in CLUB_COACH_DESCRIPTOR_RULES:  # "Valencia's new head coach wants ...": the one coach the article
        return _club_coach(ctx, _as_team(ctx, _mention_at(ctx, start)))  # gives that club, who has not left it
    if rule.id == "transfer.brought_him_to":  # "before Ferguson brought him to Manchester": not Ferguson
        return _replaced_person(doc, ctx, trigger)
    if rule.id in REPLACED_RULES:
        successor = _replaced_with(doc, ctx, trigger, end, sent)
        if successor is not None:  # "the club sacked X and replaced him with Y": Y is appointed, not X
            return successor
    if rule.id == "title.nth_after_years":  # "the fourth league title in Lille's history, after ...": the owner named
        owner = next((t for t in doc[start:end] if t.tag_ == "POS" and t.i > start), None)
        if owner is not None:
            return _as_team(ctx, _mention_at(ctx, owner.i - 1))
        if doc[start].lower_ in {"their", "its"}:  # "It was their fifth title in a row, after ...": the side
            return _they(ctx, start, sent)
    if rule.id.startswith("title.possessive_nth") and start > sent.start:
        owner = doc[start - 1]  # "It is the club's third league title", "Leverkusen's second German Cup"
        m = _as_team(ctx, _mention_at(ctx, owner.i))
        if m is None and owner.lower_ in TEAM_WORDS:
            m = _context_team(ctx, owner.i, sent, exclude=set(), prefer_frequent=True)
        return m
    if rule.predicate == "title_won" and "subject" not in roles and start >= 2:
        k = start - 1  # "the club's first ever Bundesliga title": the club's, not the person the story is about
        while k > sent.start and (doc[k].lower_ in ctx.word_set("ordinals") or doc[k].lower_ == "ever"):
            k -= 1
        if k < start - 1 and doc[k].tag_ == "POS" and k > sent.start:
            m = _as_team(ctx, _mention_at(ctx, k - 1))
            if m is None and doc[k - 1].lower_ in TEAM_WORDS:
                m = _context_team(ctx, k - 1, sent, exclude=set(), prefer_frequent=True)
            if m is not None:
                return m
    if rule.predicate == "title_won" and "subject" not in roles:
        led = _led_team(doc, ctx, trigger, sent)
        if led is not False:
            return led
    if rule.predicate == "league_position" and "subject" not in roles and start > sent.start \
            and doc[start - 1].lower_ == "them":
        return _they(ctx, start - 1, sent)  # "the defeat had left them eighth": the side "them" stands for
    if rule.predicate == "league_position" and "subject" not in roles and start > sent.start \
            and doc[start - 1].dep_ != "poss":
        m = _as_team(ctx, _mention_at(ctx, start - 1))  # "leaves with Sporting top of the Primeira Liga": Sporting's place
        if m is not None and doc[start].lower_ not in {"in", "at", "to"}:
            return m
    if rule.predicate == "league_position" and "subject" not in roles:
        for k in range(end, min(end + 6, sent.end - 1)):  # "finishing second in Serie A with Roma": Roma's place
            if doc[k].is_punct:
                break
            if doc[k].lower_ == "with":
                m = _as_team(ctx, _mention_at(ctx, k + 1))
                if m is not None:
                    return m
                break
    if rule.predicate == "coaching_staff_of" and "subject" not in roles and trigger.i >= 2 \
            and doc[trigger.i - 1].tag_ == "POS":
        owner = _mention_at(ctx, trigger.i - 2)  # "part of Rossi's coaching staff": Rossi leads the staff
        others = [m for m in ctx.mentions if m.type == "person" and sent.start <= m.start < trigger.i
                  and (owner is None or m.entity_id != owner.entity_id) and not _is_possessor(doc, m)]
        if owner is not None and owner.type == "person" and others:
            return others[-1]
    if rule.id in SUITOR_DESCRIPTOR_RULES:
        return _suitor_target(doc, ctx, roles, sent)
    if rule.predicate == "age" and "subject" not in roles:
        m = _mention_at(ctx, start)  # "when Porto's 19-year-old winger scored": the person the descriptor stands for
        if m is not None and m.label == "DESCRIPTOR" and m.type == "person" and m.start == start:
            return m
    # 1. a token the pattern marks as subject
    for i in roles.get("subject", []):
        m = _mention_at(ctx, i)
        if m is not None and m.type in want:
            return m
        if m is None and rule.id in {"player.possessive_age_descriptor", "player.possessive_role_descriptor",
                                    "age.possessive_descriptor_appositive"}:
            return None  # "Genoa's 19-year-old winger" the mentions left unresolved: no guess
        if m is not None and m.type == "place" and want == ("team",) and m.entity_id in ctx.gaz.country_ids \
                and rule.id in COUNTRY_SUBJECT_TITLE_RULES:
            return national_side(ctx.gaz, ctx.mentions, m)  # "lost the Euro 2020 final to Italy": Italy's side
        if m is None and want == ("team",) and doc[i].lower_ in TEAM_WORDS:  # "won the club the Champions League"
            opponents = {x.entity_id for x in ctx.mentions if sent.start < x.start < i  # "his goal against Lazio"
                         and doc[x.start - 1].lower_ in {"against", "versus", "vs", "beat", "beating", "over"}}
            before = {x.entity_id for x in ctx.mentions if x.type == "team" and sent.start <= x.start < i
                      and x.entity_id not in opponents}
            if len(before) == 1:  # "X has been the Lyon coach since 2019 and led the club to ...": that club
                return next(x for x in ctx.mentions if x.entity_id in before)
            return _context_team(ctx, i, sent, exclude=opponents, prefer_frequent=True)
        if m is None and doc[i].lower_ == "the" and rule.predicate == "age":
            k = end  # "the 24-year-old Rossi", "the 31-year-old Danish forward Jonas Berger": the name that follows
            while k < sent.end - 1 and k - end < 4 and (doc[k].lower_ in ctx.word_set("demonyms") | ctx.word_set("person_nouns")
                                                        or doc[k].ent_type_ == "GPE"):  # "the 30-year-old Wales winger X"
                k += 1
            named = _mention_at(ctx, k) if k < sent.end else None
            if named is not None and named.type == "person" and named.start == k and not _relative_subject(doc, named.start, named.end):
                return named
            if named is not None and named.type == "person" and i >= 2 and doc[i - 1].text == ",":
                # "Luca Bianchi, the 24-year-old winger Rossi signed from Lens": the name after is the
                # subject of a relative clause; the descriptor describes the name before the comma
                anchor = _mention_at(ctx, i - 2)
                if anchor is not None and anchor.type == "person" and anchor.end == i - 1:
                    return anchor
        if m is None and doc[i].lower_ in {"the", "this"} and rule.predicate in {"age", "nationality"}:
            return None  # a descriptor left unresolved (ambiguous): no guess
        if m is None and doc[i].lower_ == "the" and (rule.predicate == "player_of" or rule.id in {
                "coach.team_noun_descriptor", "coach.team_noun_descriptor_age", "coach.quoted_team_noun_descriptor",
                "left.descriptor_leaves_team",
                "transfer.team_noun_descriptor_moved_from", "transfer.clause_team_noun_descriptor_moved_from",
                "appointed.named_as_role_of"}):  # "named the 52-year-old as coach of X": who was just named
            found = descriptor_at(doc, ctx.mentions, i)  # "The Reign FC forward scored": who was just named
            if found is None and rule.id == "appointed.named_as_role_of":
                found = _previous_subject(doc, ctx, sent)  # "X has a new job. The club named the 52-year-old as ..."
            return found
        if m is not None and "person" in want and m.type == "org" and looks_like_name(m, ctx.words):
            return ResolvedMention(m.start, m.end, m.start_char, m.end_char, m.text, "PERSON", "person",
                                   m.entity_id, m.entity, m.sentence_id, {})
        if doc[i].lower_ in TEAM_PRONOUNS:
            return _they(ctx, i, sent) if "team" in want else None
        if doc[i].lower_ in {"their", "its"} and want == ("team",) and i == sent.start:
            return _they(ctx, i, sent)  # "Genoa were runners-up. Their only crown was in 1991": the side just spoken of
        if "person" in want and doc[i].lower_ in {"him", "her"} and i > sent.start:
            # "Amorim turned down West Ham, and Liverpool were also linked with him": the person just named
            named = [m for m in ctx.mentions if m.type == "person" and sent.start <= m.start and m.end <= i
                     and not _is_possessor(doc, m)]
            found = named[-1] if named else _previous_subject(doc, ctx, sent)
            if found is not None:
                return found
        if "person" in want and doc[i].lower_ in PRONOUNS:
            return ctx.pronoun(doc, i)
    # 1b. "Xhaka, the Switzerland captain": a name the model missed, right before an apposition
    if "person" in want:
        m = _appositive_name(doc, ctx, start)
        if m is not None:
            return m
    # 1c. "The 31-year-old, for whom A paid B ...": the person or descriptor the relative clause follows
    if "person" in want and start + 1 < end and doc[start + 1].lower_ == "whom" and start - 1 > sent.start \
            and doc[start - 1].text == ",":
        m = _mention_at(ctx, start - 2)
        return m if m is not None and m.type == "person" and m.end == start - 1 else None
    # 1c. "X, who is preparing ..., has been linked": the antecedent of a relative clause just before the verb
    if "person" in want:
        m = _relative_antecedent(doc, ctx, start, sent)
        if m is not None:
            return m
    if rule.id == "coach.season_in_charge" and "person" in want:
        poss = [c for c in trigger.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}]
        if poss:  # "His first spell in charge ran from 2005 to 2009": whom "his" stands for, not the most salient
            return ctx.pronoun(doc, poss[0].i)
    # 1d. "... has kept faith with the 30-year-old Roma winger": a descriptor the trigger is part of, which the
    #     mentions stage resolved, is the person meant, not the subject of the clause it is the object in
    if rule.predicate == "player_of" and "person" in want and trigger.dep_ in {"pobj", "dobj"}:
        described = next((m for m in ctx.mentions if m.label == "DESCRIPTOR" and m.type == "person"
                          and m.start <= trigger.i < m.end), None)
        if described is not None:
            return described
    # 2. the grammatical subject of the governing verb, or of the verbs it hangs from
    verb = _governing_verb(trigger)
    if trigger.pos_ != "VERB" and trigger.dep_ in {"ccomp", "xcomp"} and trigger.head.lemma_ in ctx.word_set("help_verbs") \
            and any(c.dep_ == "nsubj" for c in trigger.children):
        verb = trigger  # "helped Guardiola's side win the title", "win" tagged a noun: the side won it
    if rule.predicate == "transfer" and verb.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        m = _mention_at(ctx, verb.i - 1)  # "Y joined PSG and Z moved to Toronto": Z, parsed as a conjunct, moved
        if m is not None and m.type == "person" and m.end == verb.i and m.start >= sent.start and not _is_possessor(doc, m):
            return m
    unresolved = False  # a descriptor subject the mention stage could not tie to anyone: no guess by salience
    for _ in range(4):
        subj = _verb_subjects(doc, ctx, verb)
        if subj and rule.predicate == "transfer" and subj[0].i == sent.start and subj[0].lower_ in {"he", "she"}:
            m = _previous_subject(doc, ctx, sent)
            if m is not None:
                return m
        if subj and verb is not _governing_verb(trigger) and "person" in want \
                and verb.lower_ in ctx.word_set("appoint_verbs") | {"appointed", "named", "hired"}:
            hired = [_mention_at(ctx, c.i) for c in verb.children if c.dep_ == "dobj"]
            if hired and hired[0] is not None and hired[0].type == "person":
                return hired[0]  # "Inter Miami appointed Martino as head coach, replacing Neville": Martino replaced him
        if subj and subj[0].lower_ in {"whoever", "anyone", "anybody", "someone", "somebody", "nobody", "no-one"}:
            return None  # "Whoever takes over will inherit ...": nobody in particular
        if subj and any(c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in subj[0].children):
            return None  # a subject with "no" ("no such side had ever ..."): no side in particular
        if subj and subj[0].lower_ in TEAM_PRONOUNS and "team" not in want:
            return None  # "They were appointed": not one person to guess
        relative = bool(subj) and subj[0].lower_ in {"who", "that", "which"} and verb.dep_ == "relcl"
        if relative:
            subj = [verb.head]  # "Emery, who replaced Wenger": the relative clause's antecedent
            if subj[0].dep_ == "appos" and _mention_at(ctx, subj[0].i) is None and getattr(
                    _mention_at(ctx, subj[0].head.i), "type", None) == "person":
                subj = [subj[0].head]  # "X, the former Sassuolo coach, who left Y": X left it
        if relative and "person" in want and subj[0].pos_ == "NOUN" and _mention_at(ctx, subj[0].i) is None:
            fronted = _fronted_apposition_name(doc, ctx, subj[0], sent)
            if fronted is not None:
                return fronted  # "A former X midfielder who won 40 caps for Y, Z now coaches ...": Z won them
        if relative and subj[0].pos_ == "NOUN" and _mention_at(ctx, subj[0].i) is None \
                and not ("team" in want and subj[0].lower_ in {"side", "team", "club", "squad"}
                         and not (rule.predicate == "title_won" and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                                         for c in subj[0].children))):
            return None  # "an opponent who had won the competition eight times", "a Spanish side that won it": nobody named
        if subj:
            m = _subject_of_token(doc, ctx, subj[0], want)
            if m is not None:
                return _closer_for_participle(doc, ctx, trigger, subj[0], m, want)
            if "person" in want and _unresolved_descriptor(doc, ctx, subj[0]):
                unresolved = True
            if want == ("person",) and subj[0].lower_ in ctx.word_set("event_nouns"):
                return None  # "That result left Villa 17th": an event did it, no person to guess
            if "person" in want:  # "Inter Miami appointed X as head coach, replacing Y": the person the participle follows
                closer = _closer_for_participle(doc, ctx, trigger, subj[0], None, want)
                if closer is not None and closer.type == "person":
                    return closer
            poss = next((c for c in subj[0].children if c.dep_ == "poss"), None)
            owner = _mention_at(ctx, poss.i) if poss is not None and subj[0].lower_ in SIDE_NOUNS else None
            if owner is not None and owner.type == "place" and owner.entity_id in ctx.gaz.country_ids:
                # "Spain's men won the World Cup in 2010": the country's side (its men's side for "men")
                if "team" not in want:
                    return None
                if subj[0].lower_ == "men":
                    return ResolvedMention(owner.start, owner.end, owner.start_char, owner.end_char, owner.text, "TEAM",
                                           "team", owner.entity_id, owner.entity, owner.sentence_id, {})
                return national_side(ctx.gaz, ctx.mentions, owner)
            if rule.predicate == "title_won" and "team" in want and subj[0].lower_ in TEAM_WORDS \
                    and _mention_at(ctx, subj[0].i) is None \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in subj[0].children) \
                    and not any(c.dep_ == "poss" for c in subj[0].children):
                # "The club, founded in 1902, had never won the cup": the club the article is about, no person
                return _context_team(ctx, subj[0].i, sent, exclude=set(), prefer_frequent=True)
            named = _mention_at(ctx, subj[0].i)
            if named is not None and named.type == "place" and named.entity_id in ctx.gaz.country_ids:
                # "Spain went on to win the tournament": a country did it: its side, and no person to guess
                return national_side(ctx.gaz, ctx.mentions, named) if "team" in want else None
            if subj[0].lower_ in COUNTRY_NOUNS and any(c.dep_ == "poss" and c.lower_ in {"his", "her"}
                                                       for c in subj[0].children):
                return None  # "her country won": the country's side, else nobody; never her
            if subj[0].lower_ in TEAM_WORDS and subj[0].i >= 2 and doc[subj[0].i - 1].tag_ == "POS" and (
                    "team" not in want or getattr(_mention_at(ctx, subj[0].i - 2), "type", None) == "person"):
                return None  # "Kompany's side played ...": the side did it, no person to guess (nor another side)
            break
        if verb.head is verb or verb.dep_ not in {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "acl", "relcl"}:
            break
        head = _governing_verb(verb.head)
        if verb.dep_ == "conj" and head.dep_ == "advcl" and head.head is not head \
                and any(c.dep_ == "mark" for c in head.children) \
                and any(c.dep_ == "cc" and c.i < verb.i for c in head.children):
            # "X served as interim coach after Y left the post, and was appointed": the parser hangs the
            # verb on the "after" clause; it is the main clause's
            head = _governing_verb(head.head)
        verb = head
    # 3. the nearest mention of the right type before the match in the sentence
    #    (not a possessor: "Diego Simeone's side" is about the side)
    cands = [m for m in ctx.mentions if m.type in want and sent.start <= m.start and m.end <= start
             and (not _is_possessor(doc, m) or start <= doc[m.end - 1].head.i < end)
             and doc[m.end - 1].dep_ not in {"pobj", "dobj"} and not _subordinate_subject(doc, m, trigger)]
    described = [m for m in cands if m.label == "DESCRIPTOR" and m.type == "person"]
    cands = [m for m in cands if not any(d.start <= m.start and m.end <= d.end and d is not m for d in described)]
    # "The former Porto forward lifted ...": the person the descriptor stands for, not the club inside it
    if "team" in want:
        poss = _possessive_team(doc, ctx, start, sent)
        if poss is not None:
            return poss
    if "team" in want and not cands:  # "In his first season at Stamford Bridge he guided a young team to fourth"
        grounds = [_as_team(ctx, m) for m in ctx.mentions if m.type == "venue" and sent.start <= m.start and m.end <= start]
        cands = [g for g in grounds if g is not None]
    if cands:
        return cands[-1]
    if rule.subject == "person" and "subject" in roles:
        return None
    # 4. a pronoun or descriptor: the most salient person so far
    if "person" in want and unresolved:
        return None
    if "person" in want:
        return salient_person(ctx.mentions, start)
    if "team" in want:
        return _context_team(ctx, start, sent, exclude=set())
    return None


def _unresolved_descriptor(doc, ctx, tok) -> bool:
    """Whether a subject opening its sentence is a definite description of a person ("The 27-year-old
    winger", "The veteran", "The 30-year-old") that the mention stage left unresolved: no mention covers the phrase, which
    agreement (age, nationality, role) and recency could not tie to one person."""
    first = tok.left_edge
    if first.lower_ not in {"the", "this"} or not first.is_sent_start:
        return False  # "Born in 1990, the striker began ...": a description after a fronted phrase is the protagonist
    words = ctx.word_set("person_nouns") | ctx.word_set("descriptor_nouns")
    aged = any(t.lower_ == "year" and t.i + 2 <= tok.i and doc[t.i + 2].lower_ == "old" for t in doc[first.i:tok.i + 1])
    if not (tok.lower_ in words or aged):
        return False
    return not any(m.type in {"person", "team"} and m.start <= tok.i and first.i < m.end for m in ctx.mentions)


def _fronted_apposition_name(doc, ctx, noun, sent):
    """The person a description opening its sentence stands for ("A former Porto defender who won 40 caps,
    Luis Mendes now coaches Braga"): the noun phrase starts the sentence, and the subject of the same verb
    after a comma is a person's name."""
    if noun.left_edge.i != sent.start or noun.dep_ not in {"nsubj", "nsubjpass"} \
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children):
        return None
    for c in noun.head.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.i > noun.i and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",":
            m = _mention_at(ctx, c.i)
            if m is not None and m.type == "person":
                return m
    return None


#: "her country lifted the continental trophy": the national side of the person "her" stands for.
COUNTRY_NOUNS = {"country", "nation"}


def _own_country_side(ctx, tok):
    """The national side "his country" / "her country" at ``tok`` stands for: the one national side the
    sentence names before it ("61 goals for Norway, ... when her country triumphed"); else nobody."""
    sent = tok.sent
    sides = {}
    for m in ctx.mentions:
        if sent.start <= m.start and m.end <= tok.i:
            side = m if m.type == "team" and m.entity_id.removesuffix("-women") in ctx.gaz.country_ids \
                else _country_side(ctx, m) if m.type == "place" else None
            if side is not None:
                sides[side.entity_id] = side
    return next(iter(sides.values())) if len(sides) == 1 else None


#: Nouns for a country's side after the country's possessive ("Spain's men", "England's women").
SIDE_NOUNS = {"men", "women", "side", "team", "squad"}

#: Words after "led X to" that make it a title rather than a stage reached.
LED_TO_TITLE_WORDS = {"title", "titles", "trophy", "trophies", "victory", "glory", "crown", "championship", "double",
                      "treble", "success", "triumph"}


def _led_to_title(doc, trigger, sent) -> bool:
    """"led Spain to victory at the World Cup", "leading the club to their first Serie A title"."""
    to = next((t for t in doc[trigger.i + 1:min(trigger.i + 7, sent.end)] if t.lower_ == "to"), None)
    if to is None:
        return False
    tail = doc[to.i + 1:min(to.i + 8, sent.end)]
    if any(t.lower_ in {"final", "semi-final", "semi-finals", "quarter-finals", "play-off", "play-offs"} for t in tail):
        return False
    return any(t.lower_ in LED_TO_TITLE_WORDS or t.ent_type_ == "COMPETITION" for t in tail)


#: "Leeds have offered him a new deal": the one offered is the indirect object, the side offering the subject.
OFFERED_TO_RULES = {"offer.offered_him_job", "offer.offered_person_job", "offer.rewarded_him_with_contract"}


def _previous_subject(doc, ctx, sent):
    """"David Beckham, the co-owner, knows it. He swapped ...": the named person subject of the sentence before."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = [c for c in prev.root.children if c.dep_ == "nsubj"]
    if not subj:  # "Whether Rossi stays is another matter.": the subject of the clause that is the subject
        subj = [d for c in prev.root.children if c.dep_ == "csubj" for d in c.children if d.dep_ == "nsubj"]
    if not subj:
        return None
    m = next((_mention_at(ctx, t.i) for t in subj[0].subtree if t.i <= subj[0].i and _mention_at(ctx, t.i) is not None), None)
    return m if m is not None and m.type == "person" and not _is_possessor(doc, m) else None


def _relative_antecedent(doc, ctx, start, sent):
    """"Germany coach Joachim Low, who is preparing his side ..., has also been linked with the job":
    the person a relative clause hangs from, when the clause ends with a comma right before the verb."""
    k = start - 1
    while k > sent.start and (doc[k].pos_ in {"AUX", "ADV", "PART"} or doc[k].lower_ in {"has", "have", "had", "been", "be"}):
        k -= 1
    if k <= sent.start or doc[k].text != ",":
        return None
    for tok in doc[sent.start:k]:
        if tok.lower_ == "who" and tok.head.dep_ == "relcl" and tok.head.right_edge.i == k - 1:
            m = _mention_at(ctx, tok.head.head.i)
            if m is not None and m.type == "person" and tok.i >= 2 and doc[tok.i - 1].text == "," \
                    and m.end == tok.i - 1:
                return m
    return None


def _led_team(doc, ctx, trigger, sent):
    """A title someone "led Genoa to" is the team's: the object of a leading verb
    (models/wordlists.json ``title_lead_verbs``) above the title word. "the club" / "the side"
    is the article's club; "a team" names none (None). False when no leading verb governs."""
    verbs = set(ctx.words["title_lead_verbs"])
    tok = trigger
    if trigger.tag_ == "VBG" and trigger.dep_ in {"advcl", "conj"} and trigger.head.lemma_ in verbs \
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in trigger.head.children):
        return False  # "X coached Roma for three years, winning the Conference League": X's participle, no
        # side led "to" a title (the person's title, as "Messi spent two seasons at PSG, winning Ligue 1")
    for _ in range(4):
        if tok.lemma_ in verbs and tok.pos_ in {"VERB", "AUX"}:
            obj = [c for c in tok.children if c.dep_ == "dobj"]
            if not obj or obj[0].lower_ in LED_TO_TITLE_WORDS:
                return False  # "Celtic took the title": the title itself is what the verb takes, no side led to it
            m = _as_team(ctx, _mention_at(ctx, obj[0].i))
            if m is None:
                for c in obj[0].subtree:  # "newly promoted Lens", "his Genoa side"
                    m = _as_team(ctx, _mention_at(ctx, c.i))
                    if m is not None:
                        break
            if m is not None:
                return m
            if obj[0].lower_ in {"club", "side", "team", "squad"} and any(
                    c.lower_ in {"the", "this", "his", "her", "their"} for c in obj[0].children):
                return _context_team(ctx, obj[0].i, sent, exclude=set(), prefer_frequent=True)
            return None
        if tok.head is tok or tok.dep_ == "conj" and tok.pos_ in {"VERB", "AUX"}:
            return False  # "took charge of Ajax and won three titles": a verb of its own, not led by the first
        if tok.pos_ in {"VERB", "AUX"} and tok.dep_ in {"advcl", "relcl"} \
                and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
            return False  # "guided them to third last season, when AC Milan won the title": Milan's own clause
        tok = tok.head
    return False


def _subordinate_subject(doc, m, trigger) -> bool:
    """"X served as interim coach after Y left the post, and was appointed head coach": Y is the subject of
    a clause ("after ...") that ends before the match, so it did not do what the match says."""
    tok = doc[m.end - 1]
    verb = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and verb.dep_ == "advcl" \
        and any(c.dep_ == "mark" for c in verb.children) and verb.right_edge.i < trigger.i


def _closer_for_participle(doc, ctx, trigger, subj_tok, found, want):
    """", spending five years at ...": a participle clause after a comma belongs to
    the nearest person before it, not always to the main clause's subject."""
    verb = _governing_verb(trigger)
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "acl", "conj"}:
        return found
    sent = trigger.sent
    between = [m for m in ctx.mentions if m.type in want and m.type == "person" and m.start > subj_tok.i
               and m.end <= verb.i and m.start >= sent.start and not _is_possessor(doc, m)]
    # "Messi spent two seasons at PSG, ..., winning Ligue 1": the clause is the person's, not the club's he was at
    if between:
        return between[-1]
    # "X arrived in 2017, and under him Z won the league, ending on 64 points": the parser may hang the
    # participle on the first clause; it follows the last clause's subject
    later = [m for m in ctx.mentions if m.type in want and m.start > subj_tok.i and m.end <= verb.i
             and m.start >= sent.start and doc[m.end - 1].dep_ == "nsubj" and doc[m.end - 1].head.pos_ in {"VERB", "AUX"}
             and doc[m.end - 1].head.i > subj_tok.head.i]
    return later[-1] if later else found


def _names_a_cup(m, ctx) -> bool:
    """A competition whose name makes it a cup or a continental competition, no league table."""
    ent = ctx.gaz.entities.get(m.entity_id)
    name = f"{m.text} {ent.name if ent is not None else ''}".lower()
    return any(re.search(rf"\b{re.escape(w)}\b", name) for w in ctx.word_set("not_league_competition_words"))


def _relative_subject(doc, start: int, end: int) -> bool:
    """"the winger Rossi signed from Lens": the name at ``start:end`` is the subject of a relative
    clause on the noun before it."""
    tok = doc[end - 1]
    if tok.dep_ == "nsubj" and tok.head.dep_ == "relcl" and tok.head.i > tok.i and tok.head.head.i < start:
        return True
    # the parser's other reading of it: the name in apposition to the noun, the verb a clause on the name;
    # a verb with no object of its own and an apposition before ("X, the striker Y brought from Z")
    nxt = doc[end] if end < len(doc) else None
    apposed = any(doc[j].text == "," and doc[j + 1].lower_ in {"the", "a", "an"} for j in range(max(0, start - 12), start - 1))
    after_name = any(doc[j].text == "," and doc[j + 1].lower_ in {"the", "a", "an"} and j >= 1 and doc[j - 1].ent_type_ == "PERSON"
                     for j in range(max(0, start - 12), start - 1))  # the apposition closes a person's name
    if nxt is not None and nxt.tag_ in {"VBD", "VBN"} and end + 1 < len(doc) and doc[end + 1].lower_ == "from" and after_name:
        return True  # "X, the Welsh midfielder Y brought from Z,": whatever the parse, Y did the bringing
    return (nxt is not None and nxt.tag_ in {"VBD", "VBN"} and nxt.dep_ == "acl" and nxt.head.i == tok.i and tok.dep_ == "appos"
            and not any(c.dep_ == "dobj" for c in nxt.children) and apposed)


def _appositive_name(doc, ctx, start):
    k = start - 1
    if k >= 0 and doc[k].lower_ in {"the", "a", "an"}:
        k -= 1
    if k < 1 or doc[k].text != ",":
        return None
    end = k
    i = k - 1
    while i >= 0 and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and doc[i].is_alpha and end - i < 3:
        i -= 1
    if i + 1 >= end:
        return None
    m = _mention_at(ctx, end - 1)
    if m is not None and m.type != "person" and not (m.type == "org" and looks_like_name(m, ctx.words)):
        return None
    if m is not None and m.type == "person":
        return m
    span = doc[i + 1:end]
    if any(t.lower_ in ctx.words["not_a_name"] or t.ent_type_ in {"DATE", "TIME"} for t in span):
        return None  # "confirmed on Friday, replacing ...": a day, not a name
    known = [x for x in ctx.mentions if x.type == "person" and x.entity.split()[-1] == span[-1].text]
    if known:
        x = known[0]
        return ResolvedMention(span.start, span.end, span.start_char, span.end_char, span.text, "PERSON", "person",
                               x.entity_id, x.entity, x.sentence_id, {})
    return ResolvedMention(span.start, span.end, span.start_char, span.end_char, span.text, "PERSON", "person",
                           slug(span.text), span.text, -1, {})


def looks_like_name(m, words) -> bool:
    """An ORG the model found that reads like a person's name ("Imanol Idiakez", "Xhaka"),
    not a gazetteer entity and with no organisation word in it."""
    toks = m.text.split()
    return (m.label == "ORG" and not m.attrs and 1 <= len(toks) <= 3
            and all(t[:1].isupper() and t.isalpha() and not t.isupper() for t in toks)
            and not any(t.lower() in words["not_a_name"] for t in toks))


def _subject_of_token(doc, ctx, tok, want):
    last, own = tok.right_edge, _mention_at(ctx, tok.i)
    if own is not None and own.type == "team" and "person" in want and last.i > tok.i \
            and doc[tok.left_edge.i].lower_ in {"the", "this"} and last.lower_ in ctx.word_set("person_nouns") \
            and _mention_at(ctx, last.i) is None:
        # "The former Chelsea, Everton and Lazio manager won ...": the parser heads the phrase on the first club;
        # the clubs only describe the person the phrase ends on
        return salient_person(ctx.mentions, tok.left_edge.i)
    if own is not None and own.type == "team" and own.end < len(doc) \
            and doc[own.end].lower_ in ctx.word_set("person_nouns"):
        # "The Paris Saint-Germain forward, 24, has never won ...": the parser heads the phrase on the club's last
        # word (and hangs the role noun from it, or from the verb); the phrase is the person its descriptor stands for
        desc = next((m for m in ctx.mentions if m.label == "DESCRIPTOR" and m.type == "person"
                     and m.start < own.start and m.end == own.end + 1), None)
        if desc is not None and "person" in want \
                and (doc[own.end].head.i in range(own.start, own.end) or doc[own.end].head.i == tok.head.i):
            return desc
        if desc is not None and "person" not in want and doc[own.end].head.i == tok.head.i:
            return None  # "The former Lens forward lifted the Copa America": he did, not the club that describes him
        if "person" in want and doc[own.end].dep_ == "advmod" and doc[own.end].head.i == tok.head.i != tok.i \
                and doc[tok.left_edge.i].lower_ in {"the", "this"}:
            # "The former Lens forward has netted ...": "forward" read as an adverb of the verb, beside the club
            return descriptor_at(doc, ctx.mentions, tok.left_edge.i)  # the person, or nobody: not the club
    # "Ranieri's assistant, Craig Shakespeare, has been put in charge": the apposition names the subject
    for c in tok.children:
        if c.dep_ == "appos" and not any(t.lower_ == "whose" for t in c.subtree):
            # a club with a "whose manager X ..." apposition: the club, not its manager
            m = _mention_at(ctx, c.i)
            if m is not None and m.type in want:
                return m
    named = _mention_at(ctx, tok.i + 1) if tok.pos_ == "NOUN" and tok.i + 1 < len(doc) else None
    if named is not None and named.type == "person" and "person" in want and named.start == tok.i + 1:
        return named  # "Klopp's assistant Pep Lijnders left": the name after the role noun, not its possessor
    own = _mention_at(ctx, tok.i)  # "Sarina Wiegman's England won": the head noun's own name first
    if own is not None and own.type == "team" and "team" in want:
        return own
    if own is not None and own.type == "person" and "person" in want and own.start > tok.left_edge.i:
        return own  # "Rossi's assistant Jonas Berger left": the name, not its possessor
    if own is not None and own.type == "person" and "person" in want and "team" in want:
        return own  # "Juventus coach Massimiliano Allegri won the title": Allegri, not the club before his name
    if own is None and "person" in want and "team" in want and tok.lower_ in ctx.word_set("person_nouns") \
            and any(t.i < tok.i and (m := _mention_at(ctx, t.i)) is not None and m.type == "team" for t in tok.subtree):
        # "the former Borussia Dortmund coach won the Bundesliga": the coach won it, the club only describes him
        first = min(t.i for t in tok.subtree)
        if doc[first].lower_ in {"the", "this"}:
            return descriptor_at(doc, ctx.mentions, first) or salient_person(ctx.mentions, first)
    if own is None and tok.i >= 2 and doc[tok.i - 1].tag_ == "POS" and (tok.lower_ in TEAM_WORDS or (
            tok.lower_ in ctx.word_set("coach_squad_nouns")  # "X's men finished top": a person's squad is his side
            and getattr(_mention_at(ctx, tok.i - 2), "type", None) == "person")):
        if "team" not in want:
            return None  # "Kompany's side at Burnley played attractive football": the side played, not Kompany
        poss = _possessed_side(doc, ctx, tok.i, tok.sent)  # "Could Wiegman's side win ...": the side, not her
        if poss is not None:  # standing where the phrase stands: "X's side" names its side in this sentence
            return _side_at(tok, poss)
        if getattr(_mention_at(ctx, tok.i - 2), "type", None) == "person":
            return None  # "Genoa and Lazio ended tied, and X's team were crowned": either side, not X nor a guess
    poss = [c for c in tok.children if c.dep_ == "poss"]
    if own is None and tok.lower_ in COUNTRY_NOUNS and poss and poss[0].lower_ in {"his", "her"}:
        return _own_country_side(ctx, tok) if "team" in want else None
    if own is None and "team" in want and tok.lower_ in {"men", "women"} and poss:
        country = _country_side(ctx, _mention_at(ctx, poss[0].i))  # "Spain's men won the World Cup in 2010"
        if country is not None and tok.lower_ == "men":  # the country's own (men's) side, in any article
            owner = _mention_at(ctx, poss[0].i)
            known = ctx.gaz.get(owner.entity_id)
            return replace(country, entity_id=owner.entity_id, entity=known.name if known is not None else owner.entity)
        if country is not None:
            return country
    if own is None and "person" in want and "team" in want and tok.pos_ == "NOUN" and poss \
            and tok.lower_ not in ctx.word_set("person_nouns") | TEAM_WORDS:
        owner = _mention_at(ctx, poss[0].i)
        if owner is not None and owner.type == "person":
            # "Osimhen's equaliser sealed the title": a player's goal wins his side the title, not him
            return _context_team(ctx, tok.i, tok.sent, exclude=set(), prefer_frequent=True)
    # the subject's own words: its head and what precedes it ("Emery, who replaced Wenger": not Wenger)
    own_words = [t.i for t in tok.subtree if t.i <= tok.i or t.dep_ == "compound"]
    named = [m for m in (_mention_at(ctx, i) for i in own_words) if m is not None and m.type == "person"]
    for i in own_words:
        m = _mention_at(ctx, i)
        if m is not None and m.type == "person" and _is_possessor(doc, m) \
                and any(x.start > m.start and not _is_possessor(doc, x) for x in named):
            continue  # "Klopp's assistant Pep Lijnders is expected to become ...": Lijnders, not Klopp
        if m is not None and m.type in want:
            return m
        if m is not None and m.type == "place" and want == ("team",) or m is not None and i == tok.i and "team" in want:
            side = _country_side(ctx, m)  # "Spain went on to win the tournament": the country's side won it
            if side is not None:
                return side
        if m is not None and "person" in want and m.type == "org" and looks_like_name(m, ctx.words):
            return ResolvedMention(m.start, m.end, m.start_char, m.end_char, m.text, "PERSON", "person",
                                   m.entity_id, m.entity, m.sentence_id, {})
    if tok.lower_ in TEAM_PRONOUNS:
        return _they(ctx, tok.i, tok.sent) if "team" in want else None
    if "person" in want and tok.lower_ in PRONOUNS:
        return _main_clause_subject(ctx, tok) or _object_before(ctx, tok) \
            or ctx.pronoun(doc, tok.i)
    if "team" in want:
        poss = _possessive_team(doc, ctx, tok.i + 1, tok.sent)
        if poss is not None:
            return poss
    return None


def _object_before(ctx, tok):
    """"Madrid first sounded out Allegri, but he turned them down": the subject pronoun of a clause
    joined to one whose object is a person named there is that person."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.pos_ not in {"VERB", "AUX"}:
        return None
    first = verb.head
    if any(c.dep_ == "nsubj" and (m := _mention_at(ctx, c.i)) is not None and m.type == "person" for c in first.children):
        return None  # "Rossi joined Celtic, and he scored": the first clause's own person
    for c in first.children:
        if c.dep_ == "dobj":
            m = _mention_at(ctx, c.i)
            return m if m is not None and m.type == "person" else None
    return None


def _main_clause_subject(ctx, tok):
    """"Mourinho has been out of work since he was sacked": a pronoun in a clause that hangs from
    a verb whose subject is a person named just before it is that person."""
    verb = tok.head
    if verb.dep_ == "relcl" and _mention_at(ctx, verb.head.i) is None and verb.head.pos_ not in {"VERB", "AUX"}:
        # "has been in charge since 2015, when he succeeded Quereda": the clause hangs from a time, so from its verb
        verb = _governing_verb(verb.head)
        for c in verb.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i:
                m = _mention_at(ctx, c.i)
                return m if m is not None and m.type == "person" else None
        return None
    for _ in range(3):
        if verb.head is verb or verb.dep_ not in {"advcl", "ccomp", "conj", "pcomp", "xcomp"}:
            return None
        verb = verb.head
        for c in verb.children:
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i:
                m = _mention_at(ctx, c.i)
                return m if m is not None and m.type == "person" else None
    return None


def _side_at(tok: Token, side: ResolvedMention) -> ResolvedMention:
    """A team mention of ``side`` standing at ``tok`` ("side", "team", "men" of "X's side", "his side")."""
    return ResolvedMention(tok.i, tok.i + 1, tok.idx, tok.idx + len(tok), tok.text, "TEAM", "team",
                           side.entity_id, side.entity, side.sentence_id, {})


def _possessed_side(doc, ctx, i, sent):
    """"Otto Rehhagel's side" (token ``i`` is "side"): the side the article has the person coach (named just
    before; else the side of a past frame the sentence sets; else the last one named before it or, failing
    that, the first named after it); for a person the article ties to no side, a team named before it in the
    sentence, else the subject side of the sentence before when it names two, else the last side named."""
    owner = _mention_at(ctx, i - 2)
    if owner is None and i >= 3 and doc[i - 2].tag_ == "POS":  # the name's entity ends before the "'s"
        owner = _mention_at(ctx, i - 3)
    ctx.possessive_used = True  # the article's own coaching claims decide: second pass
    team = (ctx.coach_of.get(owner.entity_id) or ctx.coached_once.get(owner.entity_id)) \
        if owner is not None and owner.type == "person" else None
    coached = [m for m in ctx.mentions if team is not None and m.entity_id == team]
    recent = [m for m in coached if m.start < i and m.sentence_id >= owner.sentence_id - 3]
    if recent:  # the side he coaches, named just before; not a club he is only said to have led later on
        return recent[-1]
    if not coached and doc[i - 1].lower_ in ctx.word_set("coach_squad_nouns") - ctx.word_set("possessive_side_nouns") | {"players"}:
        return None  # "X's players watched": only the side the article has X coach, no guess
    framed = _past_frame_team(doc, ctx, owner, i, sent) if coached else None
    if framed is not None:  # "At Porto, X enjoyed ... In 2010-11 X's side won ...": the side of then
        return framed
    if coached:  # the side the article ties him to, named further back or later on, rather than a side the
        # sentences just before name as an opponent or a loser ("... Y, who went down. X's side finished top")
        return ([m for m in coached if m.start < i] or coached[:1])[-1]
    found = _guessed_side(doc, ctx, owner, i, sent)
    if found is not None and owner is not None and any(
            team == found.entity_id and person != owner.entity_id
            for person, team in [*ctx.coach_of.items(), *ctx.coached_once.items()]):
        return None  # "Zahoui's team did not concede" after "Renard's Zambia": a side with a coach of its own is not his
    return found


def _guessed_side(doc, ctx, owner, i, sent):
    """The side "X's side" is, for a person the article ties to no side (see :func:`_possessed_side`); never
    a side the article has X play for ("had spells at West Ham and Lazio. Scaloni's side did not lose")."""
    played = ctx.played_for.get(owner.entity_id, set()) if owner is not None else set()
    # "X's side lost the final to Real", "... were beaten by Y": the side the sentence has X's side play, not his
    played = played | {m.entity_id for m in ctx.mentions if m.type == "team" and i < m.start < sent.end
                       and doc[m.start - 1].lower_ in OPPONENT_CUES | {"to", "by"}}
    same = [m for m in ctx.mentions if m.type == "team" and sent.start <= m.start and m.end <= i - 2
            and m.entity_id not in played
            and doc[m.start - 1].lower_ not in OPPONENT_CUES
            # "Arsenal finished second to City, and X's side lost": the side ranked above, not X's
            and not (doc[m.start - 1].lower_ in {"to", "behind"} and m.start >= 2
                     and doc[m.start - 2].lower_ in ctx.words["ordinals"])]
    if same:
        last = doc[same[-1].end - 1]
        if last.dep_ == "conj" or any(c.dep_ == "conj" for c in last.children):
            # "Genoa and Lazio both ended on 77 points, and Berger's team were crowned": either of two
            return None
        return same[-1]
    before = [m for m in ctx.mentions if m.type == "team" and m.end <= sent.start and m.entity_id not in played]
    if before and owner is not None and before[-1].sentence_id >= owner.sentence_id - 1:
        # "X won the title, beating Y. Z's side ended top": the sentence's subject side, not the one it beat
        last = [m for m in before if m.sentence_id == before[-1].sentence_id]
        subjects = [m for m in last if doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"} and doc[m.end - 1].head.dep_ == "ROOT"]
        # ("... were knocked out by Y. Z's side went on to": the side that beat them, named last, is meant)
        if len({m.entity_id for m in last}) > 1 and len({m.entity_id for m in subjects}) == 1 \
                and doc[before[-1].end - 1].dep_ == "dobj":
            return subjects[0]
        return before[-1]
    if owner is not None:  # "Real Madrid had beaten Cadiz ... It is their 36th title. Ancelotti's side have 87
        # points": a side the sentences just before were about (their subject), not the last one they named
        about = [m for m in before if m.sentence_id >= owner.sentence_id - 2 and not _in_past_description(doc, m, ctx)
                 and doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}]
        if about:
            return about[-1]
    return _context_team(ctx, i, sent, exclude=played, prefer_frequent=True) if owner is not None else None


def _in_clause_on_person(doc, ctx, m, after: int) -> bool:
    """Whether mention ``m`` stands in a relative clause on a person named after token ``after``
    ("took over from X, who left for CLUB")."""
    tok = doc[m.end - 1]
    for _ in range(6):
        if tok.head is tok:
            return False
        if tok.dep_ == "relcl":
            owner = _mention_at(ctx, tok.head.i)
            return owner is not None and owner.type == "person" and tok.head.i >= after
        tok = tok.head
    return False


def _possessive_team(doc, ctx, before, sent):
    """"Torres' team" / "his side": the team the person coaches, from the article's own mentions."""
    for tok in doc[sent.start:before]:
        if tok.i >= 1 and (tok.lower_ in TEAM_WORDS or tok.lower_ in ctx.word_set("coach_squad_nouns")
                           and doc[tok.i - 1].lower_ in {"his", "her"}):  # "his men", "her players"
            owner = doc[tok.i - 1]
            if owner.tag_ == "POS" and tok.i >= 2:
                owner = doc[tok.i - 2]
            m = _mention_at(ctx, owner.i)
            if m is not None and m.type == "team":
                return m
            titled = _titled_coach_team(doc, ctx, sent, owner.i) if owner.lower_ in {"his", "her"} else None
            if titled is not None:  # "CLUB boss X, whose ... was sacked, has a problem: his side lie ninth": X's club
                return _side_at(tok, titled)
            ctx.possessive_used = True
            person = m if m is not None and m.type == "person" else (
                (owner.i == sent.start and _previous_subject(doc, ctx, sent))  # "Martino has a huge task. His side ..."
                or ctx.pronoun(doc, owner.i) if owner.lower_ in {"his", "her"} else None)
            framed = _past_frame_team(doc, ctx, person, tok.i, sent) if person is not None else None
            if framed is not None:  # "At Porto, X enjoyed ... In 2010-11 his side won ...": the side of then
                return _side_at(tok, framed)
            if person is not None and person.entity_id in ctx.coach_of:
                coached = [x for x in ctx.mentions if x.entity_id == ctx.coach_of[person.entity_id]]
                if coached:
                    return _side_at(tok, coached[0])
            if person is not None or owner.lower_ in {"his", "her", "their"}:
                return _context_team(ctx, tok.i, sent, exclude=set(), prefer_frequent=True)
    return None


def _titled_coach_team(doc, ctx, sent, i):
    """The club of a coach the sentence names before token ``i`` under a club's title ("Ajax head coach X,
    who ..., said his team ..."): the title ties the name to the club for the whole sentence. The team
    mention, when the sentence names no other person before ``i`` outside a subordinate clause; else None."""
    persons = [m for m in ctx.mentions if m.type == "person" and sent.start <= m.start and m.end <= i
               and doc[m.end - 1].dep_ != "pobj" and not any(a.dep_ in {"relcl", "acl", "advcl"}
                                                              for a in doc[m.end - 1].ancestors)]
    # (not the man he succeeded in a relative clause, nor one named after a preposition)
    if len({m.entity_id for m in persons}) != 1 or persons[0].label == "DESCRIPTOR":
        return None
    k = persons[0].start - 1
    while k > sent.start and doc[k].lower_ in ctx.word_set("coach_roles"):
        k -= 1
    if k == persons[0].start - 1 or doc[k + 1].lower_ == "head" and k + 2 == persons[0].start:
        return None  # no role word between the club and the name
    team = next((m for m in ctx.mentions if m.type == "team" and m.end == k + 1 and sent.start <= m.start), None)
    if team is None or team.entity_id in ctx.gaz.country_ids or team.start > sent.start and (
            doc[team.start - 1].lower_ in {"former", "ex", "one-time", "erstwhile"} or doc[team.start - 1].text == "-"):
        return None  # "Former Ajax coach X, who ...": a past title, which ties him to no club now
    return team


#: A year of 1900-2099 at a word boundary; ``_YEAR.match(token.text)``: a token that opens with one
#: ("1999", and the first year of "2012-13"). (One definition: an anchored one above it was shadowed.)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


#: Words that make "once" a count ("only once", "more than once", "at least once").
ONCE_COUNTS = {"only", "just", "than", "least", "more"}


def _conditional_once(once: Token, verb: Token) -> bool:
    """"once he signs" is a condition; "lifted the league just once" and "he once played for Ajax" (a
    count, a past) are facts."""
    if once.i > 0 and once.doc[once.i - 1].lower_ in ONCE_COUNTS or any(c.lower_ in ONCE_COUNTS for c in once.children):
        return False
    return once.dep_ == "mark" or verb.tag_ not in {"VBD", "VBN"}


def _past_year(doc, sent) -> int | None:
    """The first year the sentence names ("in 1998", "In 2010-11") when its main verb is in the past, else None."""
    if sent.root.tag_ != "VBD":
        return None
    years = [int(t.text[:4]) for t in sent if t.like_num and len(t.text) >= 4 and t.text[:2] in {"19", "20"}
             and t.text[:4].isdigit()]
    return min(years) if years else None


def _past_frame_team(doc, ctx, person, i, sent):
    """"his side" in a past-tense sentence that names a year, when the sentence or the one before
    names the person together with a team other than the one the article has him coach now
    ("At Porto, X enjoyed a great debut season. In 2010-11 his side won the league" after "Chelsea
    have appointed X"): that team. None when nothing says so (the caller's own rules decide)."""
    year = _past_year(doc, sent)
    if year is None:
        return None
    now = ctx.coach_of.get(person.entity_id)
    if now is not None and ctx.coach_year.get(person.entity_id, year + 1) <= year:
        return None  # the job the article dates by an earlier year ("appointed in October 2015") is the one of then
    lo = sent.start
    if sent.start > 0:
        lo = doc[sent.start - 1].sent.start
    named = {m.sentence_id for m in ctx.mentions if m.entity_id == person.entity_id and lo <= m.start < i}
    teams = [m for m in ctx.mentions if m.type == "team" and lo <= m.start < i and m.sentence_id in named
             and m.entity_id != now and not _national(ctx, m.entity_id)
             and (m.start == 0 or doc[m.start - 1].lower_ not in OPPONENT_CUES)]
    if not teams or len({m.entity_id for m in teams}) > 1:
        return None  # none, or two sides: the caller's rules decide
    return teams[-1]


def _context_team(ctx, before, sent, exclude, prefer_frequent=False):
    teams = [m for m in ctx.mentions if m.type in ("team",) and m.start < before and m.entity_id not in exclude]
    if not teams:
        return None
    if prefer_frequent:  # "the club": the team the whole article is most about
        counts: dict[str, int] = {}
        for entity_id, weight in _team_weights(sent.doc, ctx):
            if entity_id not in exclude:
                counts[entity_id] = counts.get(entity_id, 0) + weight
        seen = {m.entity_id for m in teams}
        best = max(seen, key=lambda k: (counts.get(k, 0), max(t.start for t in teams if t.entity_id == k)))
        return [m for m in teams if m.entity_id == best][-1]
    recent = [m for m in teams if m.sentence_id >= teams[-1].sentence_id - 2]
    foreground = [m for m in recent if not _background(sent.doc, m)]
    return (foreground or recent)[-1]


def _team_weights(doc, ctx) -> list[tuple[str, int]]:
    """(team id, weight) of every team mention, in order, for :func:`_context_team`'s count of the team an
    article is most about; computed once an article."""
    if ctx.team_weights is None:
        # the headline and lede name the club the article is about; not a club of someone's past
        # ("handing the former Liverpool and Real Madrid midfielder his first job"), nor a side named
        # again by its people to say whose player someone is ("X, the Italians' inside-forward")
        ctx.team_weights = [(m.entity_id, 0 if _past_description(doc, m, ctx) or _people_possessive(doc, m, ctx)
                             else 3 if m.sentence_id <= 1 else 1) for m in ctx.mentions if m.type == "team"]
    return ctx.team_weights


def _people_possessive(doc, m, ctx) -> bool:
    """"the Italians'", "the Germans'": a side named by its people in a possessive (a descriptor of one of them)."""
    return m.end - m.start == 2 and m.end < len(doc) and doc[m.start].lower_ == "the" and doc[m.end].tag_ == "POS" \
        and doc[m.end - 1].lower_[:-1] in ctx.gaz.demonyms and doc[m.end - 1].lower_.endswith("s")


def _past_description(doc, m, ctx) -> bool:
    """A club named in a description of someone's past ("the former Liverpool and Real Madrid midfielder"):
    "former"/"ex" before it and a person noun after it, within the same noun phrase."""
    seen = doc.user_data.setdefault("claimtrail_past_description", {})  # once a mention, not once a claim
    key = f"{m.start}:{m.end}"
    if key not in seen:
        seen[key] = _in_past_description(doc, m, ctx)
    return seen[key]


def _in_past_description(doc, m, ctx) -> bool:
    nouns = ctx.word_set("person_nouns")
    after = next((t for t in doc[m.end:min(m.end + 5, len(doc))] if t.lower_ in nouns or t.is_punct and t.text != "-"), None)
    if after is None or after.is_punct:
        return False
    for t in reversed(doc[max(0, m.start - 5):m.start]):
        if t.lower_ in {"former", "ex", "ex-"}:
            return True
        if t.is_punct and t.text not in {",", "-"} or t.pos_ in {"VERB", "AUX", "ADP"}:
            return False
    return False


#: Words that open a phrase about a time before or after the clause's event ("after a season at Swansea").
BACKGROUND_WORDS = {"after", "before", "since", "until"}


def _background(doc, m) -> bool:
    """A club named only in a phrase about another time ("He was appointed there in May 2019, after a single
    season at Swansea City"): not the club a later "the club" or a clause without a club refers to."""
    tok = doc[m.end - 1]
    for _ in range(5):
        if tok.lower_ in BACKGROUND_WORDS and tok.dep_ in {"prep", "mark"}:
            return True
        if tok.head is tok or tok.pos_ in {"VERB", "AUX"}:
            return False
        tok = tok.head
    return False


def _own_team(ctx, subject, rule):
    """The club this article says the subject coaches, for coaching predicates."""
    if rule.predicate not in {"head_coach_of", "tenure_length", "coaching_staff_of"}:
        return None
    ctx.possessive_used = True  # the article's own coaching claims matter: second pass
    team_id = ctx.coach_of.get(subject.entity_id)
    if not team_id:
        return None
    found = [m for m in ctx.mentions if m.entity_id == team_id]
    return found[0] if found else None


def _they(ctx, i, sent):
    """"Depor won promotion, but they dismissed ...": the side named earlier in the sentence,
    else the side the last sentences are about."""
    same = [m for m in ctx.mentions if m.type == "team" and sent.start <= m.start and m.end <= i]
    foes = {m.entity_id for m in same if sent.doc[i].lower_ == "them" and sent.doc[m.end - 1].dep_ == "pobj"
            and sent.doc[m.end - 1].head.lower_ in {"by", "against", "over"}}
    same = [m for m in same if m.entity_id not in foes]  # "the defeat by X had left them eighth": not X
    if not same:
        coached = _coached_side_before(ctx, sent, i)
        if coached is not None:  # "X's side have moved quickly: they have agreed ...": the side X coaches
            return coached
    doers = [m for m in same if sent.doc[m.end - 1].dep_ in {"nsubj", "nsubjpass"}]
    if doers and sent.doc[i].dep_ in {"nsubj", "nsubjpass"}:
        return doers[0]  # "PSG sealed the title ..., 19 clear of Marseille, and they beat Reims": PSG did
    if same:
        return same[-1]
    if i == sent.start and sent.start > 0:  # "Barcelona did not win La Liga. They finished second": that subject
        prev = sent.doc[sent.start - 1].sent
        subj = [c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        m = _as_team(ctx, _mention_at(ctx, subj[0].i)) if subj else None
        if m is not None:
            return m
    return _recent_team(ctx, i, sent, exclude=foes)


def _coached_side_before(ctx, sent, i):
    """The side of a coach's "X's side / team / men" before token ``i`` in the sentence: the one the article has
    X coach (``ctx.coach_of``, which includes its first-pass reading of other "X's side" phrases)."""
    doc = sent.doc
    for k in range(i - 1, sent.start + 1, -1):
        if doc[k].lower_ in {"side", "team", "men"} and doc[k - 1].tag_ == "POS":
            owner = _mention_at(ctx, k - 2)
            ctx.possessive_used = True  # the article's coaching claims decide: second pass
            team = ctx.coach_of.get(owner.entity_id) if owner is not None and owner.type == "person" else None
            return next((m for m in reversed(ctx.mentions) if m.entity_id == team and m.start < i), None) \
                if team else None
    return None


def _succeeded_job(doc, ctx, subject, trigger):
    """"He succeeds X, who left the club after four years in charge": a clause on the person someone
    replaces, naming no club, is about the job the article gives the successor."""
    if subject is None or subject.type != "person":
        return None
    named = doc[subject.end - 1]
    verb = named.head
    if named.dep_ != "dobj" or verb.lemma_ not in SUCCESSION_LEMMAS:
        return None
    clause, tok = None, trigger
    if trigger.dep_ == "amod" and trigger.head.i == named.i and trigger.i < subject.start:
        clause = trigger  # "succeeding the dismissed X": the job X was sacked from is the one taken
    for _ in range(8 if clause is None else 0):  # the trigger sits in a relative clause on the person replaced
        if tok.dep_ == "relcl" and tok.head.i == named.i:
            clause = tok
            break
        if tok.head is tok:
            break
        tok = tok.head
    sent = named.sent
    if clause is None or any(m.type == "team" and sent.start <= m.start < sent.end for m in ctx.mentions):
        return None  # "At Real Madrid, X replaces Y, who ...": the club is named
    doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    took_job = doer is None and verb.dep_ in {"advcl", "xcomp", "conj"}
    if took_job:  # "X took the job in 2012, replacing Y, who had resigned": the job X took, the one the article
        # says he has now left if it says so ("resigned as England manager on Monday"), else the one he holds
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if doer is None:
        return None
    successor = _mention_at(ctx, doer.i) if doer.lower_ not in {"he", "she"} else \
        ctx.pronoun(doc, doer.i)
    if successor is None or successor.type != "person":
        return None
    ctx.possessive_used = True  # the article's appointments decide: second pass
    team = (took_job and ctx.left_of.get(successor.entity_id)) or ctx.coach_of.get(successor.entity_id)
    job = [m for m in ctx.mentions if m.entity_id == team]
    return job[0] if job else None


def _vacated_job(doc, ctx, subject, trigger):
    """"O'Neil stepped up after Lopetegui resigned", "when she took over after X was sacked": a departure
    in an "after" clause of someone's taking a job, naming no club, is from the job the taker has."""
    if subject is None or subject.type != "person":
        return None
    verb = _governing_verb(trigger)
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ctx.word_set("vacating_marks")
                                       for c in verb.children):
        return None
    taker = verb.head
    parts = {c.lower_ for c in taker.children if c.dep_ in {"prt", "dobj", "prep"}}
    if not (taker.lower_ in ctx.word_set("job_taking_verbs") or (
            taker.lemma_ in {"step", "take"} or taker.lower_ in {"stepped", "steps", "took", "takes", "taken"})
            and parts & {"up", "in", "over", "charge"}):
        return None
    sent = taker.sent
    if any(m.type == "team" and sent.start <= m.start < sent.end for m in ctx.mentions):
        return None  # the club is named: the clause's own words decide
    doer = next((c for c in taker.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if doer is None:
        return None
    successor = _mention_at(ctx, doer.i) if doer.lower_ not in {"he", "she"} else \
        ctx.pronoun(doc, doer.i)
    if successor is None or successor.type != "person" or successor.entity_id == subject.entity_id:
        return None
    ctx.possessive_used = True  # the article's appointments decide: second pass
    team = ctx.coach_of.get(successor.entity_id)
    job = [m for m in ctx.mentions if m.entity_id == team]
    return job[0] if job else None


def _recent_team(ctx, before, sent, exclude, window=3):
    """The team most mentioned in the last few sentences (ties: the latest): what "took over",
    "was dismissed" refer to when the sentence names no club."""
    players = ctx.word_set("player_nouns")
    # not a club named only to say whose player someone is ("The Barcelona winger had scored"): no job there
    recent = [m for m in ctx.mentions if m.type == "team" and m.start < before and m.entity_id not in exclude
              and not (m.end < len(sent.doc) and sent.doc[m.end].lower_ in players)]
    if not recent:
        return None
    last_sid = max(m.sentence_id for m in recent)
    near = [m for m in recent if m.sentence_id >= last_sid - window]
    counts: dict[str, float] = {}
    for m in near:
        counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    # the article's own club (most mentioned, the headline and lede counting double) weighs more
    # than a club named in passing just before: "He was appointed manager in July 2015"
    weight: dict[str, float] = {}
    for m in ctx.mentions:
        if m.type == "team" and m.entity_id not in exclude:
            weight[m.entity_id] = weight.get(m.entity_id, 0) + (
                0 if _past_description(sent.doc, m, ctx) else 2 if m.sentence_id <= 1 else 1)
    main = max(weight, key=lambda k: weight[k]) if weight else None
    if main is not None and any(m.entity_id == main for m in recent):
        counts[main] = counts.get(main, 0) + 1.5
        near = near + [m for m in recent if m.entity_id == main and m not in near][-1:]
    best = max(counts, key=lambda k: (counts[k], max(m.start for m in near if m.entity_id == k)))
    return [m for m in near if m.entity_id == best][-1]


def _as_team(ctx, m):
    if m is None:
        return None
    if m.type == "org" and any(w.lower() in ctx.words.get("media_words", ()) for w in m.text.split()):
        return None  # "according to the Manchester Evening News": a newspaper, not a team
    if m.type == "org" and any(w.lower() in ctx.words.get("governing_body_words", ()) for w in m.text.split()):
        return None  # "the Italian Football Federation confirmed": the governing body, not a side
    if m.type == "team" or (m.type == "org" and (len(m.text.split()) > 1 and not looks_like_name(m, ctx.words)
                                                  or any(w.lower() in CLUB_WORDS for w in m.text.split()))):
        return m
    if m.type == "venue" and m.attrs.get("home_of"):
        home = ctx.gaz.get(m.attrs["home_of"])
        if home is not None:
            return ResolvedMention(m.start, m.end, m.start_char, m.end_char, m.text, m.label, "team",
                                   home.id, home.name, m.sentence_id, {})
    return None


def _body_side(doc, ctx, i):
    """"sacked by Football Federation Australia", "by the Italian Football Federation": the national side of the
    country whose governing body the words from token ``i`` name (the women's side in a women's story)."""
    body = ctx.word_set("governing_body_words")
    words = []
    for t in doc[i:min(i + 6, len(doc))]:
        if t.is_punct or t.pos_ in {"VERB", "AUX"} or t.pos_ == "ADP" and t.lower_ != "of":
            break
        words.append(t)
    if not any(t.lower_ in body for t in words):
        return None
    for n in (2, 1):
        for k in range(len(words) - n + 1):
            span = words[k:k + n]
            country = ctx.gaz.demonyms.get(" ".join(t.lower_ for t in span))
            if country and slug(country) in ctx.gaz.country_ids:
                place = ResolvedMention(span[0].i, span[-1].i + 1, span[0].idx, span[-1].idx + len(span[-1]),
                                        " ".join(t.text for t in span), "GPE", "place", slug(country), country,
                                        ctx.mentions[0].sentence_id if ctx.mentions else 0, {})
                return _country_side(ctx, place)
    return None


def _article_national_side(doc, ctx, i):
    """"the federation" (no country named) from token ``i``: the national side the article names most, when
    one leads the others."""
    if not (i + 1 < len(doc) and doc[i].lower_ == "the" and doc[i + 1].lower_ in ctx.word_set("governing_body_words")):
        return None
    return _most_named_national(ctx)


def _most_named_national(ctx):
    """The national side the article names most, when one leads the others."""
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.type == "team" and _national(ctx, m.entity_id):
            counts[m.entity_id] = counts.get(m.entity_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return next(m for m in ctx.mentions if m.entity_id == ranked[0][0])


def _city_club(ctx, m):
    """A city said for its club ("spent five years in Turin"): the one club of that city the
    article names; None when it names none of them or several."""
    if m is None or m.type != "place":
        return None
    clubs = ctx.gaz.clubs_in(m.text)
    named = {x.entity_id for x in ctx.mentions if x.type == "team" and x.entity_id in clubs}
    if len(named) != 1:
        return None
    club = ctx.gaz.get(named.pop())
    return ResolvedMention(m.start, m.end, m.start_char, m.end_char, m.text, m.label, "team", club.id, club.name,
                           m.sentence_id, {})


def _country_side(ctx, m):
    """A country named as a place ("Spain went on to win it") acting as a side: its national
    team, the women's side in an article about women's football; None for any other place."""
    if m is None or m.type != "place" or m.entity_id not in ctx.gaz.country_ids:
        return None
    team_id, name = m.entity_id, m.entity
    known = ctx.gaz.get(team_id)
    if known is not None:
        name = known.name
    if womens_article(ctx.mentions, ctx.gaz) or country_womens_side(ctx.mentions, team_id):
        women = next((v for v in ctx.gaz.variants if v.suffix == "women"), None)
        if women is not None:
            w = ctx.gaz.variant(team_id, women)
            team_id, name = w.id, w.name
    return ResolvedMention(m.start, m.end, m.start_char, m.end_char, m.text, "TEAM", "team", team_id, name,
                           m.sentence_id, {})


def _origin_team(ctx, m):
    """The club a move came from: a team, or a name the model took for a ground ("arrived from
    Dinamo Batumi") that is no known ground of a club."""
    t = _as_team(ctx, m)
    if t is None and m is not None and m.type == "venue" and not m.attrs.get("home_of"):
        return ResolvedMention(m.start, m.end, m.start_char, m.end_char, m.text, "TEAM", "team",
                               m.entity_id, m.entity, m.sentence_id, {})
    return t


#: Rules whose marked object may be a country acting as a side.
COUNTRY_OBJECT_RULES = {"coach.coached_by", "coach.in_charge_when_team", "stats.capped_times_by", "stats.record_scorer_now_has"}

#: A spell "in charge" said after "left CLUB": the spell was at the club just left.
LEFT_AFTER_SPELL_RULES = {"tenure.in_charge", "coach.season_in_charge"}
#: Words that open another clause or adverbial between a match and a team further right.
CLAUSE_BREAKS = {"after", "before", "following", "since", "until", "when", "while", "whereas", "having", "though", "although"}


#: "the same trophy", "the same title": the competition named before the sentence.
SAME_TITLE_NOUNS = frozenset({"trophy", "title", "competition", "tournament", "cup", "prize", "honour"})




def _anaphoric_trophy(doc, ctx, subject, start: int, end: int, sent) -> bool:
    """"won the trophy", "won the competition" (a national side's "won the title") in a sentence that names
    no competition: the noun stands for one named before, not for a country's league."""
    if any(m.type == "competition" and sent.start <= m.start < sent.end for m in ctx.mentions):
        return False
    # nouns that stand for a competition named before ("won the trophy in 2011"); "title" only for a national side
    nouns = ctx.word_set("anaphoric_trophy_nouns") | ({"title"} if subject is not None and subject.type == "team"
                                                      and subject.entity_id.removesuffix("-women") in ctx.gaz.country_ids
                                                      else set())
    return any(t.lower_ in nouns and t.i > start and doc[t.i - 1].lower_ == "the" for t in doc[start:end])


def _this_trophy(doc, ctx, lo: int, hi: int) -> bool:
    """Whether tokens ``lo`` .. ``hi`` - 1 hold "this" / "that" and a noun standing for the competition the
    article is about ("lifted this cup in 2009"; models/wordlists.json ``demonstrative_trophy_nouns``)."""
    nouns = ctx.word_set("demonstrative_trophy_nouns")
    return any(t.lower_ in {"this", "that"} and doc[t.i + 1].lower_ in nouns for t in doc[lo:hi - 1])


def _article_competition(ctx, doc=None, cups: bool = False):
    """The competition the article is about: the one named most, the headline's and lede's counting four
    times (they outweigh three passing mentions of another); its first mention, or None. With ``cups``,
    the countries' leagues do not count. A headline or lede that calls a side "champions of Europe" /
    "European champions" (``doc`` given) and names no cup is about the continent's competition (a club's
    "European champions" may have won the Conference League the lede names)."""
    top_flights = ctx.top_flight_leagues()
    if doc is not None and not any(m.type == "competition" and m.sentence_id <= 1 and m.entity_id not in top_flights
                                   for m in ctx.mentions):
        european = _lede_european_title(doc, ctx)
        if european is not None:
            return european
    leagues = top_flights if cups else frozenset()
    counts: dict[str, int] = {}
    for m in ctx.mentions:
        if m.type == "competition" and m.entity_id not in leagues:
            counts[m.entity_id] = counts.get(m.entity_id, 0) + (4 if m.sentence_id <= 1 else 1)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return next(m for m in ctx.mentions if m.entity_id == best)


def _lede_european_title(doc, ctx):
    """"Chelsea are champions of Europe", "Spain are European champions" in the headline or lede: the side's
    European title (:func:`_european_title`)."""
    lede = [m for m in ctx.mentions if m.type == "team" and m.sentence_id <= 1]
    for m in lede:
        sent = doc[m.start].sent
        words = [t.lower_ for t in doc[m.end:min(m.end + 6, sent.end)]]
        text = " ".join(words)
        if not words or words[0] not in {"are", "is", "became", "become", "were"} \
                or any(w.isdigit() or w in {"former", "twice", "once", "ex"} for w in words):
            continue  # "Aston Villa, the 1982 European champions,": a past title, not the article's
        if "champions of europe" in text or "european champions" in text:
            return _default_competition(ctx, _european_title(ctx, m.entity_id), doc[m.start:m.end], sent)
    return None


def _european_title(ctx, team_id: str) -> str:
    """The competition a side's European title is: the European Championship for a national side, the
    Champions League for a club (:func:`_default_competition` makes either the women's in a women's article)."""
    return "uefa-european-championship" if _national(ctx, team_id) else "uefa-champions-league"


def _agreeing_competition(doc, ctx, subject, found):
    """A competition a side's "the competition" / "the trophy" can stand for: a club wins no national sides'
    tournament ("Inter last won the competition in 2010" after a World Cup winner named in passing) and a
    national side no club competition; else the article's own competition when that one agrees, else None."""
    if found is None or subject is None or subject.type != "team":
        return found
    national_cups = ctx.word_set("national_team_competitions")
    def agrees(c) -> bool:
        return (c.entity_id in national_cups) == _national(ctx, subject.entity_id)
    if agrees(found):
        return found
    own = _article_competition(ctx, doc)
    return own if own is not None and agrees(own) else None


def _competition_before(ctx, sent, start: int, within: int = 3, cups: bool = False):
    """The competition named last before token ``start`` (earlier in ``sent`` or in the ``within`` sentences
    before it), or None; with ``cups``, the last one that is no country's league."""
    leagues = ctx.top_flight_leagues() if cups else set()
    before = [m for m in ctx.mentions if m.type == "competition" and m.end <= start and m.entity_id not in leagues]
    if not before:
        return None
    last = max(before, key=lambda m: m.start)
    sid = sentence_index(sent.doc)[sent.start]
    if sid - last.sentence_id > within:
        return None
    return last


def _find_object(doc, ctx, rule, start, end, roles, sent, subject):
    kind = rule.object
    if kind is None:
        return None
    for i in roles.get("object", []):
        if doc[i].lower_ in TEAM_OBJECT_PRONOUNS and "team" in kind:  # "Celtic sounded out Rossi, but he turned them down"
            same = [m for m in ctx.mentions if m.type == "team" and sent.start <= m.start and m.end <= i]
            return same[-1] if same else None
        m = _as_team(ctx, _mention_at(ctx, i)) if "team" in kind else _mention_at(ctx, i)
        if m is None and rule.id in COUNTRY_OBJECT_RULES:  # "Norway, coached by X": the national side
            m = _country_side(ctx, _mention_at(ctx, i))
        if m is None and "team" in kind and rule.predicate == "tenure_length":
            place = _mention_at(ctx, i)
            if place is not None and place.type == "place":
                return _city_club(ctx, place)  # "five years in Turin"; no other club for "two years in Italy"
        if m is not None:
            return m
    if rule.predicate in NATIONAL_JOB_PREDICATES and "object" not in roles and subject is not None \
            and subject.type == "person" and _national_job_after(doc, end, sent):
        return _subject_country_side(doc, ctx, subject, start, sent)  # "expected to take over the national side"
    def right(types):
        first = start + 1  # "return to Real Madrid as head coach": the team may sit inside the match
        for m in ctx.mentions:
            if m.start >= first and m.start < sent.end and m.start - end <= OBJECT_WINDOW and m.entity_id != subject.entity_id:
                if m.start > end and any(t.lower_ in CLAUSE_BREAKS for t in doc[end:m.start]):
                    return None  # "returned as head coach in July 2019 after a season at Derby": another clause
                if m.start > end and any(t.lower_ in {"and", "but"} and (doc[t.i + 1].pos_ == "AUX" or doc[t.i + 1].lower_ in
                                                                          {"previously", "earlier", "before", "once"}
                                                                          or rule.predicate == "appointed"
                                                                          and doc[t.i + 1].tag_ in {"VBD", "VBZ"}
                                                                          and doc[t.i + 1].dep_ == "conj"
                                                                          and not any(c.dep_ == "dobj" and c.ent_type_ == "TEAM"
                                                                                      for c in doc[t.i + 1].children))
                                         for t in doc[end:m.start - 1]):
                    return None  # "was appointed coach in 2021 and had previously won promotion with Rayo", "was
                    # appointed in September and worked as X's assistant at United": another clause (not "and led
                    # Brentford into ...", a verb whose object is the side)
                if m.start > end and any(t.lower_ in ({"but", "and"} if types == "competition" else {"but"})
                                         and (doc[t.i + 1].dep_ in {"nsubj", "nsubjpass"} or doc[t.i + 1].dep_ == "compound"
                                                                and doc[t.i + 1].head.dep_ in {"nsubj", "nsubjpass"})
                                         for t in doc[end:m.start - 1]):
                    return None  # "won trophies in Spain, but he never won the Champions League": another clause's
                if types == "competition" and m.type == "competition" and m.start > end \
                        and doc[m.start:m.end].root.dep_ in {"nsubj", "nsubjpass"}:
                    return None  # "won the league, and the Europa League went to Y": another clause's subject
                t = _as_team(ctx, m) if types == "team" else (m if m.type == types else None)
                if t is None and types == "team" and m.start == end and rule.id in COUNTRY_AFTER_RULES:
                    t = _country_side(ctx, m)  # "now coaches Uruguay", "took over Peru in 2023": the national side
                if t is not None and types == "competition" and rule.predicate in {"league_position", "points"} \
                        and m.end < len(doc) and doc[m.end].lower_ in QUALIFYING_NOUNS:
                    return None  # "finished sixth to earn a Europa League spot": a place won in another competition
                if t is not None and t.entity_id != subject.entity_id:
                    return t
        return None
    def left(types):
        for m in reversed(ctx.mentions):
            if m.end <= start and m.start >= sent.start and m.entity_id != subject.entity_id \
                    and not _origin(doc, m) and not (kind == "team_near" and _describes_another(doc, ctx, m, subject)) \
                    and not (rule.predicate == "coaching_staff_of" and _former_playing_team(doc, ctx, m)) \
                    and not (rule.predicate == "left_role" and kind == "team_near" and any(
                        t.lower_ in CLAUSE_BREAKS and doc[t.i - 1].is_punct for t in doc[m.end:min(start, subject.start)])
                        and not _left_coachless(doc, ctx, m.end, min(start, subject.start))):
                # "remained in charge of Fulham, after X was sacked": the job of another clause, not the one X lost;
                # "Fulham have been without a manager since May, when X was sacked": the job X lost
                t = _as_team(ctx, m) if types == "team" else (m if m.type == types else None)
                if t is not None:
                    return t
        return None
    if rule.predicate == "appointed" and "object" not in roles and end < sent.end and doc[end].lower_ == "there":
        # "Potter leaves Brighton ... He was appointed there in May 2019": the club last named
        named = [m for m in ctx.mentions if m.end <= start and m.type == "team" and m.entity_id != subject.entity_id
                 and not _past_description(doc, m, ctx)]  # not "X, the former Bayern midfielder, who took over there"
        prev = doc[sent.start - 1].sent if sent.start > 0 else sent
        if named and named[-1].start >= prev.start:
            return named[-1]
    if rule.id in ASSISTANT_OF_RULES:  # "X had been Y's assistant": Y's club (held or left) if the sentence names
        owner = _assistant_owner(doc, ctx, roles)  # it, else the article's club (not a club named in passing)
        if owner is not None:
            ctx.possessive_used = True
            if _national_job_after(doc, end, sent):  # the national team named after the role: the article's national side
                return _most_named_national(ctx)
            if end + 1 < sent.end and doc[end].lower_ in {"at", "with"}:
                named = _as_team(ctx, _mention_at(ctx, end + 1))
                if named is not None:  # "Y's number two at Leicester": the club named
                    return named
            teams = {ctx.coach_of.get(owner.entity_id), ctx.left_of.get(owner.entity_id)} - {None}
            found = next((m for m in ctx.mentions if m.entity_id in teams and sent.start <= m.start < sent.end), None)
            return found or _context_team(ctx, start, sent, exclude={subject.entity_id, owner.entity_id},
                                          prefer_frequent=True)
    if kind == "team_clause_subject" and start > sent.start and (
            doc[start - 1].lower_ in TEAM_WORDS or doc[start - 1].ent_type_ == "TEAM"
            and doc[start - 1].dep_ not in {"dobj", "pobj", "attr"}):
        # "beaten by a Brighton side under their new manager X": the side the phrase follows, else none;
        # not a side the verb acts on ("A thrashed B under their new manager X": A's manager)
        for i in range(start - 1, max(sent.start, start - 4) - 1, -1):
            m = _as_team(ctx, _mention_at(ctx, i))
            if m is not None:
                return m
        return None
    if kind == "team_clause_subject":  # "lost the final, with X as head coach": the side the clause is about
        for c in _verb_subjects(doc, ctx, _governing_verb(doc[start])):
            if c.lower_ in TEAM_PRONOUNS:
                return _they(ctx, c.i, sent)
            m = _as_team(ctx, _mention_at(ctx, c.i))
            if m is not None:
                return m
        return None
    if kind == "team_appointer":  # "the club then named X caretaker coach", "sacked Y and named X manager": who named
        return _appointer_team(doc, ctx, doc[roles["trigger"][0]] if "trigger" in roles else doc[start], sent, subject)
    if kind == "team_right":
        if rule.id == "coach.managing" and end < sent.end and doc[end].lower_ == "by":
            return None  # "a takeover led by X", "the side managed by Y": the agent leads; no side to the right is led
        if rule.id == "coach.managing" and end < sent.end and doc[end].lower_ == "them":
            return _they(ctx, end, sent)  # "later managed them from the touchline": the side just named
        if rule.id == "coach.managing" and end + 1 < sent.end and doc[end].lower_ == "the":
            side = _relative_clause_side(doc, ctx, end + 1)
            if side is not None:  # "Celtic will turn to X, who managed the club until 2019 and left Leeds": Celtic
                return side
        if rule.id == "coach.took_to_final" and "object" not in roles:
            them = [t for t in doc[start:end] if t.lower_ == "them"]
            if not them:
                return None
            # "won Euro 2017 with the Netherlands and then took them to the 2019 World Cup final": the country's side
            sides = [m for m in ctx.mentions if sent.start <= m.start < them[0].i and (m.type == "team" or _country_side(ctx, m))]
            return (_country_side(ctx, sides[-1]) or sides[-1]) if sides else _they(ctx, them[0].i, sent)
        if rule.id == "appointed.took_charge" and doc[end - 1].lower_ == "charge":
            ctx.possessive_used = True
            for k in range(end, min(end + 3, sent.end - 2)):  # "took charge after Gerrard's exit": the job he left
                if doc[k].lower_ in {"after", "following"} and doc[k + 2].tag_ == "POS" \
                        and doc[min(k + 3, sent.end - 1)].lower_ in ctx.word_set("exit_nouns"):
                    gone = _mention_at(ctx, k + 1)
                    if isinstance(ctx.coach_of, _Watched):
                        ctx.coach_of.asked = True  # the departures are known in the second pass: redo this match then
                    club = ctx.left_of.get(gone.entity_id) if gone is not None and gone.type == "person" else None
                    own = [m for m in ctx.mentions if m.entity_id == club] if club else []
                    if own:
                        return own[0]
            # "took interim charge after Emery's departure": no club named with it; not a team named later
            return _recent_team(ctx, start, sent, exclude={subject.entity_id})
        if rule.predicate == "appointed" and doc[end - 1].lower_ == "of" and end + 2 < sent.end \
                and doc[end].lower_ == "the" and doc[end + 1].lower_ in {"first", "senior"} \
                and doc[end + 2].lower_ in {"team", "side", "squad"}:
            # "took charge of the first team in 2021, replacing X": the club's own senior side
            return _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
        found = right("team")
        if found is not None and rule.predicate == "appointed" and _in_clause_on_person(doc, ctx, found, end):
            # "took over from X, who left for CLUB": X's next club, not the job taken (which it leaves untold)
            return None
        if found is not None and rule.id == "coach.in_charge" and doc[end - 1].lower_ == "for" and any(
                t.lower_ in ctx.word_set("fixture_words") for t in doc[end:found.start]):
            # "will be in charge for Sunday's visit of Chelsea": the opponent, not the side in his charge
            return _context_team(ctx, start, sent, exclude={subject.entity_id, found.entity_id}, prefer_frequent=True)
        if found is not None and rule.predicate in {"head_coach_of", "appointed"} \
                and any(t.lower_ in ctx.word_set("opponent_prepositions") for t in doc[end:found.start]):
            return None  # "took his side past the defending champions, X": a side beaten, not the one in his charge
        if found is None and rule.predicate == "left_role" and any(
                doc[k].lower_ == "the" and doc[k + 1].lower_ in {"team", "side", "club"}
                for k in range(end, min(end + 2, sent.end - 1))):
            # "walking away from the club": the club the person coaches, else the article's club
            ctx.possessive_used = True
            own = [m for m in ctx.mentions if m.entity_id == ctx.coach_of.get(subject.entity_id)]
            return own[0] if own else _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
        if found is None and rule.predicate in {"appointed", "head_coach_of"} and any(
                doc[k].lower_ == "the" and (doc[k + 1].lower_ in {"team", "side", "club", "squad"} or k + 2 < sent.end
                                            and doc[k + 1].lower_ in {"first", "senior"} and doc[k + 2].lower_ in {"team", "side", "squad"})
                for k in range(end - 1, min(end + 3, sent.end - 1))):  # "took charge of the (first) team"
            where = _where_team(doc, ctx, start, sent) if rule.predicate == "head_coach_of" else None
            if where is not None:
                return where  # "CLUB, where he guided the side up a division": the club the where-clause is about
            own = _own_team(ctx, subject, rule) if rule.predicate == "head_coach_of" else None
            return own or _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
        return found  # "put in interim charge of the team": the article's team
    if kind in ("team_left", "org_left"):
        found = left("team")
        if found is None and rule.predicate == "transfer" and "object" not in roles and any(
                t.lower_ in TEAM_WORDS and doc[t.i - 1].lower_ in {"the", "this"} for t in doc[sent.start + 1:start]):
            # "the club backed him again, bringing in X and Y from A and B": the article's club signed them
            return _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
        return found
    if kind == "team_near" and rule.id in DISMISSER_RULES:
        agent = [c for c in doc[start].children if c.dep_ == "nsubj"]  # "they dismissed head coach X": who did it
        if not agent and start > sent.start and (doc[start - 1].lower_ in TEAM_WORDS or doc[start - 1].ent_type_ == "TEAM"):
            agent = [doc[start - 1]]  # "hours after the club parted company with X", parsed as a noun phrase
        if agent:
            m = _as_team(ctx, _mention_at(ctx, agent[0].i))
            if m is not None:
                return m
            if agent[0].lower_ in TEAM_PRONOUNS:
                return _they(ctx, agent[0].i, sent)
            if agent[0].lower_ in TEAM_WORDS:  # "the club released X after six years": the article's club
                return _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
    if kind in {"team_near", "team_context"} and rule.predicate in {"head_coach_of", "tenure_length", "left_role"}:
        trig = doc[roles["trigger"][0]] if "trigger" in roles else doc[start]
        job = _succeeded_job(doc, ctx, subject, trig)
        if job is None and rule.predicate == "left_role":
            job = _vacated_job(doc, ctx, subject, trig)
        if job is None and rule.id in EXIT_BEFORE_JOB_RULES:
            job = _job_filled_after_exit(doc, ctx, subject, start, sent)
        if job is not None or rule.id in EXIT_BEFORE_JOB_RULES:
            return job
    if kind == "team_near" and rule.predicate in CAREER_TOTALS | {"player_of"} and _for_own_country(doc, end, sent):
        # "N goals in M appearances for his country": the national side, not his club
        # (or none when the article does not say which country: his club would be wrong)
        return _own_country_side(ctx, doc[end + 2]) or _descriptor_country_side(doc, ctx, subject)
    if kind == "team_near":
        if rule.id in UNDER_COACH_RULES:
            side = _under_whose_side(doc, ctx, doc[start], sent)
            if side is not None:
                return side
        if rule.id == "appointed.brought_in" and doc[end - 1].lower_ not in {"by", "at", "as"}:
            # "sacked by Chelsea after Mourinho was brought in, returns to the club": the club just named
            named = left("team")
            if named is not None:
                return named
        if rule.predicate == "tenure_length":
            named = [m for m in ctx.mentions if start < m.start < end and m.type in {"team", "org"}]
            if named:  # "led Spain for eight years"
                return _as_team(ctx, named[0]) or named[0]
            if end < sent.end and doc[end].lower_ in {"at", "of", "with"}:
                m = _as_team(ctx, _mention_at(ctx, end + 1))
                if m is not None:
                    return m
            where = _where_team(doc, ctx, start, sent)
            if where is not None:  # "arrives from Derby County, where he spent one season as manager"
                return where
            if rule.id in LEFT_AFTER_SPELL_RULES:  # "has left Chelsea ... after one season in charge": the club just
                named = left("team")  # left, before the club she coaches now; not "beat Juventus" or "ended Juventus's run"
                if _club_just_left(doc, ctx, named):
                    return named
            if rule.id == "tenure.spent_building_side" and doc[end - 2].lower_ in {"this", "that"}:
                last = [m for m in ctx.mentions if m.type == "team" and m.start < start
                        and not (m.start > 0 and doc[m.start - 1].lower_ in OPPONENT_OR_WINNER_CUES)]
                if last:  # "Tottenham were in their first final. X has spent five years building this side": Tottenham
                    return last[-1]
            own = _own_team(ctx, subject, rule) if rule.id == "tenure.in_charge" else None
            if own is not None:  # "leaves after two years in charge": of his own club, else of the article's
                return own
            if rule.id == "tenure.in_charge" and not any(t.lower_ in {"club", "side", "team"} for t in doc[start:min(end + 4, sent.end)]):
                return _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
        window = [t.lower_ for t in doc[start + 1 if rule.predicate == "tenure_length" else end:min(end + 4, sent.end)]]
        if any(window[k] == "the" and window[k + 1] in {"club", "side", "team"}
               and (k == 0 or window[k - 1] not in {"and", "become", "becoming", "became", ","})
               for k in range(len(window) - 1)):
            # "for the club", "in charge of the side": the person's own club, the side its sentence names, or the article's
            if rule.predicate == "left_role" and "trigger" in roles:
                teller = _teller_team(ctx, doc[roles["trigger"][0]])
                if teller is not None:  # "Porto said that X had terminated his contract with the club": Porto
                    return teller
            return _own_team(ctx, subject, rule) or _sentence_side(doc, ctx, start, sent) \
                or _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
        if rule.predicate == "left_role":
            by = [t for t in doc[end:min(end + 3, sent.end)] if t.lower_ == "by"]
            if by:
                m = _as_team(ctx, _mention_at(ctx, by[0].i + 1)) or _body_side(doc, ctx, by[0].i + 1)
                if m is not None:
                    return m
            for t in doc[end:sent.end - 2]:  # "stepped down after eight years in charge of England": that side
                if t.lower_ == "charge" and doc[t.i - 1].lower_ in {"in", "taking", "took", "taken"} \
                        and doc[t.i + 1].lower_ in {"of", "at"}:
                    m = _mention_at(ctx, t.i + 2)
                    m = _as_team(ctx, m) or _country_side(ctx, m)
                    if m is not None:
                        return m
        stable = rule.predicate in {"tenure_length", "head_coach_of", "player_of", "coaching_staff_of"}
        found = right("team")
        if found is not None and rule.predicate == "left_role" and any(
                t.lower_ == "to" and t.head.pos_ == "VERB" and t.dep_ == "aux" for t in doc[end:found.start]):
            found = None  # "left his post in January to take over at Inter Miami": where he went, not the post left
        found = found or left("team")
        if found is not None and rule.predicate == "appointed" and found.start > start and doc[found.start - 1].lower_ == "from":
            # "moved from Hearts to Celtic as manager": the side the move comes from is no job taken
            found = next((m for m in ctx.mentions if m.type == "team" and found.start < m.start < end
                          and doc[m.start - 1].lower_ in {"to", "at"}), None)
        if found is None and rule.predicate in {"appointed", "left_role"}:
            # "Emery ... was dismissed on 29 November": the club he coached, else the article's club
            # (weighed against one named just before), not merely the last team named
            if rule.predicate == "left_role":
                # "Ten Hag was dismissed on Monday": the job the article says he lost ("United sacked
                # Ten Hag"), before the club he last took charge of in the story of his career
                if _tense(doc[roles["trigger"][0]] if "trigger" in roles else doc[start], sent) == "future":
                    ctx.possessive_used = True  # "He will step down": the side he has now decides, second pass
                coached = ctx.left_of.get(subject.entity_id) or ctx.coach_of.get(subject.entity_id)
                own = [m for m in ctx.mentions if m.entity_id == coached] if coached else []
                if rule.id in {"left.left_role", "left.walked_out"}:
                    # "His only previous job was with Real Sociedad B ... He left the job": the job just spoken of,
                    # the first side named in the nearest of the two sentences before
                    k = sent.start
                    for _ in range(2):
                        if k == 0:
                            break
                        before = doc[k - 1].sent
                        named = [m for m in ctx.mentions if m.type == "team" and before.start <= m.start < before.end]
                        if named:
                            return named[0]
                        k = before.start
                if own:
                    return own[0]
                if rule.id != "left.passive":  # "He left the job": the job last named
                    return _context_team(ctx, start, sent, exclude={subject.entity_id})
            return _recent_team(ctx, start, sent, exclude={subject.entity_id})
        return found or _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=stable)
    if kind == "vacancy":
        named = right("team")  # "a candidate to return to Juventus", "linked with the Chelsea job"
        if named is not None and named.start - end <= 3 and not any(t.is_punct for t in doc[end:named.start]):
            # not "linked with the job, as has Manchester City assistant coach X": another clause's club
            return named
        if any(t.lower_ in {"return", "rejoin"} for t in doc[start:end]):
            return left("team")  # "Juventus, ..., and Allegri is a candidate to return": to the club named
        return None  # the job someone just left: filled in by _vacancies
    if rule.id == "title.team_are_champions_of_europe" and subject.entity_id.removesuffix("-women") in ctx.gaz.country_ids:
        # "Norway are the continent's champions": a national side's European title is the European Championship
        return _default_competition(ctx, "uefa-european-championship", doc[start:end], sent)
    if rule.id == "title.won" and roles.get("value") and roles["value"][-1] > start \
            and doc[roles["value"][-1] - 1].lower_ in NATIONAL_TITLE_WORDS \
            and subject.entity_id.removesuffix("-women") in ctx.gaz.country_ids:
        # "Spain won their first European title": a national side's European (World) title is the European
        # Championship (the World Cup), the women's in a women's article
        return _default_competition(ctx, NATIONAL_TITLE_WORDS[doc[roles["value"][-1] - 1].lower_], doc[start:end], sent)
    if rule.id == "title.previous_titles_came" and _national(ctx, subject.entity_id):
        word = next((t.lower_ for t in doc[start:end] if t.lower_ in NATIONAL_TITLE_WORDS), None)
        if word is not None:  # "Italy's only previous European title came in 1968": the European Championship
            return _default_competition(ctx, NATIONAL_TITLE_WORDS[word], doc[start:end], sent)
    if rule.id in EUROPEAN_CHAMPIONS_RULES and any(t.lower_ in {"european", "europe"} for t in doc[start:end]):
        # "were European champions in 2016", "are champions of Europe": a club's European title is the Champions League (the women's in a
        # women's article), a national side's the European Championship
        return _default_competition(ctx, _european_title(ctx, subject.entity_id), doc[start:end], sent)
    if kind == "competition_article":  # "beat Germany in the final": the competition of the sentence, else the article's
        if any(t.lower_ == "league" and t.i > start and doc[t.i - 1].lower_ in ctx.word_set("demonyms")
               for t in doc[start:end]):
            return None  # "had won the French league": that country's league, which the gazetteer may not name
        generic = any(t.lower_ in COMPETITION_ANAPHORS for t in doc[start:end])  # "won the competition"
        found = None if generic else (right("competition") or left("competition"))
        if rule.predicate == "title_won" and "final" in rule.id:
            # "the 2019 Champions League final, where X beat them": the competition named before "final"
            named = next((m for m in ctx.mentions if m.type == "competition" and m.end < len(doc)
                          and start <= m.end <= end and doc[m.end].lower_ == "final"), None)
            # (a league has no final: "finished fourth in the Premier League. X lost last year's final" is the article's)
            anaphor = any(t.lower_ in COMPETITION_ANAPHORS and t.i > sent.start
                          and doc[t.i - 1].lower_ in {"the", "this"} for t in doc[sent.start:start])
            # ("X won the competition in 2019 and lost the 2018 final to Y": the final of the competition the
            # sentence has just called "the competition", the article's, not a cup of the sentence before)
            found = named or found or (None if anaphor else _competition_before(ctx, sent, start, within=1, cups=True))
        this = _this_trophy(doc, ctx, start, end)  # "won this competition in 1995": the article's (below)
        if found is None and generic and not this and any(t.lower_ == "competition" for t in doc[start:end]):
            found = _competition_before(ctx, sent, start)  # "had already won the competition three times": the one just named
            own = _article_competition(ctx, doc)
            if found is not None and own is not None and found.entity_id in ctx.top_flight_leagues() \
                    and own.entity_id not in ctx.top_flight_leagues() and own.sentence_id < found.sentence_id:
                # "... finished second in the Premier League. X won the competition with Liverpool in 2019", in a
                # story about a cup: a league just named in passing is "the league"; the competition is the article's
                found = own
        if found is not None and doc[end - 1].lower_ == "league" and _names_a_cup(found, ctx):
            return None  # "won the league, the Taça de Portugal and ...": the country's league (found later), not the cup
        if found is None and any(t.lower_ == "tournament" for t in doc[start:end]):
            # "shocked Brazil at the Copa America, ... before Brazil went on to lift the trophy": the tournament
            # just named in the sentence; a league is no tournament
            leagues = ctx.top_flight_leagues()
            named = left("competition")
            found = named if named is not None and named.entity_id not in leagues else None
        if found is None and rule.id == "title.won_it":
            found = _competition_before(ctx, sent, start, within=1)  # "The prize he craved was X. He never won it."
            if found is not None and _this_trophy(doc, ctx, found.end, start):  # (the words after it, to "it")
                found = None  # "... the German Cup, and he won this competition in 1995. X last won it": what "this
                # competition" is (the article's), not the cup named before it
        if found is None:
            # (a league has no final: a final's competition is the article's cup or tournament, else unknown)
            found = _article_competition(ctx, doc, cups=rule.predicate == "title_won" and "final" in rule.id)
            if found is not None and doc[end - 1].lower_ == "league" and rule.predicate == "title_won" \
                    and found.entity_id not in ctx.top_flight_leagues():
                return None  # "won the league in both his seasons in Glasgow": a country's league, not the article's cup
        if found is not None and doc[end - 1].lower_ == "cup" and found.entity_id in ctx.top_flight_leagues():
            return None  # "Leicester won the cup" in an article naming only the Premier League: no league is a cup
        return _agreeing_competition(doc, ctx, subject, found) if generic else found
    if kind == "competition_right":
        return right("competition")
    if kind == "competition_default":  # "was a world champion in 2006": the competition the words name
        return _default_competition(ctx, rule.object_default, doc[start:end], sent)
    if kind == "competition_near" and rule.predicate == "title_won" and any(
            t.lower_ == "same" and t.i + 1 < end and doc[t.i + 1].lower_ in SAME_TITLE_NOUNS for t in doc[start:end]):
        # "lifted the same trophy with X in 1986": the one named before; a trophy or cup is no league
        noun = next(doc[t.i + 1].lower_ for t in doc[start:end] if t.lower_ == "same" and t.i + 1 < end)
        # (none named lately: the article's own competition)
        return _competition_before(ctx, sent, start, within=6, cups=noun in {"trophy", "cup"}) or _find_object(
            doc, ctx, replace(rule, object="competition_article"), start, end, roles, sent, subject)
    if kind == "competition_near" and rule.predicate == "title_won" and end - start >= 2 \
            and doc[start + 1].lower_ in {"a", "an", "any"} and doc[start].lemma_ in WIN_VERBS \
            and not any(m.type == "competition" and start <= m.start < end for m in ctx.mentions):
        # "won a major trophy last season, the Bundesliga": the competition in apposition names it
        comma = next((t.i for t in doc[end:min(end + 5, sent.end)] if t.text == ","), None)
        if comma is not None:
            k = comma + 1 + (comma + 1 < sent.end and doc[comma + 1].lower_ == "the")
            named = next((m for m in ctx.mentions if m.type == "competition" and m.start == k), None)
            if named is not None:
                return named
        return None  # "did not win a trophy at X, whose last was the League Cup": no title in particular
    if kind == "competition_near":
        if _this_trophy(doc, ctx, start, end) and not any(m.type == "competition" and start <= m.start < end
                                                          for m in ctx.mentions):
            # "lifted this cup in 2009": the competition the article is about, not another one the sentence names
            return _find_object(doc, ctx, replace(rule, object="competition_article"), start, end, roles, sent, subject)
        if any(t.lower_ == "league" for t in doc[start:end]) and not any(
                m.type == "competition" and start <= m.start < end for m in ctx.mentions):
            return None  # "took the league title again": the country's league (found later), not a cup named before
        found = right("competition")
        if found is not None and rule.id == "title.won" and found.start >= end:
            verb, own = _governing_verb(doc[found.start]), _governing_verb(doc[start])
            if verb is not own and any(c.dep_ == "neg" for c in verb.children):
                found = None  # a competition named in a later, negated clause ("..., but she never won X"): not it
        found = found or left("competition")
        if found is None and rule.predicate == "title_won" and "final" in rule.id:
            found = _competition_before(ctx, sent, start, within=1)  # "... World Cup final defeat. X lost the 2019 final to Y"
        if found is not None and rule.predicate == "title_won" and not any(
                m.type == "competition" and start <= m.start < end for m in ctx.mentions) and any(
                t.lower_ in ctx.word_set("anaphoric_trophy_nouns") and t.i > start and doc[t.i - 1].lower_ == "the"
                for t in doc[start:end]):
            found = _agreeing_competition(doc, ctx, subject, found)  # "Real Madrid, who won the trophy last year"
        if found is None and rule.predicate == "title_won" and _anaphoric_trophy(doc, ctx, subject, start, end, sent):
            # "Porto, who had won the trophy in 2011, ...": the cup named in the sentences before, else the article's
            # (a national side's "the title": the tournament the article is about)
            title = any(t.lower_ == "title" for t in doc[start:end])
            found = (None if title else _competition_before(ctx, sent, start, within=2, cups=True)) or _find_object(
                doc, ctx, replace(rule, object="competition_article"), start, end, roles, sent, subject)
            found = _agreeing_competition(doc, ctx, subject, found)  # "Real Madrid, who won the trophy last year"
        return found
    if kind == "team_of_owner":  # "Her predecessor, X,": X left the job she holds now
        ctx.possessive_used = True
        owner = salient_person(ctx.mentions, start)
        if rule.id == "staff.and_his_assistant" or rule.id == "staff.his_assistant" and start > sent.start:
            # "X resigned in October, and his assistant Y ...", "after X was sacked, the club turned to his assistant Y": X's
            named = [m for m in ctx.mentions if m.type == "person" and sent.start <= m.start and m.end <= start]
            owner = named[-1] if named else owner
        if rule.id == "staff.name_will_be_his_assistants":
            # "X appointed Y as head coach. Z and W will be his assistants": "his" is someone named before the
            # sentence's own subjects (who are the assistants)
            before = [m for m in ctx.mentions if m.type == "person" and m.end <= sent.start]
            owner = before[-1] if before else None
        if rule.id == "staff.name_as_his_assistant" and start > sent.start and doc[start - 1].lower_ == "with":
            # "X will take charge ..., with Y as his assistant": "his" is the subject of the clause "with" hangs on
            doers = [_mention_at(ctx, c.i) for c in _governing_verb(doc[start - 1]).children if c.dep_ == "nsubj"]
            owner = next((m for m in doers if m is not None and m.type == "person"), owner)
        team = ctx.coach_of.get(owner.entity_id) if owner is not None else None
        if team is None and owner is not None and rule.predicate == "coaching_staff_of":
            # "X resigned in October, and his assistant Y took over": the staff of the job he left
            team = ctx.left_of.get(owner.entity_id)
        if team is None and owner is not None and rule.id in {"staff.and_his_assistant", "staff.name_as_his_assistant"} \
                and _coaching_words(sent):
            # "X resigned as head coach, and his assistant Y took over": no club named, the article's
            return _context_team(ctx, start, sent, exclude={owner.entity_id}, prefer_frequent=True)
        found = [m for m in ctx.mentions if m.entity_id == team]
        return found[0] if found else None
    if rule.id == "appointed.replaced" and "trigger" in roles:
        # "The Dane, a former Ajax defender, succeeded X in 2019" / "Their coach, Y, succeeded X": the side
        # the article has X coach, else the side "their" stands for, before the article's own club
        found = _succession_side(doc, ctx, doc[roles["trigger"][0]], start, end, sent)
        if found is not None:
            return found
    if rule.id == "appointed.replaced_him":  # "Bayern announced that X would succeed him": Bayern, else the job he holds
        teller = _teller_team(ctx, doc[roles["trigger"][0]]) if "trigger" in roles else None
        if teller is not None:
            return teller
        prev = _replaced_person(doc, ctx, doc[roles["trigger"][0]]) if "trigger" in roles else None
        named = {m.entity_id: m for m in ctx.mentions if m.type == "team" and sent.start <= m.start < roles["trigger"][0]
                 and not (m.start > sent.start and doc[m.start - 1].lower_ in OPPONENT_OR_WINNER_CUES)} \
            if "trigger" in roles else {}
        if prev is not None and len(named) == 1:
            return next(iter(named.values()))  # "X left Ajax in May, and Y replaced him": the one side named before
        team = ctx.coach_of.get(prev.entity_id) if prev is not None else None
        found = next((m for m in ctx.mentions if m.entity_id == team), None) if team else None
        if found is not None:
            return found
    if kind == "team_coached":  # "has been in charge since July 2012": the side the article has them coach
        ctx.possessive_used = True
        if rule.predicate == "offer_received":  # "turned down the offer of a new contract": the side named, or he leaves
            verb = _governing_verb(doc[start])
            doers = _verb_subjects(doc, ctx, verb)
            if not doers and verb.dep_ == "xcomp":
                doers = _verb_subjects(doc, ctx, verb.head)  # "the club are expected to offer him a new deal"
            for c in doers:
                if rule.id in OFFERED_TO_RULES and (c.lower_ in {"he", "she"} or getattr(_mention_at(ctx, c.i), "type", None) == "person"):
                    return None  # "the president offered X a new contract": a person's offer, whose side is no guess
                if c.lower_ in TEAM_WORDS and c.i > 0 and doc[c.i - 1].lower_ == "the" and _mention_at(ctx, c.i) is None:
                    return _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)  # "the club"
                m = _they(ctx, c.i, sent) if c.lower_ in TEAM_PRONOUNS else _as_team(ctx, _mention_at(ctx, c.i))
                if m is not None:  # "Leeds have offered him a new deal": the side that offers it
                    return m
            named = right("team") or _context_team(ctx, start, sent, exclude={subject.entity_id}) \
                if any(m.type == "team" and sent.start <= m.start < sent.end for m in ctx.mentions) else None
            if named is not None and sent.start <= named.start < sent.end:
                return named
            team = ctx.left_of.get(subject.entity_id) or ctx.coach_of.get(subject.entity_id)
            return next((m for m in ctx.mentions if m.entity_id == team), None) if team else None
        at = _as_team(ctx, _mention_at(ctx, end + 1)) if end + 1 < sent.end and doc[end].lower_ in {"at", "with"} else None
        if at is not None and at.start == end + 1:  # "promoted from assistant at Porto": the side named right after
            return at
        had = any(t.lower_ == "had" and t.dep_ in {"aux", "auxpass"} for t in doc[sent.start:end])
        # "had been in charge since July 2016" (now sacked): the job he has left, else the one he holds
        team = (ctx.left_of.get(subject.entity_id) if had else None) or ctx.coach_of.get(subject.entity_id)
        return next((m for m in ctx.mentions if m.entity_id == team), None) if team else None
    if kind == "team_held":  # "X arrived in June 2019": the job the article has X leave, else hold; a player's
        ctx.possessive_used = True  # arrival (no such job) is no appointment
        team = ctx.left_of.get(subject.entity_id) or ctx.coach_of.get(subject.entity_id)
        return next((m for m in ctx.mentions if m.entity_id == team), None) if team else None
    if kind == "team_possessed":
        return _possessed_side(doc, ctx, end - 1, sent)  # "Thomas Tuchel's side": the side he coaches
    if kind == "team_context":
        if rule.predicate in CAREER_TOTALS and doc[end - 1].lower_ in {"club", "side"}:
            m = _as_team(ctx, _mention_at(ctx, end - 1))  # "for the Merseyside outfit": the club the phrase stands for
            if m is not None and m.end == end and m.start > start:
                return m
        if rule.id == "coach.role_title_name" and start == sent.start:
            only = _only_side_before(doc, ctx, sent)  # "For Genoa, it is a setback. Manager X has ...": that side
            if only is not None:
                return only
        if rule.id == "player.their_role_name":  # "Bayern had pedigree. Their captain X": the side "their" stands for
            if start != sent.start or start == 0:
                # "Genoa owed everything to their goalkeeper X": the one side the sentence names before;
                # "X beat Y, but their goalkeeper Z ...": either side, so none
                before = {m.entity_id for m in ctx.mentions if m.type == "team" and sent.start <= m.start < start}
                verb = _governing_verb(doc[start])
                if start != sent.start and len(before) > 1 and verb.i < start and doc[start].dep_ == "poss" \
                        and doc[start].head.dep_ not in {"nsubj", "nsubjpass"} \
                        and not any(t.lower_ in CONCESSIVE_WORDS for t in doc[verb.i:start]):
                    # "X beat Y, thanks to two goals from their captain Z": the phrase hangs on the verb X is the
                    # subject of, so "their" is X ("X beat Y, but their goalkeeper Z saved ...": another clause, none)
                    sides = [_as_team(ctx, _mention_at(ctx, c.i)) for c in verb.children if c.dep_ == "nsubj"]
                    if sides and sides[0] is not None:
                        return sides[0]
                if start != sent.start and len(before) == 1:
                    return next(m for m in ctx.mentions if m.type == "team" and m.entity_id in before)
                return None
            prev = doc[start - 1].sent  # only the side the sentence before is about, no guess further back
            subj = [c for c in prev.root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            return _as_team(ctx, _mention_at(ctx, subj[0].i)) if subj else None
        if rule.predicate in {"coaching_staff_of", "head_coach_of"} and start > sent.start:
            m = _as_team(ctx, _mention_at(ctx, start - 1))  # "Manchester City assistant coach Mikel Arteta"
            if m is not None and m.end == start:
                return m
        if rule.value == "origin_team" and start > sent.start and doc[start - 1].lower_ in {"after", "since"}:
            # "spent 11 years at Manchester City after joining from Hamburg": the club just named
            m = _as_team(ctx, _mention_at(ctx, start - 2))
            if m is not None and m.start > sent.start and doc[m.start - 1].lower_ in {"at", "with", "for"}:
                return m
            # "won two titles with Dortmund, in 2011 and 2012, after arriving from Lech Poznan"
            named = [x for x in ctx.mentions if sent.start < x.start and x.end < start and _as_team(ctx, x) is not None]
            if named and doc[named[-1].start - 1].lower_ in {"at", "with", "for"} \
                    and not any(t.lower_ in {"from", "to", "against"} for t in doc[named[-1].end:start]):
                return _as_team(ctx, named[-1])
        if rule.predicate == "appointed" and start > sent.start and not any(
                m.type == "team" and end <= m.start < min(end + 5, sent.end) for m in ctx.mentions):
            titled = _titled_coach_team(doc, ctx, sent, start)  # "CLUB coach X, who replaced Y, ...": that club
            if titled is not None and subject is not None and any(
                    m.entity_id == subject.entity_id and m.start < start for m in ctx.mentions if sent.start <= m.start):
                return titled
        if rule.predicate == "appointed" and doc[start].lemma_ in SUCCESSION_LEMMAS:
            # "Bayern sacked him and replaced him with Y": the side that did the replacing (the subject of the
            # verb, or of the verb it is joined to)
            verb = doc[start]
            subj = [c for c in verb.children if c.dep_ == "nsubj"] \
                or [c for c in _first_conjunct(verb).children if c.dep_ == "nsubj"]
            by = _as_team(ctx, _mention_at(ctx, subj[0].i)) if subj else None
            if by is not None:
                return by
        if rule.predicate == "appointed":  # "Inter Miami appointed Martino as head coach, replacing X": the appointer
            v = doc[start]
            for _ in range(3):
                if v.head is v:
                    break
                v = v.head
                if v.lower_ in ctx.word_set("appoint_verbs") | {"appointed", "named", "hired"}:
                    by = [_as_team(ctx, _mention_at(ctx, c.i)) for c in v.children if c.dep_ == "nsubj"]
                    if by and by[0] is not None:
                        return by[0]
                    break
        if rule.predicate == "appointed":  # "was confirmed as Juventus coach, replacing X": the job named before
            for m in reversed(ctx.mentions):
                if sent.start < m.start and m.end < start and m.type == "team" and doc[m.start - 1].lower_ == "as" \
                        and doc[m.end].lower_ in ctx.words["coach_roles"]:
                    return m
            part = _governing_verb(doc[start])  # "Inter Miami appointed X as head coach, replacing Y": who appointed
            having = part.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "having" for c in part.children)
            if (part.tag_ == "VBG" or having) and part.dep_ in {"advcl", "acl", "conj", "xcomp"} and part.head is not part:
                head = _governing_verb(part.head)
                for c in head.children:
                    t = _as_team(ctx, _mention_at(ctx, c.i)) if c.dep_ == "nsubj" and c.i < start else None
                    if t is None and c.dep_ == "agent" and c.i < start:
                        # "was dismissed by the Merseyside outfit ..., having succeeded X": the club of the main clause
                        t = next((_as_team(ctx, _mention_at(ctx, g.i)) for g in c.children if g.dep_ == "pobj"), None)
                    if t is not None:
                        return t
        for k in range(end, min(end + 5, sent.end - 1)):  # "... as manager of Arsenal"
            if doc[start].lower_ in {"game", "match"}:
                break  # "his last game in charge will be at West Brom": the opponent, not his club
            if doc[k].lower_ in {"of", "at"}:
                m = _as_team(ctx, _mention_at(ctx, k + 1))
                if m is not None:
                    return m
                break
            if doc[k].lower_ == "as" and k + 1 < sent.end:  # "will succeed X as Lazio coach": the job named
                m = _as_team(ctx, _mention_at(ctx, k + 1))
                if m is not None and m.end < sent.end and (doc[m.end].lower_ in ctx.word_set("coach_roles")
                                                           or doc[m.end].lower_ in {"head", "interim", "caretaker"}):
                    return m
        where = _where_team(doc, ctx, start, sent)
        if where is not None:
            return where
        if rule.predicate == "transfer" and rule.value == "origin_team":
            main = _main_clause_team(doc, ctx, doc[start], roles)
            if main is not None:
                return main
        if rule.predicate == "transfer" and "subject" in roles:
            signer = _signer_team(doc, ctx, doc[start], subject)
            if signer is not None:
                return signer
        if rule.predicate == "appointed" and any(t.lower_ == "had" and t.dep_ in {"aux", "auxpass"} for t in sent):
            ctx.possessive_used = True  # "had been in charge since 2016, when he succeeded X": the job he has now left
            left_jobs = [m for m in ctx.mentions if m.entity_id == ctx.left_of.get(subject.entity_id)]
            if left_jobs:
                return left_jobs[0]
        if rule.predicate == "appointed":  # "He replaced X, who was sacked by Football Federation Australia": the
            # national side of the body that sacked the person replaced
            side = next((_body_side(doc, ctx, t.i + 1) for t in doc[end:sent.end] if t.lower_ == "by"), None)
            if side is not None:
                return side
        if rule.id in LEFT_AFTER_SPELL_RULES:  # "left Porto in June after two years in charge": the club just left
            named = left("team")
            if _club_just_left(doc, ctx, named):
                return named
        # "The former Leeds manager X, who was caretaker when Y left": the article's side, not X's own club
        own = _own_team(ctx, subject, rule) if rule.id not in CARETAKER_RULES else None
        found = own or _sentence_side(doc, ctx, start, sent) \
            or _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)
        if found is not None and rule.predicate == "transfer" and _national(ctx, found.entity_id):
            # "Lazio centre-back X (in a story about Japan) joined from Y": a move between clubs; the
            # club the sentence names, else the article's, never a national side
            origin = {_mention_at(ctx, i).entity_id for i in roles.get("value", []) if _mention_at(ctx, i) is not None}
            named = {m.entity_id: m for m in ctx.mentions if m.type == "team" and sent.start <= m.start < sent.end
                     and not _national(ctx, m.entity_id) and m.entity_id not in origin
                     and doc[max(m.start - 1, 0)].lower_ not in {"from", "to", "against"}}
            found = next(iter(named.values())) if len(named) == 1 else _context_team(
                ctx, sent.end, sent, exclude={subject.entity_id} | _national_ids(ctx) | origin, prefer_frequent=True)
        return found
    return None


def _as_opponent(doc, m) -> bool:
    """"beat X", "against X", "away to X": a side named as an opponent ("took over X" is no opponent)."""
    if m.start <= 1 or doc[m.start - 1].lower_ == "over" and doc[m.start - 2].lemma_ == "take":
        return False
    return doc[m.start - 1].lower_ in OPPONENT_CUES - {"home", "away", "trip", "visit", "side", "team"} \
        or (doc[m.start - 1].lower_ == "to" and doc[m.start - 2].lower_ in OPPONENT_CUES)


def _job_left_by(ctx, person):
    """The side the article says ``person`` left (known in the second pass)."""
    ctx.possessive_used = True
    if isinstance(ctx.coach_of, _Watched):
        ctx.coach_of.asked = True  # the departures are known in the second pass: redo this match then
    team = ctx.left_of.get(person.entity_id)
    return next((m for m in ctx.mentions if m.entity_id == team), None) if team else None


#: An appointment "..., having been appointed in May" to the job its clause says the person holds now.
HELD_SINCE_SUFFIX = ">held_since"


def _job_held_before(doc, ctx, start, sent):
    """"is now head coach of X, having been appointed ...": the side of the job the clause before names
    ("coach of X", "in charge at X", "X manager"), the nearest one."""
    roles = ctx.word_set("coach_roles") | {"charge"}
    for m in reversed(ctx.mentions):
        if not (sent.start < m.start and m.end <= start) or m.type != "team":
            continue
        if doc[m.start - 1].lower_ in {"of", "at"} and m.start >= 2 and doc[m.start - 2].lower_ in roles \
                or m.end < start and doc[m.end].lower_ in roles:
            return m
    return None


def _left_coachless(doc, ctx, i, j) -> bool:
    """"(Fulham) have been without a permanent manager (since May, when X left)": the words between
    a side and a departure say the side has no coach."""
    return any(t.lower_ in ctx.word_set("coachless_words") and any(
        u.lower_ in ctx.word_set("coach_roles") for u in doc[t.i + 1:min(t.i + 4, j)]) for t in doc[i:j])


def _club_just_left(doc, ctx, m) -> bool:
    """"left Porto", "was sacked by Porto": a club named as the one a person left."""
    if m is None or m.start == 0:
        return False
    before = doc[m.start - 1].lower_
    if before in ctx.words["leave_verbs"]:
        return True
    return before == "by" and any(t.lower_ in ctx.word_set("sack_verbs") for t in doc[max(m.start - 3, 0):m.start - 1])


def _national_ids(ctx) -> set[str]:
    """The national sides the article names."""
    return {m.entity_id for m in ctx.mentions if m.type == "team" and _national(ctx, m.entity_id)}


#: Verbs of playing for a side ("scored twice for Celtic"), not of moving to one ("left for Chelsea").
PLAYED_FOR_VERBS = {"score", "scored", "scores", "scoring", "play", "played", "plays", "playing", "star", "starred",
                    "shine", "shone", "feature", "featured", "appear", "appeared", "net", "netted", "impress", "impressed",
                    "excel", "excelled", "make", "made"}


def _default_competition(ctx, entity_id: str, span, sent) -> ResolvedMention | None:
    """The competition ``entity_id`` (a rule's ``object_default``) as a mention over ``span``: the
    article's own mention of it, already read as the women's competition in a women's article;
    else the gazetteer's, or its ``women_competition`` when the article names a women's side or league."""
    ent = ctx.gaz.get(entity_id)
    if ent is None:
        return None
    women_id = ent.attrs.get("women_competition")
    for m in ctx.mentions:
        if m.type == "competition" and m.entity_id in {entity_id, women_id}:
            ent = ctx.gaz.get(m.entity_id) or ent
            break
    else:
        if women_id and ctx.gaz.get(women_id) is not None and any(
                _WOMEN.search(m.entity_id) or m.entity_id in ctx.gaz.womens_competitions
                for m in ctx.mentions if m.type in {"team", "competition"}):
            ent = ctx.gaz.get(women_id)
    sentence_id = next((m.sentence_id for m in ctx.mentions if sent.start <= m.start < sent.end), -1)
    return ResolvedMention(span.start, span.end, span.start_char, span.end_char, span.text, "COMPETITION",
                           "competition", ent.id, ent.name, sentence_id, {})


def _senior(doc, ctx, roles, role, m):
    """"came through the academy at Lille and helped the club ... to the title": "the club" is the club,
    not the youth side its academy was named as."""
    if m is None or not m.attrs.get("parent") or not roles.get(role) or doc[roles[role][0]].lower_ not in TEAM_WORDS \
            or _WOMEN.search(m.entity_id):  # a women's side is a club's own first team, not a youth side of it
        return m
    parent = ctx.gaz.get(m.attrs["parent"])
    if parent is None:
        return m
    return replace(m, entity_id=parent.id, entity=parent.name, attrs={})


def _final_pairs(doc, ctx, first) -> list:
    """"to AC Milan in 2003, Barcelona in 2015 and Real Madrid in 2017": (side, year) pairs from ``first`` on."""
    out, m = [], first
    while m is not None and m.end + 1 < len(doc) and doc[m.end].lower_ == "in" and _YEAR.match(doc[m.end + 1].text):
        out.append((m, doc[m.end + 1].text))
        k = m.end + 2
        while k + 1 < len(doc) and doc[k].lower_ in {",", "and"} and _YEAR.match(doc[k + 1].text):
            out.append((m, doc[k + 1].text))  # "to Arsenal in 1972 and 1973": the same winner each year
            k += 2
        while k < len(doc) and doc[k].lower_ in {",", "and"}:
            k += 1
        m = _as_team(ctx, _mention_at(ctx, k)) if k < len(doc) and k > m.end + 2 else None
    return out


def _main_clause_team(doc, ctx, tok, roles):
    """"Aguero, signed from Atletico Madrid last summer, scored 23 goals for City": the side the main
    clause has the player playing for."""
    verb = _governing_verb(tok)
    if verb.dep_ not in {"acl", "relcl"} or verb.head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    origin = {_mention_at(ctx, i).entity_id for i in roles.get("value", []) if _mention_at(ctx, i) is not None}
    for prep in verb.head.head.subtree:
        if prep.dep_ == "prep" and prep.lower_ in {"for", "with"} and prep.i > verb.right_edge.i \
                and (prep.head.lemma_ in PLAYED_FOR_VERBS or prep.head.lower_ in PLAYED_FOR_VERBS
                     or prep.head.lower_ in ctx.word_set("goal_nouns")
                     or prep.head.lower_ in ctx.word_set("apps_nouns")):
            for obj in prep.children:
                m = _as_team(ctx, _mention_at(ctx, obj.i)) if obj.dep_ == "pobj" else None
                if m is not None and m.entity_id not in origin:
                    return m
    return None


def _former_playing_team(doc, ctx, m) -> bool:
    """"Former Liverpool winger X also remains on the coaching staff": the club he played for, not the staff's."""
    return m.start > 0 and doc[m.start - 1].lower_ in {"former", "ex", "ex-"} and m.end < len(doc) \
        and doc[m.end].lower_ in ctx.word_set("player_nouns")


def _describes_another(doc, ctx, m, subject) -> bool:
    """"The former Arsenal striker had been appointed ..., replacing Jardim, who had been sacked":
    a club in a descriptor of someone other than the claim's subject is not that subject's club."""
    head = doc[m.end - 1].head
    if head.i < m.end or head.lower_ not in ctx.word_set("person_nouns"):
        return False
    return not any(subject.start <= t.i < subject.end for t in (head, head.head))


def _relative_clause_side(doc, ctx, i: int):
    """"Celtic will turn to X, who managed the club between 2016 and 2019 and left Leeds": "the club" (token
    ``i``) in a relative clause on a person is the side that is the subject of the clause the person is in."""
    tok = doc[i]
    if tok.lower_ not in {"club", "side", "team"} or tok.dep_ not in {"dobj", "pobj"}:
        return None
    verb = tok.head if tok.dep_ == "dobj" else tok.head.head
    if verb.dep_ != "relcl" or verb.i >= i:
        return None
    antecedent = verb.head
    m = _mention_at(ctx, antecedent.i)
    if m is None or m.type != "person":
        return None
    main = antecedent.head.head if antecedent.dep_ == "pobj" else antecedent.head
    for c in main.children:
        if c.dep_ in {"nsubj", "nsubjpass"} and c.i < antecedent.i:
            side = _as_team(ctx, _mention_at(ctx, c.i))
            if side is not None:
                return side
    return None


def _sentence_side(doc, ctx, start, sent):
    """"Spain coach Jorge Vilda ..., when he succeeded Quereda, who had led the team": the one side the
    sentence names, as a current coach's ("Spain coach X", not "Former PSG coach X"), before the
    article's most frequent one."""
    sides = {m.entity_id for m in ctx.mentions if m.type == "team" and sent.start <= m.start < sent.end}
    for m in ctx.mentions:
        if m.type == "team" and sent.start <= m.start and m.end < start and len(sides) == 1 \
                and doc[m.end].lower_ in ctx.word_set("coach_roles") \
                and not (m.start > sent.start and doc[m.start - 1].lower_ in {"former", "ex", "ex-"}):
            return m
    return None


#: Nouns that stand for a competition named elsewhere ("won the competition", "the tournament").
COMPETITION_ANAPHORS = {"competition", "tournament"}
#: "was appointed ... after X's sacking": the job X left is the one the sentence has filled, or none.
EXIT_BEFORE_JOB_RULES = {"left.possessive_exit"}


def _job_filled_after_exit(doc, ctx, subject, start, sent):
    """"Y was appointed in September, days after X's dismissal", "has been Arsenal manager since 2019, when
    he was appointed weeks after X's sacking": the job the sentence has filled, the one team it names, else
    the article's; none when the sentence fills no job ("after X's exit in the second half")."""
    trigger = next((t for t in doc[start:sent.end] if t.lower_ in ctx.word_set("exit_nouns")), None)
    def fills_job(verb) -> bool:  # "was appointed", "was named manager" (not "named captain", "confirmed the signing")
        return verb.lower_ in ctx.word_set("job_filling_verbs") or verb.lower_ in ctx.word_set("appoint_verbs") \
            and any(t.lower_ in ctx.word_set("coach_roles") for t in doc[verb.i + 1:min(verb.i + 4, sent.end)])
    if trigger is None or not any(fills_job(v) for v in trigger.ancestors):
        return None  # no verb that fills a job governs the exit: no departure from one
    teams = {m.entity_id: m for m in ctx.mentions if m.type == "team" and sent.start <= m.start < sent.end}
    if teams:
        return next(iter(teams.values())) if len(teams) == 1 else None
    return _context_team(ctx, start, sent, exclude={subject.entity_id}, prefer_frequent=True)


#: "won the cup under X": the coach of the side the clause is about.
UNDER_COACH_RULES = {"coach.under"}


def _under_whose_side(doc, ctx, under, sent):
    """The side of "under X": the clause's subject side ("They won the cup under X", "they" the side just
    spoken of); for a player as the subject, the club the sentence has him move to ("Y left for Leverkusen
    after seven years at Arsenal and will play under X"). None: the nearest side, as before."""
    verb = under.head
    if under.i >= 2 and doc[under.i - 1].ent_type_ == "TEAM":  # "a regular at Chelsea under X": the side just named
        return None
    subjects = _verb_subjects(doc, ctx, verb) or (_verb_subjects(doc, ctx, verb.head) if verb.dep_ == "conj" else [])
    own_verbs = {verb, verb.head} if verb.dep_ == "conj" else {verb, *(c for c in verb.children if c.dep_ == "conj")}
    for c in subjects:
        if c.lower_ in TEAM_PRONOUNS:
            return _they(ctx, c.i, sent)
        m = _mention_at(ctx, c.i)
        if m is not None and m.type == "person":
            for t in doc[sent.start:sent.end]:  # the subject's own move verbs, not "who turned down a move to X"
                moved = t.lower_ in {"for", "to"} and t.head in own_verbs and t.head.lemma_ in ctx.word_set("move_to_verbs")
                joined = t.dep_ == "dobj" and t.head in own_verbs and t.head.lemma_ in ctx.word_set("join_object_verbs")
                if moved or joined:
                    side = _as_team(ctx, _mention_at(ctx, t.i + 1 if moved else t.i))
                    if side is not None:
                        return side
            return None
        m = _as_team(ctx, m)
        if m is not None:
            return m
    return None


def _verb_subjects(doc, ctx, verb) -> list:
    """The subjects of ``verb``, a named person first when there are two ("Klopp's assistant Pep
    Lijnders ... is expected to"); for "helped Guardiola's side win the title", the helped side."""
    subj = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subj) > 1:
        subj.sort(key=lambda c: not ((m := _mention_at(ctx, c.i)) is not None and m.type == "person"
                                     and not _is_possessor(doc, m)))
    if not subj and verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_ in ctx.word_set("help_verbs"):
        subj = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return subj


#: Predicates whose club may be "the national team": the country's side of the person, not a club.
NATIONAL_JOB_PREDICATES = {"appointed", "head_coach_of", "offer_received"}
NATIONAL_JOB_NOUNS = {"team", "side", "job", "squad", "set-up", "setup", "post"}


def _departure_follows(doc, ctx, end) -> bool:
    """The words after a match say the person left: auxiliaries, then a verb of ``departure_verbs``."""
    k = end
    while k < len(doc) and doc[k].lower_ in {"was", "were", "had", "has", "been", "is", "just", "recently"}:
        k += 1
    return k < len(doc) and doc[k].lower_ in ctx.word_set("departure_verbs")


#: "X has been Y's No 2": a coach's assistant, or a reserve behind a player (a second goalkeeper).
NUMBER_TWO_RULES = {"staff.is_possessive_number_two"}


def _coach_number_two(doc, ctx, start, end) -> bool:
    """Y of "X is Y's No 2" is a coach: the article has Y coach or leave a side, or the phrase goes on to the
    national team; and no goalkeeper is named in the sentence."""
    sent = doc[start].sent
    if any(t.lower_ in ctx.word_set("goalkeeper_words") for t in sent):
        return False
    if _national_job_after(doc, end, sent):
        return True
    owner = next((m for m in ctx.mentions if m.type == "person" and start <= m.start
                  and m.end < end and doc[m.end].tag_ == "POS"), None)
    if owner is None:
        return False
    ctx.possessive_used = True  # known in the second pass
    return ctx.coach_of.get(owner.entity_id) is not None or ctx.left_of.get(owner.entity_id) is not None


def _national_job_after(doc, end, sent) -> bool:
    """"... to take over the national team": "the national team/side/job" within a few words after the match."""
    toks = doc[end:min(sent.end, end + 4)]
    return any(t.lower_ == "national" and t.i > sent.start and doc[t.i - 1].lower_ in {"the", "his", "her", "their"}
               and t.i + 1 < sent.end and doc[t.i + 1].lower_ in NATIONAL_JOB_NOUNS for t in toks)


def _for_own_country(doc, end, sent) -> bool:
    """"... for his country", "for her nation": the match ends just before "for", a possessive and a
    country noun."""
    return end + 2 < sent.end and doc[end].lower_ == "for" and doc[end + 1].lower_ in {"his", "her"} \
        and doc[end + 2].lower_ in COUNTRY_NOUNS


def _descriptor_country_side(doc, ctx, subject):
    """The national side of the one country the article gives the person by a descriptor ("the Polish
    striker", "the Dutchman"); None when it gives none or several."""
    if subject is None or subject.type != "person":
        return None
    countries = {m.attrs["country"] for m in ctx.mentions if m.label == "DESCRIPTOR"
                 and m.entity_id == subject.entity_id and m.attrs.get("country")}
    return _side_of_country(doc, ctx, countries, subject.start, subject.sentence_id)


def _subject_country_side(doc, ctx, subject, start, sent):
    """The national side of the person's country, as the sentence states it before the match ("X, a Dutchman
    born in Leiden, is expected to ..."): one demonym between the name and the match; else no guess."""
    # "X, a Dutchman born in Leiden, is ...", "The Portuguese coach X is ...": right after the name, or just before it
    before = max(sent.start, subject.start - 3)
    countries = {ctx.gaz.demonyms[t.lower_] for t in list(doc[before:subject.start]) + list(doc[subject.end:start])
                 if subject.start >= sent.start and t.lower_ in ctx.gaz.demonyms}
    countries |= {m.attrs["country"] for m in ctx.mentions if m.label == "DESCRIPTOR" and m.entity_id == subject.entity_id
                  and m.attrs.get("country") and sent.start <= m.start < start}
    k = next(t.i for t in doc[start:sent.end] if t.lower_ == "national")
    return _side_of_country(doc, ctx, countries, k, subject.sentence_id)


def _side_of_country(doc, ctx, countries, k, sentence_id):
    """The national side of the one country in ``countries`` (a mention of it made at token ``k``), else None."""
    if len(countries) != 1:
        return None
    cid = slug(next(iter(countries)))
    if cid not in ctx.gaz.country_ids:
        return None
    place = ResolvedMention(k, k + 1, doc[k].idx, doc[k].idx + len(doc[k]), doc[k].text, "GPE", "place", cid, cid, sentence_id, {})
    return _country_side(ctx, place)


#: "Valencia's new head coach wants ...": a club's coach as the subject, standing for the person.
CLUB_COACH_DESCRIPTOR_RULES = {"coach.possessive_role_descriptor"}


def _club_coach(ctx, team):
    """The one person this article has coach ``team`` (its own claims, second pass), leaving out who left it."""
    ctx.possessive_used = True
    if isinstance(ctx.coach_of, _Watched):
        ctx.coach_of.asked = True  # known in the second pass: redo the match then
    if team is None:
        return None
    people = {p for p, t in dict.items(ctx.coach_of) if t == team.entity_id and ctx.left_of.get(p) != team.entity_id}
    if len(people) != 1:
        return None
    person = people.pop()
    return next((m for m in ctx.mentions if m.entity_id == person and m.type == "person"), None)


#: "X is / had been Y's assistant": the staff of Y's club, and Y its head coach.
ASSISTANT_OF_RULES = {"staff.is_possessive_assistant", "staff.is_possessive_number_two", "staff.appositive_is_possessive_assistant",
                      "staff.one_of_possessive_coaches", "staff.one_of_possessive_assistants",
                      "staff.appositive_possessive_assistant"}


#: "Z is one of Y's coaches": a place on a staff of several, which "along with W" extends to W.
ONE_OF_STAFF_RULES = {"staff.one_of_possessive_coaches", "staff.one_of_possessive_assistants"}


def _fellow_staff(doc, ctx, out, end, sent, subject) -> list:
    """"Z is one of Y's coaches, along with (X's assistant at A,) W": W holds the same place on Y's staff;
    a possessor (X of "X's assistant") is no member of it."""
    k = end + (end < sent.end and doc[end].is_punct)
    words = [t.lower_ for t in doc[k:min(k + 2, sent.end)]]
    if words not in (["along", "with"], ["together", "with"]) and words[:1] != ["alongside"]:
        return []
    stop = next((t.i for t in doc[k:sent.end] if t.lower_ in {"who", "which", "whose"} and doc[t.i - 1].text == ","),
                sent.end)  # "along with W, who once worked under V": not V
    names = [m for m in ctx.mentions if m.type == "person" and k < m.start and m.end <= stop
             and m.entity_id != subject.entity_id and not _is_possessor(doc, m)]
    return [replace(c, subject_id=m.entity_id, subject=m.entity,
                    claim_id=claim_id(c.article_id, c.rule_id + ">fellow", c.start_char, c.end_char, c.predicate,
                                      m.entity_id, c.value), rule_id=c.rule_id + ">fellow")
            for m in names[:1] for c in out if c.predicate == "coaching_staff_of" and c.subject_id == subject.entity_id]


def _his_token(doc, roles) -> int | None:
    """The "his"/"her" that owns the staff word, one or two words before it ("worked as his assistant", "her
    number two"), if any."""
    if "trigger" not in roles:
        return None
    t = roles["trigger"][0]
    return next((k for k in range(t - 1, max(-1, t - 3), -1) if doc[k].tag_ == "PRP$" and doc[k].lower_ in {"his", "her"}),
                None)


def _lost_in_another_round(doc, ctx, end: int, sent) -> bool:
    """Whether the loss just matched ("lost 2-1 to X") is placed in a round that is no final: "in the
    semi-final", "in the final group game", "in the group stage", "in the quarter-finals"."""
    k = end
    while k < sent.end and k < end + 2 and doc[k].lower_ not in {"in", "at"}:
        k += 1
    if k >= sent.end or doc[k].lower_ not in {"in", "at"}:
        return False
    for t in doc[k + 1:min(sent.end, k + 6)]:
        if t.is_punct and t.text != "-":
            return False
        if t.lower_ in {"final", "finals"} and doc[t.i - 1].text != "-" and not (
                t.i + 1 < sent.end and doc[t.i + 1].lower_ in ctx.word_set("not_a_final_nouns")):
            return False  # "in the Champions League final": the final itself
        if t.lower_ in ctx.word_set("other_round_words") or t.lower_ in ctx.word_set("not_a_final_nouns"):
            return True
    return False


def _club_after(doc, ctx, i: int, sent) -> bool:
    """Whether "at" / "with" and a named side follow the staff word at ``i`` ("his assistant at Porto")."""
    k = i + 1
    while k < sent.end and k <= i + 2 and doc[k].lower_ in {"manager", "coach", "head"}:
        k += 1
    return k + 1 < sent.end and doc[k].lower_ in {"at", "with"} and _as_team(ctx, _mention_at(ctx, k + 1)) is not None


def _assistant_owner(doc, ctx, roles, subject=None, his=None):
    """Y of "Y's (trusted) assistant": the person named right before the possessive; of "his assistant"
    (``his``: the token of "his", :func:`_his_token`), the person "his" stands for, never the assistant
    himself ("X, who worked as his assistant at A, joins him": the one named before X)."""
    if "trigger" not in roles:
        return None
    if his is not None:
        m = ctx.pronoun(doc, his)
        if m is None or subject is not None and m.entity_id == subject.entity_id:
            m = salient_person(ctx.mentions, his, exclude={subject.entity_id} if subject is not None else set())
        players = set(ctx.words.get("position_groups", {}).values()) - {"coach", "official"}
        if m is not None and any(x.entity_id == m.entity_id and x.attrs.get("position") in players for x in ctx.mentions):
            return None  # a player the article names as such owns no assistant
        return m if m is not None and m.type == "person" else None
    k = roles["trigger"][0] - 1
    while k > 0 and doc[k].tag_ not in {"POS", "PRP$"} and roles["trigger"][0] - k <= 2:
        k -= 1
    m = _mention_at(ctx, k - 1) if k > 0 and doc[k].tag_ == "POS" else None
    return m if m is not None and m.type == "person" else None


def _appointer_team(doc, ctx, trigger, sent, subject):
    """The side that appoints: the subject of the appointing verb, or of the verb it is conjoined to ("X sacked
    Y and named Z manager"); a side's name, "they", or "the club" (the article's club). A person who appoints
    (an owner, a president) names no side here."""
    verb = _governing_verb(trigger)
    for _ in range(3):
        subj = _verb_subjects(doc, ctx, verb)
        if subj:
            c = subj[0]
            m = _as_team(ctx, _mention_at(ctx, c.i))
            if m is not None:
                return m
            if c.lower_ in TEAM_PRONOUNS:
                return _they(ctx, c.i, sent)
            if c.lower_ in TEAM_WORDS and any(t.lower_ in {"the", "this"} for t in c.children):
                return _context_team(ctx, c.i, sent, exclude={subject.entity_id} if subject is not None else set(),
                                     prefer_frequent=True)
            return None
        if verb.head is verb or not (verb.dep_ == "conj" or verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            return None  # "sacked Y and named X", "..., completing the signing of X": the main clause's subject
        verb = _governing_verb(verb.head)
    return None


def _signer_team(doc, ctx, trigger, player):
    """"Ortega sold X ... and broke the club's record to sign Y from Ajax": the club of who signs,
    a club itself or the club its coach runs."""
    verb = _governing_verb(trigger)
    for _ in range(4):
        subj = _verb_subjects(doc, ctx, verb)
        if subj:
            m = _mention_at(ctx, subj[0].i)
            t = _as_team(ctx, m)
            if t is None and m is not None and m.type == "person" and m.entity_id != player.entity_id:
                ctx.possessive_used = True
                coached = ctx.coach_of.get(m.entity_id)
                t = next((x for x in ctx.mentions if x.entity_id == coached), None) if coached else None
            return t
        if verb.head is verb or verb.dep_ not in {"xcomp", "conj", "advcl", "ccomp"}:
            return None
        verb = _governing_verb(verb.head)
    return None


def _where_team(doc, ctx, start, sent):
    """"arrived from Southampton, where he had succeeded X in 2013": the club the clause hangs from."""
    for k in range(start - 1, sent.start, -1):
        if doc[k].is_punct:
            return None
        if doc[k].lower_ == "where":
            if doc[k - 1].text == "," and k - 2 >= sent.start:
                m = next((m for m in ctx.mentions if m.end == k - 1 and m.start >= sent.start), None)
                return _as_team(ctx, m)
            return None
    return None


def _origin(doc, m) -> bool:
    """"joined Arsenal from Juventus, going on to score ...": Juventus is behind him, not the club
    of what follows; but "arrives from Derby County, where he spent ..." is about Derby."""
    if not (m.start > 0 and doc[m.start - 1].lower_ == "from"):
        return False
    after = [t.lower_ for t in doc[m.end:m.end + 2]]
    return not (after[:1] == [","] and after[1:] in (["where"], ["when"], ["who"]) or after[:1] in (["where"], ["when"]))


def _has_other_object(doc, span) -> bool:
    """"take over a slumbering giant": the verb has an object that is not a named team."""
    for tok in span:
        for child in tok.children:
            if child.dep_ in {"dobj", "pobj"} and child.i >= span.end and child.ent_type_ not in {"TEAM", "ORG", "PERSON", "FAC"}:
                return True
    return False


# --- values --------------------------------------------------------------------

_AFTER_GAMES = re.compile(r"\bafter (\w+) (games|matches|rounds|matchdays)\b", re.I)


def _value(doc, ctx, rule, roles, value_toks, trigger, sent, subject, obj):
    words = ctx.words
    qualifier = ""
    if rule.value == "fixed":
        return rule.value_default, qualifier
    if rule.value == "last_place":  # "bottom club X": the league's number of teams, once its league is known
        return LAST_PLACE, qualifier
    if rule.value == "number":
        n = parse_number(value_toks[0], words) if value_toks else None
        return (str(n) if n is not None else None), qualifier
    if rule.value == "ordinal":
        n = words["ordinals"].get(value_toks[0].lower_) if value_toks else None
        if n is None and value_toks and rule.predicate in CAREER_TOTALS and value_toks[0].lower_[:-2].isdigit():
            n = int(value_toks[0].lower_[:-2])  # "her 17th goal at the finals", "his 100th cap"
        if n is None:
            return None, qualifier
        m = _AFTER_GAMES.search(ctx.sentence_text(sent))
        if m:
            qualifier = m.group(0)
            return f"{n} ({qualifier})", qualifier
        return str(n), qualifier
    if rule.value == "role":
        return _role_near(doc, trigger, sent, words) or rule.value_default, qualifier
    if rule.value == "origin_team":
        for i in roles.get("value", []):
            m = _origin_team(ctx, _mention_at(ctx, i)) if rule.predicate == "transfer" else _as_team(ctx, _mention_at(ctx, i))
            if m is not None:
                return m.entity_id, qualifier
        if rule.predicate == "transfer" and any(t.lower_ == "exchange" for t in doc[trigger.i:min(trigger.i + 8, sent.end)]) \
                and trigger.dep_ in {"advcl", "conj", "xcomp"}:
            # "sold X to United, taking Y in exchange": Y came from the club X was sold to
            for t in trigger.head.children:
                if t.dep_ in {"prep", "dative"} and t.lower_ == "to":
                    m = _as_team(ctx, _mention_at(ctx, t.i + 1))
                    if m is not None and (obj is None or m.entity_id != obj.entity_id):
                        return m.entity_id, qualifier
        if rule.predicate == "transfer" and trigger.lemma_ == "sell":
            # "X was sold to Everton by Wigan": the seller named in the passive's agent
            for agent in (c for c in trigger.children if c.dep_ == "agent"):
                t = next((_as_team(ctx, _mention_at(ctx, o.i)) for o in agent.children if o.dep_ == "pobj"), None)
                if t is not None and (obj is None or t.entity_id != obj.entity_id):
                    return t.entity_id, qualifier
        if rule.predicate == "transfer" and trigger.lemma_ == "sell" and rule.id != "transfer.was_sold_to":
            # "Wenger sold X to United": the seller's club (a club, the club its coach runs, else the article's);
            # "X was sold to United" names no seller: the club the article last had him at (_origins)
            seller = [c for c in trigger.children if c.dep_ == "nsubj"]
            m = _mention_at(ctx, seller[0].i) if seller else None
            t = _as_team(ctx, m)
            if t is None and m is not None and m.type == "person":
                ctx.possessive_used = True
                coached = ctx.coach_of.get(m.entity_id)
                t = next((x for x in ctx.mentions if x.entity_id == coached), None) if coached else None
            t = t or _context_team(ctx, trigger.i, sent, exclude={subject.entity_id} | ({obj.entity_id} if obj else set()),
                                   prefer_frequent=True)
            if t is not None and (obj is None or t.entity_id != obj.entity_id):
                return t.entity_id, qualifier
        begin = sent.start
        other_way = rule.predicate == "transfer" and any(
            a.lower_ == "other" and b.lower_ == "way" for a, b in zip(doc[sent.start:trigger.i], doc[sent.start + 1:trigger.i]))
        if rule.predicate == "transfer" and (trigger.lower_ in ctx.word_set("leave_verbs") or other_way) \
                and subject is not None and sent.start <= subject.start < trigger.i:
            begin = subject.start  # "X joined from A, and Y from B after Z left for C": not the origins of the others
        for tok in doc[begin:sent.end]:
            if tok.lower_ == "from" and tok.i + 1 < len(doc):
                m = _as_team(ctx, _mention_at(ctx, tok.i + 1))
                if m is not None and (obj is None or m.entity_id != obj.entity_id):
                    return m.entity_id, qualifier
        if rule.predicate == "transfer":
            t = _spell_before_move(doc, ctx, trigger) or _swap_partner_club(doc, ctx, trigger)
            if t is not None and (obj is None or t.entity_id != obj.entity_id):
                return t.entity_id, qualifier
        for m in reversed(ctx.mentions):
            if begin <= m.start and m.end <= trigger.i and not _destination(doc, ctx, m) \
                    and not (rule.predicate == "transfer" and _turned_down(doc, ctx, m)):
                t = _as_team(ctx, m)
                if t is not None and (obj is None or t.entity_id != obj.entity_id):
                    return t.entity_id, qualifier
        left_first = rule.id in PLAYING_MOVE_RULES and any(
            t.lower_ in ctx.word_set("leave_verbs") for t in doc[sent.start:trigger.i])  # "left ... and will play for X"
        if rule.predicate == "transfer" and (trigger.lower_ in ctx.word_set("leave_verbs") or trigger.lower_ == "linked"
                                             or other_way or left_first) and obj is not None:
            # "X went the other way, returning to Leipzig": he left the article's club
            # "Napoli rebuilt. X left for Chelsea": the club he left is the one the article is about
            t = _context_team(ctx, trigger.i, sent, exclude={subject.entity_id, obj.entity_id}, prefer_frequent=True)
            if t is not None and _national(ctx, t.entity_id) and not _national(ctx, obj.entity_id):
                # "X (of a national squad) has been linked with Chelsea": he would leave a club, not his country;
                # a move only talked of is left open here for the club the article has him at (_suitors_origin)
                return "", qualifier
            if t is not None:
                return t.entity_id, qualifier
        return "", qualifier
    if rule.value == "demonym":
        tok = value_toks[0] if value_toks else None
        if tok is None:
            return None, qualifier
        m = _mention_at(ctx, tok.i)
        text = (m.entity if m is not None and m.type == "team" else " ".join(t.text for t in value_toks))  # "South Korea"
        country = ctx.gaz.demonyms.get(text.lower()) or ctx.gaz.demonyms.get(text.replace(" national team", "").lower()) \
            or ctx.gaz.demonyms.get(text.lower().removesuffix(" women"))  # "South Korea playmaker X" in a women's story
        return country, qualifier
    if rule.value == "date":  # "born in Carrara on 28 January 1978", "(born May 5, 1990)": a full date only
        day = _full_date(doc[trigger.i + 1:min(sent.end, trigger.i + 9)])
        return (day, qualifier) if day else (None, qualifier)
    if rule.value == "season":
        qualifier = " ".join(t.text for t in doc[trigger.i + 1: (value_toks[-1].i + 1) if value_toks else trigger.i + 1])
        return "", qualifier
    return "", qualifier


def _full_date(span) -> str | None:
    """The first day-month-year ("28 January 1978", "January 28, 1978") in a few tokens, as ISO."""
    months = load_grammar().words["month"]
    toks = [t for t in span if not t.is_punct]
    for a, b, c in zip(toks, toks[1:], toks[2:]):
        if a.text.isdigit() and b.lower_ in months and _YEAR.match(c.text):
            d, m, y = int(a.text), int(months[b.lower_]), int(c.text)
        elif a.lower_ in months and b.text.isdigit() and _YEAR.match(c.text):
            d, m, y = int(b.text), int(months[a.lower_]), int(c.text)
        else:
            continue
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            return None
    return None


def _spell_before_move(doc, ctx, trigger):
    """"moved to X after four years with Y", "joined X after two seasons at Y": the club of the spell the move
    ended (a time span hung on "after" on the move's verb, with "with" / "at" and a club)."""
    verb = _governing_verb(trigger)
    for after in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"):
        for span in (o for o in after.children if o.dep_ == "pobj" and (o.ent_type_ == "DATE" or o.lemma_ in {"season", "year", "month"}
                                                                        or o.lower_ in ctx.word_set("spell_nouns"))):
            for prep in (c for c in span.children if c.dep_ == "prep" and c.lower_ in {"with", "at"}):
                for club in (o for o in prep.children if o.dep_ == "pobj"):
                    t = _as_team(ctx, _mention_at(ctx, club.i))
                    if t is not None:
                        return t
    return None


def _swap_partner_club(doc, ctx, trigger):
    """"Y moved to Milan in the deal that took X to Barcelona": X came from the club the other man of the
    swap went to (a deal noun, models/wordlists.json ``move_deal_nouns``, hung on "in" / "as part of" on a
    move verb with "to" and a club, or the club it joined)."""
    noun = trigger.head if trigger.dep_ == "relcl" else None
    if noun is None or noun.lower_ not in ctx.word_set("move_deal_nouns"):
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "part":  # "as part of the deal"
        prep = prep.head.head
    if prep.lower_ not in {"in", "as"}:
        return None
    verb = prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for c in verb.children:
        club = None
        if c.dep_ == "prep" and c.lower_ == "to":
            club = next((o for o in c.children if o.dep_ == "pobj"), None)
        elif c.dep_ == "dobj" and verb.lower_ in ctx.word_set("join_verbs"):
            club = c
        t = _as_team(ctx, _mention_at(ctx, club.i)) if club is not None else None
        if t is not None:
            return _named_city_club(ctx, t)
    return None


def _named_city_club(ctx, t):
    """A city's name taken for one of its clubs ("moved to Milan"): the one club of that city the article names
    by another name, when it names one; else the club as resolved."""
    clubs = ctx.gaz.clubs_in(t.text)
    if len(clubs) < 2:
        return t
    named = {x.entity_id for x in ctx.mentions if x.type == "team" and x.entity_id in clubs and x.text != t.text}
    if len(named) != 1:
        return t
    club = ctx.gaz.get(named.pop())
    return replace(t, entity_id=club.id, entity=club.name)


def _turned_down(doc, ctx, m) -> bool:
    """"turned down Lyon to join Monaco", "rejected Lyon for Monaco": a club refused is no club left."""
    head = doc[m.end - 1]
    if head.dep_ != "dobj":
        return False
    verb = head.head
    refusal = ctx.word_set("refusal_verbs")
    return verb.lower_ in refusal and (verb.lemma_ != "turn" or any(c.lower_ == "down" for c in verb.children))


def _destination(doc, ctx, m) -> bool:
    """"X left for Chelsea, Y joined Paris Saint-Germain": a club someone moved to is no origin of the next move."""
    return m.start > 0 and (doc[m.start - 1].lower_ in {"for", "to"} or doc[m.start - 1].lower_ in ctx.word_set("join_verbs"))


def _role_near(doc, trigger, sent, words) -> str:
    roles = words["role_words"]
    if trigger.i > sent.start:  # "Austria head coach Ralf Rangnick": the role noun is the trigger's head
        two = f"{doc[trigger.i - 1].lower_} {trigger.lower_}"
        if two in roles:
            return roles[two]
        if trigger.lower_ in roles and doc[trigger.i - 1].lower_ in words["temporary_role_words"]:
            return "interim"  # "caretaker boss X", "acting coach X": a stand-in, whatever the title noun
    toks = list(doc[trigger.i: min(sent.end, trigger.i + 10)])
    for k, tok in enumerate(toks):
        if tok.lower_ in {"his", "her"} and tok.dep_ == "poss" and any(t.text == "," for t in toks[:k]):
            break  # "was sacked, and the club turned to his assistant Y": another clause, another's role
        two = f"{tok.lower_} {toks[k + 1].lower_}" if k + 1 < len(toks) else ""
        if two in roles:
            return roles[two]
        if tok.lower_ in roles:
            return roles[tok.lower_]
    return ""


# --- time ----------------------------------------------------------------------

def _span_lowers(span: Span) -> list[str]:
    """The lower-case words of a span (a sentence, or part of one)."""
    return _doc_lowers(span.doc)[span.start:span.end]


def _sent_lowers(sent: Span) -> list[str]:
    """The lower-case words of a sentence."""
    return _span_lowers(sent)


@lru_cache(maxsize=256)
def _sent_words(sent: Span) -> frozenset[str]:
    return frozenset(_sent_lowers(sent))


def _tense(trigger: Token, sent: Span) -> str:
    verb = _governing_verb(trigger)
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & {"will", "'ll", "shall"}:
        return "future"
    # "leaves next summer": a present form with a future time; not a simple past ("who left X last May ... and
    # could move next summer": the "next" dates another clause)
    if not _sent_words(sent).isdisjoint({"next", "upcoming"}) and not (verb.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}):
        return "future"
    if verb.tag_ == "VBN" and aux & {"is", "are", "am", "'s", "'re"} and not aux & {"had", "has", "have", "was", "were", "been"}:
        return "present"  # "Iceland are coached by X", "is managed by": a passive in the present
    if verb.tag_ in {"VBD", "VBN"} or aux & {"had", "has", "have", "was", "were", "did"}:
        return "past"
    return "present"


def _gone_clause_time(trigger, sent, timexes_by_sent):
    """"X replaces Y, who left last month": (time text, source, tense) of the relative clause on the
    one replaced, which dates his departure (not the appointment), or None."""
    if trigger.lemma_ not in SUCCESSION_LEMMAS:
        return None
    for c in _clauses_on_the_replaced(trigger):
        lo, hi = _char_span(c)
        inside = [t for t in timexes_by_sent.get(sent.start_char, []) if lo <= t[0] and t[1] <= hi and t[3] == "DATE"]
        if inside:
            return inside[-1][2], "expression", _tense(c, sent)
    return None


def _clauses_on_the_replaced(trigger) -> list:
    """The relative clauses on the person a succession verb replaces ("replaces X, who left last month"),
    also when the parser makes X a subject after the verb."""
    return [t for t in trigger.subtree if t.dep_ in {"relcl", "acl"} and t.head.ent_type_ == "PERSON"
            and (t.head.dep_ in {"dobj", "appos"} or t.head.i > trigger.i)
            and not t.left_edge.i <= trigger.i <= t.right_edge.i]


def _char_span(tok: Token) -> tuple[int, int]:
    """Character offsets (start, end) of the words ``tok`` heads (its subtree)."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def _within(char: int, tok: Token) -> bool:
    start, end = _char_span(tok)
    return start <= char < end


#: A job's change said in a clause with no time of its own ("arrived in June 2019, succeeding X";
#: "walked out in May to replace Y"; "announced in March that Z would take over") takes the time
#: of the clause it hangs on.
CLAUSE_TIME_FROM_HEAD = {"advcl", "xcomp", "ccomp"}


def _head_clause_times(verb: Token, found: list) -> list:
    """The time expressions of the clause ``verb`` hangs on, but those inside another clause of it
    (a relative clause on a person, another subordinate clause)."""
    head = verb.head
    if head.pos_ not in {"VERB", "AUX"}:
        return []
    others = [c for c in head.children if c is not verb and c.dep_ in {"relcl", "acl", "advcl", "ccomp", "conj"}]
    others += [t for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"} for t in c.children
               if t.dep_ in {"relcl", "acl"}]
    lo, hi = _char_span(head)
    spans = [_char_span(c) for c in others]
    return [t for t in found if lo <= t[0] and t[1] <= hi and not any(a <= t[0] < b for a, b in spans)]


def _time(doc, rule, trigger, sent, span, timexes_by_sent, sent_text):
    tense = _tense(trigger, sent)
    if rule.time == "article":
        if rule.predicate == "tenure_length":
            return _tenure_time(trigger, sent, span, timexes_by_sent, sent_text, tense)
        return "", "article_date", tense
    if trigger.lower_ in {"former", "ex"}:  # "the former Chelsea coach": a past role, not dated by the sentence
        return "", "none", "past"
    if rule.predicate == "head_coach_of":  # "In his previous job, in charge of Atletico's U19s": not a current role
        lead = [t.lower_ for t in doc[max(sent.start, trigger.i - 8):trigger.i]]
        if any(w in {"previous", "former", "last"} and n in {"job", "role", "post", "spell"} for w, n in zip(lead, lead[1:])):
            return "", "none", "past"
    found = timexes_by_sent.get(sent.start_char, [])
    verb = _governing_verb(trigger)
    lo, hi = _char_span(verb)
    in_clause = [t for t in found if lo <= t[0] and t[1] <= hi]
    if not in_clause and verb.dep_ == "relcl":  # "last season, when his side finished seventh"
        head = verb.head.idx
        in_clause = [t for t in found if t[0] <= head < t[1]]
    if not in_clause and verb.dep_ in CLAUSE_TIME_FROM_HEAD and rule.predicate in {"appointed", "left_role"}:
        in_clause = _head_clause_times(verb, found)
    if rule.predicate == "retired":  # not a year of a clause hanging on it ("..., ending a career that began in 1995")
        inner = [c for c in verb.children if c.dep_ in {"advcl", "relcl", "acl", "ccomp"} and not
                 (c.left_edge.i <= trigger.i <= c.right_edge.i)]
        in_clause = [t for t in in_clause if not any(_within(t[0], c) for c in inner)]
    if rule.predicate in {"appointed", "left_role"} and len(in_clause) > 1:
        # "Bielsa, who was sacked by Leeds in February 2022, took over Uruguay in 2023": not the year of a clause
        # on someone named in it, when the trigger's own clause has one
        inner = [t for t in verb.subtree if t.dep_ in {"relcl", "acl"} and t is not verb and t.head.ent_type_ == "PERSON"
                 and t.head.dep_ in {"nsubj", "nsubjpass"} and not (t.left_edge.i <= trigger.i <= t.right_edge.i)]
        own = [x for x in in_clause if not any(_within(x[0], c) for c in inner)]
        if own:
            in_clause = own
    if rule.predicate == "appointed" and trigger.lemma_ in SUCCESSION_LEMMAS:
        # "X replaces Y, who stepped down in December": the time of a clause on the one replaced is his
        # departure's, not the appointment's
        on_gone = _clauses_on_the_replaced(trigger)
        if on_gone:
            spans = [_char_span(c) for c in on_gone]
            in_clause = [x for x in in_clause if not any(lo <= x[0] < hi for lo, hi in spans)]
            found = [x for x in found if not any(lo <= x[0] < hi for lo, hi in spans)]
    if in_clause or rule.time == "sentence_or_article" or rule.predicate == "retired":
        found = in_clause  # a retirement's year is in its own clause ("..., before finishing his career")
    best, best_d = None, None
    for (s, e, text, ttype) in found:
        if s < span.end_char and e > span.start_char and rule.predicate not in {"tenure_length"}:
            if s >= span.start_char and e > span.end_char:  # "took over two weeks ago": keep "two weeks ago"
                cut = span.end_char - s
                text, s = text[cut:].strip(), span.end_char
                if not text:
                    continue
            elif not (ttype == "DATE" and _names_a_date(rule)):
                continue  # the value itself ("the 41-year-old") is not a time, unless the rule matched a date
        if ttype == "DURATION" and rule.predicate not in {"tenure_length"}:
            continue
        d = abs(s - trigger.idx)
        if best_d is None or d < best_d:
            best, best_d = (text, s), d
    if best is not None:
        text, s = best
        if not sent.start <= trigger.i < sent.end:  # a match across sentences: the trigger's own
            sent = trigger.sent
            sent_text = sent.text
        text = _with_span_signal(text, s, sent, sent_text)
        if _FOLLOWING.fullmatch(text.lower()):  # "left for LA Galaxy in 2015 and retired the following year"
            years = _YEAR_IN_TEXT.findall(sent_text[:max(0, s - sent.start_char)])
            if years:
                return str(int(years[-1]) + 1), "expression", tense
        return text, "expression", tense
    # no expression: a table place someone "finished" in is the last completed season's
    if rule.predicate == "league_position" and _finished_season(trigger, tense):
        return "", "last_completed_season", tense
    # otherwise the article date, unless the rule needs a stated time
    if rule.id == "retired.announced_retirement" and tense == "past" and any(
            c.lower_ in {"has", "have"} for c in _governing_verb(trigger).children if c.dep_ == "aux"):
        return "", "article_date", tense  # "has announced his retirement": news of the day
    if rule.time == "sentence_or_article":
        return "", "article_date", tense
    return "", "none", tense


def _names_a_date(rule) -> bool:
    """Whether the rule's pattern takes a date ("arrived in December 2017 to ..."): that date is its time."""
    return any(t.get("ENT_TYPE") == "DATE" for t in rule.pattern)


def _finished_season(trigger, tense: str) -> bool:
    """"finished third", "finished ten points clear of X", "won it, finishing on 85 points": a place or
    points a side finished a season with (a past "finish"/"end", or "finishing" hung on a past verb)."""
    verb = _governing_verb(trigger)
    ending = trigger.lemma_ in {"finish", "end"} or verb.lemma_ in {"finish", "end"}
    return ending and (tense == "past" or verb.tag_ == "VBG" and verb.head.tag_ == "VBD")


#: Words before a time expression that make it one end of a span; kept with the expression's text.
SPAN_SIGNALS = {"until", "till", "since"}


def _with_span_signal(text: str, s: int, sent, sent_text: str) -> str:
    """"until 2013", "since July": the expression starting at character ``s`` with the word before it
    when that word opens or closes a span."""
    before = sent_text[:max(0, s - sent.start_char)][-8:].split()
    return f"{before[-1].lower()} {text}" if before and before[-1].lower() in SPAN_SIGNALS else text


def _tenure_time(trigger, sent, span, timexes_by_sent, sent_text, tense):
    """The time of a spell of N years: a date in its own clause ("between 2004 and 2010", "until 2013",
    "before stepping down in 2018") dates it (see :func:`_tenure_interval`); with none, the spell is
    told as of the article's date (most often it ends with the day's news: "leaves after two years")."""
    verb = _governing_verb(trigger)
    lo, hi = _char_span(verb)
    # not a date of another clause joined to it ("won the league in each of his eight seasons there and
    # lifted the cup in 2020")
    others = [_char_span(c) for c in verb.children
              if c.dep_ in {"conj", "relcl", "advcl", "ccomp"} and not c.left_edge.i <= trigger.i <= c.right_edge.i]
    found = [t for t in timexes_by_sent.get(sent.start_char, []) if lo <= t[0] and t[1] <= hi and t[3] == "DATE"
             and not (t[0] < span.end_char and t[1] > span.start_char) and not any(a <= t[0] < b for a, b in others)]
    if found:  # "between 2004 and 2010", "from 2002 to 2013": the words from the first date to the last
        s, e = min(t[0] for t in found), max(t[1] for t in found)
        text = sent_text[s - sent.start_char:e - sent.start_char]
        return _with_span_signal(text, s, sent, sent_text), "tenure", tense
    return "", "article_date", tense


def _tenure_interval(years: str, time_text: str) -> tuple[str, str] | None:
    """(start, end) of a spell of ``years`` years dated by a calendar expression of its clause: the
    expression itself when it spans the spell ("between 2004 and 2010", "in 2016-17" for one
    season), else the ``years`` up to its end ("until 2013" for 11 years: 2002..2013); None when
    the expression needs the article's date ("until last season")."""
    if time_text.startswith("since") or not years.isdigit():
        return None  # a spell still running: up to the article's date
    found = [t for t in timex.find_timexes(time_text, None) if t.start is not None and t.end is not None]
    if not found:
        return None
    start, end = min(t.start for t in found), max(t.end for t in found)
    if end.year - start.year < int(years) - 1:
        start = date(end.year - int(years), 1, 1)
    return start.isoformat(), end.isoformat()


#: A year counted from one named before it in the sentence.
_FOLLOWING = re.compile(r"(?:the )?(?:following|next) year|a year later|the year after")
_YEAR_IN_TEXT = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


# --- modality ------------------------------------------------------------------

TEMPORAL_MARKS = {"when", "after", "before", "since", "while", "as", "by", "until"}


def _chain(tok: Token, limit: int = 8) -> list[Token]:
    """The trigger and the words it hangs from, up to a temporal clause boundary
    ("... would never be ranked ... when he walked out to join Chelsea": the
    when-clause is a fact, the modal belongs to the main clause)."""
    out = [tok]
    while tok.dep_ in CHAIN_DEPS and tok.head is not tok and len(out) < limit:
        if tok.dep_ == "advcl" and any(c.dep_ in {"mark", "advmod"} and c.lower_ in TEMPORAL_MARKS for c in tok.children):
            break
        if tok.dep_ == "pcomp" and tok.head.lower_ in TEMPORAL_MARKS:
            break
        tok = tok.head
        out.append(tok)
    return out


#: Predicates whose event in a "when" clause is as reported as the clause it hangs on.
WHEN_REPORTED_PREDICATES = {"transfer"}


def _modality(doc, ctx, rule, trigger, sent, words):
    text = ctx.sentence_text(sent).strip()
    attribution = ""
    chain = _chain(trigger)
    hyp = ctx.word_set("hypothetical_words")
    if text.endswith("?"):
        return "hypothetical", attribution
    # a role noun the tagger took for an adverb ("The Chelsea forward, 23, has never won ...") is still a noun
    nominal = trigger.pos_ in {"NOUN", "PROPN", "ADJ"} or trigger.lower_ in ctx.word_set("person_nouns")
    if rule.predicate in SENTENCE_LEVEL_MODALITY or nominal and rule.id.startswith(
            ("coach.team_role_name", "player.team", "player.former", "staff.role_name", "coach.descriptor",
             "coach.former_team_role", "coach.team_noun_descriptor", "coach.appositive_team_role_since")):  # "The former Genoa coach never won ...": the
        # descriptor states the role whatever the clause it is the subject of says
        chain = []
    if rule.predicate == "coaching_staff_of" and trigger.dep_ in {"amod", "compound"} and chain == [trigger]:
        chain = [trigger, *_chain(trigger.head)]  # "may join / stay on as part of his coaching staff": the staff's verb
    verb = _governing_verb(trigger)
    # "believe Amorim can lead the club back to the title": a title that can still come is not won
    sure = {"will", "'ll"} if rule.predicate == "title_won" else {"will", "'ll", "can", "ca"}
    for tok in chain:
        for child in tok.children:
            if child.tag_ == "MD" and child.lower_ not in sure and not _announced_plan(tok, child):
                return "hypothetical", attribution
            if child.dep_ in {"mark", "advmod"} and child.lower_ in {"if", "unless", "whether", "whenever"}:
                return "hypothetical", attribution
            if child.i < tok.i and (child.dep_ == "advcl" and _condition(child) or child.dep_ in {"aux", "auxpass"}
                                    and any(g.dep_ == "advcl" and g.i < child.i and _condition(g) for g in child.children)):
                return "hypothetical", attribution  # "If X beat Y on Sunday, they will be crowned champions"
            if child.lower_ == "once" and _conditional_once(child, tok):
                return "hypothetical", attribution
            if child.dep_ == "advmod" and child.lower_ == "when" and tok.tag_ in {"VBZ", "VBP"} \
                    and any(c.lower_ == "eventually" for c in tok.children):
                return "hypothetical", attribution  # "when Ancelotti eventually leaves": not yet
        if tok is not trigger and tok.lower_ in hyp:
            return "hypothetical", attribution
        if tok.tag_ == "MD" and tok.lower_ not in sure:
            return "hypothetical", attribution
    refusal = ctx.word_set("refusal_verbs")
    failure = ctx.word_set("failure_verbs")
    neg_scope = [trigger, verb] if chain else []
    while verb.dep_ in {"xcomp", "ccomp"} and verb.head is not verb and len(neg_scope) < 6:
        if verb.dep_ == "ccomp" and verb.head.i > verb.i and any(t.text == ";" for t in doc[verb.i:verb.head.i]):
            break  # "He took X to third place ...; Y did not win": a clause of its own, hung on the next one
        if verb.dep_ == "ccomp" and verb.head.i > verb.i and any(c.dep_ == "mark" for c in verb.head.children):
            break  # "X completed the signing of Y, after two bids had been turned down": the parser's head is a
            # subordinate clause ("after ..."), which cannot govern the main clause before it
        verb = verb.head
        neg_scope.append(verb)
        if verb.dep_ == "dobj" or verb.pos_ == "NOUN":  # "turned down the chance to take over"
            verb = verb.head
            neg_scope.append(verb)
    for tok in neg_scope:
        if any(c.dep_ == "neg" for c in tok.children):
            return "negated", attribution
        if tok is not trigger and tok.lemma_ in {"be", "have"} and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in tok.children) and any(
                c.dep_ == "xcomp" and c in neg_scope for c in tok.children):
            return "negated", attribution  # "are yet to win the title", "have yet to lift it": not won so far
        if rule.predicate == "title_won" and tok is not trigger and tok.lemma_ == "wait" and tok.tag_ != "VBD" \
                and any(c.lower_ in {"first", "maiden"} for c in trigger.subtree):  # "waited ... until 2020": it came
            return "negated", attribution  # "still waiting for their first league title": none so far
        if rule.predicate == "title_won" and tok.dep_ == "pobj" and tok.head.lower_ == "without":
            return "negated", attribution  # "have gone without a league title since 2010"
        if tok is not trigger and any((c.dep_ == "dobj" or c.ent_type_ == "TEAM" and c.dep_ in {"advmod", "npadvmod"})
                                      and c not in neg_scope for c in tok.children) \
                and (tok.lower_ in refusal or tok.lemma_ == "turn"):
            continue  # "snubbed Marseille to sign for Nice", "turned down Real (read as an adverb) to sign a new
            # contract with X": the refusal is of another; the clause is its purpose
        if tok is not trigger and tok.lemma_ in refusal | {"turn"} and any(c.lower_ == "down" for c in tok.children) \
                and rule.predicate != "offer_received":
            return "negated", attribution
        if tok is not trigger and tok.lower_ in refusal and tok.lemma_ != "turn" and rule.predicate != "offer_received":
            return "negated", attribution
        if tok is not trigger and tok.lower_ in failure:  # "failed to win a third title", "were denied the title"
            return "negated", attribution
        if tok is not trigger and tok.lower_ in ctx.word_set("missing_verbs") and (
                rule.predicate == "title_won" or any(c.lower_ == "out" for c in tok.children)):
            return "negated", attribution  # "missed out on the title" / "on a move" ("missed two chances" is no title)
    if chain and any(c.dep_ == "advmod" and c.lower_ in ctx.word_set("report_cues")
                     for tok in neg_scope for c in tok.children):
        return "reported", attribution
    if chain and rule.predicate in WHEN_REPORTED_PREDICATES and verb.dep_ == "advcl" \
            and any(c.lower_ == "when" for c in verb.children) \
            and any(c.dep_ == "advmod" and c.lower_ in ctx.word_set("report_cues") for c in verb.head.children):
        return "reported", attribution  # "X reportedly cost N when he joined from Y": the move as reported
    lowered = _sent_lowers(sent) if "according" in _sent_words(sent) else []
    for k, w in enumerate(lowered[:-1]):
        if w == "according" and lowered[k + 1] == "to":
            src = [m for m in ctx.mentions if m.start >= sent[k].i + 2 and m.start <= sent[k].i + 3]
            attribution = src[0].entity if src else (sent[k + 2].text if k + 2 < len(sent) else "")
            if any(c.tag_ == "MD" and c.lower_ in {"will", "'ll", "shall"} for tok in chain for c in tok.children):
                return "hypothetical", attribution  # "according to Le Parisien, X is to stand down": an attributed future
            return "reported", attribution
    cues = ctx.word_set("report_cues") - {"according"}
    for below, tok in zip(chain, chain[1:]):
        if (tok.lower_ in cues or tok.lemma_ in cues) and not _says_no_report(tok, below):
            return "reported", attribution
    if rule.predicate == "transfer" and any(t.lower_ in ctx.word_set("reported_fee_words") and t.i + 1 < sent.end
                                            and (doc[t.i + 1].is_currency or doc[t.i + 1].like_num
                                                 or doc[t.i + 1].lower_ in {"fee", "sum", "price"})
                                            for t in doc[trigger.i:sent.end]):
        return "reported", attribution  # "paid A a reported £N for X": the move at a fee as reported
    return "asserted", attribution


def _condition(clause: Token) -> bool:
    """A clause put before its main clause as its condition: "if / unless ..." (not "even if")."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return any(m.lower_ in {"if", "unless"} and not (m.i > 0 and m.nbor(-1).lower_ == "even") for m in marks)


def _says_no_report(cue: Token, below: Token) -> bool:
    """A report verb that reports nothing of the clause below it: one with an object of its own
    ("Betis claimed the cup, beating Valencia in the final": a trophy taken, the final a detail of it)."""
    return any(c.dep_ == "dobj" for c in cue.children) and below.dep_ == "advcl" \
        and not any(c.dep_ == "ccomp" for c in cue.children)


#: Past verbs that report a plan as settled: "Bayern announced that X would succeed him" is "will".
ANNOUNCE_VERBS = {"announce", "confirm", "reveal", "tell"}


def _announced_plan(verb: Token, modal: Token) -> bool:
    """"would" in a clause a past announcement introduces: the reported form of "will"."""
    return modal.lower_ == "would" and verb.dep_ == "ccomp" and verb.head.lemma_ in ANNOUNCE_VERBS \
        and verb.head.tag_ == "VBD" and not any(c.dep_ == "neg" for c in verb.head.children)


# --- dedupe --------------------------------------------------------------------

#: Predicates stated by a descriptor or apposition ("the 41-year-old", "the Spaniard"): the
#: verb of their clause ("would rather the 41-year-old fails") does not make them hypothetical.
SENTENCE_LEVEL_MODALITY = {"age", "nationality"}
#: Predicates whose value is a role word: two wordings of one appointment are one claim.
ROLE_PREDICATES = {"head_coach_of", "appointed", "left_role", "coaching_staff_of", "offer_received"}
#: Time words that mean "at the article's date" for deduplication.
PRESENT_TIMES = {"", "now", "currently", "this season", "the season", "today", "this year", "at present"}


_MATCH_IN_CHARGE = re.compile(r"\b(?:game|match) in charge\b", re.IGNORECASE)


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """One claim per (subject, predicate, object, value, modality) per article; a
    state claim nested in an appointment of the same person and team is dropped."""
    # ("Tottenham manager X, appointed in June": the job held now and its start, two claims)
    appointed = {(c.subject_id, c.object_id, c.sentence) for c in claims if c.predicate == "appointed"
                 and c.rule_id not in {"appointed.name_appointed_in", "appointed.arrived_in_date"}
                 and not c.rule_id.endswith(HELD_SINCE_SUFFIX)}  # "coached by X, who arrived in 2021": both
    # "X, who took England to the semi-finals, is the favourite": a candidacy holds no past job; both
    candidacies = {(c.subject_id, c.object_id, c.sentence) for c in claims if c.predicate == "appointed"
                   and c.modality == "hypothetical"} - {(c.subject_id, c.object_id, c.sentence) for c in claims
                                                        if c.predicate == "appointed" and c.modality != "hypothetical"}
    spans = {(c.subject_id, c.object_id, c.sentence): (c.start_char, c.end_char) for c in claims if c.predicate == "appointed"}
    # "turned down a move to Arsenal" is an offer declined, not a transfer that did not happen
    offers = {(c.object_id, c.sentence) for c in claims if c.predicate == "offer_received" and c.object_id
              and c.rule_id not in SUITOR_OFFER_RULES}  # "is wanted by X and has been offered a deal": both
    # "will retire ... as Manchester United manager": a coach leaving the job, not a player retiring
    quits = {(c.subject_id, c.sentence) for c in claims if c.rule_id == "left.retire_as"}
    quitters = {s for s, _ in quits}  # "Ferguson to retire" in a headline: the same coach's retirement, no year
    claims = [c for c in claims if not (c.predicate == "retired" and ((c.subject_id, c.sentence) in quits
                                                                      or c.subject_id in quitters and not c.value))]
    # "a candidate to return to Juventus": a coach's return is the appointment, not a transfer
    jobs = {(c.subject_id, c.object_id, c.sentence) for c in claims if c.predicate == "appointed" and c.object_id}
    claims = [c for c in claims if not (c.predicate == "transfer" and ((c.object_id, c.sentence) in offers
                                                                      or (c.subject_id, c.object_id, c.sentence) in jobs))]
    # "Alba is expected to follow them from Barcelona": the club a move leaves is no club he joins
    origins = {(c.subject_id, c.value, c.sentence) for c in claims if c.predicate == "transfer" and c.value}
    claims = [c for c in claims if not (c.predicate == "appointed" and (c.subject_id, c.object_id, c.sentence) in origins)]
    # "turned down the chance to become manager of MK Dons": an offer, no appointment
    declined = {(c.object_id, c.sentence) for c in claims if c.predicate == "offer_received" and c.value == "declined"}
    decliners = {(c.subject_id, c.object_id, c.sentence) for c in claims
                 if c.predicate == "offer_received" and c.value == "declined"}
    # "Bayern announced that X would succeed him, after he turned down a new contract": another person's job
    successors = {(c.subject_id, c.object_id, c.sentence) for c in claims if c.rule_id == "appointed.replaced_him"}
    declined_by_other = {k for k in successors if k not in decliners}
    offer_times: dict[tuple, set] = {}
    for c in claims:
        if c.predicate == "offer_received":
            offer_times.setdefault((c.object_id, c.sentence), set()).add(c.time_text)

    def two_events(c) -> bool:  # "had turned down the job in January 2020 and was appointed in November 2021"
        times = offer_times.get((c.object_id, c.sentence), set())
        return c.modality == "asserted" and bool(c.time_text) and "" not in times and c.time_text not in times
    # "has been sounded out about becoming Mexico's coach": an approach, no appointment even to come
    approached = {(c.subject_id, c.object_id, c.sentence) for c in claims if c.rule_id == "offer.approached_about"}
    claims = [c for c in claims if not (c.predicate == "appointed" and (c.subject_id, c.object_id, c.sentence) in approached)]
    claims = [c for c in claims if not (c.predicate == "appointed" and not two_events(c)
                                        and (c.subject_id, c.object_id, c.sentence) not in declined_by_other and (
        (c.object_id, c.sentence) in declined or (c.modality in {"asserted", "reported"} and (c.object_id, c.sentence) in offers)))]
    # a retirement without a year says less than one with it, for the same person
    dated = {c.subject_id for c in claims if c.predicate == "retired" and c.value}
    claims = [c for c in claims if not (c.predicate == "retired" and not c.value and c.subject_id in dated)]
    # "led Roma to the Conference League title": the team's title says it; leading it there is no separate role
    # claim when the article ties the coach to that team otherwise (appointed, left, in charge);
    # "has led Rangers to" is the current job
    tied = {(c.subject_id, c.object_id) for c in claims if c.predicate in {"appointed", "left_role", "head_coach_of"}
            and not c.rule_id.startswith("coach.managing") and c.modality in {"asserted", "reported"}}
    claims = [c for c in claims if not (c.rule_id == "coach.managing>led_to_title"
                                        and (c.subject_id, c.object_id) in tied and not _HAS_LED.search(c.sentence))]
    # "led Aberdeen to the Cup Winners' Cup in 1983, beating Real Madrid in the final": one title, the dated one
    dated_titles = {(c.subject_id, c.object_id, c.modality, c.sentence) for c in claims
                    if c.predicate == "title_won" and c.value and c.object_id
                    and not c.rule_id.endswith(">first_since")}  # "their first X since 2020": that one is another
    claims = [c for c in claims if not (c.predicate == "title_won" and not c.value and c.object_id
                                        and not c.rule_id.endswith((">series", ">current"))
                                        and (c.subject_id, c.object_id, c.modality, c.sentence) in dated_titles)]
    # "Norway are the continent's champions. ... beat Sweden to lift Euro 1987": the state the report opens with is
    # the title it dates
    dated_anywhere = {(c.subject_id, c.object_id, c.modality) for c in claims
                      if c.predicate == "title_won" and c.value and c.object_id
                      and c.rule_id != "title.previous_titles_came"}  # (a past title is not the one reported)
    claims = [c for c in claims if not (c.rule_id.startswith("title.team_are_") and not c.value and c.object_id
                                        and (c.subject_id, c.object_id, c.modality) in dated_anywhere)]
    # "went on to win the tournament, beating England in the final on 20 August": one title, the dated mention
    timed_titles = {(c.subject_id, c.object_id, c.modality, c.sentence) for c in claims
                    if c.predicate == "title_won" and not c.value and c.object_id and c.time_text}
    claims = [c for c in claims if not (c.predicate == "title_won" and not c.value and c.object_id and not c.time_text
                                        and (c.subject_id, c.object_id, c.modality, c.sentence) in timed_titles)]
    # "finalised his transfer to X on Monday, agreeing a three-year deal with the club": one move, the dated mention
    timed_moves = {(c.subject_id, c.object_id, c.value, c.modality, c.sentence) for c in claims
                   if c.predicate == "transfer" and c.object_id and c.time_text}
    claims = [c for c in claims if not (c.predicate == "transfer" and c.object_id and not c.time_text
                                        and (c.subject_id, c.object_id, c.value, c.modality, c.sentence) in timed_moves)]
    # "Mourinho's first match in charge is away to West Ham": of the job the article appoints him to, which says it
    hired = {(c.subject_id, c.object_id) for c in claims if c.predicate == "appointed" and c.modality == "asserted"}
    # "Is X the man to take Y to the finals?" of Y's coach: a hope for what he does in the job, no appointment to come
    holding = {(c.subject_id, c.object_id) for c in claims if c.predicate in {"appointed", "head_coach_of"}
               and c.modality in {"asserted", "reported"} and c.object_id} \
        - {(c.subject_id, c.object_id) for c in claims if c.predicate == "left_role" and c.modality in {"asserted", "reported"}}
    claims = [c for c in claims if not (c.rule_id.endswith(">appointed") and c.modality == "hypothetical"
                                        and (c.subject_id, c.object_id) in holding)]
    claims = [c for c in claims if not (c.rule_id == "coach.season_in_charge" and (c.subject_id, c.object_id) in hired
                                        and _MATCH_IN_CHARGE.search(c.sentence))]
    seen: dict[tuple, Claim] = {}
    for c in sorted(claims, key=lambda c: (-c.confidence, c.start_char)):
        if c.predicate == "head_coach_of" and (c.subject_id, c.object_id, c.sentence) in appointed and not (
                c.rule_id == "coach.managing" and _apart(c, spans[(c.subject_id, c.object_id, c.sentence)])) \
                and c.rule_id not in {"coach.former_team_role", "coach.team_role_name", "coach.in_charge_since",
                                      "coach.apposition_team_role"} \
                and not (c.rule_id in PAST_JOB_RULES and (c.subject_id, c.object_id, c.sentence) in candidacies) \
                and not c.time_text.lower().startswith("since "):
            # "The former Arsenal manager ..., having replaced X", "Genoa coach X, who replaced Y last summer",
            # "X, the Chelsea manager who replaced him", "has been in charge since July 2012, when he succeeded X",
            # "has been Arsenal manager since December 2019, when he was appointed": both
            continue  # "became manager of X" is the appointment; "..., and later managed them" a state of its own
        value = "" if c.predicate in ROLE_PREDICATES else c.value.split(" (")[0]
        when = "" if c.time_text.lower() in PRESENT_TIMES or c.predicate in ROLE_PREDICATES | {"player_of"} \
            else c.time_text.lower()
        key = (c.subject_id, c.predicate, c.object_id, value, c.modality, when)
        if key not in seen:
            seen[key] = c
        elif c.predicate in {"appointed", "left_role"} and c.time_text and not seen[key].time_text:
            # "Chelsea sack X" in the headline, "X was sacked on Wednesday" below: one event, the dated mention
            seen[key] = c
    kept = list(seen.values())
    with_object = {(c.subject_id, c.predicate, c.value.split(" (")[0], c.modality) for c in kept if c.object_id}
    kept = [c for c in kept if c.object_id or c.rule_id == "title.completed"  # a treble is more than its cup
            or (c.subject_id, c.predicate, c.value.split(" (")[0], c.modality) not in with_object]
    return sorted(kept, key=lambda c: (c.start_char, c.predicate))
