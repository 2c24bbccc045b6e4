"""The per-process cache of kept page parts stays under its byte bound, dropping the least recently used."""

from config.caches import BoundedLocMemCache


def cache(max_bytes: int) -> BoundedLocMemCache:
    return BoundedLocMemCache("bounds-test", {"OPTIONS": {"MAX_ENTRIES": 1000, "MAX_BYTES": max_bytes}})


def test_large_parts_push_out_the_least_recently_used_and_the_bound_holds():
    kept = cache(100_000)
    kept.clear()
    for n in range(10):
        kept.set(f"part{n}", "x" * 30_000)
        kept.get("part0")  # read often: stays
    assert kept.size_in_bytes <= 100_000
    assert kept.get("part0") is not None and kept.get("part9") is not None
    assert kept.get("part1") is None  # the oldest not read again went first


def test_a_part_larger_than_the_bound_is_not_kept_and_replacing_a_part_counts_once():
    kept = cache(50_000)
    kept.clear()
    kept.set("small", "y" * 1_000)
    kept.set("huge", "z" * 80_000)
    assert kept.get("huge") is None and kept.get("small") is not None
    before = kept.size_in_bytes
    for _ in range(5):
        kept.set("small", "y" * 1_000)
    assert kept.size_in_bytes == before
    kept.delete("small")
    assert kept.size_in_bytes == 0
