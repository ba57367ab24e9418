from django.core.management.base import BaseCommand

from chitieu.core.schema import SCHEMA_FILE, write_schema_file


class Command(BaseCommand):
    help = ("Write chitieu/core/sqlite_schema.json again from the migrations (after adding one, or upgrading Django "
            "or Wagtail): a new SQLite database starts from it instead of running every migration.")

    def handle(self, *args, **options):
        content = write_schema_file()
        self.stdout.write(f"{SCHEMA_FILE}: {len(content['schema'])} statements, "
                          f"{sum(len(found['rows']) for found in content['rows'].values())} rows")
