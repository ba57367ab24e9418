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
import time
import traceback

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from chitieu.jobs.models import Job

PROGRESS_INTERVAL = 0.5  # seconds between two progress writes: a 10,000-document run writes ~40 times, not 10,000


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
        fields = {"done": max(0, int(done)), "message": str(message)[:500]}
        if total is not None:
            fields["total"] = max(0, int(total))
        Job.objects.filter(pk=self.job.pk).update(**fields)


def run(job_id):
    """Run one queued job to its end (called by the queue's task): its state, result or error are stored."""
    job = Job.objects.select_related("created_by").get(pk=job_id)
    if job.state != Job.State.QUEUED:
        return job.state  # run twice by the queue: the first run counts
    Job.objects.filter(pk=job.pk).update(state=Job.State.RUNNING, started_at=timezone.now())
    try:
        handler = handler_for(job.name)
        result = handler(JobContext(job), **job.params)
        json.dumps(result)
    except Exception as error:  # a job's failure is its result: kept on the job, shown on its page
        Job.objects.filter(pk=job.pk).update(
            state=Job.State.FAILED, finished_at=timezone.now(),
            error=f"{error}\n\n{traceback.format_exc()}"[:20000], message=str(error)[:500],
        )
        return Job.State.FAILED
    Job.objects.filter(pk=job.pk).update(state=Job.State.SUCCEEDED, finished_at=timezone.now(), result=result)
    return Job.State.SUCCEEDED


def jobs_visible_to(user):
    """Administrators see every job; other staff see the jobs they started."""
    jobs = Job.objects.select_related("created_by")
    if user.is_superuser or user.has_perm("jobs.view_job"):
        return jobs
    return jobs.filter(created_by=user)

