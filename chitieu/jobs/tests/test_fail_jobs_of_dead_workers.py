"""A worker that dies (killed, out of memory, the machine restarted) does not leave its job "running" for
ever: the job is failed with why — when a worker starts, every minute, and when someone looks at the jobs."""

import datetime
import os
import signal
import subprocess
import sys
import time

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from chitieu.jobs.models import Job
from chitieu.jobs.services import LEASE_SECONDS, enqueue, fail_abandoned_jobs, worker_name


def running_job(worker, heartbeat_at=None):
    job = enqueue("jobs.echo", label="Việc dang dở")
    Job.objects.filter(pk=job.pk).update(
        state=Job.State.RUNNING, started_at=timezone.now(), worker=worker, heartbeat_at=heartbeat_at or timezone.now())
    return job


def killed_process():
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    process.kill()
    process.wait()
    return process.pid


def test_a_job_whose_worker_process_was_killed_shows_as_failed_on_the_jobs_page(admin_client):
    host = worker_name().rpartition(":")[0]
    job = running_job(f"{host}:{killed_process()}")
    html = admin_client.get("/jobs/").content.decode()
    job.refresh_from_db()
    assert job.state == Job.State.FAILED and job.finished_at
    assert "đã dừng giữa chừng" in job.message and "chạy lại" in job.error
    assert "đã dừng giữa chừng" in html


def test_a_job_silent_past_its_lease_on_another_machine_is_failed(db):
    silent = running_job("may-khac:123", heartbeat_at=timezone.now() - datetime.timedelta(seconds=LEASE_SECONDS + 1))
    alive = running_job("may-khac:124")
    assert fail_abandoned_jobs() == [silent.pk]
    assert Job.objects.get(pk=alive.pk).state == Job.State.RUNNING


def test_a_job_recorded_as_this_process_but_not_running_in_it_is_failed(db):
    """A restarted container's worker can get its predecessor's process id: the id alone does not keep a job."""
    job = running_job(worker_name())
    assert fail_abandoned_jobs() == [job.pk]


def test_a_job_running_in_this_process_is_left_alone(db, monkeypatch):
    seen = []

    def look_while_running(context, **params):
        seen.append(fail_abandoned_jobs())
        return {}

    monkeypatch.setattr("chitieu.jobs.services.handler_for", lambda name: look_while_running)
    job = enqueue("jobs.echo")  # run here by the immediate backend: it looks for abandoned jobs while running
    assert seen == [[]] and Job.objects.get(pk=job.pk).state == Job.State.SUCCEEDED


@pytest.mark.skipif(connection.vendor != "postgresql", reason="a second process shares the test database on PostgreSQL only")
@pytest.mark.django_db(transaction=True)
def test_killing_a_real_worker_mid_job_fails_its_job_when_the_next_worker_starts(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    job = enqueue("jobs.echo", steps=100, pause=0.2)
    database = settings.DATABASES["default"]
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT'] or 5432}/{database['NAME']}"
    env = {**os.environ, "DATABASE_URL": url, "CHITIEU_JOBS_IMMEDIATE": "0", "DJANGO_SETTINGS_MODULE": "chitieu.settings"}
    worker = subprocess.Popen([sys.executable, "-m", "django", "worker", "--interval", "0.1"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while Job.objects.get(pk=job.pk).done < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert Job.objects.get(pk=job.pk).state == Job.State.RUNNING
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait()
    call_command("worker", batch=True, verbosity=0)
    job.refresh_from_db()
    assert job.state == Job.State.FAILED and f":{worker.pid})" in job.message
