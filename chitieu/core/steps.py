"""Runs the reference and demo steps that `chitieu init` is made of (listed in settings)."""

from django.conf import settings
from django.utils.module_loading import import_string


def run_steps(dotted_paths, log=print):
    for dotted_path in dotted_paths:
        step = import_string(dotted_path)
        log(f"· {dotted_path.rsplit('.', 2)[-2]}.{step.__name__}")
        step(log=log)


def load_reference_data(log=print):
    run_steps(settings.CHITIEU_REFERENCE_STEPS, log)


def load_demo_data(log=print):
    run_steps(settings.CHITIEU_DEMO_STEPS, log)


def ensure_data_dir():
    """Create the data folder of the embedded database (./data by default) before anything connects to it."""
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
