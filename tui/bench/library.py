"""`limelight bench --only library`: the library index at archive scale (issue 17).

Three figures, each beside its goal:

- search over a synthetic library of 100,000 articles (Zipf-distributed words, a few
  thousand recurring names): full-text and entity queries, p95 ≤ 50 ms;
- indexing throughput beside `limelight analyze --format jsonl` on the same articles,
  both as fresh processes without the analysis cache: ≥ 0.9× (the index costs little);
- indexing through a Dask cluster with two workers beside one (LocalCluster, a thread
  each, pipelines loaded before the clock starts): ≥ 1.6× on two cores.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tui.bench.stats import median, percentile, ratio, rounded

SYNTHETIC_ARTICLES = 100_000
WORDS_PER_ARTICLE = 150
VOCABULARY = 30_000
NAMES = 5_000
_FIRST = ["Anna", "Jonas", "Sam", "Lea", "Paul", "Mia", "Olaf", "Satya", "Ursula", "Emil"]
_LAST = ["Altman", "Nadella", "Berger", "Kaya", "Novak", "Ferreira", "Okafor", "Lindqvist"]
_ORG = ["Bank", "Werke", "Partei", "Institut", "Verband", "Holding", "Stiftung", "Gruppe"]


def _words(rng: random.Random) -> list[str]:
    """A vocabulary of made-up words (syllables), so no query hits by accident."""
    syllables = ["ka", "lo", "mi", "ne", "ru", "sta", "ber", "gen", "tal", "vo", "schi", "dor"]
    seen: dict[str, None] = {}
    while len(seen) < VOCABULARY:
        seen["".join(rng.choice(syllables) for _ in range(rng.randint(2, 5)))] = None
    return list(seen)


def synthetic_documents(count: int, seed: int = 17) -> Iterator[tuple[str, dict[str, Any]]]:
    """(location, analysis document) pairs that look like a news archive to the index."""
    rng = random.Random(seed)
    vocabulary = _words(rng)
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    names: list[tuple[str, str]] = []
    for i in range(NAMES):
        if i % 2:
            names.append((f"{rng.choice(_FIRST)} {rng.choice(_LAST)}{i}", "PER"))
        else:
            names.append(
                (f"{vocabulary[rng.randrange(VOCABULARY)].title()} {rng.choice(_ORG)}", "ORG")
            )
    name_weights = [1 / (rank + 1) ** 0.8 for rank in range(len(names))]
    for n in range(count):
        body = rng.choices(vocabulary, weights, k=WORDS_PER_ARTICLE)
        chosen = list(dict.fromkeys(rng.choices(names, name_weights, k=5)))
        text_parts: list[str] = []
        entities: list[dict[str, Any]] = []
        offset = 0
        for i, (name, label) in enumerate(chosen):
            chunk = " ".join(body[i * 25 : (i + 1) * 25]) + " "
            text_parts.append(chunk)
            offset += len(chunk)
            mentions = [{"start": offset, "end": offset + len(name), "text": name}]
            text_parts.append(name + ". ")
            offset += len(name) + 2
            entities.append({"name": name, "label": label, "mentions": mentions})
        text_parts.append(" ".join(body[125:]))
        month = 1 + n % 12
        yield (
            f"/archive/{n:06d}.txt",
            {
                "title": " ".join(body[:6]).title(),
                "language": "de",
                "published": f"{2015 + n % 10}-{month:02d}-{1 + n % 28:02d}",
                "model": "synthetic",
                "text": "".join(text_parts),
                "entities": entities,
                "dates": [],
                "facts": [],
            },
        )


def build_synthetic(folder: Path, count: int, note: Callable[[str], None]) -> Any:
    from tui.store.db import Database
    from tui.store.index import LibraryIndex

    index = LibraryIndex(database=Database(folder))
    documents = synthetic_documents(count)
    done = 0
    while done < count:
        batch = [next(documents) for _ in range(min(5_000, count - done))]
        index.add_many(batch)
        done += len(batch)
        note(f"library: synthetic index {done:,}/{count:,}")
    return index


def _timed(call: Callable[[], Any], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def measure_search(
    folder: Path, count: int, note: Callable[[str], None], runs: int = 5
) -> dict[str, Any]:
    started = time.perf_counter()
    index = build_synthetic(folder, count, note)
    build_s = time.perf_counter() - started
    entities = index.entities(top=1000)
    popular, rare = entities[0], entities[-1]
    vocabulary = _words(random.Random(17))
    queries: dict[str, Callable[[], Any]] = {
        "text, common word": lambda: index.search_text(vocabulary[0]),
        "text, rare word": lambda: index.search_text(vocabulary[-1]),
        "text, two words": lambda: index.search_text(f"{vocabulary[3]} {vocabulary[40]}"),
        "text, operators": lambda: index.search_text(f'"{vocabulary[5]}" OR (NEAR*'),
        "entity, most named": lambda: index.search_entity(popular.name, popular.label),
        "entity, rarely named": lambda: index.search_entity(rare.name),
        "entity, surname": lambda: index.search_entity(_LAST[0] + "1"),
        "entities, top 50": lambda: index.entities(top=50),
        "months of an entity": lambda: index.months(popular.name, popular.label),
    }
    rows: dict[str, Any] = {}
    every: list[float] = []
    for name, call in queries.items():
        note(f"library: search {name}")
        call()  # the first query warms the page cache, as a reader's second search would
        times = _timed(call, runs)
        every.extend(times)
        rows[name] = {"p50_ms": rounded(median(times), 2), "max_ms": rounded(max(times), 2)}
    return {
        "articles": index.count(),
        "build_s": round(build_s, 1),
        "db_mb": round(sum(f.stat().st_size for f in folder.glob("limelight.db*")) / 1e6, 1),
        "popular_entity": {"name": popular.name, "articles": popular.articles},
        "queries": rows,
        "p95_ms": rounded(percentile(every, 95), 2),
        "max_ms": rounded(max(every), 2),
    }


def index_articles(folder: Path | None, samples: list[Any], workdir: Path) -> list[Path]:
    """Real articles to index: `folder`, else the 40 German Wikinews articles of the tests,
    else the samples copied under 24 names (each copy is analysed: the cache is off)."""
    from tui.library.targets import folder_articles

    default = Path(__file__).resolve().parents[2] / "tests" / "data" / "library" / "de"
    for candidate in (folder, default):
        if candidate is not None and candidate.is_dir():
            found = folder_articles(candidate)
            if found:
                return found
    copies = workdir / "library-articles"
    copies.mkdir(exist_ok=True)
    files = []
    for i in range(24):
        sample = samples[i % len(samples)].path
        target = copies / f"{i:02d}-{sample.name}"
        shutil.copyfile(sample, target)
        files.append(target)
    return files


def _limelight(args: list[str], env: dict[str, str], timeout: float) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tui", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        check=True,
        timeout=timeout,
    )
    return time.perf_counter() - start


def measure_indexing(
    files: list[Path], workdir: Path, runs: int, timeout: float, note: Callable[[str], None]
) -> dict[str, Any]:
    """`limelight index` beside `limelight analyze --format jsonl`: fresh processes, no
    analysis cache, in alternating order; the best run of each (the machine is shared:
    the best run is the one the other load disturbed least)."""
    seconds: dict[str, list[float]] = {"analyze": [], "index": []}
    names = [str(f) for f in files]
    for run in range(runs):
        env = {
            **os.environ,
            "LIMELIGHT_CACHE_DIR": str(workdir / f"cache-{run}"),
            "LIMELIGHT_DATA_DIR": str(workdir / f"data-{run}"),
        }
        order = ("analyze", "index") if run % 2 == 0 else ("index", "analyze")
        for kind in order:
            note(f"library: {kind}, run {run + 1}")
            args = ["analyze", "--format", "jsonl"] if kind == "analyze" else ["index"]
            seconds[kind].append(_limelight([*args, "--no-cache", *names], env, timeout))
        shutil.rmtree(workdir / f"data-{run}", ignore_errors=True)
    analyze, index = min(seconds["analyze"]), min(seconds["index"])
    return {
        "articles": len(files),
        "analyze_jsonl_s": rounded(analyze, 2),
        "index_s": rounded(index, 2),
        "analyze_runs_s": [round(v, 2) for v in seconds["analyze"]],
        "index_runs_s": [round(v, 2) for v in seconds["index"]],
        "ratio": rounded(ratio(analyze, index), 3),  # throughput of index over analyze's
    }


def _copies(files: list[Path], folder: Path, times: int) -> list[Path]:
    """The articles under `times` names each: enough work that Dask's per-task cost and
    a worker's first calls do not decide the figure."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(times):
        for file in files:
            target = folder / f"{i}-{file.name}"
            shutil.copyfile(file, target)
            out.append(target)
    return out


def burn(n: int) -> int:
    """Pure-Python work with no I/O: what two workers gain on it is what the machine
    allows (a control beside the indexing figure)."""
    total = 0
    for i in range(n):
        total += i * i
    return total


def _control(address: str, tasks: int = 40, size: int = 400_000) -> float:
    from distributed import Client

    with Client(address) as client:
        client.gather(client.map(burn, [10] * 4, pure=False))
        start = time.perf_counter()
        client.gather(client.map(burn, [size] * tasks, pure=False))
        return time.perf_counter() - start


def measure_dask(
    files: list[Path], workdir: Path, note: Callable[[str], None], runs: int = 2
) -> dict[str, Any]:
    """The same articles through a LocalCluster of one worker, then of two (a process
    and a thread each); pipelines loaded and warmed on every worker before the clock."""
    try:
        from distributed import LocalCluster
    except ImportError:
        return {"error": "dask[distributed] is not installed (pip install 'limelight[cluster]')"}
    from tui.library.index_command import run as run_index

    work = _copies(files, workdir / "dask-articles", 3)
    names = [str(f) for f in work]
    seconds: dict[int, list[float]] = {1: [], 2: []}
    control: dict[int, float] = {}
    previous = os.environ.get("LIMELIGHT_DATA_DIR")
    try:
        for workers in (1, 2):
            with (
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                ) as cluster,
                contextlib.redirect_stdout(io.StringIO()),
            ):
                address = cluster.scheduler_address
                control[workers] = _control(address)
                os.environ["LIMELIGHT_DATA_DIR"] = str(workdir / f"dask-warm-{workers}")
                note(f"library: {workers} Dask worker(s), loading pipelines")
                run_index(["--scheduler", address, "--no-cache", *names[: 4 * workers]])
                for run in range(runs):
                    os.environ["LIMELIGHT_DATA_DIR"] = str(workdir / f"dask-{workers}-{run}")
                    note(f"library: {workers} Dask worker(s), indexing")
                    start = time.perf_counter()
                    code = run_index(["--scheduler", address, "--no-cache", *names])
                    seconds[workers].append(time.perf_counter() - start)
                    if code != 0:
                        return {"error": f"limelight index exited {code} on {workers} worker(s)"}
    finally:
        if previous is None:
            os.environ.pop("LIMELIGHT_DATA_DIR", None)
        else:
            os.environ["LIMELIGHT_DATA_DIR"] = previous
    one, two = min(seconds[1]), min(seconds[2])
    return {
        "articles": len(work),
        "one_worker_s": rounded(one, 2),
        "two_workers_s": rounded(two, 2),
        "speedup": rounded(ratio(one, two), 3),
        "control_speedup": rounded(ratio(control[1], control[2]), 3),  # pure Python
        "cpus": os.cpu_count(),
        "load_average": [round(v, 2) for v in os.getloadavg()],
    }
