"""`chitieu report PLACE --period P [--format docx|pdf|xlsx] [-o FILE]`: the periodic report of a place."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chitieu.reports.services import ReportError, find_place, parse_period, write_report
from chitieu.reports.writers import FORMATS


class Command(BaseCommand):
    help = "Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội của một địa bàn trong một kỳ (số liệu đã duyệt)"

    def add_arguments(self, parser):
        parser.add_argument("place", help="tên, mã hoặc số hiệu của địa bàn (Ba Chẽ, 06958)")
        parser.add_argument("--period", required=True, help="kỳ: 2020, 2020-01/2020-09, 2020-09, 2020-07/2020-09…")
        parser.add_argument("--format", default="docx", choices=sorted(FORMATS))
        parser.add_argument("-o", "--output", help="tệp ghi ra (mặc định: bao-cao-<địa bàn>-<kỳ>.<định dạng>)")
        parser.add_argument("--date", help="ngày ghi trên báo cáo, YYYY-MM-DD (mặc định: hôm nay)")

    def handle(self, *args, **options):
        try:
            issued_on = datetime.date.fromisoformat(options["date"]) if options["date"] else None
            place = find_place(options["place"], parse_period(options["period"]))
            name, content, report = write_report(place, options["period"], options["format"], issued_on=issued_on)
        except (ReportError, ValueError) as error:
            raise CommandError(str(error)) from None
        path = Path(options["output"] or name)
        path.write_bytes(content)
        if not report.sections:
            self.stderr.write(f"! {place.path_name}: chưa có số liệu đã duyệt cho kỳ {options['period']}")
        self.stdout.write(f"{path}: {len(report.appendix)} chỉ tiêu, {report.values_used} số liệu đã duyệt")
