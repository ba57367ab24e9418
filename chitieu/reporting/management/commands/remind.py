from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from chitieu.reporting.reminders import send_reminders


class Command(BaseCommand):
    help = (
        "E-mail each data clerk the reports of their places that are due within --ahead days or overdue (by up to "
        "--overdue-days), one e-mail per clerk, through Django's e-mail framework (EMAIL_BACKEND; the console by "
        "default). Made to be run by a scheduler, e.g. daily: 0 7 * * * chitieu remind"
    )

    def add_arguments(self, parser):
        parser.add_argument("--today", help="the date to remind as of, YYYY-MM-DD (default: today, local time)")
        parser.add_argument("--ahead", type=int, default=3, help="remind of reports due within this many days (default 3)")
        parser.add_argument("--overdue-days", type=int, default=31, help="and of those overdue by up to this many days (default 31)")
        parser.add_argument("--dry-run", action="store_true", help="list who would be reminded of what; send nothing")

    def handle(self, *args, today=None, ahead=3, overdue_days=31, dry_run=False, **options):
        try:
            day = date.fromisoformat(today) if today else timezone.localdate()
        except ValueError:
            raise CommandError(f"--today: “{today}” is not a date (write YYYY-MM-DD)") from None
        if ahead < 0 or overdue_days < 0:
            raise CommandError("--ahead and --overdue-days are numbers of days, 0 or more")
        result = send_reminders(day, ahead=ahead, overdue_days=overdue_days, dry_run=dry_run, log=self.stdout.write)
        verb = "sẽ gửi" if dry_run else "đã gửi"
        self.stdout.write(f"{verb} {result['emails']} e-mail về {result['items']} báo cáo chưa nộp; "
                          f"{result['skipped']} cán bộ chưa có e-mail")
