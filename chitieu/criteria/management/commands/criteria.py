"""`chitieu criteria show PLACE [--set CODE] [--date YYYY-MM-DD] [--trend]` and `chitieu criteria import FILE`."""

import datetime

from django.core.management.base import BaseCommand, CommandError

from chitieu.criteria import boards, display
from chitieu.criteria.importer import ImportErrors, import_assessments
from chitieu.criteria.models import CriteriaSet
from chitieu.places.models import Place


class Command(BaseCommand):
    help = "Bảng tiêu chí nông thôn mới của một xã/huyện (show) và nhập kết quả đánh giá từ bảng tính (import)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        show = sub.add_parser("show", help="in bảng tiêu chí của một xã hoặc bảng tổng hợp của một huyện")
        show.add_argument("place", help="tên đơn vị (ví dụ “Hoành Mô” hoặc “huyện Bình Liêu”)")
        show.add_argument("--in", dest="parent", help="đơn vị cấp trên, khi tên trùng")
        show.add_argument("--set", dest="set_code", help="mã bộ tiêu chí (mặc định: mọi bộ đã đánh giá)")
        show.add_argument("--date", help="xem tại ngày YYYY-MM-DD (mặc định: hôm nay)")
        show.add_argument("--trend", action="store_true", help="in thêm diễn biến qua các lần đánh giá")
        imp = sub.add_parser("import", help="nhập kết quả đánh giá từ tệp .xlsx/.csv (xem docs/criteria-import-layout.md)")
        imp.add_argument("file")
        imp.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
        sub.add_parser("sets", help="liệt kê các bộ tiêu chí")

    def handle(self, *args, action, **options):
        getattr(self, f"handle_{action}")(**options)

    def out(self, lines):
        for line in lines:
            self.stdout.write(line)

    def handle_sets(self, **options):
        for criteria_set in CriteriaSet.objects.all():
            self.stdout.write(f"{criteria_set.code:40} {criteria_set.get_level_display():35} {criteria_set.legal_basis}")

    def handle_import(self, file, dry_run=False, **options):
        try:
            assessments = import_assessments(file, dry_run=dry_run)
        except ImportErrors as errors:
            for problem in errors.problems:
                self.stderr.write(str(problem))
            raise CommandError(f"{len(errors.problems)} lỗi; không ghi gì.")
        if dry_run:
            self.stdout.write("Tệp hợp lệ (chưa ghi: --dry-run).")
        else:
            self.stdout.write(self.style.SUCCESS(f"Đã ghi {len(assessments)} đánh giá."))

    def handle_show(self, place, parent=None, set_code=None, date=None, trend=False, **options):
        try:
            on_date = datetime.date.fromisoformat(date) if date else datetime.date.today()
        except ValueError:
            raise CommandError(f"--date “{date}”: cần dạng YYYY-MM-DD")
        criteria_set = None
        if set_code:
            criteria_set = CriteriaSet.objects.filter(code=set_code).first()
            if criteria_set is None:
                raise CommandError(f"không có bộ tiêu chí “{set_code}” (xem: chitieu criteria sets)")
        try:
            unit = self.resolve(place, parent, on_date)
        except CommandError:
            if date:
                raise
            # No date asked: a unit that no longer exists (huyện Ba Chẽ) is shown on its last day.
            unit = self.resolve(place, parent, None)
            on_date = min(on_date, unit.valid_to or on_date)
        if unit.level == Place.Level.COMMUNE:
            sets = [criteria_set] if criteria_set else boards.sets_assessed_for(unit, on_date)
            if not sets:
                self.stdout.write(f"{unit}: chưa có đánh giá nông thôn mới đến ngày {on_date:%d/%m/%Y}.")
                return
            for index, each in enumerate(sets):
                if index:
                    self.stdout.write("")
                self.out(display.board_lines(boards.commune_board(unit, each, on_date)))
                if trend:
                    self.out(self.commune_trend_lines(unit, each, on_date))
        else:
            dboard = boards.district_board(unit, on_date, criteria_set)
            self.out(display.district_lines(dboard))
            if trend:
                for summary in dboard.sets:
                    self.stdout.write(f"  Diễn biến — {summary.criteria_set.code}:")
                    for day, point in boards.district_trend(unit, summary.criteria_set, on_date):
                        self.stdout.write(f"    {day:%d/%m/%Y}: {point.summary()}")

    def commune_trend_lines(self, unit, criteria_set, on_date):
        lines = ["  Diễn biến:"]
        for day, board in boards.commune_trend(unit, criteria_set, on_date):
            lines.append(f"    {day:%d/%m/%Y}: {board.summary()} — {display.verdict(board.reaches_standard)}")
        return lines

    def resolve(self, name, parent, on_date):
        from chitieu.places import lookup

        filters = {"on": on_date}
        if parent:
            filters["parent"] = parent
        try:
            return lookup.resolve_place(name, **filters)
        except lookup.PlaceNotFound:
            when = f" tồn tại ngày {on_date:%d/%m/%Y}" if on_date else ""
            raise CommandError(f"không tìm thấy đơn vị “{name}”{when}")
        except lookup.AmbiguousPlace as error:
            candidates = list(getattr(error, "candidates", []))
            names = "; ".join(f"{c} (thuộc {c.parent})" for c in candidates[:8]) + ("; …" if len(candidates) > 8 else "")
            raise CommandError(f"“{name}” trùng tên: {names}. Ghi thêm --in TÊN_CẤP_TRÊN.")
