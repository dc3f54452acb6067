"""Settings and cache keys (pipeline.config)."""
import ast
from pathlib import Path

import pipeline
from pipeline.config import PER_ARTICLE_MODULES


def _imported(name: str) -> set[str]:
    """The pipeline modules ``pipeline/<name>.py`` imports, at any depth of its own module's code."""
    tree = ast.parse((Path(pipeline.__file__).parent / f"{name}.py").read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "pipeline":
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline."):
            found.add(node.module.split(".")[1])
    return found


def test_every_module_of_the_per_article_half_is_in_its_cache_key():
    """A change to any module the per-article half runs must change the cache key (code_hash)."""
    seen, todo = set(), ["analyse"]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo.extend(_imported(name))
    assert seen <= set(PER_ARTICLE_MODULES), sorted(seen - set(PER_ARTICLE_MODULES))
