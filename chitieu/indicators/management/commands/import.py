from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from chitieu.indicators.transfer import ImportFailed, import_values


class Command(BaseCommand):
    help = (
        "Import values from a .csv or .xlsx file in the layout of docs/import-layout.md. Every error is listed "
        "(file, row, column, reason) and nothing is stored unless the whole file is correct. Imported values land "
        "as submitted for approval (the public does not see them yet), unless --approve is given. "
        "The command runs as the operator of the server, who holds the whole database: no place bounds apply "
        "unless --as USER names the staff member on whose behalf the file is imported — then a row outside that "
        "user's places is an error, and --approve requires them to be an approver of every place in the file."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true", help="check the files and report, store nothing")
        parser.add_argument("--as", dest="as_user", metavar="USER",
                            help="import on behalf of this staff account: its places bound the rows, its name is in the history")
        parser.add_argument("--approve", action="store_true",
                            help="store the values approved at once (with --as: the user must approve every place of the file)")

    def handle(self, *args, files, dry_run=False, as_user=None, approve=False, **options):
        user = None
        if as_user:
            user = get_user_model().objects.filter(username=as_user, is_active=True).first()
            if user is None:
                raise CommandError(f"--as: no active account named {as_user!r}")
        failed = 0
        for file in files:
            path = Path(file)
            if not path.is_file():
                self.stderr.write(f"{file}: no such file")
                failed += 1
                continue
            try:
                result = import_values(path, dry_run=dry_run, user=user, approve=approve)
            except ImportFailed as error:
                failed += 1
                self.stderr.write(self.style.ERROR(f"{path.name}: {len(error.errors)} lỗi, không lưu dòng nào"))
                for row_error in error.errors:
                    self.stderr.write(f"  {row_error}")
                continue
            verb = "kiểm tra" if dry_run else "nhập"
            state = "đã duyệt" if approve else "chờ duyệt"
            self.stdout.write(
                self.style.SUCCESS(f"{path.name}: {verb} {result.rows} dòng")
                + f" — {result.created} mới, {result.updated} cập nhật, {result.unchanged} không đổi ({state})"
                + (f", {result.proposed} đề nghị thay đổi số đã duyệt" if result.proposed else "")
            )
        if failed:
            raise CommandError(f"{failed} tệp không nhập được")
