"""What the jobs worker does every minute besides running jobs, so that a deployment needs no cron: fail the
jobs whose worker died, and publish the portal's scheduled pages (and unpublish the expired ones).

settings.CHITIEU_PERIODIC lists them (dotted paths of functions without arguments); another app adds its own.
"""

import io
import logging
import threading

from django.conf import settings
from django.utils.module_loading import import_string

logger = logging.getLogger("chitieu.jobs")

PERIOD_SECONDS = 60
DEFAULT_PERIODIC = [
    "chitieu.jobs.services.fail_abandoned_jobs",
    "chitieu.jobs.periodic.publish_scheduled_pages",
]


def publish_scheduled_pages():
    """Wagtail's `publish_scheduled`: pages and snippets whose publication time came go live, expired ones go
    offline. Wagtail offers it only as a management command, which cron would otherwise run."""
    from django.core.management import call_command

    output = io.StringIO()
    call_command("publish_scheduled", stdout=output)
    return output.getvalue()


def run_periodic():
    """Each periodic function once; one that fails is logged and the others still run."""
    for path in getattr(settings, "CHITIEU_PERIODIC", DEFAULT_PERIODIC):
        try:
            import_string(path)()
        except Exception:
            logger.exception("periodic %s failed", path)


class PeriodicThread(threading.Thread):
    """Runs `run_periodic` every PERIOD_SECONDS beside the worker's loop (its own database connection)."""

    def __init__(self, period=PERIOD_SECONDS):
        super().__init__(name="chitieu-periodic", daemon=True)
        self.period = period
        self.stopped = threading.Event()

    def run(self):
        from django.db import close_old_connections, connection

        try:
            while not self.stopped.wait(self.period):
                close_old_connections()
                run_periodic()
        finally:
            connection.close()

    def stop(self):
        self.stopped.set()
