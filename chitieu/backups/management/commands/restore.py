from django.core.management.base import BaseCommand, CommandError

from chitieu.backups.services import BackupError, restore


class Command(BaseCommand):
    help = ("Restore a backup made by `chitieu backup` into an empty database (create it and point DATABASE_URL "
            "at it), with the documents' files. --replace overwrites a database that holds data.")

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--replace", action="store_true", help="overwrite the data of this database")

    def handle(self, *args, file, replace=False, **options):
        try:
            restore(file, replace=replace, log=self.stdout.write)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
