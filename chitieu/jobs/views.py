from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, JsonResponse
from django.shortcuts import render

from chitieu.jobs.models import Job
from chitieu.jobs.services import fail_abandoned_jobs, jobs_visible_to


def _visible_job(request, pk):
    fail_abandoned_jobs()  # a job whose worker died shows as failed, not running for ever
    job = jobs_visible_to(request.user).filter(pk=pk).first()
    if job is None:
        raise Http404
    return job


@login_required
def job_list(request):
    """Staff: the jobs with their state, progress, result or error (administrators see everyone's)."""
    fail_abandoned_jobs()
    jobs = jobs_visible_to(request.user)
    state = request.GET.get("state")
    if state in Job.State.values:
        jobs = jobs.filter(state=state)
    page = Paginator(jobs, 50).get_page(request.GET.get("page"))
    return render(request, "jobs/job_list.html", {"page": page, "states": Job.State.choices, "state": state})


@login_required
def job_detail(request, pk):
    return render(request, "jobs/job_detail.html", {"job": _visible_job(request, pk)})


@login_required
def job_progress(request, pk):
    """The job's progress as JSON, polled by the page that started it (jobs/progress.js)."""
    job = _visible_job(request, pk)
    return JsonResponse({
        "id": job.pk, "state": job.state, "state_label": job.get_state_display(), "done": job.done,
        "total": job.total, "percent": job.percent, "message": job.message, "finished": job.is_finished,
        "result": job.result, "error": job.message if job.state == Job.State.FAILED else "",
        "url": job.get_absolute_url(), "return_url": job.return_url,
    })
