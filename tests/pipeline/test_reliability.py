"""Reliability: bad input files, runs killed with SIGKILL, concurrent runs, unwritable outputs.

Every corpus is built here in tmp_path. In-process CLI runs reuse the session's spaCy
pipeline; the fault tests run ``python -m pipeline extract`` as real subprocesses.
"""
from __future__ import annotations

import csv
import errno
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import cache as cache_mod
from pipeline.cli import app
from pipeline.config import DEFAULT_CORPUS, MAX_ARTICLE_BYTES, PROJECT_ROOT, Settings
from pipeline.corpus import write_outputs
from pipeline.records import Article, Claim, Conflict, Fact, Mention, columns
from pipeline.run import OUTPUT_FILES, output_lock, run_extract

HEADERS = {
    "articles.csv": columns(Article), "mentions.csv": columns(Mention), "claims.csv": columns(Claim),
    "consolidated_claims.csv": columns(Fact), "conflicts.csv": columns(Conflict),
}
GOOD = "Marco Silvani, 24, joined Everton in 2014. Silvani scored 5 goals in 14 appearances for Everton.\n"
SPANISH = ("El equipo de Madrid ganó el partido contra el Barcelona por dos goles a uno en el estadio, y los "
           "aficionados celebraron en las calles de la ciudad durante toda la noche con cánticos y banderas del club. ")
HTML_PAGE = """<!DOCTYPE html>
<html><head><title>Everton news</title>
<script>var tracking = "do not keep me";</script><style>p { color: red }</style></head>
<body><nav>Home | Sport | Football</nav>
<article><h1>Lindqvist signs</h1>
<p>Oscar Lindqvist, 22, joined Everton in 2012.</p>
<p>Lindqvist scored 4 goals in 12 appearances for Everton &amp; the fans loved it.</p></article>
<footer>Copyright 2024 Example Media</footer></body></html>
"""


def _tree_hash() -> str:
    """Hash of the code and models: the in-process pipeline is only a valid reference while they are unchanged."""
    h = hashlib.sha256()
    for p in sorted([*(PROJECT_ROOT / "pipeline").glob("*.py"), *(PROJECT_ROOT / "models").rglob("*")]):
        if p.is_file():
            h.update(p.as_posix().encode() + p.read_bytes())
    return h.hexdigest()


TREE_AT_IMPORT = _tree_hash()


def reference_run(corpus: Path, out: Path, resources) -> dict[str, bytes]:
    """Outputs of an uninterrupted run: in this process (fast), or in a subprocess when the code
    or models changed since this module was imported (then this process's pipeline is stale)."""
    if _tree_hash() == TREE_AT_IMPORT:
        run_extract(Settings(corpus_dir=corpus, out_dir=out), log=lambda m: None, res_factory=lambda: resources)
    else:
        r = run_cli(corpus, out)
        assert r.returncode == 0, r.stderr
    return csv_snapshot(out)


def read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def csv_snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES if (out / name).exists()}


def check_complete_csv(name: str, data: bytes) -> None:
    """A CSV as a reader sees it: decodes, has the full header, every row has every column."""
    rows = list(csv.reader(data.decode("utf-8").splitlines(keepends=True)))
    assert rows and rows[0] == HEADERS[name], f"{name}: bad or missing header"
    assert data.endswith(b"\n"), f"{name}: does not end with a newline (cut short?)"
    for row in rows[1:]:
        assert len(row) == len(HEADERS[name]), f"{name}: a row with {len(row)} fields: {row[:3]}"


def cli_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(PROJECT_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def extract_cmd(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline", "extract", "--corpus", str(corpus), "--out", str(out), *extra]


def run_cli(corpus: Path, out: Path, *extra: str, prefix: tuple[str, ...] = (), timeout: float = 120):
    return subprocess.run([*prefix, *extract_cmd(corpus, out, *extra)], capture_output=True, text=True,
                          env=cli_env(), cwd=PROJECT_ROOT, timeout=timeout)


@pytest.fixture
def invoke(monkeypatch, resources):
    """The CLI in this process, with the session's spaCy pipeline instead of loading a new one."""
    monkeypatch.setattr("pipeline.run.Resources", lambda settings: resources)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return run


def copy_sample_corpus(dest: Path, copies: int) -> Path:
    """`copies` copies of corpus/ under varied names (spaces, accents), each copy's bytes distinct."""
    dest.mkdir(parents=True, exist_ok=True)
    names = ["copia {} {}", "Atlético-{}-{}", "kopie_{}_{}", "n°{} {}"]
    files = sorted(p for p in DEFAULT_CORPUS.iterdir() if p.suffix in (".txt", ".md"))
    for i in range(copies):
        for p in files:
            name = names[i % len(names)].format(i, p.stem) + p.suffix
            (dest / name).write_bytes(p.read_bytes() + b"\n" * (i + 1))
    return dest


# --------------------------------------------------------------------------- bad input


def build_bad_corpus(root: Path) -> Path:
    c = root / "bad"
    c.mkdir()
    (c / "good.txt").write_text(" date 2023-01-10 " + GOOD, encoding="utf-8")
    (c / "empty.txt").write_bytes(b"")
    (c / "blank.txt").write_text("   \n\t\n  \n", encoding="utf-8")
    (c / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 16)
    (c / "utf16.txt").write_bytes("Luca Ferrante, 26, joined Everton in 2016. Ferrante scored 7 goals.\n".encode("utf-16"))
    (c / "utf16le.txt").write_bytes("Ivan Petrov, 25, joined Everton in 2015. Petrov scored 3 goals.\n".encode("utf-16-le"))
    (c / "utf16be.txt").write_bytes("Pablo Reyes, 27, joined Everton in 2017. Reyes scored 2 goals.\n".encode("utf-16-be"))
    (c / "bom.txt").write_bytes(b"\xef\xbb\xbf date 2023-02-01 Tomas Ekberg, 21, joined Everton in 2011.\n")
    (c / "cp1252.txt").write_bytes("Rafael Costa, 27, joined Everton in 2017 \u2013 the caf\u00e9 owner\u2019s "
                                   "son scored 9 goals.\n".encode("cp1252"))
    (c / "page.txt").write_text(HTML_PAGE, encoding="utf-8")
    (c / "huge.txt").write_bytes(b"A" * 64 + b" " + b"x" * (MAX_ARTICLE_BYTES - 64))  # one byte over the limit
    # just under the byte limit, 10 MB of distinct lines: parsed in bounded memory or refused with a reason
    line = "Line {}: Marco Silvani scored {} goals for Everton in {}.\n"
    large = "".join(line.format(i, i % 40, 1990 + i % 30) for i in range(180_000)).encode()[:10_000_000]
    (c / "large.txt").write_bytes(large)
    (c / "spanish.txt").write_text(SPANISH * 3, encoding="utf-8")
    (c / "dup1.txt").write_text("Joao Martins, 23, joined Everton in 2013.\n", encoding="utf-8")
    (c / "dup2.txt").write_text("Joao Martins, 23, joined Everton in 2013.\n", encoding="utf-8")
    (c / "baddate.txt").write_text(" date 2023-13-45 Joao Martins, 24, joined Everton in 2014.\n", encoding="utf-8")
    (c / "badfm.md").write_text("---\ntitle: X\ndate: yesterday\nnonsense line\n---\nJoao Martins, 25, joined Everton.\n",
                                encoding="utf-8")
    (c / "unclosedfm.md").write_text("---\ntitle: X\nJoao Martins, 26, joined Everton in 2016.\n", encoding="utf-8")
    (c / "with space name.txt").write_text("Marco Silvani, 25, joined Everton in 2015.\n", encoding="utf-8")
    (c / "Atlético noticia.txt").write_text("Marco Silvani, 26, joined Everton in 2016.\n", encoding="utf-8")
    os.symlink(c / "nowhere.txt", c / "dangling.txt")  # unreadable: its target is missing
    os.symlink(c / "loop-b.txt", c / "loop-a.txt")  # unreadable: a file-level symlink loop
    os.symlink(c / "loop-a.txt", c / "loop-b.txt")
    os.mkfifo(c / "fifo.txt")  # reading it would block forever
    (c / "sub").mkdir()
    (c / "sub" / "inner.txt").write_text("Luca Ferrante, 29, joined Everton in 2019.\n", encoding="utf-8")
    os.symlink("..", c / "sub" / "loop")  # folder-level symlink loop
    return c


def test_bad_input_corpus_gets_one_row_each_and_the_run_goes_on(tmp_path, invoke):
    corpus, out = build_bad_corpus(tmp_path), tmp_path / "out"
    result = invoke("extract", "--corpus", corpus, "--out", out)
    assert result.exit_code == 0, result.output
    arts = {a["path"]: a for a in read_csv(out / "articles.csv")}

    def row(path, status, reason=""):
        a = arts[path]
        assert a["status"] == status, (path, a["status"], a["error"])
        assert reason.lower() in a["error"].lower(), (path, a["error"])
        return a

    def clean_text(path) -> str:
        return (out / "clean" / f"{arts[path]['article_id']}.txt").read_text(encoding="utf-8")

    assert row("good.txt", "ok")["published"] == "2023-01-10"
    row("empty.txt", "skipped", "empty file")
    row("blank.txt", "skipped", "empty")
    row("image.txt", "error", "binary")
    for path, name in (("utf16.txt", "Luca Ferrante"), ("utf16le.txt", "Ivan Petrov"), ("utf16be.txt", "Pablo Reyes")):
        row(path, "ok")
        assert name in clean_text(path), path
    assert row("bom.txt", "ok")["published"] == "2023-02-01"
    assert "cp1252" in row("cp1252.txt", "ok")["warnings"]
    assert "café owner's son" in clean_text("cp1252.txt")
    assert "HTML" in row("page.txt", "ok")["warnings"]
    page = clean_text("page.txt")
    assert "Oscar Lindqvist, 22, joined Everton in 2012." in page and "Everton & the fans" in page
    assert "tracking" not in page and "Home | Sport" not in page and "color: red" not in page
    assert "page" in {c["article_id"] for c in read_csv(out / "claims.csv")}
    row("huge.txt", "error", f"file too large ({MAX_ARTICLE_BYTES + 1} bytes > {MAX_ARTICLE_BYTES})")
    large = arts["large.txt"]
    assert large["status"] == "ok" or (large["status"] == "error" and "too long" in large["error"]), large
    row("spanish.txt", "skipped", "not English")
    row("dup1.txt", "ok")
    assert row("dup2.txt", "skipped", "duplicate of dup1")["duplicate_of"] == "dup1"
    a = row("baddate.txt", "ok")
    assert a["published"] == "" and "not an ISO date" in a["warnings"]
    a = row("badfm.md", "ok")
    assert a["published"] == "" and "not an ISO date" in a["warnings"] and "nonsense line" in a["warnings"]
    assert "not closed" in row("unclosedfm.md", "ok")["warnings"]
    assert row("with space name.txt", "ok")["article_id"] == "with space name"
    assert row("Atlético noticia.txt", "ok")["article_id"] == "Atlético noticia"
    assert "Marco Silvani, 26" in clean_text("Atlético noticia.txt")
    row("dangling.txt", "error", "cannot read file")
    row("loop-a.txt", "error", "cannot read file")
    row("loop-b.txt", "error", "cannot read file")
    row("sub/inner.txt", "ok")
    assert "fifo.txt" not in arts
    assert not [p for p in arts if "loop/" in p], "followed a symlink loop"
    # the warning summary names every problem file and why
    err = result.stderr
    assert "warning(s):" in err
    for needle in ("fifo.txt: skipped: not a regular file (FIFO)", "sub/loop: symlink loop", "empty.txt: skipped",
                   "image.txt: error: binary", "huge.txt: error: file too large", "spanish.txt: skipped: not English",
                   "dangling.txt: error: cannot read file", "cp1252.txt: warning", "baddate.txt: warning"):
        assert needle in err, needle
    for name in OUTPUT_FILES:
        check_complete_csv(name, (out / name).read_bytes())


def test_strict_exits_non_zero_and_unreadable_file_gets_a_row(tmp_path):
    corpus, out = tmp_path / "c", tmp_path / "out"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    secret = corpus / "secret.txt"
    secret.write_text("Luca Ferrante, 26, joined Everton in 2016.\n", encoding="utf-8")
    secret.chmod(0)
    prefix: tuple[str, ...] = ()
    if os.geteuid() == 0:  # root reads any file: drop the capabilities that allow it
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: a chmod 000 file stays readable")
        prefix = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search")
    loose = run_cli(corpus, out, prefix=prefix)
    assert loose.returncode == 0, loose.stderr
    assert "secret.txt: error: cannot read file (Permission denied)" in loose.stderr
    strict = run_cli(corpus, out, "--strict", prefix=prefix)
    assert strict.returncode == 1, strict.stderr
    assert "Traceback" not in strict.stderr
    arts = {a["path"]: a for a in read_csv(out / "articles.csv")}
    assert arts["good.txt"]["status"] == "ok"
    assert arts["secret.txt"]["status"] == "error" and "Permission denied" in arts["secret.txt"]["error"]


# --------------------------------------------------------------------------- kill -9


class CsvWatcher(threading.Thread):
    """Reads every output CSV over and over while a run goes on; records any incomplete one."""

    def __init__(self, out: Path):
        super().__init__(daemon=True)
        self.out, self.stop, self.bad, self.reads = out, threading.Event(), [], 0

    def run(self):
        while not self.stop.is_set():
            for name in OUTPUT_FILES:
                try:
                    data = (self.out / name).read_bytes()
                except FileNotFoundError:
                    continue
                self.reads += 1
                try:
                    check_complete_csv(name, data)
                except (AssertionError, UnicodeDecodeError, csv.Error) as exc:
                    self.bad.append(f"{name}: {exc}")
            time.sleep(0.002)


def kill_run(corpus: Path, out: Path, delay: float | None) -> int | None:
    """Start an extract and SIGKILL it after `delay` seconds (None: as soon as a CSV is renamed into
    place). Returns its exit code when it finished first."""
    before = {n: (out / n).stat().st_mtime_ns for n in OUTPUT_FILES if (out / n).exists()}
    proc = subprocess.Popen(extract_cmd(corpus, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=cli_env(), cwd=PROJECT_ROOT)
    deadline = time.monotonic() + (delay if delay is not None else 60)
    while time.monotonic() < deadline and proc.poll() is None:
        if delay is None and any((out / n).exists() and (out / n).stat().st_mtime_ns != before.get(n)
                                 for n in OUTPUT_FILES):
            break
        time.sleep(0.001)
    finished = proc.poll()
    if finished is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return finished


def test_killed_runs_then_rerun_equal_an_uninterrupted_run(tmp_path, resources):
    corpus = copy_sample_corpus(tmp_path / "corpus", copies=3)
    ref = tmp_path / "ref"
    reference = reference_run(corpus, ref, resources)
    assert set(reference) == set(OUTPUT_FILES)

    out = tmp_path / "out"
    watcher = CsvWatcher(out)
    watcher.start()
    rng = random.Random(20240601)
    # SIGKILL while loading spaCy, while parsing (the cache fills between kills), and between
    # the renames of the output files; then rerun and compare with the uninterrupted run
    delays = [rng.uniform(0.2, 1.0), rng.uniform(1.0, 2.5), rng.uniform(2.0, 3.5), None]
    outcomes = []
    try:
        for delay in delays:
            outcomes.append(kill_run(corpus, out, delay))
            for name, data in csv_snapshot(out).items():
                check_complete_csv(name, data)
            with output_lock(out):  # the lock is an flock: the kill freed it (LockedError otherwise)
                pass
        rerun = run_cli(corpus, out)
    finally:
        watcher.stop.set()
        watcher.join()
    assert rerun.returncode == 0, rerun.stderr
    assert not watcher.bad, watcher.bad[:5]
    assert any(o is None for o in outcomes), "no run was killed"
    assert csv_snapshot(out) == reference
    assert sorted(p.name for p in (out / "clean").iterdir()) == sorted(p.name for p in (ref / "clean").iterdir())


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find worker processes")
def test_kill_with_worker_processes_frees_the_lock_at_once(tmp_path):
    corpus, out = copy_sample_corpus(tmp_path / "corpus", copies=7), tmp_path / "out"
    proc = subprocess.Popen(extract_cmd(corpus, out, "--n-process", "2"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=cli_env(), cwd=PROJECT_ROOT)
    deadline = time.monotonic() + 60
    while not _children(proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    if proc.poll() is not None:
        pytest.skip("the run ended before it started worker processes")
    time.sleep(0.5)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    rerun = run_cli(corpus, out)
    assert rerun.returncode == 0, rerun.stderr
    for name, data in csv_snapshot(out).items():
        check_complete_csv(name, data)


def test_rerun_removes_temp_files_left_by_a_killed_run(tmp_path, invoke):
    corpus, out = tmp_path / "c", tmp_path / "out"
    corpus.mkdir()
    (corpus / "a.txt").write_text(GOOD, encoding="utf-8")
    assert invoke("extract", "--corpus", corpus, "--out", out).exit_code == 0
    stale = [out / ".articles.csv.k1ll3d.tmp", out / ".cache" / "ab" / ".abcdef.json.k1ll3d.tmp"]
    for p in stale:
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("half", encoding="utf-8")
    assert invoke("extract", "--corpus", corpus, "--out", out).exit_code == 0
    assert not [p for p in stale if p.exists()]


# --------------------------------------------------------------------------- concurrent runs


def small_corpus(root: Path) -> Path:
    c = root / "small"
    c.mkdir()
    for p in sorted(DEFAULT_CORPUS.iterdir())[:4]:
        shutil.copy(p, c / p.name)
    return c


def test_second_run_while_locked_exits_with_a_message(tmp_path):
    corpus, out = small_corpus(tmp_path), tmp_path / "out"
    with output_lock(out):
        r = run_cli(corpus, out)
    assert r.returncode == 3, r.stderr
    assert "another extract is writing to" in r.stderr and "--wait" in r.stderr
    assert "Traceback" not in r.stderr
    assert not csv_snapshot(out), "a refused run wrote outputs"


def test_second_run_with_wait_waits_for_the_lock(tmp_path, resources):
    corpus, out, ref = small_corpus(tmp_path), tmp_path / "out", tmp_path / "ref"
    reference = reference_run(corpus, ref, resources)
    with output_lock(out):
        proc = subprocess.Popen(extract_cmd(corpus, out, "--wait"), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=cli_env(), cwd=PROJECT_ROOT)
        time.sleep(2.0)
        assert proc.poll() is None, "did not wait for the lock"
        assert not csv_snapshot(out)
    stdout, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 0, stderr
    assert csv_snapshot(out) == reference


def test_two_runs_at_once_never_interleave(tmp_path, resources):
    corpus, out, ref = small_corpus(tmp_path), tmp_path / "out", tmp_path / "ref"
    reference = reference_run(corpus, ref, resources)
    procs = [subprocess.Popen(extract_cmd(corpus, out, *extra), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=cli_env(), cwd=PROJECT_ROOT) for extra in ((), ("--wait",), ())]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    assert results[1][0] == 0, results[1][1]  # the waiting one always runs
    for code, err in (results[0], results[2]):
        assert code == 0 or (code == 3 and "another extract is writing" in err), err
    assert csv_snapshot(out) == reference


# --------------------------------------------------------------------------- unwritable outputs


def test_output_folder_under_a_file_is_a_clear_error(tmp_path, invoke):
    corpus = small_corpus(tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    r = invoke("extract", "--corpus", corpus, "--out", blocker / "out")
    assert r.exit_code == 4
    assert "cannot write outputs" in r.stderr
    r = invoke("extract", "--corpus", corpus, "--out", blocker)  # the out folder itself is a file
    assert r.exit_code == 4 and "cannot write outputs" in r.stderr
    assert blocker.read_text() == "x"


def test_disk_full_while_caching_keeps_previous_outputs(tmp_path, invoke, monkeypatch):
    corpus, out = small_corpus(tmp_path), tmp_path / "out"
    assert invoke("extract", "--corpus", corpus, "--out", out).exit_code == 0
    before = csv_snapshot(out)
    (corpus / "new.txt").write_text(GOOD, encoding="utf-8")

    def full(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(cache_mod.ArticleCache, "put", full)
    r = invoke("extract", "--corpus", corpus, "--out", out)
    assert r.exit_code == 4, r.output
    assert "No space left on device" in r.stderr and "previous outputs are unchanged" in r.stderr
    assert csv_snapshot(out) == before


@pytest.mark.parametrize("fail_at", [2, 4])
def test_disk_full_while_writing_outputs_keeps_every_previous_output(tmp_path, resources, monkeypatch, fail_at):
    corpus, out = small_corpus(tmp_path), tmp_path / "out"
    settings = Settings(corpus_dir=corpus, out_dir=out)
    run_extract(settings, log=lambda m: None, res_factory=lambda: resources)
    before = csv_snapshot(out)
    tables = {name: (HEADERS[name], []) for name in OUTPUT_FILES}  # different content: header only
    calls = {"n": 0}
    real_fsync = os.fsync

    def fsync(fd):
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError):
        write_outputs(out, tables)
    monkeypatch.undo()
    assert csv_snapshot(out) == before
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


def test_atomic_write_many_is_all_or_nothing(tmp_path, monkeypatch):
    files = {tmp_path / f"f{i}.csv": f"old {i}\n".encode() for i in range(4)}
    cache_mod.atomic_write_many(files)
    calls = {"n": 0}
    real_fsync = os.fsync

    def fsync(fd):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(OSError):
        cache_mod.atomic_write_many({p: b"new\n" for p in files})
    monkeypatch.undo()
    assert {p: p.read_bytes() for p in files} == files
    assert not list(tmp_path.glob(".*.tmp"))
    assert oct((tmp_path / "f0.csv").stat().st_mode & 0o777) == oct(cache_mod.FILE_MODE)


def _mount_namespace_available() -> bool:
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
                           capture_output=True, timeout=20)
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(not _mount_namespace_available(),
                                  reason="needs `unshare -m` and mount rights (root) for a real full or read-only disk")


def _in_mount_namespace(script: str, tmp_path: Path) -> None:
    sh = tmp_path / "fault.sh"
    sh.write_text(textwrap.dedent(script))
    r = subprocess.run(["unshare", "-m", "sh", "-eu", str(sh)], capture_output=True, text=True, env=cli_env(),
                       cwd=PROJECT_ROOT, timeout=180)
    assert r.returncode == 0, r.stdout + r.stderr


@needs_mounts
@pytest.mark.parametrize("fault", ["disk-full", "read-only"])
def test_real_full_or_read_only_disk_keeps_previous_outputs(tmp_path, fault):
    corpus, out, before, after = small_corpus(tmp_path), tmp_path / "out", tmp_path / "before", tmp_path / "after"
    out.mkdir()
    before.mkdir()
    after.mkdir()
    (tmp_path / "extra.txt").write_text(GOOD, encoding="utf-8")
    cmd = " ".join(f"'{a}'" for a in extract_cmd(corpus, out))
    # inside a private mount namespace: a 4 MB tmpfs as the output folder; a first run fills it with
    # outputs, then the disk is filled up (or made read-only), an article is added and extract runs again
    fault_cmd = (f"dd if=/dev/zero of='{out}/.filler' bs=4k 2>/dev/null || true" if fault == "disk-full"
                 else f"mount -o remount,ro '{out}'")
    _in_mount_namespace(f"""
        mount -t tmpfs -o size=4m tmpfs '{out}'
        {cmd} > /dev/null 2>&1
        cp '{out}'/*.csv '{before}/'
        {fault_cmd}
        cp '{tmp_path}/extra.txt' '{corpus}/extra.txt'
        set +e
        {cmd} > '{tmp_path}/stdout' 2> '{tmp_path}/stderr'
        echo $? > '{tmp_path}/rc'
        set -e
        cp '{out}'/*.csv '{after}/'
    """, tmp_path)
    rc = int((tmp_path / "rc").read_text())
    err = (tmp_path / "stderr").read_text()
    assert rc == 4, err
    assert "cannot write outputs" in err and "previous outputs are unchanged" in err and "Traceback" not in err
    assert ("No space left on device" if fault == "disk-full" else "Read-only file system") in err
    assert csv_snapshot(before) == csv_snapshot(after)
    assert len(csv_snapshot(after)) == len(OUTPUT_FILES)
