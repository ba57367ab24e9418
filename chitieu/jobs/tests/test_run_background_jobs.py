"""Starting a background job and following it: the queue is Django's tasks framework — run in the request by
the immediate backend in the tests, and by a real `chitieu worker` on the database backend."""

import pytest
from django.core.management import call_command

from chitieu.jobs.models import Job
from chitieu.jobs.services import UnknownJob, enqueue


def test_a_job_runs_to_its_end_with_its_progress_and_result(clerk):
    job = enqueue("jobs.echo", user=clerk, label="Đếm đến 4", steps=4)
    assert job.state == Job.State.SUCCEEDED
    assert (job.done, job.total, job.percent, job.result) == (4, 4, 100, {"steps": 4})
    assert job.created_by == clerk and job.started_at <= job.finished_at


def test_a_job_that_fails_keeps_its_error(clerk):
    job = enqueue("jobs.echo", user=clerk, steps=2, fail=True)
    assert job.state == Job.State.FAILED
    assert "thất bại" in job.message and "Traceback" in job.error
    assert job.done == 2  # its progress until it failed


def test_an_unknown_job_is_refused_when_it_is_asked_for(db):
    with pytest.raises(UnknownJob, match="loại công việc"):
        enqueue("no.such.job")
    assert not Job.objects.exists()


def test_parameters_that_cannot_cross_the_queue_are_refused(db):
    with pytest.raises(TypeError, match="JSON"):
        enqueue("jobs.echo", steps=object())


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_runs_the_jobs_queued_in_the_database(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    queued = [enqueue("jobs.echo", steps=3), enqueue("jobs.echo", steps=1, fail=True)]
    assert [job.state for job in queued] == [Job.State.QUEUED, Job.State.QUEUED]
    call_command("worker", batch=True, verbosity=0)
    ran = [Job.objects.get(pk=job.pk) for job in queued]
    assert [job.state for job in ran] == [Job.State.SUCCEEDED, Job.State.FAILED]
    assert ran[0].result == {"steps": 3} and ran[0].task_id
