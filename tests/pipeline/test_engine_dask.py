"""The Dask engine (a LocalCluster with one worker) writes the same bytes as the local engine."""
import pytest

from pipeline.config import DEFAULT_CORPUS, Settings
from pipeline.run import OUTPUT_FILES, run_extract

pytest.importorskip("distributed")


def test_dask_engine_outputs_identical_to_local(tmp_path, resources):
    local, dask = tmp_path / "local", tmp_path / "dask"
    run_extract(Settings(corpus_dir=DEFAULT_CORPUS, out_dir=local), log=lambda m: None,
                res_factory=lambda: resources)
    run_extract(Settings(corpus_dir=DEFAULT_CORPUS, out_dir=dask, engine="dask", n_process=1), log=lambda m: None)
    for name in OUTPUT_FILES:
        assert (dask / name).read_bytes() == (local / name).read_bytes(), name
    assert sorted(p.name for p in (dask / "clean").iterdir()) == sorted(p.name for p in (local / "clean").iterdir())


def test_local_engine_does_not_import_dask(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from pipeline.run import engine_for; from pipeline.config import Settings; "
            "engine_for(Settings()); assert 'distributed' not in sys.modules and 'dask' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=DEFAULT_CORPUS.parent)
