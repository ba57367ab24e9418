"""The job kinds this project ships (settings.CHITIEU_JOBS): each is a thin shell around the app's own
service, reporting progress to the job. Other apps add theirs the same way."""

import shutil
from pathlib import Path

from django.utils.translation import gettext as _


def ingest_documents(context, *, paths, category=None, place=None, date=None, source_url="", workers=1,
                     delete_after=False):
    """`chitieu ingest` as a job: files and folders, extracted in `workers` processes, stored in batches.
    With `delete_after`, the uploaded copies under DATA_DIR/uploads are removed once stored."""
    import datetime

    from chitieu.documents.batch import ingest_in_batches
    from chitieu.places.models import Place

    if isinstance(place, int):
        place = Place.objects.get(pk=place)

    counts = {"created": 0, "unchanged": 0, "error": 0}
    errors = []

    def progress(done, total, result):
        counts[result.status] += 1
        text = str(result)
        for path in paths:  # the file's name within what was given, not the server's folders
            text = text.replace(f"{Path(path)}/", "")
        if result.status == "error" and len(errors) < 200:
            errors.append(text)
        context.progress(done, total, text)

    try:
        ingest_in_batches(
            paths, category=category, place=place,
            date=datetime.date.fromisoformat(date) if date else None, user=context.user,
            source_url=source_url or None, workers=workers, progress=progress,
        )
    finally:
        if delete_after:
            for path in paths:
                shutil.rmtree(path, ignore_errors=True) if Path(path).is_dir() else Path(path).unlink(missing_ok=True)
    return {**counts, "errors": errors}


def import_values(context, *, path, name="", dry_run=False, delete_after=False):
    """`chitieu import` as a job: one CSV or Excel file; a file with errors stores nothing and lists them all."""
    from chitieu.indicators.transfer import ImportFailed
    from chitieu.indicators.transfer import import_values as import_file

    context.progress(0, 1, _("Đang đọc %s") % (name or Path(path).name))
    try:
        result = import_file(path, user=context.user, name=name or Path(path).name, dry_run=dry_run)
    except ImportFailed as failure:
        raise RuntimeError("\n".join(str(error) for error in failure.errors)) from None
    finally:
        if delete_after:
            Path(path).unlink(missing_ok=True)
    context.progress(1, 1, _("Xong"))
    return {"rows": result.rows, "created": result.created, "updated": result.updated, "unchanged": result.unchanged}


def echo(context, *, steps=3, fail=False, pause=0):
    """A job that counts to `steps`, `pause` seconds a step (and fails when asked): to check that a worker runs jobs."""
    import time

    for step in range(1, steps + 1):
        context.progress(step, steps, f"{step}/{steps}")
        time.sleep(pause)
    if fail:
        raise RuntimeError(_("Công việc thử nghiệm thất bại như được yêu cầu"))
    return {"steps": steps}
