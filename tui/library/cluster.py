"""Analysis on a Dask distributed cluster (`--scheduler tcp://HOST:PORT`).

Nothing home-made: the client sends the jobs (paths, links, a feed entry's text) to
the scheduler, Dask places, retries and reports them, each worker loads the spaCy
pipelines once through a worker plugin, and the results come back to the client, which
alone writes the index (or the JSON lines). Only `--scheduler` imports this module, so
without it nothing imports dask.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from tui.analysis.errors import AnalysisError

try:
    from distributed import Client, WorkerPlugin, as_completed
except ImportError:  # the optional extra is missing: one line from connect()
    Client = WorkerPlugin = as_completed = None  # type: ignore[assignment,misc]

RETRIES = 2
CONNECT_TIMEOUT_S = 15
LANGUAGES = ("de", "en")

J = TypeVar("J")
R = TypeVar("R")


class ClusterError(AnalysisError):
    """The cluster cannot be reached or used; the message is one line for the user."""


if WorkerPlugin is not None:

    class PipelinePlugin(WorkerPlugin):  # type: ignore[misc,valid-type]
        """Loads the pipelines when a worker starts (or joins later), once per worker
        process: every article it is sent then costs only its analysis."""

        name = "limelight-pipelines"

        def __init__(self, languages: Sequence[str] = LANGUAGES) -> None:
            self.languages = tuple(languages)

        def setup(self, worker: Any) -> None:
            from tui.analysis.pipeline import load_pipeline

            for lang in self.languages:
                load_pipeline(lang)


def _probe(address: str) -> None:
    """A refused tcp:// address in one line at once, not after the client's retries."""
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme != "tcp":
        return
    try:
        port = parts.port
    except ValueError:
        port = None
    if not parts.hostname or port is None:
        raise ClusterError(f"not a scheduler address: {address!r} (tcp://HOST:PORT)")
    try:
        socket.create_connection((parts.hostname, port), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {reason}") from None


def connect(address: str, languages: Sequence[str] = LANGUAGES) -> Any:
    """A client of the scheduler at `address` with the pipeline plugin registered."""
    if Client is None:
        raise ClusterError(
            "--scheduler needs Dask: pip install 'limelight[cluster]' (dask[distributed])"
        )
    _probe(address)
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = " ".join(str(exc).split())[:200] or exc.__class__.__name__
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {reason}") from None
    try:
        client.register_plugin(PipelinePlugin(languages))
    except Exception:
        client.close()
        raise
    return client


def _failure(exc: BaseException) -> str:
    return (
        f"the cluster failed this job: {exc.__class__.__name__}: {' '.join(str(exc).split())[:200]}"
    )


def run_on_cluster(
    address: str,
    function: Callable[[J], R],
    jobs: Sequence[J],
    *,
    ordered: bool = False,
    on_error: Callable[[J, str], R],
    languages: Sequence[str] = LANGUAGES,
) -> Iterator[R]:
    """`function(job)` for every job on the cluster: results as they finish (or in the
    order of `jobs`); a job that fails even after Dask's retries gives `on_error`."""
    client = connect(address, languages)
    try:
        futures = client.map(function, list(jobs), pure=False, retries=RETRIES)
        position = {future.key: i for i, future in enumerate(futures)}
        stream = iter(futures) if ordered else as_completed(futures)
        for future in stream:
            try:
                result = future.result()
            except Exception as exc:  # a worker died, or a bug: that job's own error
                result = on_error(jobs[position[future.key]], _failure(exc))
            future.release()
            yield result
    finally:
        with contextlib.suppress(Exception):
            client.close()


def analyze_on_cluster(address: str) -> Callable[..., Iterator[Any]]:
    """An `analyze_many` for `limelight analyze --scheduler`: outcomes in input order."""
    from tui.analysis.batch import Job, Outcome, run_job

    def analyze_many(jobs: Sequence[Job], processes: int = 1) -> Iterator[Outcome]:
        yield from run_on_cluster(
            address,
            run_job,
            jobs,
            ordered=True,
            on_error=lambda job, error: Outcome(job.path, None, f"{job.path}: {error}"),
        )

    return analyze_many
