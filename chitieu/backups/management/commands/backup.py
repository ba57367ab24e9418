from django.core.management.base import BaseCommand, CommandError

from chitieu.backups.services import BackupError, backup


class Command(BaseCommand):
    help = ("Back up the database (SQLite: online backup API, consistent while serving; PostgreSQL: pg_dump) and "
            "the documents' files to one tar file (.tar.gz: compressed).")

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")

    def handle(self, *args, file, **options):
        try:
            backup(file, log=self.stdout.write)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
