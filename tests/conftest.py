"""Shared fixtures: the spaCy pipeline and models/ tables are loaded once per test session."""
from __future__ import annotations

import pytest

from pipeline.config import SEEDS_DIR, Settings


@pytest.fixture(scope="session")
def resources():
    from pipeline.analyse import Resources

    return Resources(Settings())


@pytest.fixture(scope="session")
def analyse_text(resources):
    """text -> ArticleResult (clean + spaCy + mentions + claims), no files involved."""
    from pipeline.analyse import analyse, prepare
    from pipeline.ingest import parse_article

    def run(text: str, article_id: str = "t"):
        ing = parse_article(text.encode("utf-8"), f"{article_id}.txt", article_id)
        result = prepare(ing, resources)
        return analyse(resources.nlp(result.text), result, resources)

    return run


needs_seeds = pytest.mark.skipif(not SEEDS_DIR.exists(), reason="../shared/seeds is not beside the checkout")
