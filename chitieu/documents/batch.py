"""Batch ingest of large archives: extraction in parallel, database writes in batches, memory flat.

Reading a file and extracting its claims is pure work (chitieu.documents.readers, chitieu.extract) and runs
elsewhere — in local worker processes (`workers=N`) or on a Dask cluster (`cluster="tcp://host:8786"`,
whose workers have chitieu installed). The files are read here and their bytes sent, so the cluster needs
no shared disk. This process keeps the database: it stores each extraction through the same
`Ingestor.ingest_bytes` as a single ingest (with the extraction already made), `BATCH_SIZE` documents per
transaction. At most `workers × IN_FLIGHT_PER_WORKER` documents are in flight, and the file list is walked
lazily, so memory stays flat however many documents a run holds.
"""

import os
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

BATCH_SIZE = 50
IN_FLIGHT_PER_WORKER = 8


@dataclass
class Extracted:
    """What a worker made of one file: its read text and the extraction, or the reason it could not."""

    name: str
    data: bytes
    read: object = None
    extraction: object = None
    error: str = ""


def extract_document(name, data, date=None, place_name=None) -> Extracted:
    """Read and extract one file's bytes; runs in a worker process, without the database."""
    _ensure_django_settings()
    from chitieu.documents.readers import UnreadableDocument, read_bytes
    from chitieu.extract import analyse

    try:
        read = read_bytes(Path(name).name, data)
    except UnreadableDocument as error:
        return Extracted(name, data, error=error.reason)
    try:
        extraction = analyse(read.text, date=date, place=place_name)
    except Exception:  # the store step runs the extractor again and records the error as a single ingest does
        return Extracted(name, data, read=read)
    return Extracted(name, data, read=read, extraction=extraction)


def _extract_task(item):
    name, data, date, place_name = item
    return extract_document(name, data, date, place_name)


def _ensure_django_settings():
    """A Dask worker starts without Django: the readers' messages need the settings (not the database)."""
    from django.conf import settings

    if not settings.configured:
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chitieu.settings")
        import django

        django.setup()


def walk_files(paths):
    """Files named and the files of folders named (recursively, in name order, hidden ones skipped), one at a
    time: a folder of a million files is never listed whole."""
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        for folder, folders, files in os.walk(path):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            for file_name in sorted(files):
                if not file_name.startswith("."):
                    yield Path(folder) / file_name


def count_files(paths):
    return sum(1 for _ in walk_files(paths))


class LocalPool:
    """`workers` local processes (forked: the extractor's tables are loaded once, shared)."""

    def __init__(self, workers):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from django.db import connections

        connections.close_all()  # a forked child must not share the parent's database connection
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
        self.capacity = workers * IN_FLIGHT_PER_WORKER

    def submit(self, item):
        return self.executor.submit(_extract_task, item)

    @staticmethod
    def result(future):
        return future.result()

    def close(self):
        self.executor.shutdown(cancel_futures=True)


class DaskPool:
    """The workers of a Dask cluster (dask.distributed), given its scheduler's address."""

    def __init__(self, address):
        from distributed import Client

        self.client = Client(address, timeout=30)
        cores = sum(self.client.nthreads().values()) or 1
        self.capacity = cores * IN_FLIGHT_PER_WORKER

    def submit(self, item):
        return self.client.submit(_extract_task, item, pure=False)

    @staticmethod
    def result(future):
        return future.result()

    def close(self):
        self.client.close()


class InlinePool:
    """No worker: extraction in this process (one worker, nothing to start)."""

    capacity = 1

    def submit(self, item):
        return _extract_task(item)

    @staticmethod
    def result(value):
        return value

    def close(self):
        pass


def ingest_in_batches(paths, *, category=None, place=None, date=None, user=None, sources=None, source_url=None,
                      workers=1, cluster=None, progress=None, batch_size=BATCH_SIZE, timings=None):
    """Ingest files and folders as `chitieu.documents.services.ingest_paths` does, extracting in parallel.

    `progress(done, total, result)` follows each file (in the order they finish storing, which is the order
    of the files). Returns the counts by status ({"created": …, "unchanged": …, "error": …}); the results
    themselves are not kept, so a run of any size holds only the documents in flight. `timings`, a dict, gets
    the seconds this process waited for the workers ("waiting") and spent storing ("storing")."""
    from django.db import transaction
    from django.utils.translation import gettext as _

    from chitieu.documents.services import IngestResult, Ingestor

    ingestor = Ingestor(category=category, place=place, date=date, user=user, source_url=source_url or "")
    place_name = ingestor.place.name if ingestor.place else None
    total = count_files(paths)
    if cluster:
        pool = DaskPool(cluster)
    elif workers and workers > 1:
        pool = LocalPool(workers)
    else:
        pool = InlinePool()
    counts = {"created": 0, "unchanged": 0, "error": 0}
    in_flight = deque()  # (path, own date, url, future) in file order
    done = 0

    def submit(path):
        url, own_date = (sources or {}).get(path.stem, ("", None))
        file_date = date or own_date
        try:
            data = path.read_bytes()
        except OSError as error:
            in_flight.append((path, file_date, url, None, error.strerror or str(error)))
            return
        item = (str(path), data, file_date.isoformat() if file_date else None, place_name)
        in_flight.append((path, file_date, url, pool.submit(item), ""))

    def store_next():
        path, file_date, url, future, read_error = in_flight.popleft()
        if future is None:
            if not path.exists():
                read_error = _("không có tệp hoặc thư mục này")
            return IngestResult(str(path), "error", error=read_error)
        waited = time.monotonic()
        extracted = pool.result(future)
        clock["waiting"] += time.monotonic() - waited
        if extracted.read is None:
            return IngestResult(extracted.name, "error", error=extracted.error)
        return ingestor.ingest_bytes(
            extracted.name, extracted.data, date=file_date, source_url=url or None,
            read=extracted.read, extraction=extracted.extraction,
        )

    files = walk_files(paths)
    exhausted = False
    clock = timings if timings is not None else {}
    clock.update(waiting=0.0, storing=0.0)
    run_started = time.monotonic()

    def top_up():
        nonlocal exhausted
        while not exhausted and len(in_flight) < pool.capacity:
            path = next(files, None)
            if path is None:
                exhausted = True
            else:
                submit(path)

    try:
        top_up()
        while in_flight:
            started = time.monotonic()
            with transaction.atomic():  # one commit per batch: a fsync per batch, not per document
                for _ignored in range(batch_size):
                    if not in_flight:
                        break
                    result = store_next()
                    done += 1
                    counts[result.status] += 1
                    if progress:
                        progress(done, total, result)
                    top_up()  # keep the workers fed while this process writes
                    if time.monotonic() - started > 5:
                        break  # keep transactions short: other writers wait on none for long
    finally:
        pool.close()
        clock["storing"] = time.monotonic() - run_started - clock["waiting"]
    return counts
