"""Staff follow the jobs they started: the list with results and errors, a job's page, its progress as JSON."""

from chitieu.jobs.services import enqueue


def test_staff_see_their_jobs_with_results_and_errors(clerk, clerk_client):
    done = enqueue("jobs.echo", user=clerk, label="Việc xong", steps=2)
    failed = enqueue("jobs.echo", user=clerk, label="Việc lỗi", fail=True)
    page = clerk_client.get("/jobs/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "Việc xong" in html and "Việc lỗi" in html and "thất bại" in html and "steps" in html
    assert clerk_client.get(f"/jobs/{done.pk}/").status_code == 200
    assert "Traceback" in clerk_client.get(f"/jobs/{failed.pk}/").content.decode()


def test_a_job_page_polls_its_progress(clerk, clerk_client):
    job = enqueue("jobs.echo", user=clerk, steps=5)
    progress = clerk_client.get(f"/jobs/{job.pk}/progress/").json()
    assert progress["state"] == "succeeded" and progress["done"] == progress["total"] == 5
    assert progress["finished"] and progress["percent"] == 100 and progress["result"] == {"steps": 5}


def test_others_jobs_stay_private_and_the_public_sees_none(clerk, reviewer_client, admin_client, visitor):
    job = enqueue("jobs.echo", user=clerk)
    assert reviewer_client.get(f"/jobs/{job.pk}/").status_code == 404
    assert "jobs.echo" not in reviewer_client.get("/jobs/").content.decode()
    assert admin_client.get(f"/jobs/{job.pk}/").status_code == 200
    assert visitor.get("/jobs/").status_code == 302
