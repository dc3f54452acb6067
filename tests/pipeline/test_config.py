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


def _models_copy(tmp_path: Path) -> Path:
    import shutil

    from pipeline.config import MODELS_DIR

    folder = tmp_path / "models"
    shutil.copytree(MODELS_DIR, folder)
    return folder


def test_a_gazetteer_is_loaded_once_a_process_until_its_files_change(tmp_path):
    """files_key: the loaders' memo returns the same tables while the files stay the same, and reads
    an edited file again (a test or a long-lived process that edits models/ sees its edit)."""
    import os

    from pipeline.entities import ENTITIES_FILE, load_gazetteer

    folder = _models_copy(tmp_path)
    first = load_gazetteer(folder)
    assert load_gazetteer(folder) is first
    path = folder / ENTITIES_FILE
    path.write_text(path.read_text(encoding="utf-8")
                    + '{"id": "fc-nowhere-town", "name": "FC Nowhere Town", "type": "team", "label": "TEAM"}\n',
                    encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    again = load_gazetteer(folder)
    assert again is not first
    assert again.get("fc-nowhere-town") is not None and first.get("fc-nowhere-town") is None


def test_claim_rules_are_read_once_a_process_until_their_files_change(tmp_path):
    import os

    from pipeline.patterns import PATTERNS_FILE, load_claim_rules

    folder = _models_copy(tmp_path)
    first = load_claim_rules(folder)
    second = load_claim_rules(folder)
    assert second == first and second is not first  # a list of its own, of the same rules
    assert all(a is b for a, b in zip(first, second))
    path = folder / PATTERNS_FILE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[1:]), encoding="utf-8")  # the first rule removed
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    assert len(load_claim_rules(folder)) == len(first) - 1
