from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chitieu.indicators.transfer import ImportFailed, import_values


class Command(BaseCommand):
    help = (
        "Import values from a .csv or .xlsx file in the layout of docs/import-layout.md. Every error is listed "
        "(file, row, column, reason) and nothing is stored unless the whole file is correct."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="check the files and report, store nothing")

    def handle(self, *args, files, dry_run=False, **options):
        failed = 0
        for file in files:
            path = Path(file)
            if not path.is_file():
                self.stderr.write(f"{file}: no such file")
                failed += 1
                continue
            try:
                result = import_values(path, dry_run=dry_run)
            except ImportFailed as error:
                failed += 1
                self.stderr.write(self.style.ERROR(f"{path.name}: {len(error.errors)} lỗi, không lưu dòng nào"))
                for row_error in error.errors:
                    self.stderr.write(f"  {row_error}")
                continue
            verb = "kiểm tra" if dry_run else "nhập"
            self.stdout.write(
                self.style.SUCCESS(f"{path.name}: {verb} {result.rows} dòng")
                + f" — {result.created} mới, {result.updated} cập nhật, {result.unchanged} không đổi"
            )
        if failed:
            raise CommandError(f"{failed} tệp không nhập được")
