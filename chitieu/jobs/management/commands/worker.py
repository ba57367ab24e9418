"""`chitieu worker`: runs the background jobs queued in the database (`chitieu serve` starts one)."""

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Run the background jobs (ingests, imports, reports, reminders) queued in the database."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0, help="seconds between two looks at the queue")
        parser.add_argument("--max-tasks", type=int, default=None, help="stop after this many jobs")
        parser.add_argument("--batch", action="store_true", help="run the jobs waiting now, then stop")

    def handle(self, *args, interval, max_tasks, batch, **options):
        arguments = ["--interval", str(interval), "--queue-name", "*", "--no-startup-delay", "--no-reload"]
        if batch:
            arguments.append("--batch")
        if max_tasks:
            arguments += ["--max-tasks", str(max_tasks)]
        call_command("db_worker", *arguments, verbosity=options.get("verbosity", 1))
