"""Background jobs: the one API the other apps call.

    from chitieu.jobs.services import enqueue
    job = enqueue("documents.ingest", user=request.user, label="…", paths=[…])
    return redirect(job)            # the job's page shows its progress, result or error

A job kind is a name in settings.CHITIEU_JOBS mapped to a function `handler(context, **params)`; `params`
are JSON values (they go through the queue). The handler reports progress with
`context.progress(done, total, message)`, reads `context.user` (who started it, or None) and returns a
JSON-able result (a dict, a number, a string) shown on the job's page. An exception fails the job: its
message and traceback are kept on the job.
"""

import json
import logging
import os
import socket
import threading
import time
import traceback

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from chitieu.jobs.models import Job

logger = logging.getLogger("chitieu.jobs")

PROGRESS_INTERVAL = 0.5  # seconds between two progress writes: a 10,000-document run writes ~40 times, not 10,000
HEARTBEAT_SECONDS = 30  # a running job's sign of life, written this often whatever its handler does
LEASE_SECONDS = 150  # no sign of life for this long (five heartbeats): its worker is gone


class UnknownJob(LookupError):
    pass


def job_kinds():
    """{name: dotted path of the handler} (settings.CHITIEU_JOBS)."""
    return dict(getattr(settings, "CHITIEU_JOBS", {}))


def handler_for(name):
    try:
        return import_string(job_kinds()[name])
    except KeyError:
        raise UnknownJob(_("Không có loại công việc “%(name)s” (có: %(known)s)") % {
            "name": name, "known": ", ".join(sorted(job_kinds())) or "—"}) from None


def enqueue(name, *, user=None, label="", return_url="", **params) -> Job:
    """Record a job and put it on the queue; returns the Job (its page: `job.get_absolute_url()`).
    `return_url`: the page that follows the job ("{job}" in it becomes the job's id); `label`: what people read.

    Inside a transaction the job is queued with it: if the transaction rolls back, so does the job.
    Under the immediate backend (the tests, CHITIEU_JOBS_IMMEDIATE=1) the job has run when this returns."""
    handler_for(name)  # an unknown name fails here, in the request, not later in the worker
    try:
        json.dumps(params)
    except TypeError as error:
        raise TypeError(f"job {name}: parameters must be JSON values ({error})") from error
    job = Job.objects.create(
        name=name, label=(label or name)[:300], params=params, return_url=return_url[:500],
        created_by=user if user is not None and user.is_authenticated else None,
    )
    if "{job}" in return_url:  # the page that started the job, showing it: /documents/upload/?job={job}
        job.return_url = return_url.replace("{job}", str(job.pk))[:500]
        Job.objects.filter(pk=job.pk).update(return_url=job.return_url)
    from chitieu.jobs.tasks import run_job

    task_result = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk).update(task_id=str(task_result.id)[:64])
    job.refresh_from_db()
    return job


class JobContext:
    """What a handler gets: who started the job, and a way to say how far it got."""

    def __init__(self, job):
        self.job = job
        self.user = job.created_by
        self._last_write = 0.0

    def progress(self, done, total=None, message=""):
        """Say how far the job got; written at most every PROGRESS_INTERVAL seconds, and always at the end."""
        now = time.monotonic()
        finished = total is not None and done >= total
        if not finished and now - self._last_write < PROGRESS_INTERVAL:
            return
        self._last_write = now
        fields = {"done": max(0, int(done)), "message": str(message)[:500], "heartbeat_at": timezone.now()}
        if total is not None:
            fields["total"] = max(0, int(total))
        Job.objects.filter(pk=self.job.pk).update(**fields)


def run(job_id):
    """Run one queued job to its end (called by the queue's task): its state, result or error are stored."""
    job = Job.objects.select_related("created_by").get(pk=job_id)
    if job.state != Job.State.QUEUED:
        return job.state  # run twice by the queue: the first run counts
    now = timezone.now()
    Job.objects.filter(pk=job.pk).update(state=Job.State.RUNNING, started_at=now, worker=worker_name(), heartbeat_at=now)
    try:
        handler = handler_for(job.name)
        with _Heartbeat(job.pk):
            _RUNNING_HERE.add(job.pk)
            try:
                result = handler(JobContext(job), **job.params)
            finally:
                _RUNNING_HERE.discard(job.pk)
        json.dumps(result)
    except Exception as error:  # a job's failure is its result: kept on the job, shown on its page
        Job.objects.filter(pk=job.pk).update(
            state=Job.State.FAILED, finished_at=timezone.now(),
            error=f"{error}\n\n{traceback.format_exc()}"[:20000], message=str(error)[:500],
        )
        return Job.State.FAILED
    Job.objects.filter(pk=job.pk).update(state=Job.State.SUCCEEDED, finished_at=timezone.now(), result=result)
    return Job.State.SUCCEEDED


_RUNNING_HERE = set()  # the jobs this process is running now


def worker_name():
    """This process, as a running job records it: host:process id."""
    return f"{socket.gethostname()}:{os.getpid()}"[:200]


class _Heartbeat:
    """While a job runs, a thread writes its sign of life every HEARTBEAT_SECONDS — also through a long step
    that reports no progress — so that a job whose process died can be told from a slow one."""

    def __init__(self, job_id):
        self.job_id = job_id
        self.stopped = threading.Event()

    def __enter__(self):
        self.thread = threading.Thread(target=self._beat, name=f"job-{self.job_id}-heartbeat", daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        self.thread.join()

    def _beat(self):
        from django.db import connection

        try:
            while not self.stopped.wait(HEARTBEAT_SECONDS):
                try:
                    Job.objects.filter(pk=self.job_id, state=Job.State.RUNNING).update(heartbeat_at=timezone.now())
                except Exception:  # a busy database: the next beat tries again, the lease allows several misses
                    logger.warning("job %s: heartbeat not written", self.job_id, exc_info=True)
        finally:
            connection.close()  # this thread's own connection


def _process_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, someone else's
        return True
    return True


def _why_abandoned(job, now):
    """Why a running job's worker is known to be gone, or "" while it may still be at work."""
    host, _sep, pid = job.worker.rpartition(":")
    if host == socket.gethostname() and pid.isdigit() and (
            not _process_alive(int(pid))
            # this very process (a restarted container's worker gets its predecessor's number) not running it
            or int(pid) == os.getpid() and job.pk not in _RUNNING_HERE):
        return _("Tiến trình chạy công việc (%(worker)s) đã dừng giữa chừng.") % {"worker": job.worker}
    last = job.heartbeat_at or job.started_at
    if last is None or (now - last).total_seconds() > LEASE_SECONDS:
        return _("Tiến trình chạy công việc (%(worker)s) không còn tín hiệu từ %(since)s.") % {
            "worker": job.worker or "?", "since": timezone.localtime(last).strftime("%d/%m/%Y %H:%M:%S") if last else "?"}
    return ""


def fail_abandoned_jobs():
    """Jobs left running by a worker that died (killed, out of memory, the machine restarted) are failed,
    with why, and their queue entries too — instead of showing "running" for ever. A worker is gone when
    its process no longer exists (same machine) or it gave no sign of life for LEASE_SECONDS. They are not
    run again by themselves: what stopped the worker might stop the next one; the person who started it
    sees the error and can start it again. Called when a worker starts, every minute by it, and by the
    jobs pages. Returns the jobs failed."""
    now = timezone.now()
    failed = []
    for job in Job.objects.filter(state=Job.State.RUNNING).only("id", "worker", "heartbeat_at", "started_at", "task_id"):
        reason = _why_abandoned(job, now)
        if not reason:
            continue
        explanation = _("Công việc bị dừng khi đang chạy và được đánh dấu lỗi; các phần đã lưu vẫn còn. Hãy chạy lại nếu cần.")
        changed = Job.objects.filter(pk=job.pk, state=Job.State.RUNNING).update(
            state=Job.State.FAILED, finished_at=now, message=reason[:500], error=f"{reason}\n{explanation}")
        if changed:
            failed.append(job.pk)
            _fail_queue_entry(job.task_id, now)
            logger.warning("job %s failed: %s", job.pk, reason)
    return failed


def _fail_queue_entry(task_id, now):
    """The queue's own row of the job (django-tasks-db), left RUNNING by the dead worker."""
    if not task_id:
        return
    try:
        from django_tasks.base import TaskResultStatus
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.filter(id=task_id, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED, finished_at=now)
    except Exception:  # another queue backend, or a task id of another form: the Job row is what people see
        logger.debug("queue entry %s not updated", task_id, exc_info=True)


def jobs_visible_to(user):
    """Administrators see every job; other staff see the jobs they started."""
    jobs = Job.objects.select_related("created_by")
    if user.is_superuser or user.has_perm("jobs.view_job"):
        return jobs
    return jobs.filter(created_by=user)

