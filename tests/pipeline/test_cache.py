"""The memo files kept between runs: what is written is read back; damage means an empty memo."""
import sqlite3

from pipeline.cache import Memo

ENTRIES = {f"k{i}".encode(): (f"row {i}".encode(), i, {"nested": [i, "x"]}) for i in range(10)}


def _saved(path, entries=ENTRIES, version="v1"):
    memo = Memo(path, version)
    for k, v in entries.items():
        memo.put(k, v)
    memo.save()


def _kept(path, keys, version="v1"):
    """The entries of ``keys`` found (reading them marks them used: the memo is then saved)."""
    memo = Memo(path, version)
    got = {k: memo.get(k) for k in keys}
    memo.save()
    return {k: v for k, v in got.items() if v is not None}


def test_memo_round_trip_in_batches_keeps_only_used_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(Memo, "BATCH", 3)
    path = tmp_path / "memo"
    memo = Memo(path, "v1")
    for k, v in ENTRIES.items():
        memo.put(k, v)
        assert len(memo._new) < 3  # written a batch at a time, not held
    memo.save()
    again = Memo(path, "v1")
    assert len(again) == len(ENTRIES)
    assert again.get(b"k1") == ENTRIES[b"k1"] and again.get(b"missing") is None
    again.put(b"new", [1, "two"])
    again.save()  # only the entries this run used or added are kept
    assert _kept(path, [*ENTRIES, b"new"]) == {b"k1": ENTRIES[b"k1"], b"new": [1, "two"]}
    assert _kept(path, [b"k1"], version="v2") == {}  # another version: thrown away


def test_a_run_killed_before_saving_leaves_the_previous_memo(tmp_path, monkeypatch):
    monkeypatch.setattr(Memo, "BATCH", 2)
    path = tmp_path / "memo"
    _saved(path)
    memo = Memo(path, "v1")
    for i in range(5):
        memo.put(f"late{i}".encode(), i)  # some of them written to the file already
    memo.get(b"k3")
    memo._db.close()  # killed: no commit
    assert _kept(path, [*ENTRIES, b"late0", b"late4"]) == ENTRIES


def test_a_damaged_or_missing_memo_is_empty_and_usable(tmp_path):
    path = tmp_path / "memo"
    _saved(path)
    data = path.read_bytes()
    for damaged in (b"", b"\x00damaged", b"\xff" * 64, data[: len(data) // 2]):
        path.write_bytes(damaged)
        memo = Memo(path, "v1")
        got = {k: memo.get(k) for k in ENTRIES}
        assert all(v is None or v == ENTRIES[k] for k, v in got.items())  # never a wrong entry
        memo.put(b"after", 1)
        memo.save()
        assert _kept(path, [b"after"]) == {b"after": 1}
    assert Memo(tmp_path / "absent" / "memo", "v1").get(b"k1") is None
    # a memo with no file (path None) works in memory
    memo = Memo(None, "")
    memo.put("a", 1)
    assert memo.get("a") == 1 and memo.get("b") is None
    memo.save()


def test_memo_file_is_one_sqlite_database(tmp_path):
    path = tmp_path / "memo"
    _saved(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone()[0] == len(ENTRIES)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo"]  # no journal left behind
