from django.core.management import call_command
from django.core.management.base import BaseCommand

from chitieu.core.steps import ensure_data_dir, load_demo_data, load_reference_data


class Command(BaseCommand):
    help = "Create or migrate the database and load the reference data (and, with --demo, the demo data). Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument("--demo", action="store_true", help="also load the demo data")

    def handle(self, *args, demo=False, **options):
        ensure_data_dir()
        verbosity = options.get("verbosity", 1)
        log = self.stdout.write if verbosity else (lambda *a, **k: None)
        call_command("migrate", interactive=False, verbosity=max(0, verbosity - 1))
        load_reference_data(log)
        if demo:
            load_demo_data(log)
        log(self.style.SUCCESS("chitieu is ready."))
