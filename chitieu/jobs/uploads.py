"""Uploaded files kept for a job: the request ends before the job runs, so its files are written to
DATA_DIR/uploads/<random>/ (under their own names) and the job removes them once done."""

import secrets
from pathlib import Path

from django.conf import settings


def keep_uploads(files) -> Path:
    """Write Django UploadedFiles to a new folder of their own and return it."""
    folder = Path(settings.DATA_DIR) / "uploads" / secrets.token_hex(8)
    folder.mkdir(parents=True)
    for index, upload in enumerate(files):
        name = Path(upload.name).name or f"tep-{index}"
        target = folder / name
        if target.exists():  # two files of the same name: each keeps its name, in a folder of its own
            target = folder / str(index) / name
            target.parent.mkdir()
        with target.open("wb") as handle:
            for chunk in upload.chunks():
                handle.write(chunk)
    return folder
