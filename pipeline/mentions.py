"""Mentions stage: every entity span of a Doc resolved to a canonical id.

- gazetteer hits carry their id (pattern ``id``),
- a bare surname resolves to the article's full name ("Torres" -> Fernando Torres),
- unknown names get a slug id,
- descriptors ("the Spaniard", "the 41-year-old", "the former striker") resolve to
  the most salient person so far that agrees with them (nationality, age), and
  stay unresolved when no person agrees.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import numpy
from spacy.attrs import LOWER, SENT_START, TAG
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.entities import Gazetteer, fold, slug, strip_possessive
from pipeline.patterns import split_first
from pipeline.records import Mention

#: spaCy labels kept as mentions, and the entity type each stands for.
LABEL_TYPES = {
    "PERSON": "person", "TEAM": "team", "COMPETITION": "competition", "FAC": "venue",
    "ORG": "org", "GPE": "place", "NORP": "group",
}
DESCRIPTOR = "DESCRIPTOR"
#: Mention types that a descriptor may hold inside it and that stay mentions of their own ("the former Italy
#: midfielder", "the five-time Ballon d'Or winner").
SIDE_TYPES = {"team", "place", "award"}


@dataclass
class ResolvedMention:
    start: int  # token index
    end: int
    start_char: int
    end_char: int
    text: str
    label: str
    type: str
    entity_id: str
    entity: str
    sentence_id: int
    attrs: dict


def build_descriptor_matcher(vocab, words: dict) -> "DescriptorMatcher":
    """Descriptors that stand for a person named elsewhere in the article."""
    m = DescriptorMatcher(vocab)
    the = {"LOWER": {"IN": ["the", "this"]}}
    demonyms = list(words["demonyms"]) + list(words.get("regional_demonyms", ()))  # "The Catalan": no nationality
    m.add("demonym", [[the, {"LOWER": {"IN": demonyms}}, {"LOWER": {"IN": list(words["person_nouns"])}, "OP": "?"}]])
    # "the Northern Irishman", "the South Korean": a demonym of two words
    m.add("demonym", [[the, *({"LOWER": w} for w in d.split()), {"LOWER": {"IN": list(words["person_nouns"])}, "OP": "?"}]
                      for d in words["demonyms"] if " " in d])
    # "The English-born coach": where someone was born, not a nationality
    m.add("born", [[the, {"LOWER": {"IN": demonyms}}, {"ORTH": "-"}, {"LOWER": "born"},
                    {"LOWER": {"IN": list(words["person_nouns"])}}]])
    m.add("age", [[the, {"LIKE_NUM": True}, {"ORTH": "-"}, {"LOWER": "year"}, {"ORTH": "-"}, {"LOWER": "old"},
                   {"ENT_TYPE": "TEAM", "OP": "*"},  # "the 71-year-old United manager"
                   {"LOWER": {"IN": list(words["demonyms"])}, "OP": "?"},
                   {"LOWER": {"IN": ["club", "team"]}, "OP": "?"},  # "the 37-year-old club captain"
                   {"LOWER": {"IN": list(words["person_nouns"])}, "OP": "?"}],
                  # "the 26-year-old Wales winger": a country's side before the role noun (its nationality)
                  [the, {"LIKE_NUM": True}, {"ORTH": "-"}, {"LOWER": "year"}, {"ORTH": "-"}, {"LOWER": "old"},
                   {"ENT_TYPE": "GPE", "OP": "{1,3}"}, {"LOWER": {"IN": list(words["person_nouns"])}}]])
    # "Porto's 19-year-old winger": an age after a club's possessive (the club's player; checked when resolved)
    m.add("possessive_age", [[{"LIKE_NUM": True}, {"ORTH": "-"}, {"LOWER": "year"}, {"ORTH": "-"}, {"LOWER": "old"},
                              {"LOWER": {"IN": list(words["demonyms"])}, "OP": "?"},
                              {"LOWER": {"IN": list(words["person_nouns"])}}]])
    # "Napoli's Nigerian striker, 25,": a player's role after a club's possessive (the club's player, when no
    # other side is named just before; checked when resolved; a name right after makes it an apposition)
    player_roles = [w for w in words["player_nouns"] if " " not in w]
    m.add("possessive_role", [[{"LOWER": {"IN": list(words["demonyms"])}}, {"LOWER": {"IN": player_roles}}],
                              [{"LOWER": {"IN": player_roles}}]])
    m.add("role", [[the, {"LOWER": {"IN": ["former", "ex", "veteran", "legendary", "new", "current"]}},
                    {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": list(words["person_nouns"])}}]])
    # "the former Italy midfielder", "The Everton winger, 31,": a role after a country or a club
    roles = list(words["player_nouns"]) + [w for w in words.get("nationality_nouns", ()) if " " not in w]
    m.add("team_role", [[the, {"LOWER": {"IN": ["former", "ex"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
                         {"POS": "PROPN", "OP": "{1,3}"}, {"LOWER": {"IN": roles}}],  # "the Wales international"
                        # "the Republic of Ireland striker", "the Bosnia and Herzegovina midfielder"
                        [the, {"LOWER": {"IN": ["former", "ex"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
                         {"POS": "PROPN"}, {"LOWER": {"IN": ["of", "and"]}}, {"POS": "PROPN"}, {"LOWER": {"IN": roles}}],
                        # "the Paris Saint-Germain forward", "the Brighton & Hove Albion winger": a club name the
                        # model tagged whole, with a hyphen or an ampersand inside
                        [the, {"LOWER": {"IN": ["former", "ex"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
                         {"ENT_TYPE": "TEAM", "OP": "{2,5}"}, {"LOWER": {"IN": roles}}],
                        # "the former Birmingham City and Portsmouth midfielder": two clubs
                        [the, {"LOWER": {"IN": ["former", "ex"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
                         {"ENT_TYPE": "TEAM", "OP": "{1,4}"}, {"LOWER": "and"}, {"ENT_TYPE": "TEAM", "OP": "{1,4}"},
                         {"LOWER": {"IN": roles}}]])
    # "The Chelsea manager has won six titles": a club's coach opening a sentence
    # "The former Chelsea coach replaced X": a club's past coach too (who was named as such before)
    # ("The Chelsea head coach", "The former Everton and Manchester United manager": two clubs)
    coach_noun = [{"LOWER": "head", "OP": "?"}, {"LOWER": {"IN": ["manager", "coach", "boss"]}}]
    opening = [{"LOWER": "the", "IS_SENT_START": True}, {"LOWER": {"IN": ["former", "ex"]}, "OP": "?"},
               {"ORTH": "-", "OP": "?"}]
    m.add("team_coach", [[*opening, {"POS": "PROPN", "OP": "{1,3}"}, *coach_noun],
                         [*opening, {"ENT_TYPE": "TEAM", "OP": "{1,5}"}, *coach_noun],  # ("Arsenal" as an adjective)
                         [*opening, {"ENT_TYPE": "TEAM", "OP": "{1,4}"}, {"LOWER": "and"},
                          {"ENT_TYPE": "TEAM", "OP": "{1,4}"}, *coach_noun]])
    # "The striker, who joined from ...": a bare role opening a sentence (resolved by the sentence before only)
    # "The veteran, 39, joined ...": a noun that only describes a person, the same way
    m.add("bare_role", [[{"LOWER": "the", "IS_SENT_START": True},
                         {"LOWER": {"IN": list(words["person_nouns"]) + list(words.get("descriptor_nouns", ()))}}]])
    # "The five-time Ballon d'Or winner": the winner of an award the gazetteer lists (checked when resolved)
    m.add("award_winner", [[the, {"LIKE_NUM": True, "OP": "?"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "time", "OP": "?"},
                            {"ENT_TYPE": "ORG", "OP": "+"}, {"LOWER": {"IN": ["winner", "holder"]}}]])
    m.add("number", [[the, {"LOWER": {"IN": ["former", "ex", "iconic"]}, "OP": "?"}, {"LOWER": {"IN": ["no", "no.", "number"]}},
                      {"ORTH": ".", "OP": "?"}, {"LIKE_NUM": True}]])
    return m


class DescriptorMatcher:
    """The descriptor patterns; called on a Doc, their (match id, start, end) as a Matcher's.

    A role word is a descriptor of its own only after a possessive ("Napoli's Nigerian striker");
    elsewhere it is part of another descriptor or none (and must not count as one where
    descriptors are paired). Those patterns ("possessive_role": one per demonym and role word,
    four in five of all) are tried only right after a token tagged POS, rather than at every
    token of the Doc; the others, which can start at no such word, see the whole Doc."""

    AFTER_POSSESSIVE = "possessive_role"

    def __init__(self, vocab):
        self.main = _SplitFirstMatcher(vocab, validate=False)  # validated by the tests, not at every start
        self.after_possessive = _SplitFirstMatcher(vocab, validate=False)
        self.matchers = (self.main, self.after_possessive)
        self.width = 0  # the most tokens a pattern of after_possessive spans (no operators in them)

    def add(self, key: str, patterns: list) -> None:
        if key == self.AFTER_POSSESSIVE:
            self.after_possessive.add(key, patterns)
            self.width = max([self.width] + [len(p) for p in patterns])
        else:
            self.main.add(key, patterns)

    def __call__(self, doc: Doc) -> list:
        found = list(self.main(doc))
        if not len(self.after_possessive):
            return found
        # (a possessive at the very start, "'s X", follows no name: none there)
        for k in numpy.flatnonzero(doc.to_array(TAG)[1:-1] == doc.vocab.strings["POS"]).tolist():
            at = k + 2  # the token after the possessive at k + 1
            found += [(m, at, at + e) for m, s, e in self.after_possessive(doc[at:at + self.width]) if s == 0]
        return found


class _SplitFirstMatcher(Matcher):
    """A Matcher whose patterns' first-token ``IN`` list becomes one pattern per word: a plain
    attribute test at every token instead of a Python predicate (the Matcher tries every
    pattern's first token at every token)."""

    def add(self, key, patterns, **kwargs):
        super().add(key, [p for pat in patterns for p in split_first(pat)], **kwargs)


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token (from the Doc's arrays: no Token objects); computed once a
    Doc (the claims stage asks for it at every pronoun), and the sentences do not change after
    the parser."""
    if not len(doc):
        return []
    cached = doc.user_data.get(_SENT_INDEX)
    if cached is not None and len(cached) == len(doc):
        return cached
    starts = doc.to_array([SENT_START])
    starts[0] = 1
    out = doc.user_data[_SENT_INDEX] = (numpy.cumsum(starts == 1) - 1).tolist()
    return out


_SENT_INDEX = "claimtrail_sentence_index"


def doc_lowers(doc: Doc) -> list[str]:
    """The lower-case form of every token, read once a Doc from its LOWER array (no Token objects;
    the mentions and claims stages come after the last component, so the words do not change)."""
    found = doc.user_data.get(_LOWERS)
    if found is None or len(found) != len(doc):
        strings = doc.vocab.strings
        found = doc.user_data[_LOWERS] = [strings[h] for h in doc.to_array(LOWER).tolist()] if len(doc) else []
    return found


_LOWERS = "claimtrail_lowers"
sentence_index = _sentence_index  # for the claims stage: a token's sentence number, as mentions' sentence_id


def resolve_mentions(doc: Doc, gaz: Gazetteer, descriptor_matcher: DescriptorMatcher | None = None,
                     words: dict | None = None) -> list[ResolvedMention]:
    sent_of = _sentence_index(doc)
    out: list[ResolvedMention] = []
    surname_ids: dict[str, tuple[str, str]] = {}
    # full names first, so that a surname used before the full name still resolves
    ents = doc.ents  # built anew on every access: once here
    for ent in ents:
        if ent.label_ == "PERSON" and _has_capital(ent.text):
            name = _without_demonym(strip_possessive(ent.text), gaz, _after_the(doc, ent))
            parts = name.split()
            eid = ent.ent_id_ if ent.ent_id_ in gaz.entities else ""
            if len(parts) >= 2:
                ent_name = gaz.entities[eid].name if eid else name
                known = surname_ids.get(fold(parts[-1]))
                if known is None or ent_name.lower().endswith(" " + known[1].lower()):
                    surname_ids[fold(parts[-1])] = (eid or slug(name), ent_name)  # "Daniele De Rossi" over "De Rossi"
            elif eid:
                g = gaz.entities[eid]
                surname_ids.setdefault(fold(g.name.split()[-1]), (g.id, g.name))
    # a first name alone ("Erik brought two trophies") is the one person of the article with that first name
    first_names: dict[str, set[tuple[str, str]]] = {}
    for eid_name in set(surname_ids.values()):
        if len(eid_name[1].split()) >= 2:
            first_names.setdefault(fold(eid_name[1].split()[0]), set()).add(eid_name)
    person_names = {fold(strip_possessive(e.text)) for e in ents if e.label_ == "PERSON"} | set(surname_ids)
    for ent in ents:
        etype = LABEL_TYPES.get(ent.label_)
        if etype is None:
            continue
        text = strip_possessive(ent.text)
        if not text or "|" in text:  # cells of a table row ("Pos | Club") are no name
            continue
        gent = gaz.get(ent.ent_id_) if ent.ent_id_ else None
        if etype in {"org", "group", "place"} and gent is None:
            bare = text[4:] if text.lower().startswith("the ") else text
            named = _without_demonym(bare, gaz, bare != text or _after_the(doc, ent))
            if named != bare and fold(named) in person_names:
                etype, text = "person", named  # "The Uruguayan Suarez" when Suarez is named
        if etype in {"org", "group", "place"} and gent is None and " " not in text and text[:1].isupper() \
                and text.lower() not in gaz.demonyms and _relative_surname(doc, ent.start, out, words):
            etype = "person"  # "Haaland's father Alfie": a given name the model took for an organisation
        if etype == "org" and gent is None and " " not in text and fold(text) in surname_ids:
            etype = "person"  # "Benfica said that Ortega had ...": the surname of a person the article names
        if gent is not None:
            eid, name, etype = gent.id, gent.name, gent.type
            attrs = dict(gent.attrs)
        elif etype == "person" and text.lower() in gaz.demonyms and " " not in text:
            continue  # "a fellow Scot": a nationality, not a person called Scot
        elif etype == "person" and not _has_capital(text):
            continue  # "Leeds's 22-year-old reserve keeper": the model's PERSON over lower-case words is no name
        elif etype == "person":
            text = _without_demonym(text, gaz, _after_the(doc, ent))  # "the Uruguayan Suarez": the person is Suarez
            parts = text.split()
            key = fold(parts[-1] if parts else text)  # "Aguero" after "Sergio Agüero": one person
            pair = doc[ent.end + 1:ent.end + 4] if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and" else None
            pair = next((e for e in ents if e.start == ent.end + 1 and e.label_ == "PERSON"
                         and len(strip_possessive(e.text).split()) == 2), None) if pair is not None else None
            if len(parts) == 1 and pair is not None and key not in surname_ids and (
                    words is None or any(text.lower() in names for names in _name_sets(words))):
                # a given name only: "goals from Lukebakio and Isaac Romero" names two people
                name = text + " " + strip_possessive(pair.text).split()[-1]  # "Dan and Ryan Friedkin": Dan Friedkin
                eid = slug(name)
            elif len(parts) == 1 and key in surname_ids:
                eid, name = surname_ids[key]
            elif len(parts) == 1 and (kin := _relative_surname(doc, ent.start, out, words)) is not None:
                # "His younger brother Brian, 23,": a relative of the person just named, who shares his surname
                name = f"{text} {kin}"
                eid = slug(name)
                first_names[key] = {(eid, name)}
            elif len(parts) == 1 and len(first_names.get(key, ())) == 1:
                eid, name = next(iter(first_names[key]))
            elif len(parts) >= 2 and key in surname_ids and (
                    fold(surname_ids[key][1].split()[0]) == fold(parts[0])
                    or fold(surname_ids[key][1]).lower().endswith(" " + fold(text).lower())):  # "De Rossi"
                eid, name = surname_ids[key]
            else:
                eid, name = slug(text), text
            attrs = {}
        elif etype == "team" and ent.ent_id_:  # a national side or a team descriptor: the id it was given
            eid, name, attrs = ent.ent_id_, text[4:] if text.lower().startswith("the ") else text, {}
            if ent.ent_id_ != slug(name):
                attrs = {"descriptor_of": ent.ent_id_}
        else:
            if text.lower().startswith("the "):
                text = text[4:]
            eid, name, attrs = slug(text), text, {}
            country = gaz.demonyms.get(text.lower()) if etype == "place" else None
            if country and eid != slug(country) and text[:1].isupper() and text.lower() != country.lower():
                eid, name = slug(country), country  # "Bosnia", "Czechia": the country by its full name
        if not eid:
            continue
        out.append(ResolvedMention(ent.start, ent.end, ent.start_char, ent.end_char, ent.text, ent.label_,
                                   etype, eid, name, sent_of[ent.start], attrs))
    names = {m.entity_id: m.entity for m in out if m.type in {"team", "org", "place"} and not m.attrs.get("descriptor_of")}
    for m in out:
        if m.attrs.get("descriptor_of") and m.entity_id in names:
            m.entity = names[m.entity_id]  # "the Italian club" is called by the name of the club it stands for
    out = _short_team_names(out, gaz)
    out = _womens_context(out, gaz, _womens_markers(doc, out, gaz), mens_named=_mens_side_named(doc))
    out = _domestic_competitions(out, gaz)
    if descriptor_matcher is not None:
        sides = {i for m in out if m.type in SIDE_TYPES for i in range(m.start, m.end)}
        found = _resolve_descriptors(doc, out, descriptor_matcher, gaz, sent_of, words or {})
        # "the former Italy midfielder" keeps its country or club as a mention of its own
        covered = {i for d in found for i in range(d.start, d.end) if i in {d.start, d.end - 1} or i not in sides}
        out = [m for m in out if not any(i in covered for i in range(m.start, m.end))] + found
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _without_demonym(text: str, gaz: Gazetteer, after_the: bool) -> str:
    """A name the model read with the demonym before it ("the Uruguayan Suarez"): the name without it.
    Only after "the": a given name that is also a demonym ("Dane Scarlett", "German Pezzella") stays."""
    parts = text.split()
    if after_the and len(parts) >= 2 and parts[0].lower() in gaz.demonyms \
            and parts[0].lower() != gaz.demonyms[parts[0].lower()].lower():
        return " ".join(parts[1:])
    return text


def _after_the(doc: Doc, ent) -> bool:
    return ent.start > 0 and doc[ent.start - 1].lower_ == "the"


def _relative_surname(doc: Doc, i: int, mentions: list[ResolvedMention], words: dict | None) -> str | None:
    """The surname a given name at token ``i`` takes from the person it is the relative of: "his (younger)
    brother Brian", "her sister Anna", "Maldini's son Daniel" (models/wordlists.json ``family_nouns`` and
    ``family_adjectives``). The possessor is the person named just before ("X's") or whom "his"/"her"
    stands for; None when no family noun comes before, or the possessor has no surname."""
    if not words or i < 2 or doc[i - 1].lower_ not in words.get("family_nouns", ()):
        return None
    j = i - 2
    while j >= 0 and doc[j].lower_ in words.get("family_adjectives", ()):
        j -= 1
    if j < 0:
        return None
    if doc[j].lower_ in {"his", "her"}:
        # the person named just before (the sentence so far or the one before): "X quit the side. His younger
        # brother Y ..." is X's brother, whoever the sentence before was about
        sent_of = _sentence_index(doc)
        owner = next((m for m in reversed(mentions) if m.type == "person" and m.end <= j
                      and sent_of[j] - sent_of[m.start] <= 1), None) or pronoun_person(doc, mentions, j, words=words)
    elif doc[j].lower_ in {"'s", "\u2019s", "'"}:
        owner = next((m for m in reversed(mentions) if m.end in {j, j + 1} and m.type == "person"), None)
    else:
        return None
    parts = owner.entity.split() if owner is not None and owner.type == "person" else []
    if len(parts) < 2:
        return None
    # "Frank de Boer": a surname with its particle
    k = next((n for n, w in enumerate(parts[1:], 1) if w[:1].islower()), len(parts) - 1)
    return " ".join(parts[k:])


_WOMEN = re.compile(r"(?:^|-)(?:women|womens|women-s|femeni|femenino|feminin|feminine|frauen|femenil|ladies)(?:-|$)")


#: First or last words of club names that do not name one club on their own.
GENERIC_CLUB_WORDS = {"city", "united", "club", "athletic", "sporting", "real", "football", "fc", "afc", "cf", "sc",
                      "town", "county", "rovers", "wanderers", "albion", "hotspur", "women", "ladies", "the", "national"}


def _short_team_names(mentions: list[ResolvedMention], gaz: Gazetteer) -> list[ResolvedMention]:
    """A club's first or last word alone ("Leicester", "Dortmund") is the club the article
    names in full ("Leicester City", "Borussia Dortmund"), when exactly one full name fits.
    Gazetteer clubs have their aliases already; a team variant ("Liverpool U18") is never
    what a bare club name means."""
    full: dict[str, set[tuple[str, str, str]]] = {}
    for m in mentions:
        words = m.entity.split()
        if m.type in {"team", "org"} and len(words) >= 2 and gaz.get(m.entity_id) is None:
            for w in {words[0], words[-1]}:
                if len(w) >= 4 and w[:1].isupper() and w.lower() not in GENERIC_CLUB_WORDS:
                    full.setdefault(w, set()).add((m.entity_id, m.entity, m.type))
    # a gazetteer club written in full ("Sparta Prague") gives its first word too, for a word the model
    # took for a place or a building the gazetteer does not know ("Sparta, ..."): never a town or a country
    written: dict[str, set[tuple[str, str, str]]] = {}
    for m in mentions:
        words = m.text.split()
        if m.type == "team" and len(words) >= 2 and gaz.get(m.entity_id) is not None and m.entity_id not in gaz.country_ids:
            w = words[0]
            if len(w) >= 4 and w[:1].isupper() and w.lower() not in GENERIC_CLUB_WORDS:
                written.setdefault(w, set()).add((m.entity_id, m.entity, m.type))
    for m in mentions:
        if m.type in {"team", "org"} and len(m.entity.split()) == 1 and len(full.get(m.entity, ())) == 1 \
                and m.entity_id not in gaz.entities:
            m.entity_id, m.entity, m.type = next(iter(full[m.entity]))
        elif m.type in {"place", "venue"} and len(m.text.split()) == 1 and len(written.get(m.text, ())) == 1 \
                and m.entity_id not in gaz.entities and m.text.lower() not in gaz.cities \
                and m.text.lower() not in gaz.demonyms:
            m.entity_id, m.entity, m.type = next(iter(written[m.text]))
            m.label = "TEAM"
    return mentions


#: Words that mark an article about women's football (twice at least: one "women's team" in
#: passing does not make a men's article about women).
WOMEN_WORDS = {"women", "womens", "lionesses", "femeni", "femenino", "feminin", "frauen", "uswnt"}


def _is_womens(m: ResolvedMention, gaz: Gazetteer) -> bool:
    """A women's side or competition ("Chelsea Women", "Gotham FC", "the NWSL")."""
    return m.type in {"team", "competition"} and bool(
        _WOMEN.search(m.entity_id) or m.entity_id in (gaz.womens_teams if m.type == "team" else gaz.womens_competitions))


def _womens_markers(doc: Doc, mentions: list[ResolvedMention], gaz: Gazetteer) -> int:
    """How much of an article says women's football: the names of women's sides (one each) and
    competitions (two: a women's league or tournament is what the story is about), and the women's
    words outside those names. "... his assistant joined Sweden's women's team" in a men's story is one
    marker; "Chelsea Women" and "the women's game" are two, and so is "won the Women's Super League"."""
    # the women's words' positions, from the lower-case array (no Token objects)
    hashes = numpy.array([doc.vocab.strings[w] for w in WOMEN_WORDS], dtype=numpy.uint64)
    at = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes)).tolist()
    words = len(at)
    womens = [m for m in mentions if _is_womens(m, gaz)]
    if womens and words:
        inside = {i for m in womens for i in range(m.start, m.end)}
        words = sum(1 for i in at if i not in inside)
    if not words and not any(m.type == "competition" for m in womens) \
            and 5 * len(womens) < sum(1 for m in mentions if m.type in {"team", "competition"}):
        # "... the former Chelsea Women manager who coaches the US women": two women's sides named in passing
        # among thirty men's names, and no women's competition or word besides: a men's story
        return min(len(womens), 1)
    return sum(2 if m.type == "competition" else 1 for m in womens) + words


#: How far (in tokens) a club or competition may be from a shared competition name to say whose it is.
NEAR_TOKENS = 10


def _domestic_competitions(mentions: list[ResolvedMention], gaz: Gazetteer) -> list[ResolvedMention]:
    """"beat X in the Super Cup final", "won the League Cup": a name several countries give their own
    competition (models/entities.jsonl ``domestic_names`` with ``domestic_country``) is the one of the
    country of the clubs the sentence names, else of all the article's clubs, when those are of one country
    (two of them at least for a name whose own competition is European, unless the sentence names a
    competition of no European body beside it; clubs of two countries keep the name's own competition, the
    UEFA Super Cup say, and so does a sentence naming another competition of the same body: "the Europa
    League in 2012, the Super Cup in 2012")."""
    by_name = gaz.domestic_names  # read once a gazetteer, not once an article
    if not by_name:
        return mentions

    def clubs(ms) -> dict:
        """club id -> country of the clubs (no national sides) among ``ms``"""
        out = {}
        for m in ms:
            e = gaz.entities.get(m.entity_id)
            if m.type == "team" and e is not None and m.entity_id not in gaz.country_ids \
                    and e.attrs.get("parent") not in gaz.country_ids:
                out[m.entity_id] = e.attrs.get("country")
        return out

    def countries(ms, least: int) -> set:
        found = clubs(ms)
        return set(found.values()) if len(found) >= least else set()

    for m in mentions:
        if m.type != "competition":
            continue
        options = by_name.get(" ".join(m.text.split()).lower().removeprefix("the "))
        if not options:
            continue
        same = [x for x in mentions if x.sentence_id == m.sentence_id]
        # one club alone may be a European cup's winner ("X won the Super Cup in Warsaw"): a name whose own
        # competition is European turns domestic only with two clubs of one country, or beside a competition
        # of no European body ("won Serie A, the cup and the Super Cup")
        least = 2 if m.entity_id.startswith("uefa-") and not any(
            x.type == "competition" and x is not m and not x.entity_id.startswith("uefa-") for x in same) else 1
        near = [x for x in same if abs(x.start - m.start) <= NEAR_TOKENS]  # the clause's clubs, not a later clause's
        here = countries(near, least) or countries(same, least) or countries(mentions, least)
        body = m.entity_id.split("-")[0] + "-"
        if any(x.type == "competition" and x is not m and x.entity_id.startswith(body) for x in near):
            continue  # "the Europa League in 2012, the Super Cup in 2012": the same body's competition
        if len(here) == 1 and next(iter(here)) in options:
            e = options[next(iter(here))]
            m.entity_id, m.entity = e.id, e.name
    return mentions


def _mens_side_named(doc: Doc) -> bool:
    """Whether the article names a men's side as such ("the men's national team", "the USMNT").
    Read from the words' lower-case forms (no Token object a word): a text ending in "MNT" ends
    in "mnt" lower-cased, so only those few tokens are looked at."""
    lowers = doc_lowers(doc)
    return any(w == "men" and k + 1 < len(lowers) and lowers[k + 1] in {"'s", "\u2019s"}
               or w.endswith("mnt") and doc[k].text.endswith("MNT") for k, w in enumerate(lowers))


def _womens_context(mentions: list[ResolvedMention], gaz: Gazetteer, markers: int = 0,
                    mens_named: bool = False) -> list[ResolvedMention]:
    """In an article about women's football (two markers at least, :func:`_womens_markers`:
    "Women's Champions League" and "Barcelona Femeni", or two women's clubs or leagues, "Gotham FC"
    and "the NWSL"), a bare club or country side ("Chelsea", "England") means its women's team, and
    the World Cup, the Euros and the Champions League the women's competitions. Else a country's women's
    side named once makes its bare country side the women's, unless the article names a men's side as such
    ("US Soccer named X head coach of the men's national team ... Emma Hayes coaches the US women")."""
    if markers < 2:
        return mentions if mens_named else _countries_womens_side(mentions, gaz)
    for m in mentions:
        if m.type == "competition":
            ent = gaz.entities.get(m.entity_id)
            target = ent.attrs.get("women_competition") if ent is not None else None
            if target in gaz.entities:
                m.entity_id, m.entity = target, gaz.entities[target].name
            continue
        if m.type != "team" or _WOMEN.search(m.entity_id):
            continue
        ent = gaz.entities.get(m.entity_id)
        mens = {"mens_id": m.entity_id, "mens_name": m.entity}
        if ent is not None and gaz.women_team_of(ent.id) in gaz.entities:
            w = gaz.entities[gaz.women_team_of(ent.id)]
            m.entity_id, m.entity, m.attrs = w.id, w.name, {**m.attrs, **mens}
        elif (ent is not None and not ent.attrs.get("parent")) or (ent is None and (
                m.entity.lower() in gaz.demonyms or m.entity_id in gaz.country_ids)):
            # a known club, or a country side ("the United States") that the gazetteer does not list
            women = next((v for v in gaz.variants if v.suffix == "women"), None)
            if women is not None:
                guessed = ent is not None and ent.type == "team" and m.entity_id not in gaz.country_ids
                w = gaz.variant(m.entity_id, women)
                # a club the gazetteer knows no women's side of: only the article's context says it is that side
                m.entity_id, m.entity, m.attrs = w.id, w.name, {**m.attrs, **mens, "women_guessed": guessed}
    return mentions


def _resolve_descriptors(doc, mentions, matcher, gaz, sent_of, words) -> list[ResolvedMention]:
    taken = {i for m in mentions if m.type not in {"group", "place"} and m.text.lower() not in gaz.demonyms
             for i in range(m.start, m.end)}
    found = []
    ages = _stated_ages(doc, mentions)
    regional = words.get("regional_demonyms", {})
    regional = regional if isinstance(regional, dict) else {}
    _mark_positions(doc, mentions, words)
    player_nouns = _player_nouns(words)
    # (a role word after a possessive only: see DescriptorMatcher)
    spans = sorted(((doc.vocab.strings[mid], s, e) for mid, s, e in matcher(doc)), key=lambda x: (x[1], -x[2]))
    last_end = -1
    sides = {i for m in mentions if m.type in SIDE_TYPES for i in range(m.start, m.end)}
    paired = _paired_descriptors(doc, mentions, spans, sent_of)
    for kind, s, e in spans:
        if s < last_end or any(i in taken for i in range(s, e) if i in {s, e - 1} or i not in sides):
            continue  # a team inside ("the former Italy midfielder", "the 71-year-old United manager") is its own mention
        last_end = e
        span = doc[s:e]
        constraint = {}
        if kind == "demonym":
            two = span[1:3].text.lower()
            constraint["country"] = gaz.demonyms.get(two if " " in two and two in gaz.demonyms else span[1].lower_) \
                or regional.get(span[1].lower_)
        elif kind == "team_coach":
            if not any(m.type == "team" and s < m.start and m.end < e for m in mentions) \
                    or not (e < len(doc) and (doc[e].pos_ in {"VERB", "AUX"} or _age_after(doc, e))):
                continue  # a club's coach as the subject of what follows: "The Chelsea manager has won", "The
                # former Fiorentina coach, 58, won"
        elif kind == "team_role":
            named = " ".join(t.text for t in span[:-1] if t.pos_ == "PROPN" or t.lower_ in {"of", "and"}).lower()  # not the role
            if named in gaz.demonyms:
                constraint["country"] = gaz.demonyms[named]  # "the former Italy midfielder"
            elif not any(m.type == "team" and s < m.start and m.end < e for m in mentions):
                continue  # "the Ballon d'Or winner": neither a country nor a team
        elif kind == "award_winner":
            if not any(m.type == "award" and s < m.start and m.end < e for m in mentions):
                continue  # "the FIFA winner": an award the gazetteer lists only
        elif kind == "age":
            constraint["age"] = span[1].text
            country = next((gaz.demonyms[t.lower_] for t in span[6:] if t.lower_ in gaz.demonyms), None)
            if country:
                constraint["country"] = country  # "the 23-year-old Argentine": not the Bosnian named before
        elif kind == "possessive_age":
            if not (s >= 2 and doc[s - 1].tag_ == "POS"
                    and any(m.type == "team" and m.start < s - 1 <= m.end for m in mentions)):
                continue  # "Porto's 19-year-old winger" only: a club's possessive before the age
            constraint["age"] = span[0].text
            country = next((gaz.demonyms[t.lower_] for t in span[5:] if t.lower_ in gaz.demonyms), None)
            if country:
                constraint["country"] = country
        elif kind == "possessive_role":
            club = next((m for m in mentions if m.type == "team" and m.end == s - 1), None) \
                if s >= 2 and doc[s - 1].tag_ == "POS" else None
            if club is None:
                continue  # "Napoli's Nigerian striker" only: a club's possessive right before
            if any(m.type == "team" and m.entity_id != club.entity_id and sent_of[s] - 2 <= sent_of[m.start] and m.start < s
                   for m in mentions):
                continue  # "Inter beat Genoa. X scored. Genoa's goalkeeper, 24,": two sides just named, no guess
            if span[0].lower_ in gaz.demonyms:
                constraint["country"] = gaz.demonyms[span[0].lower_]
        position = _position(span, words)
        if not position and e < len(doc) and kind in {"demonym", "age"} \
                and words.get("position_groups", {}).get(doc[e].lower_) == "official":
            position = "official"  # "The Italian owner": the span ends before a word no person noun list holds
        if position:
            constraint["position"] = position
            country = next((gaz.demonyms[t.lower_] for t in span[6:] if t.lower_ in gaz.demonyms), None)
            if country:
                constraint["country"] = country
        named = next((m for m in mentions if m.start == e and m.type == "person"), None) if e < len(doc) else None
        if named is not None and not (kind == "age" and named.end < len(doc) and doc[named.end].pos_ in {"VERB", "AUX"}
                                      and _apposition_of(doc, mentions, s)):
            continue  # "the 48-year-old Thomas Tuchel": an apposition to the name that follows (but "X, the
            # 31-year-old midfielder Y signed from Z,": a relative clause's subject after a descriptor of X)
        if kind in {"demonym", "age"} and e < len(doc) and doc[e - 1].lower_ not in words.get("person_nouns", ()) \
                and (doc[e].pos_ == "PROPN" or doc[e].lower_ in words.get("descriptor_modified_nouns", ())):
            continue  # "the German Football Association", "the Spanish football federation": a modifier
        if kind == "bare_role" and not (_verb_after(doc, e) or e < len(doc) and doc[e].text == ","):
            continue  # "The striker was ..." / "The striker, who ...": the subject; not "the striker position"
        named = _apposition_of(doc, mentions, s)
        if named is None and s in paired:
            nationality, positions = _known([m for m in mentions + found if m.type == "person" and m.start < s])
            if _agrees(paired[s], constraint, ages, nationality, positions):
                named = paired[s]
        if named is False:
            continue  # "Xhaka, the Switzerland captain," after a name the model took for a place: not a guess
        if named is not None:
            found.append(ResolvedMention(s, e, span.start_char, span.end_char, span.text, DESCRIPTOR, "person",
                                         named.entity_id, named.entity, sent_of[s], {"descriptor": kind, **constraint}))
            last_end = e
            continue
        # an age written after the descriptor ("The Argentine, 47, ...") also rules out anyone stated another age
        after = _age_after(doc, e) if "age" not in constraint else None
        pool = mentions + found
        if doc[e - 1].lower_ in player_nouns:
            # "the former Inter striker": a player's descriptor, which no club official takes
            officials = _officials(pool)
            pool = [m for m in pool if m.entity_id not in officials]
        mover = _clause_subjects(doc, pool, doc[e - 1])
        if mover:  # "Club president X praised the former Ajax midfielder": whoever praises is not the one praised
            pool = [m for m in pool if m.entity_id not in mover]
        sex = _descriptor_sex(span, words) if kind == "demonym" else None
        if sex:  # "The Dutchwoman" is no man, "the Irishman" no woman (by first name, where it tells)
            pool = [m for m in pool if m.type != "person" or name_sex(words, m.entity) in (None, sex)]
        person = _descriptor_person(doc, pool, s, sent_of, {**constraint, "age": after} if after else constraint,
                                    ages, salience=kind not in {"bare_role", "team_role", "team_coach"} or "country" in constraint,
                                    nearest=kind in {"team_role", "team_coach"}, age_selects=not after)
        if person is None:
            continue
        found.append(ResolvedMention(s, e, span.start_char, span.end_char, span.text, DESCRIPTOR, "person",
                                     person.entity_id, person.entity, sent_of[s], {"descriptor": kind, **constraint}))
        if constraint.get("age") or after:
            # "The 50-year-old leaves ...": a stated age, which rules the person out of another age later
            ages.setdefault(person.entity_id, set()).add(constraint.get("age") or after)
    return found


def _verb_after(doc: Doc, e: int) -> bool:
    """Whether a verb follows token ``e``, past at most two adverbs ("The newcomer once coached ...",
    "The striker also scored ...")."""
    k = e
    while k < len(doc) and k < e + 2 and doc[k].pos_ == "ADV":
        k += 1
    return k < len(doc) and doc[k].pos_ in {"VERB", "AUX"}


_PLAYER_NOUNS: dict[int, frozenset] = {}


def _player_nouns(words: dict) -> frozenset:
    """The role nouns of a player ("midfielder", "striker", "captain"): models/wordlists.json ``player_nouns``
    (cached per word-list object)."""
    key = id(words)
    if key not in _PLAYER_NOUNS:
        _PLAYER_NOUNS[key] = frozenset(words.get("player_nouns", ())) - {"captain", "skipper", "legend", "star", "icon"}
    return _PLAYER_NOUNS[key]


def _officials(mentions: list[ResolvedMention]) -> set[str]:
    """Persons the article names only as club officials ("Club president X", "owner Y")."""
    _, positions = _known(mentions)
    return {eid for eid, p in positions.items() if p == {"official"}}


def _clause_subjects(doc: Doc, mentions: list[ResolvedMention], head) -> set[str]:
    """The persons that are the subject of the verb a descriptor is the object of ("X praised the former
    Ajax midfielder", "X wants the former midfielder to stay"): a descriptor is not the subject of its own
    verb (that would be "himself"); "X beat the Spaniard's side": the owner of an object neither."""
    if head.dep_ == "poss" and head.head.dep_ in {"dobj", "pobj", "dative"}:
        head = head.head
    verb = head.head
    if head.dep_ == "pobj" and verb.head is not verb:
        verb = verb.head
    elif head.dep_ in SUBJECT_DEPS and verb.dep_ in {"ccomp", "xcomp"}:
        verb = verb.head  # "wants the former midfielder to stay": the subject of "wants"
    elif head.dep_ not in {"dobj", "dative", "pobj"}:
        return set()
    if verb.pos_ not in {"VERB", "AUX"}:
        return set()
    subj = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
    if not subj and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        # "X came on late and lifted the trophy alongside the Denmark goalkeeper": the subject both verbs share
        subj = {c.i for c in verb.head.children if c.dep_ in SUBJECT_DEPS}
    up = 0
    while not subj and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and up < 2:
        # "X was his assistant before succeeding the German": a gerund after a preposition, without a subject of
        # its own, is done by the subject of the clause it hangs from (not a participle clause: "X will return,
        # bringing the Italian back" is the club's doing)
        verb = verb.head.head
        subj, up = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}, up + 1
    return {m.entity_id for m in mentions if m.type == "person" and (m.end - 1) in subj}


def _descriptor_sex(span, words: dict) -> str | None:
    """"f" for a demonym of a woman ("the Dutchwoman"), "m" for one of a man ("the Irishman"), else None."""
    word = next((t.lower_ for t in span[1:] if t.lower_.endswith(("man", "woman"))), None)
    if word is None or word not in words.get("demonyms", ()):
        return None
    return "f" if word.endswith("woman") else "m"


def _paired_descriptors(doc: Doc, mentions: list[ResolvedMention], spans, sent_of: list[int]) -> dict:
    """"X and Y arrived from ... The Georgian, 22, ..., and the South Korea defender ...": two
    descriptors in one sentence after a sentence whose subject is a pair of people stand for
    them in order. Returns {descriptor start: person}."""
    by_sent: dict[int, list[int]] = {}
    for kind, s, e in spans:
        if kind != "bare_role" and (not by_sent.get(sent_of[s]) or by_sent[sent_of[s]][-1] != s):
            by_sent.setdefault(sent_of[s], []).append(s)
    out = {}
    for k, starts in by_sent.items():
        if len(starts) != 2 or k == 0:
            continue
        persons = [m for m in mentions if m.type == "person" and sent_of[m.start] == k - 1]
        pairs = []
        for a in persons:
            head = doc[a.end - 1]
            if head.dep_ not in SUBJECT_DEPS:
                continue
            for c in head.children:
                b = next((m for m in persons if m.start <= c.i < m.end and c.dep_ == "conj"), None)
                if b is not None and b.entity_id != a.entity_id:
                    pairs.append((a, b))
        if len(pairs) == 1 and not any(m.start <= starts[0] < m.end for m in mentions if m.type == "person"):
            out[starts[0]], out[starts[1]] = pairs[0]
    return out


def _apposition_of(doc: Doc, mentions: list[ResolvedMention], s: int):
    """A descriptor in apposition to the name just before it ("Carmona, 23, the Real Madrid left-back,"):
    that person; after a capitalised word that is no person (a name the model took for a place):
    False; else None (resolve as usual)."""
    k = s - 1
    if k < 1 or doc[k].text != "," or doc[s].lower_ != "the":
        return None
    k -= 1
    if k >= 2 and doc[k].like_num and doc[k - 1].text in {",", "("}:  # ", 23, the ..."
        k -= 2
    elif k >= 3 and doc[k].text == ")" and doc[k - 1].like_num and doc[k - 2].text == "(":  # " (23), the ..."
        k -= 3
    if k < 0:
        return None
    tok = doc[k]
    if tok.tag_ == "POS" or tok.lower_ in {"'s", "’s"}:
        return None
    person = next((m for m in mentions if m.type == "person" and m.start <= k < m.end), None)
    if person is not None:
        return person
    if tok.pos_ == "PROPN" and tok.is_title and any(m.start <= k < m.end and m.type in {"place", "org", "group"}
                                                     for m in mentions):
        return False
    return None


#: Dependency labels of a sentence's subject.
SUBJECT_DEPS = {"nsubj", "nsubjpass"}

#: Words before a role noun that make it a past role ("the former striker" may coach now).
PAST_ROLE_WORDS = {"former", "ex", "one-time", "erstwhile"}


def _position(span, words: dict) -> str | None:
    """The playing position or job a descriptor states ("The England goalkeeper" -> goalkeeper,
    "the Real Madrid left-back" -> defender; models/wordlists.json ``position_groups``), not a past one."""
    groups = words.get("position_groups", {})
    if any(t.lower_ in PAST_ROLE_WORDS for t in span):
        return None
    return groups.get(span[-1].lower_)


def _mark_positions(doc: Doc, mentions: list[ResolvedMention], words: dict) -> None:
    """A person's position as written just before the name ("Barcelona midfielder Aitana Bonmati",
    "Spain coach Jorge Vilda"): ``attrs["position"]``, which a descriptor naming another position
    ("the England goalkeeper") does not agree with."""
    groups = words.get("position_groups", {})
    for m in mentions:
        if m.type == "person" and m.start > 0 and doc[m.start - 1].lower_ in groups \
                and not _past_role_before(doc, m.start - 1):
            m.attrs = {**m.attrs, "position": groups[doc[m.start - 1].lower_]}
        elif m.type == "person" and m.start > 0 and groups.get(doc[m.start - 1].lower_) not in (None, "official"):
            # "the former Germany striker X": a past position, which a descriptor of a current one
            # ("the Orlando Pride forward") does not agree with
            m.attrs = {**m.attrs, "position": "former " + groups[doc[m.start - 1].lower_]}
        elif m.type == "person" and m.start > 1 and doc[m.start - 1].text == "," \
                and groups.get(doc[m.start - 2].lower_) == "official":
            m.attrs = {**m.attrs, "position": "official"}  # "The club's owner, X, ..."
        elif m.type == "person" and m.end + 1 < len(doc) and doc[m.end].lower_ == "as":
            # "appointed X as head coach", "named X as their new manager": the post the sentence gives
            k = m.end + 1
            while k < len(doc) and k <= m.end + 3 and doc[k].lower_ in {"the", "their", "its", "new", "head", "interim",
                                                                      "permanent", "first-team", "caretaker"}:
                k += 1
            if k < len(doc) and groups.get(doc[k].lower_) == "coach":
                m.attrs = {**m.attrs, "position": "coach"}


def _past_role_before(doc: Doc, i: int) -> bool:
    """Whether the role noun at ``i`` is a past one: "former" before it, across the country or club
    between ("the former Germany striker X", "ex-Real Madrid midfielder Y")."""
    k = i - 1
    while k >= 0 and i - k <= 5 and (doc[k].pos_ == "PROPN" or doc[k].text in {"-", "and"}):
        k -= 1
    return k >= 0 and doc[k].lower_ in PAST_ROLE_WORDS


def _stated_ages(doc: Doc, mentions: list[ResolvedMention]) -> dict[str, set[str]]:
    """Ages written beside a person's name: "Rehhagel, 65,", "Lampard (42)", "Ronaldo, aged 19"."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if m.type == "person":
            age = _age_after(doc, m.end)
            if age:
                out.setdefault(m.entity_id, set()).add(age)
    return out


def _age_after(doc: Doc, e: int) -> str | None:
    """The age in an apposition starting at token ``e`` (", 65,", " (42)", ", aged 19,", ", now 32,"), if any."""
    if e + 2 >= len(doc) or doc[e].text not in {",", "("}:
        return None
    k = e + 1
    if doc[k].lower_ in {"aged", "now"}:
        k += 1
    tok = doc[k] if k < len(doc) else None
    if tok is not None and tok.text.isascii() and tok.text.isdigit() and 14 <= int(tok.text) <= 99 and k + 1 < len(doc) \
            and doc[k + 1].text in {",", ")", ".", ";"}:
        return tok.text
    return None


def _agrees(m: ResolvedMention, constraint: dict, ages: dict[str, set[str]], nationality: dict[str, str],
            positions: dict[str, set[str]] | None = None) -> bool:
    age, country, position = constraint.get("age"), constraint.get("country"), constraint.get("position")
    if age and m.entity_id in ages and age not in ages[m.entity_id]:
        return False
    if position and positions and m.entity_id in positions and position not in positions[m.entity_id]:
        return False  # "Carmona, the Real Madrid left-back, ..." is not "the England goalkeeper"
    if positions and positions.get(m.entity_id) == {"official"} and position != "official" and (age or country or position):
        return False  # "The club's owner, X, ...": a club official is no "former Italy midfielder" nor "the Frenchman"
    return not (country and nationality.get(m.entity_id) not in (None, country))


def _known(mentions: list[ResolvedMention]) -> tuple[dict[str, str], dict[str, set[str]]]:
    """Nationality and positions the gazetteer or the article's own descriptors give each person."""
    nationality: dict[str, str] = {}
    positions: dict[str, set[str]] = {}
    for m in mentions:
        if m.type != "person":
            continue
        if m.attrs.get("nationality"):
            nationality[m.entity_id] = m.attrs["nationality"]
        elif m.label == DESCRIPTOR and m.attrs.get("country") and m.attrs.get("descriptor") != "born":
            nationality.setdefault(m.entity_id, m.attrs["country"])  # "the Argentine" said so before
        if m.attrs.get("position"):
            positions.setdefault(m.entity_id, set()).add(m.attrs["position"])
    return nationality, positions


def _descriptor_person(doc: Doc, mentions: list[ResolvedMention], s: int, sent_of: list[int], constraint: dict,
                       ages: dict[str, set[str]], salience: bool = True, nearest: bool = False,
                       pronoun: bool = False, age_selects: bool = True) -> ResolvedMention | None:
    """Who a descriptor ("the 32-year-old", "The German") stands for, as news writing uses them:

    1. the one person whose stated age is the descriptor's ("Rehhagel, 65, ..." -> "the 65-year-old");
    2. else the subject of the sentence so far, or of the previous sentence ("Captain Zagorakis ...
       was named player of the tournament. The 32-year-old covered every blade of grass"), when it
       agrees (age, nationality); two people as one subject ("Modric and Kroos met") leave it unresolved;
    3. else the most salient person that agrees, unresolved on a tie.
    ``nearest``: in 2., the last subject of the sentence so far rather than the first.
    ``age_selects`` false: the age is one the sentence states of the person ("The Chelsea winger, 29,
    had ..."), which rules out anyone stated another age but does not pick whoever was stated that age
    (1. is skipped): it tells something new, where "the 29-year-old" refers back."""
    persons = [m for m in mentions if m.type == "person" and m.start < s]
    nationality, positions = _known(persons)
    age = constraint.get("age")
    k = sent_of[s]
    if age and age_selects:
        same_age = {m.entity_id: m for m in persons if age in ages.get(m.entity_id, ())}
        if len(same_age) == 1:
            one = next(iter(same_age.values()))
            here = _sentence_subject_so_far(doc, persons, s, sent_of)
            if here is None or here.entity_id == one.entity_id or sent_of[max(m.start for m in persons
                                                                                if m.entity_id == one.entity_id)] == k \
                    or here.entity_id in ages or not _agrees(here, constraint, ages, nationality, positions):
                return one
            # "X, 59, ... . Their coach, Y, will leave, and the 59-year-old Italian's ...": the subject of the
            # descriptor's own sentence, whose age is not stated, over the man of that age named before
            return here
    if doc[s].dep_ == "det" and doc[s].head.dep_ in {"dobj", "pobj"} and doc[s].head.i > s:
        # "X named Y in the squad, and Z praised the 30-year-old winger": a descriptor in an object's
        # place is the one person of its sentence named as an object too, not a subject of it
        def subject(t) -> bool:
            return t.dep_ in SUBJECT_DEPS or t.dep_ == "compound" and t.head.dep_ in SUBJECT_DEPS
        objects = {m.entity_id: m for m in persons if sent_of[m.start] == k and not subject(doc[m.end - 1])
                   and not any(t.tag_ == "POS" for t in doc[m.end - 1:m.end + 1])}
        if len(objects) == 1 and len({m.entity_id for m in persons if sent_of[m.start] == k}) > 1:
            one = next(iter(objects.values()))
            if _agrees(one, constraint, ages, nationality, positions):
                return one
    for group in ([m for m in persons if sent_of[m.start] == k], [m for m in persons if sent_of[m.start] == k - 1]):
        if not group:
            continue
        subjects = [m for m in group if any(doc[i].dep_ in SUBJECT_DEPS and doc[i].head.i not in range(m.start, m.end)
                                            for i in range(m.start, m.end))]
        if any(_main_clause(doc[m.end - 1]) for m in subjects):
            pass
        elif subjects and any(t.dep_ in SUBJECT_DEPS and _main_clause(t) for t in doc[group[0].start].sent if t.i < s):
            subjects = []  # the main clause's subject is no person ("Real Madrid have long been seen as ... when X leaves")
        root = doc[group[0].start].sent.root
        if not subjects or all(doc[m.end - 1].head.dep_ in {"relcl", "acl"} for m in subjects):
            pron = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.lower_ in {"he", "she"}), None)
            if pron is not None:
                # "He scored 41, beating the record Gerd Muller set. The Pole ...": whoever "he" is
                meant = pronoun_person(doc, mentions, pron.i)
                if meant is not None and _agrees(meant, constraint, ages, nationality, positions):
                    return meant
                break
        if subjects:
            # a role after a team ("the former Roma striker") follows the clause just before it: the nearest subject
            first = subjects[-1] if nearest and sent_of[subjects[-1].start] == k else subjects[0]
            if first is subjects[0] and len(subjects) > 1 and sent_of[first.start] == k - 1 and doc[s].is_sent_start:
                last = _last_clause_subject(doc, subjects, constraint, ages, nationality, positions)
                if last is not None:
                    return last  # "A put them ahead, B equalised, and C restored the lead. The Spain striker ...": C
            head = doc[first.end - 1]
            if any(c.dep_ == "conj" and any(o.start <= c.i < o.end for o in group) for c in head.children):
                return None  # "Modric and Kroos met": either of them
            if nearest and sent_of[first.start] == k:
                # "X signed his former team-mate Y from Barcelona, and the Brazil playmaker was ...": a role after a
                # team later in the sentence is the person the clause before named after its subject ("he" is the subject)
                named = {m.entity_id: m for m in group if m.start > first.end and m.entity_id != first.entity_id
                         and doc[m.end - 1].dep_ in {"dobj", "pobj", "appos"} and not any(
                             t.tag_ == "POS" for t in doc[m.end - 1:m.end + 1])}
                if len(named) == 1 and _agrees(next(iter(named.values())), constraint, ages, nationality, positions):
                    return next(iter(named.values()))
            if positions.get(first.entity_id) == {"official"} and constraint.get("position") != "official":
                # "Juventus owner X watched as Y scored twice. The Serbian ...": a club official named as the
                # subject is not a player's or coach's descriptor when one other person of that sentence agrees
                players = {m.entity_id: m for m in group if m.entity_id != first.entity_id
                           and positions.get(m.entity_id) != {"official"}
                           and _agrees(m, constraint, ages, nationality, positions)}
                if len(players) == 1:
                    return next(iter(players.values()))
                break  # "Club president X welcomed him. The Frenchman ...": not the official; salience decides
            country = constraint.get("country")
            known = {m.entity_id: m for m in group if country and m.entity_id != first.entity_id
                     and nationality.get(m.entity_id) == country and not is_possessor(doc, m)}
            if country and nationality.get(first.entity_id) is None and len(known) == 1 \
                    and _agrees(next(iter(known.values())), constraint, ages, nationality, positions):
                return next(iter(known.values()))  # "X replaces Zidane, who resigned. The Frenchman ...": the one
                # person of that sentence known to be French, over a subject whose nationality is not known
            if salience and constraint.get("country") and sent_of[first.start] < k and _paragraph_start(doc, s) \
                    and nationality.get(first.entity_id) is None and doc[first.end - 1].head.dep_ != "ROOT":
                main = _protagonist_over(mentions, s, first, constraint, ages, nationality, positions)
                if main is not None:
                    return main  # a new paragraph after a newcomer named in a later clause: the protagonist
            if _agrees(first, constraint, ages, nationality, positions):
                main = _protagonist_back(doc, mentions, s, first, group, sent_of) if salience else None
                if main is not None and _agrees(main, constraint, ages, nationality, positions):
                    return main
                return first
            # the subject cannot be meant ("X drove a shot past Y. The England goalkeeper ..."): the one other
            # person of that sentence who can
            others = {m.entity_id: m for m in group if m.entity_id != first.entity_id
                      and _agrees(m, constraint, ages, nationality, positions)}
            if len(others) > 1 and country:  # "The Dutchman told Y to follow Griezmann. The Frenchman ...": the one
                # of them known to be French, over one whose nationality is not known
                others = {k: m for k, m in others.items() if nationality.get(k) == country}
            if len(others) == 1:
                return next(iter(others.values()))
        elif len({m.entity_id for m in group}) == 1 and sent_of[group[0].start] == k and s > group[-1].end \
                and all(_in_modifier_phrase(doc, m) for m in group):
            continue  # "Backed by Sheikh X since 2008, City have spent heavily, and the Italian ...": named in passing
        elif len({m.entity_id for m in group}) == 1 and _agrees(group[0], constraint, ages, nationality, positions):
            if (nearest or not salience) and sent_of[group[0].start] < k and _paragraph_start(doc, s) \
                    and (salience or not any(doc[i].dep_ in SUBJECT_DEPS for i in range(group[0].start, group[0].end))):
                break  # "Under X, Chelsea finished third.\n\nThe former England international arrives ...": a new
                # paragraph about someone the sentence before names only in passing is the article's protagonist
                # (a role after a club, which takes no guess by salience: unresolved, when that person is no subject)
            if salience and constraint and sent_of[group[0].start] < k and _paragraph_start(doc, s) \
                    and nationality.get(group[0].entity_id) is None:
                main = _protagonist_over(mentions, s, group[-1], constraint, ages, nationality, positions)
                if main is not None:
                    return main  # "... came from the Juventus forward X.\n\nThe Frenchwoman ...": the same
            return group[-1]
        elif constraint and not subjects:
            # "Villarreal are expected to appoint X as Emery's successor. The Spaniard, 64, ...": the one person
            # of that sentence the descriptor agrees with (Emery was said to be 50)
            agreeing = {m.entity_id: m for m in group if _agrees(m, constraint, ages, nationality, positions)}
            if len(agreeing) == 1:
                one = next(iter(agreeing.values()))
                if salience and _paragraph_start(doc, s) and nationality.get(one.entity_id) is None:
                    # "... thanks to two goals from the Juventus forward X.\n\nThe Brazilian came into the
                    # tournament ...": a new paragraph goes back to the article's protagonist when the one person
                    # named in passing before is a newcomer whose nationality is not known
                    main = _protagonist_over(mentions, s, one, constraint, ages, nationality, positions)
                    if main is not None:
                        return main
                return one
        break  # the nearest sentence naming someone decides, or salience does
    else:
        if k > 0 and s > 0 and not any(sent_of[m.start] in (k, k - 1) for m in persons):
            # "He joined PSG from Monaco in 2017. The PSG forward finished ...": neither sentence names anyone,
            # and the one before is about "he" / "she": whom that pronoun stands for
            before = doc[doc[s].sent.start - 1].sent if doc[s].sent.start > 0 else None
            pron = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS and c.lower_ in {"he", "she"}),
                        None) if before is not None else None
            if pron is not None:
                meant = pronoun_person(doc, mentions, pron.i)
                if meant is not None and _agrees(meant, constraint, ages, nationality, positions):
                    return meant
    if not salience:
        return None
    agreeing = {m.entity_id for m in persons if _agrees(m, constraint, ages, nationality, positions)
                and (positions.get(m.entity_id) != {"official"} or constraint.get("position") == "official")}
    if not agreeing:
        return None
    return salient_person(mentions, s, constraint, ties_unresolved=True,
                          exclude={m.entity_id for m in persons} - agreeing)


def is_possessor(doc: Doc, m) -> bool:
    """Whether a mention owns what follows it ("X's cross", "Dani Alves' cross")."""
    return m.end < len(doc) and doc[m.end].tag_ == "POS" or m.text.endswith(("'s", "'"))


def _main_subject(tok) -> bool:
    return tok.dep_ in SUBJECT_DEPS and _main_clause(tok)


def _sentence_subject_so_far(doc: Doc, persons: list[ResolvedMention], s: int, sent_of: list[int]):
    """The one person named in apposition to a role noun that is the main-clause subject of the descriptor's
    sentence before it ("Their coach, Y, will leave, and the 59-year-old ..."), or None. A name that is itself
    the subject ("Y scored twice, and the 64-year-old said ...") is not enough: the descriptor may be the
    other man of that age."""
    k = sent_of[s]
    subjects = {m.entity_id: m for m in persons if sent_of[m.start] == k and m.end <= s
                and any(doc[i].dep_ == "appos" and _main_subject(doc[i].head) and doc[i].head.ent_type_ == ""
                        and doc[i].head.pos_ == "NOUN" for i in range(m.start, m.end))}
    return next(iter(subjects.values())) if len(subjects) == 1 else None


def _last_clause_subject(doc: Doc, subjects: list[ResolvedMention], constraint: dict, ages, nationality,
                         positions) -> ResolvedMention | None:
    """A sentence of coordinated clauses, each with its own person as subject ("A put Chicago ahead, B equalised,
    and C restored the lead"; "A scored before B equalised"): a descriptor opening the next sentence follows the last of them that agrees
    with it (one known to be of the descriptor's country before any other); None when the subjects are not of
    coordinated clauses."""
    verbs = [doc[m.end - 1].head for m in subjects]
    def coordinated(v) -> bool:  # v hangs from the first clause's verb by a chain of conj links
        if v.dep_ == "advcl" and v.i > verbs[0].i and any(a.i == verbs[0].i for a in v.ancestors) \
                and any(c.dep_ == "mark" and c.lower_ == "before" for c in v.children):
            return True  # "A gave Spain the lead before B equalised": B's is the later event
        while v.dep_ == "conj" and v.head.i != v.i:
            v = v.head
            if v.i == verbs[0].i:
                return True
        return False
    if len({v.i for v in verbs}) != len(verbs) or not all(coordinated(v) for v in verbs[1:]):
        return None
    country = constraint.get("country")
    known = [m for m in subjects if country and nationality.get(m.entity_id) == country]
    if known:  # "Haaland scored twice, and X added a third. The Norwegian ...": the one known to be Norwegian
        return known[0] if len({m.entity_id for m in known}) == 1 else None
    return next((m for m in reversed(subjects) if _agrees(m, constraint, ages, nationality, positions)), None)


def _in_modifier_phrase(doc: Doc, m: ResolvedMention) -> bool:
    """Whether a mention is no subject and hangs from a participle that modifies its clause ("Backed by X since
    2008, ...", "Having been signed by X, ...")."""
    t, seen = doc[m.end - 1], 0
    if t.dep_ in SUBJECT_DEPS:
        return False
    while t.head is not t and seen < 10:
        t, seen = t.head, seen + 1
        if t.dep_ in {"advcl", "acl"} and t.tag_ in {"VBN", "VBG"}:
            return True
        if t.dep_ in SUBJECT_DEPS:
            return False
    return False


def _protagonist_over(mentions: list[ResolvedMention], i: int, candidate: ResolvedMention, constraint: dict,
                      ages: dict, nationality: dict, positions: dict) -> ResolvedMention | None:
    """The article's protagonist instead of ``candidate``, when the candidate is named once only before
    token ``i`` and the protagonist (the most salient person that agrees) is named at least three times as
    often; else None."""
    counts = Counter(m.entity_id for m in mentions if m.type == "person" and m.start < i)
    if counts[candidate.entity_id] > 1:
        return None
    main = salient_person([m for m in mentions if m.entity_id != candidate.entity_id], i, constraint,
                          ties_unresolved=True)
    if main is None or not _agrees(main, constraint, ages, nationality, positions):
        return None
    return main if counts[main.entity_id] >= 3 * counts[candidate.entity_id] else None


def _paragraph_start(doc: Doc, i: int) -> bool:
    """Whether the sentence of token ``i`` opens a paragraph (a blank line, or a line break, before it)."""
    k = doc[i].sent.start
    return k == 0 or "\n" in doc[k - 1].text_with_ws


def _protagonist_back(doc: Doc, mentions: list[ResolvedMention], i: int, candidate: ResolvedMention,
                      group: list[ResolvedMention], sent_of: list[int]) -> ResolvedMention | None:
    """A new paragraph goes back to the article's protagonist: "Interim manager X, who took charge ...,
    will remain in place until Emery arrives.\n\nThe Spaniard is best known ..." is Emery, not X.
    The protagonist, when the sentence before names both, the candidate (that sentence's subject) is
    named there for the first time, and the protagonist is the most salient person by far (three
    times the mentions); else None."""
    if not _paragraph_start(doc, i) or sent_of[candidate.start] != sent_of[i] - 1:
        return None
    if any(m.entity_id == candidate.entity_id and m.start < candidate.start for m in mentions if m.type == "person"):
        return None  # named before: not a newcomer
    main = salient_person(mentions, i)
    if main is None or main.entity_id == candidate.entity_id or not any(m.entity_id == main.entity_id for m in group):
        return None
    counts = Counter(m.entity_id for m in mentions if m.type == "person" and m.start < i)
    return next(m for m in reversed(group) if m.entity_id == main.entity_id) \
        if counts[main.entity_id] >= 3 * counts[candidate.entity_id] else None


def descriptor_at(doc: Doc, mentions: list[ResolvedMention], i: int) -> ResolvedMention | None:
    """The person a descriptor starting at token ``i`` stands for ("The Reign FC forward scored"),
    by the subject of the sentence so far or of the one before; no guess by salience. A descriptor
    this stage has resolved already (with its nationality, age and position) is that person."""
    known = next((m for m in mentions if m.start == i and m.label == DESCRIPTOR and m.type == "person"), None)
    if known is not None:
        return known
    return _descriptor_person(doc, mentions, i, _sentence_index(doc), {}, _stated_ages(doc, mentions), salience=False)


def pronoun_person(doc: Doc, mentions: list[ResolvedMention], i: int, _depth: int = 0,
                   words: dict | None = None) -> ResolvedMention | None:
    """Who "he" / "she" at token ``i`` stands for, as news writing uses them:

    1. the first main-clause subject of the sentence so far ("Bonmati was named player of the
       tournament after a summer in which she won ..."; not "after Andonovski resigned, she ...");
    2. else the first main-clause subject of the sentence before ("The Dutchwoman took the
       Netherlands to the final. She won ...");
    in both, a subject that is itself "he"/"she" stands for whom that pronoun does; a subject that
    is a thing owned by a person ("X's deal runs out ..."), in the sentence before or in a clause
    coordinated with the pronoun's (``_coordinated_after``), stands for its owner unless the thing is
    itself a person noun ("X's assistant"); and a subject
    that is no resolved person ("The former England international arrives from Derby, where he
    ...") leaves it to salience; a sentence whose main subject is no person but that names one
    person only ("The US lost to Sweden, coached by X.") gives that person; a sentence before whose
    subject is a side and that names no person ("The club then ended the year fourth.") passes to
    the main-clause subject of the sentence before it;
    3. else the most salient person so far. A possessive "his"/"her" the same way; other pronouns
    ("him"): salience. With ``words``, a person whose first name is of the other sex ("she" and
    "Phil Neville") is never the one meant."""
    possessive = doc[i].lower_ in {"his", "her"} and doc[i].tag_ == "PRP$"  # "Martino has a task. His side ..."
    sex = "f" if doc[i].lower_ in {"she", "her", "hers", "herself"} else "m" if doc[i].lower_ in {
        "he", "him", "his", "himself"} else None
    other = {m.entity_id for m in mentions if m.type == "person" and sex and words
             and name_sex(words, m.entity) not in (None, sex)}
    salient = lambda: salient_person(mentions, i, exclude=other)
    if (doc[i].lower_ not in {"he", "she"} and not possessive) or _depth > 8:
        return salient()
    sent_of = _sentence_index(doc)
    k = sent_of[i]
    persons = [m for m in mentions if m.type == "person" and m.start < i]
    sent, side_before = doc[i].sent, False
    for sent_no in (k, k - 1, k - 2):
        if sent_no < 0 or sent_no == k - 2 and not side_before:
            break
        if sent_no < k:
            sent = doc[sent.start - 1].sent
        stop = i if sent_no == k else sent.end
        group = [m for m in persons if sent_of[m.start] == sent_no]
        subjects = [t for t in doc[sent.start:stop] if t.dep_ in SUBJECT_DEPS and _main_clause(t)]
        if sent_no == k - 2 and not subjects:
            break
        if sent_no == k - 1 and not group and subjects and (subjects[0].ent_type_ == "TEAM" or subjects[0].lower_ in _TEAMISH) \
                and not any(t.lower_ in _PERSONISH for t in sent):
            side_before = True
            continue  # "X, 51, quit. The club then ended the year fourth. She ...": the sentence before that
        if sent_no == k - 2:
            t = subjects[0]
            m = next((m for m in group if m.start <= t.i < m.end), None)
            return m if m is not None and m.entity_id not in other else salient()
        if sent_no == k:
            # "X's defeat has cost Y his job: he left ...": a clause after a colon or semicolon whose sentence so
            # far has no person as a subject; the one person the clause before names
            cut = next((t.i for t in reversed(doc[sent.start:i]) if t.text in {":", ";"}), None)
            if cut is not None and not any(t.lower_ in {"he", "she"} or any(m.start <= t.i < m.end for m in group)
                                           for t in subjects):
                named = {m.entity_id: m for m in group if m.end <= cut and m.entity_id not in other}
                if len(named) == 1:
                    return next(iter(named.values()))
        if subjects:
            t = subjects[0]
            m = next((m for m in group if m.start <= t.i < m.end), None)
            if m is None and t.pos_ == "NOUN":  # "Celtic's goalkeeper Ronnie Simpson, 36, had a quiet night. He ..."
                m = next((m for m in group if doc[m.end - 1].dep_ == "appos" and doc[m.end - 1].head.i == t.i), None)
            if m is None and t.pos_ == "NOUN" and (sent_no < k or _coordinated_after(doc, t, i)) \
                    and t.lower_ not in _PERSONISH and t.lower_ not in (words or {}).get("person_nouns", ()):
                # "X's legacy is a cup run. He ...": X; "X's loan ends this summer, and he may move": X
                m = next((m for m in group if doc[m.end - 1].dep_ == "poss" and doc[m.end - 1].head.i == t.i), None)
            if m is not None and sent_no == k - 1 and m.entity_id not in other:
                main = _protagonist_back(doc, mentions, i, m, group, sent_of)  # a new paragraph: back to the protagonist
                if main is not None and main.entity_id not in other:
                    return main
            if m is not None:
                return m if m.entity_id not in other else salient()
            if t.lower_ in {"he", "she"}:
                if sex and t.lower_ != doc[i].lower_ and not possessive:
                    return salient()  # "She ... He ...": someone else
                return pronoun_person(doc, mentions, t.i, _depth + 1, words)
            if (t.pos_ in {"NOUN", "PROPN"} or t.lower_ in {"it", "this", "that"}) \
                    and len({m.entity_id for m in group}) == 1 and not any(
                    c.dep_ == "poss" for c in t.children) and t.lower_ not in _PERSONISH \
                    and group[-1].entity_id not in other:
                return group[-1]  # "The US lost to Sweden, coached by X."; "For X, it was a night to savour."
            return salient()
        if group and sent_no == k and doc[i].dep_ in SUBJECT_DEPS and _main_clause(doc[i]):
            # "Promoted when X was sacked, he won ...": the main clause's "he" is not the subject of a
            # subordinate clause before it; look to the sentence before
            group = [m for m in group if not (doc[m.end - 1].dep_ in SUBJECT_DEPS and _in_fronted_participle(doc[m.end - 1]))]
            if not group:
                continue
        if group:
            ids = {m.entity_id for m in group} - other
            return next(m for m in reversed(group) if m.entity_id in ids) if len(ids) == 1 else salient()
    return salient()


def _coordinated_after(doc: Doc, subject, i: int) -> bool:
    """Whether the pronoun at ``i`` is the subject of a clause coordinated with the clause of ``subject``
    (a main-clause subject before it in the same sentence): "X's deal runs out in June, and he may leave"."""
    pron = doc[i]
    return pron.dep_ in SUBJECT_DEPS and pron.head.dep_ == "conj" and pron.head.head.i == subject.head.i


def _in_fronted_participle(tok) -> bool:
    """Whether ``tok`` is the subject of a clause inside a participle with no subject of its own
    ("Promoted from assistant when X was sacked, he ..."): the participle's subject is the main
    clause's, so X is not who "he" is. A clause hung on the main verb ("When X was sacked, he
    blamed ...") is not one."""
    verb = tok.head
    outer = verb.head
    return verb.dep_ == "advcl" and outer.dep_ == "advcl" and outer.tag_ in {"VBN", "VBG"} \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in outer.children)


def _has_capital(text: str) -> bool:
    """Whether a name holds a capital letter (every written name does; "reserve keeper" does not)."""
    return any(ch.isupper() for ch in text)


def name_sex(words: dict, name: str) -> str | None:
    """"m" or "f" by a person's first name (models/wordlists.json ``first_names``,
    ``female_first_names``, ``unisex_first_names``), None when the name does not tell."""
    first = name.split()[0].lower() if name.split() else ""
    unisex, female, names = _name_sets(words)
    if first in unisex:
        return None
    if first in female:
        return "f"
    return "m" if first in names else None


_NAME_SETS: dict[int, tuple] = {}


def _name_sets(words: dict) -> tuple[frozenset, frozenset, frozenset]:
    """The three first-name lists of ``words`` as sets, built once a word-list dict (not once a call)."""
    key = id(words)
    found = _NAME_SETS.get(key)
    if found is None or found[0] is not words:
        found = _NAME_SETS[key] = (words, frozenset(words.get("unisex_first_names", ())),
                                   frozenset(words.get("female_first_names", ())), frozenset(words.get("first_names", ())))
    return found[1:]


#: Subject nouns that stand for a side ("the club won the title").
_TEAMISH = {"club", "side", "team", "squad", "champions", "hosts", "visitors"}

#: Subject nouns that stand for a person the mentions have not resolved ("The former international").
_PERSONISH = {"international", "man", "woman", "player", "coach", "manager", "boss", "captain", "striker",
              "forward", "midfielder", "defender", "goalkeeper", "keeper", "winger", "veteran", "youngster"}


def _main_clause(tok) -> bool:
    """Whether a token's clause is the sentence's main one (no subordinate or relative clause on the
    way up to the root)."""
    v, seen = tok.head, 0
    while v.head is not v and seen < 12:
        if v.dep_ in {"advcl", "relcl", "acl", "pcomp", "csubj"}:
            return False
        v, seen = v.head, seen + 1
    return v.dep_ not in {"advcl", "relcl", "acl"}


def salient_person(mentions: list[ResolvedMention], before: int, constraint: dict | None = None,
                   exclude: set[str] = frozenset(), ties_unresolved: bool = False) -> ResolvedMention | None:
    """The person mentioned most often before token ``before`` (ties: most recent).

    A constraint (``country`` from a demonym) drops persons whose known
    nationality differs; with no candidate left, or (``ties_unresolved``) two
    equally salient candidates mentioned side by side, it returns None."""
    counts: Counter = Counter()
    last: dict[str, ResolvedMention] = {}
    for m in mentions:
        if m.type == "person" and m.start < before and m.entity_id not in exclude:
            counts[m.entity_id] += 2 if m.sentence_id <= 1 else 1  # the headline and lede name the protagonist
            last[m.entity_id] = m
    if not counts:
        return None
    cands = list(counts)
    country = (constraint or {}).get("country")
    if country:
        # keep persons whose known nationality agrees, or is unknown
        known = {m.entity_id: m.attrs.get("nationality") for m in mentions if m.attrs.get("nationality")}
        cands = [c for c in cands if known.get(c) in (None, country)]
        if not cands:
            return None
    ranked = sorted(cands, key=lambda c: (counts[c], last[c].start), reverse=True)
    if ties_unresolved and len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]] \
            and abs(last[ranked[0]].sentence_id - last[ranked[1]].sentence_id) <= 1:
        return None  # two people equally likely: leave the descriptor unresolved rather than guess
    return last[ranked[0]]


#: Predicates that make a person a player of a side: a man plays for the men's side.
PLAYING_PREDICATES = {"player_of", "career_goals", "career_appearances", "transfer"}


def male_name(words: dict, name: str) -> bool:
    """Whether a person's first name is a man's (models/wordlists.json ``first_names`` less
    ``female_first_names`` and ``unisex_first_names``)."""
    return name_sex(words, name) == "m"


def players_side(words: dict, predicate: str, subject: ResolvedMention | None,
                 obj: ResolvedMention | None) -> ResolvedMention | None:
    """"the former Manchester United defender Phil Neville" in an article about women's football: a
    man plays for the men's side, whatever the article's context made of the club; and a man's job at
    a club whose women's side the gazetteer does not know ("left to take over at Inter Miami") is at
    the club itself (a man coaching a country's or a known women's side stays with it)."""
    if obj is None or subject is None or not obj.attrs.get("mens_id") or not male_name(words, subject.entity):
        return obj
    if predicate not in PLAYING_PREDICATES and not obj.attrs.get("women_guessed"):
        return obj
    return ResolvedMention(obj.start, obj.end, obj.start_char, obj.end_char, obj.text, obj.label, obj.type,
                           obj.attrs["mens_id"], obj.attrs["mens_name"], obj.sentence_id, {})


def national_side(gaz: Gazetteer, mentions: list[ResolvedMention], m: ResolvedMention) -> ResolvedMention | None:
    """A country named as a place that does what a side does ("Spain went on to win the tournament"):
    its national team, the women's side in an article whose teams are women's sides."""
    ent = gaz.get(m.entity_id)
    name = ent.name if ent is not None and ent.type == "team" else m.entity
    side = ResolvedMention(m.start, m.end, m.start_char, m.end_char, m.text, "TEAM", "team", m.entity_id, name,
                           m.sentence_id, {})
    womens = womens_article(mentions, gaz) or country_womens_side(mentions, m.entity_id)
    return _womens_context([side], gaz, 2)[0] if womens else side


def _countries_womens_side(mentions: list[ResolvedMention], gaz: Gazetteer) -> list[ResolvedMention]:
    """In a story that names a country's women's side ("... weeks after the women's team won the World
    Cup"), the country acting as a side ("Spain have sacked X") is that side, whatever else the story is about."""
    womens = {m.entity_id for m in mentions if m.type == "team" and m.entity_id.endswith("-women")
              and m.entity_id.removesuffix("-women") in gaz.country_ids}
    if not womens:
        return mentions
    for m in mentions:
        if m.type == "team" and m.entity_id + "-women" in womens:
            w = gaz.get(m.entity_id + "-women")
            m.entity_id, m.entity = m.entity_id + "-women", (w.name if w is not None else m.entity + " Women")
    return mentions


def country_womens_side(mentions: list[ResolvedMention], country_id: str) -> bool:
    """Does the story name this country's women's side?"""
    return any(m.type == "team" and m.entity_id == country_id + "-women" for m in mentions)


def womens_article(mentions: list[ResolvedMention], gaz: Gazetteer) -> bool:
    """An article whose sides and competitions are women's (at least half of those it names, once
    :func:`_womens_context` has read its bare clubs as women's sides), not a men's story that names
    one women's side in passing."""
    named = [x for x in mentions if x.type in {"team", "competition"}]
    womens = sum(1 for x in named if _is_womens(x, gaz))
    return womens > 0 and 2 * womens >= len(named)


def to_mention_records(article_id: str, mentions: list[ResolvedMention]) -> list[Mention]:
    return [Mention(article_id, m.sentence_id, m.start_char, m.end_char, m.text, m.label, m.entity_id, m.entity)
            for m in mentions]
