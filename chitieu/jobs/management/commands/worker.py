"""`chitieu worker`: runs the background jobs queued in the database (`chitieu serve` starts one), and every
minute the periodic work (chitieu.jobs.periodic): jobs whose worker died are failed, scheduled pages published."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background jobs (ingests, imports, reports, reminders) queued in the database."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between two looks at the queue")
        parser.add_argument("--max-tasks", type=int, default=None, help="stop after this many jobs")
        parser.add_argument("--batch", action="store_true", help="run the jobs waiting now, then stop")

    def handle(self, *args, interval, max_tasks, batch, **options):
        from chitieu.jobs.periodic import PeriodicThread, run_periodic

        run_periodic()  # at start: the jobs a previous worker left running are failed before new ones run
        arguments = ["--interval", str(interval), "--queue-name", "*", "--no-startup-delay", "--no-reload"]
        if batch:
            arguments.append("--batch")
        if max_tasks:
            arguments += ["--max-tasks", str(max_tasks)]
        periodic = PeriodicThread()
        if not batch:
            periodic.start()
        try:
            call_command("db_worker", *arguments, verbosity=options.get("verbosity", 1))
        finally:
            periodic.stop()
