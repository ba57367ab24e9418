"""The one task on the queue: run a recorded Job (chitieu.jobs.services.run)."""

from django_tasks import task


@task()
def run_job(job_id):
    from chitieu.jobs.services import run

    return run(job_id)
