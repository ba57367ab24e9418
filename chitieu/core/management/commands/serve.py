from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from chitieu.core.steps import ensure_data_dir


def database_is_empty():
    """True before the first `init`: no tables yet, or no places loaded."""
    if "places_place" not in connection.introspection.table_names():
        return True
    from chitieu.places.models import Place

    return not Place.objects.exists()


class Command(BaseCommand):
    help = "Serve chitieu (public portal, staff workspace, admin). On an empty database, runs `init --demo` first."

    def add_arguments(self, parser):
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args, addrport, **options):
        ensure_data_dir()  # a fresh checkout has no ./data yet: SQLite cannot open a file in a missing folder
        if database_is_empty():
            self.stdout.write("Empty database: loading reference and demo data first (chitieu init --demo).")
            call_command("init", demo=True)
        else:
            call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Serving on http://{addrport}/  (admin: http://{addrport}/admin/)")
        call_command("runserver", addrport, use_reloader=False, insecure_serving=True)
