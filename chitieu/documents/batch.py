"""Batch ingest of large archives: the work in parallel, database writes in batches, memory flat.

Everything an ingest decides before it writes — reading the file, extracting its claims, linking them to
indicators, places and periods, fitting them to their columns (`Ingestor.prepare`) — runs elsewhere: in
local worker processes (`workers=N`) or on a Dask cluster (`cluster="tcp://host:8786"`, whose workers have
chitieu installed). Workers read the database (the catalogue, places, whether a text is already stored) but
never write it. The files are read here and their bytes sent, so the cluster needs no shared disk; a
cluster worker that cannot reach the database sends back the bare extraction and this process links it.

This process only writes: `Ingestor.store` inserts a batch of prepared documents in a few statements (COPY
on PostgreSQL, executemany on SQLite), `BATCH_SIZE` documents per transaction. At most
`BATCH_SIZE + workers × IN_FLIGHT_PER_WORKER` documents are in flight — the workers keep working while a
batch is written — and the file list is walked lazily, so memory stays flat however many documents a run
holds.
"""

import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

BATCH_SIZE = 50
IN_FLIGHT_PER_WORKER = 8


@dataclass
class Extracted:
    """What a worker that could not reach the database made of one file: its read text and the extraction,
    or the reason it could not; this process links and stores it."""

    name: str
    data: bytes
    read: object = None
    extraction: object = None
    error: str = ""


def extract_document(name, data, date=None, place_name=None) -> Extracted:
    """Read and extract one file's bytes, without the database."""
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


# The Ingestor of each batch's options, per process: a worker loads the catalogue once. A forked worker
# inherits the one the batch made before forking (`remember_ingestor`), loaded already.
_INGESTORS = {}
_INGESTORS_LOCK = threading.Lock()


def remember_ingestor(options, ingestor):
    with _INGESTORS_LOCK:
        _INGESTORS.clear()  # one batch at a time per process: an earlier batch's lookups are dropped
        _INGESTORS[options] = ingestor


def _ingestor_for(options):
    with _INGESTORS_LOCK:
        ingestor = _INGESTORS.get(options)
        if ingestor is None:
            from chitieu.documents.services import Ingestor
            from chitieu.places.models import Place

            category, place_id, _place_name, date, user_id, source_url = options
            place = Place.objects.get(pk=place_id) if place_id else None
            ingestor = _INGESTORS[options] = Ingestor(category=category, place=place, date=_date(date),
                                                      user=user_id, source_url=source_url)
        return ingestor


def _prepare_task(options, item):
    """A worker's part: the prepared document (or the IngestResult of one with nothing to store)."""
    name, data, date, source_url = item
    _ensure_django_settings()
    from django.db import DatabaseError

    try:
        ingestor = _ingestor_for(options)
        return ingestor.prepare(name, data, date=_date(date), source_url=source_url)
    except DatabaseError:  # a cluster worker without the database: extract only, this process links
        return extract_document(name, data, date, options[2])


def _date(text):
    import datetime

    return datetime.date.fromisoformat(text) if isinstance(text, str) else text


def _ensure_django_settings():
    """A Dask worker starts without Django: the readers' messages and the linking need the settings."""
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
    """`workers` local processes (forked: the extractor's tables and the batch's catalogue are loaded once,
    shared; each opens its own database connection)."""

    def __init__(self, workers, batch_size):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from django.db import connections

        connections.close_all()  # a forked child must not share the parent's database connection
        from concurrent.futures import process

        # The executor hands each worker one task ahead (EXTRA_QUEUED_CALLS = 1) through a thread of this
        # process, which waits for the interpreter while this process writes: the workers starve. Queued
        # deeper, they always have the next documents at hand.
        queued, process.EXTRA_QUEUED_CALLS = process.EXTRA_QUEUED_CALLS, IN_FLIGHT_PER_WORKER * workers
        try:
            self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
        finally:
            process.EXTRA_QUEUED_CALLS = queued
        self.capacity = batch_size + workers * IN_FLIGHT_PER_WORKER

    def submit(self, options, item):
        return self.executor.submit(_prepare_task, options, item)

    @staticmethod
    def result(future):
        return future.result()

    def close(self):
        self.executor.shutdown(cancel_futures=True)


class DaskPool:
    """The workers of a Dask cluster (dask.distributed), given its scheduler's address."""

    def __init__(self, address, batch_size):
        from distributed import Client

        self.client = Client(address, timeout=30)
        cores = sum(self.client.nthreads().values()) or 1
        self.capacity = batch_size + cores * IN_FLIGHT_PER_WORKER

    def submit(self, options, item):
        return self.client.submit(_prepare_task, options, item, pure=False)

    @staticmethod
    def result(future):
        return future.result()

    def close(self):
        self.client.close()


class InlinePool:
    """No worker: everything in this process (one worker, nothing to start)."""

    capacity = 1

    def submit(self, options, item):
        return _prepare_task(options, item)

    @staticmethod
    def result(value):
        return value

    def close(self):
        pass


def ingest_in_batches(paths, *, category=None, place=None, date=None, user=None, sources=None, source_url=None,
                      workers=1, cluster=None, progress=None, batch_size=BATCH_SIZE, timings=None):
    """Ingest files and folders as `chitieu.documents.services.ingest_paths` does, preparing them in parallel.

    `progress(done, total, result)` follows each file (in the order of the files, once its batch is
    stored). Returns the counts by status ({"created": …, "unchanged": …, "error": …}); the results
    themselves are not kept, so a run of any size holds only the documents in flight. `timings`, a dict, gets
    the seconds this process waited for the workers ("waiting") and spent otherwise ("storing": writing, and
    the workers' part too when there is no worker)."""
    from django.utils.translation import gettext as _

    from chitieu.documents.services import IngestResult, Ingestor, Prepared

    ingestor = Ingestor(category=category, place=place, date=date, user=user, source_url=source_url or "")
    options = (ingestor.category, ingestor.place.pk if ingestor.place else None,
               ingestor.place.name if ingestor.place else None, date.isoformat() if date else None,
               ingestor.user_id, ingestor.source_url)
    remember_ingestor(options, ingestor)  # before the workers fork: they inherit it loaded
    total = count_files(paths)
    if cluster:
        pool = DaskPool(cluster, batch_size)
    elif workers and workers > 1:
        pool = LocalPool(workers, batch_size)
    else:
        pool = InlinePool()
    counts = {"created": 0, "unchanged": 0, "error": 0}
    in_flight = deque()  # (path, own date, future or None, read error) in file order
    done = 0

    def submit(path):
        url, own_date = (sources or {}).get(path.stem, ("", None))
        file_date = date or own_date
        try:
            data = path.read_bytes()
        except OSError as error:
            in_flight.append((path, file_date, None, error.strerror or str(error)))
            return
        item = (str(path), data, file_date.isoformat() if file_date else None, url or None)
        in_flight.append((path, file_date, pool.submit(options, item), ""))

    def next_prepared():
        """The next file's Prepared, or its IngestResult when there is nothing to store."""
        path, file_date, future, read_error = in_flight.popleft()
        if future is None:
            if not path.exists():
                read_error = _("không có tệp hoặc thư mục này")
            return IngestResult(str(path), "error", error=read_error)
        waited = time.monotonic()
        made = pool.result(future)
        clock["waiting"] += time.monotonic() - waited
        if isinstance(made, Extracted):  # the worker could not link: done here
            if made.read is None:
                return IngestResult(made.name, "error", error=made.error)
            url, _own_date = (sources or {}).get(path.stem, ("", None))
            return ingestor.prepare(made.name, made.data, date=file_date, source_url=url or None, read=made.read,
                                    extraction=made.extraction)
        return made

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
            batch = []
            # A batch closes at `batch_size` documents or after 5 s: progress is shown at least that often.
            while in_flight and len(batch) < batch_size and time.monotonic() - started < 5:
                batch.append(next_prepared())
                top_up()  # keep the workers fed while this process gathers and writes
            prepared = [item for item in batch if isinstance(item, Prepared)]
            stored = iter(ingestor.store(prepared) if prepared else [])
            for item in batch:
                result = next(stored) if isinstance(item, Prepared) else item
                done += 1
                counts[result.status] += 1
                if progress:
                    progress(done, total, result)
    finally:
        pool.close()
        clock["storing"] = time.monotonic() - run_started - clock["waiting"]
    return counts
