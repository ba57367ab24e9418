"""Django's `migrate`, which first makes an empty SQLite database from chitieu/core/sqlite_schema.json (the schema
and rows the migrations make; chitieu.core.schema) and then applies whatever migration is left, as usual. Every
path that creates a database goes through it: `chitieu init`, the demo's first start, the test databases."""

from django.core.management.commands.migrate import Command as DjangoMigrateCommand
from django.db import connections

from chitieu.core.schema import start_from_schema


class Command(DjangoMigrateCommand):
    help = DjangoMigrateCommand.help + (" An empty SQLite database is first made from chitieu/core/sqlite_schema.json "
                                        "(--from-migrations: run every migration instead).")

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--from-migrations", action="store_true",
                            help="run every migration on an empty SQLite database, not the schema file "
                                 "(what `chitieu write-sqlite-schema` does)")

    def handle(self, *args, **options):
        partial = options.get("app_label") or options.get("fake") or options.get("plan") \
            or options.get("check_unapplied") or options.get("prune")
        connection = connections[options["database"]]
        if connection.vendor == "sqlite" and not partial and not options.get("from_migrations"):
            connection.ensure_connection()
            if connection.get_autocommit() and start_from_schema(connection.connection) and options["verbosity"] >= 1:
                self.stdout.write("  A new SQLite database: made from chitieu/core/sqlite_schema.json; "
                                  "now the migrations added since, if any.")
        return super().handle(*args, **options)
