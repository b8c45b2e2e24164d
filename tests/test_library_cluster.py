"""`--scheduler`: indexing and analysis on Dask distributed, in a LocalCluster and with a
real `dask scheduler` and two `dask worker` processes on 127.0.0.1; without it nothing
imports dask."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.cli import main
from tui.store.index import LibraryIndex

DE = Path(__file__).resolve().parent / "data" / "realnews" / "de"
FEW = sorted(DE.glob("article_2*.txt"))[:4]


def test_without_scheduler_nothing_imports_dask(tmp_path: Path) -> None:
    code = (
        "import sys; from tui.cli import main; "
        f"main(['index', {str(tmp_path)!r}]); main(['search', 'x']); main(['entities']); "
        "assert not {'dask', 'distributed'} & set(sys.modules), 'dask imported'"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LIMELIGHT_DATA_DIR": str(tmp_path / "data")},
    )
    assert result.returncode == 0, result.stderr


distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def local_cluster() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.mark.slow
def test_index_on_a_local_cluster_matches_local_indexing(
    local_cluster: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    for name in ("here", "cluster"):
        monkeypatch.setenv("LIMELIGHT_DATA_DIR", str(tmp_path / name))
        extra = ["--scheduler", local_cluster] if name == "cluster" else []
        assert main(["index", *map(str, FEW), "--lang", "de", *extra]) == 0
        assert f"indexed {len(FEW)}, unchanged 0, failed 0" in capsys.readouterr().out
    here = LibraryIndex(tmp_path / "here").entities()
    there = LibraryIndex(tmp_path / "cluster").entities()
    assert here == there and here
    assert main(["index", *map(str, FEW), "--lang", "de", "--scheduler", local_cluster]) == 0
    assert f"unchanged {len(FEW)}" in capsys.readouterr().out  # skipped on the workers


@pytest.mark.slow
def test_analyze_jsonl_on_a_local_cluster_keeps_input_order(local_cluster: str, capsys) -> None:
    files = [*map(str, FEW), "/no/such/file.txt"]
    assert main(["analyze", "--format", "jsonl", "--scheduler", local_cluster, *files]) == 2
    out, err = capsys.readouterr()
    documents = [json.loads(line) for line in out.splitlines()]
    assert [d["title"] for d in documents] == [p.read_text().splitlines()[0].strip() for p in FEW]
    assert "no such file" in err


WORKER_OPTIONS = ("--nthreads", "1", "--nworkers", "1", "--host", "127.0.0.1", "--no-dashboard")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.slow
def test_real_scheduler_and_two_workers(tmp_path: Path) -> None:
    dask = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    if dask is None:
        pytest.skip("no dask command")
    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "LIMELIGHT_DATA_DIR": str(tmp_path / "data"), "OMP_NUM_THREADS": "1"}
    log = (tmp_path / "dask.log").open("w")
    processes = [
        subprocess.Popen(
            [dask, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
            stdout=log,
            stderr=log,
            env=env,
        )
    ]
    processes += [  # workers wait for the scheduler themselves
        subprocess.Popen(
            [dask, "worker", address, *WORKER_OPTIONS],
            stdout=log,
            stderr=log,
            env=env,
        )
        for _ in range(2)
    ]
    try:
        client = None
        deadline = time.monotonic() + 30
        while client is None and time.monotonic() < deadline:
            try:
                client = distributed.Client(address, timeout=2)
            except OSError:
                time.sleep(0.2)
        assert client is not None, (tmp_path / "dask.log").read_text()
        client.wait_for_workers(2, timeout=60)
        client.close()
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tui",
                "index",
                str(DE),
                *("--lang", "de", "--json"),
                "--scheduler",
                address,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        counts = json.loads(result.stdout)
        assert counts == {"indexed": 16, "unchanged": 0, "failed": 0, "articles": 16}
        search = subprocess.run(
            [sys.executable, "-m", "tui", "search", "--entity", "Donald Trump", "--format", "json"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        hits = json.loads(search.stdout)
        assert len(hits) == 4 and hits[0]["mentions"] >= hits[-1]["mentions"]
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
