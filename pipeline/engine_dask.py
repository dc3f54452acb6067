"""Dask engine: the per-article half on Dask workers (``extract --engine dask [--scheduler ADDRESS]``).

Same contract as :func:`pipeline.run.process_local`: ``(states, settings, res_factory)`` ->
ArticleResults in the order of ``states``. The client sends chunks of (raw bytes, relative
path, article id); each worker loads the spaCy model and the ``models/`` tables once
(:data:`_RESOURCES`, keyed by model, models folder and the hashes of models/ and of the code)
and runs :func:`pipeline.run.analyse_batch` on them; ArticleResult JSON dicts come back.
With no scheduler address a ``LocalCluster`` of ``n_process`` single-threaded worker processes
is started and closed again. Workers need this project importable (a checkout on
``PYTHONPATH``, at any path), the same ``models/`` and the spaCy model installed; a worker whose
code or models differ from the client's refuses the work (its results would not match their
cache keys).

Dask is imported only here: the local engine needs no Dask.
"""
from __future__ import annotations

from collections import deque
from typing import Callable, Iterator

from pipeline.analyse import ArticleResult, Resources
from pipeline.config import Settings, code_hash, models_hash

#: Articles per task sent to a worker.
CHUNK_ARTICLES = 32
#: Tasks in flight per worker (bounds the client's and the workers' memory).
IN_FLIGHT_PER_WORKER = 2

#: Worker-side cache: (model, models_dir, models hash, code hash) -> Resources, loaded once per worker process.
_RESOURCES: dict[tuple, Resources] = {}


def _worker_resources(settings: Settings, expected: tuple[str, str]) -> Resources:
    key = (settings.model, str(settings.models_dir)) + expected
    res = _RESOURCES.get(key)
    if res is None:
        if not settings.models_dir.is_dir():  # the checkout sits elsewhere on this host: use its models/
            from pipeline.config import MODELS_DIR

            settings = settings.with_(models_dir=MODELS_DIR)
        here = (models_hash(settings.models_dir), code_hash())
        if here != expected:
            what = "models/" if here[0] != expected[0] else "pipeline code"
            raise RuntimeError(f"this Dask worker's {what} differs from the client's "
                               f"({settings.models_dir}); run the workers from the same checkout")
        _RESOURCES.clear()  # one model per worker at a time
        res = _RESOURCES[key] = Resources(settings)
    return res


def _work(items: list[tuple[bytes, str, str]], settings: Settings, expected: tuple[str, str]) -> list[dict]:
    """Runs on a worker: the per-article half of one chunk, as ArticleResult JSON dicts."""
    from pipeline.run import analyse_batch

    res = _worker_resources(settings, expected)
    return [r.to_json() for r in analyse_batch(items, res, settings)]


def process_dask(states: list, settings: Settings, res_factory: Callable[[], Resources] | None = None) -> Iterator[ArticleResult]:
    """Per-article half on a Dask cluster; results in the order of ``states``.

    ``res_factory`` is not used (workers build their own Resources from ``settings``)."""
    if not states:
        return
    from distributed import Client, LocalCluster

    expected = (models_hash(settings.models_dir), code_hash())
    cluster = None
    if settings.scheduler:
        client = Client(settings.scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, settings.n_process or 1), threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        client = Client(cluster)
    try:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or settings.n_process or 1)
        size = max(CHUNK_ARTICLES, settings.batch_size)
        pending: deque = deque()
        for k in range(0, len(states), size):
            items = [(st.raw, st.rel, st.article_id) for st in states[k:k + size]]
            pending.append(client.submit(_work, items, settings, expected, pure=False))
            while len(pending) >= IN_FLIGHT_PER_WORKER * n_workers:
                yield from _take(pending.popleft())
        while pending:
            yield from _take(pending.popleft())
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _take(future) -> Iterator[ArticleResult]:
    rows = future.result()
    future.release()
    for row in rows:
        yield ArticleResult.from_json(row)
