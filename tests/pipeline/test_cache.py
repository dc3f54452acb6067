"""The memo files kept between runs: what is written is read back; damage means an empty memo."""
from pipeline.cache import Memo


def test_memo_round_trip_in_chunks_and_damage_is_a_miss(tmp_path, monkeypatch):
    monkeypatch.setattr(Memo, "CHUNK", 3)
    path = tmp_path / "memo"
    memo = Memo(path, "v1")
    entries = {f"k{i}".encode(): (f"row {i}".encode(), i, {"nested": [i, "x"]}) for i in range(10)}
    for k, v in entries.items():
        memo.put(k, v)
    memo.save()
    assert memo.used == {} and memo.old == {}  # not kept in memory once written
    again = Memo(path, "v1")
    assert again.old == entries
    assert Memo(path, "v2").old == {}  # another version: thrown away
    # only the entries a run used are kept
    assert again.get(b"k1") == entries[b"k1"] and again.get(b"missing") is None
    again.save(wait=False)
    again.join()
    assert Memo(path, "v1").old == {b"k1": entries[b"k1"]}
    # a cut file: the entries before the cut (never a wrong one); garbage: an empty memo, never an error
    memo = Memo(path, "v1")
    for k, v in entries.items():
        memo.put(k, v)
    memo.save()
    data = path.read_bytes()
    for cut in (1, 9, len(data) // 2, len(data) - 1):
        path.write_bytes(data[:cut])
        got = Memo(path, "v1").old
        assert len(got) < len(entries) and all(entries[k] == v for k, v in got.items()), cut
    path.write_bytes(b"\xff" * 64)
    assert Memo(path, "v1").old == {}
    assert Memo(tmp_path / "absent", "v1").old == {}


def test_memo_serialised_ahead_keeps_the_values_of_then(tmp_path, monkeypatch):
    monkeypatch.setattr(Memo, "CHUNK", 2)
    path = tmp_path / "memo"
    memo = Memo(path, "v1")
    values = {f"k{i}": [i] for i in range(5)}
    for k, v in values.items():
        memo.put(k, v)
    memo.serialise()
    values["k0"].append("changed later")  # e.g. claims completed in place after the snapshot
    memo.put("k5", [5])
    memo.save(wait=False)
    memo.join()
    assert Memo(path, "v1").old == {**{f"k{i}": [i] for i in range(5)}, "k5": [5]}
    # nothing serialised ahead: the same file as a plain save
    memo = Memo(path, "v1")
    memo.get("k1")
    memo.save()
    assert Memo(path, "v1").old == {"k1": [1]}


def test_memo_written_ahead_then_unchanged_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "memo"
    memo = Memo(path, "v1")
    memo.put("a", 1)
    memo.save()
    memo = Memo(path, "v1")
    assert memo.get("a") == 1
    memo.serialise()  # written ahead, but nothing changed: the file stays as it was
    memo.save(wait=False)
    memo.join()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["memo"]
    assert Memo(path, "v1").old == {"a": 1}


def test_memo_appends_new_entries_and_rewrites_when_many_are_unused(tmp_path, monkeypatch):
    monkeypatch.setattr(Memo, "CHUNK", 4)
    path = tmp_path / "memo"
    memo = Memo(path, "v1")
    for i in range(20):
        memo.put(i, [i])
    memo.save()
    size = path.stat().st_size
    # a run using every entry but one, and adding two: appended
    memo = Memo(path, "v1")
    for i in range(1, 20):
        assert memo.get(i) == [i]
    memo.serialise()  # nothing written ahead when appending
    memo.put(20, [20])
    memo.put(21, [21])
    memo.save(wait=False)
    memo.join()
    assert path.stat().st_size > size
    assert Memo(path, "v1").old == {i: [i] for i in range(22)}  # the unused entry is kept for now
    # a run using few of them: rewritten with only those
    memo = Memo(path, "v1")
    memo.get(3)
    memo.put(30, [30])
    memo.save()
    assert Memo(path, "v1").old == {3: [3], 30: [30]}
    # a cut last record: what precedes it is read, and the next save rewrites the file whole
    memo = Memo(path, "v1")
    memo.get(3)
    memo.get(30)
    memo.put(31, [31])  # appended as a record of its own
    memo.save()
    data = path.read_bytes()
    path.write_bytes(data[:-3])
    memo = Memo(path, "v1")
    assert memo.old == {3: [3], 30: [30]}
    memo.get(3)
    memo.get(30)
    memo.save()
    assert path.read_bytes() != data[:-3] and Memo(path, "v1").old == {3: [3], 30: [30]}


def test_batched_writes_appear_together_after_the_batch(tmp_path):
    from pipeline.cache import TEMP_SUFFIX, atomic_write_bytes, batched_writes

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    with batched_writes():
        atomic_write_bytes(a, b"one")
        atomic_write_bytes(b, b"two")
        assert not a.exists() and not b.exists()  # only temporary files until the batch is synced
    assert a.read_bytes() == b"one" and b.read_bytes() == b"two"
    assert not list(tmp_path.glob(f".*{TEMP_SUFFIX}"))


def test_a_failed_batch_leaves_no_file(tmp_path):
    import pytest

    from pipeline.cache import TEMP_SUFFIX, atomic_write_bytes, batched_writes

    with pytest.raises(RuntimeError):
        with batched_writes():
            atomic_write_bytes(tmp_path / "a.txt", b"one")
            raise RuntimeError("killed")
    assert not list(tmp_path.iterdir())
    # and a later write outside any batch is synced and renamed at once again
    atomic_write_bytes(tmp_path / "b.txt", b"two")
    assert (tmp_path / "b.txt").read_bytes() == b"two" and not list(tmp_path.glob(f".*{TEMP_SUFFIX}"))
