"""`chitieu exchange …`: DHIS2 dataValueSets in and out, SDMX-CSV out, a reporting form's XLSX template.

    chitieu exchange dhis2-export FILE.json|FILE.csv [--place P [--below]] [--period P] [--indicator CODE…] [--all-states]
    chitieu exchange dhis2-import FILE.json|FILE.csv [--as USER] [--approve] [--dry-run]
    chitieu exchange sdmx-export FILE.csv [same filters]
    chitieu exchange template FORM PLACE --period P [-o FILE.xlsx] [--targets]
    chitieu exchange map-element INDICATOR DATA_ELEMENT [--modality M] [--issuer I] [--coc UID] [--aoc UID] [--unit U]
    chitieu exchange map-orgunit PLACE ORG_UNIT
"""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from chitieu.indicators.models import DataValue


class Command(BaseCommand):
    help = "Trao đổi dữ liệu: DHIS2 dataValueSets (JSON, CSV), SDMX-CSV, mẫu XLSX của biểu báo cáo"

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        for name in ("dhis2-export", "sdmx-export"):
            export = actions.add_parser(name)
            export.add_argument("file")
            export.add_argument("--place", help="địa bàn (tên hoặc mã)")
            export.add_argument("--below", action="store_true", help="cả các đơn vị trực thuộc")
            export.add_argument("--period", help="chỉ kỳ này")
            export.add_argument("--indicator", nargs="*", default=[], help="mã chỉ tiêu")
            export.add_argument("--all-states", action="store_true", help="cả số liệu chưa duyệt (mặc định: đã duyệt)")
        imported = actions.add_parser("dhis2-import")
        imported.add_argument("file")
        imported.add_argument("--as", dest="user", help="người nhập (phạm vi địa bàn của người đó áp dụng)")
        imported.add_argument("--approve", action="store_true", help="duyệt luôn (người nhập phải là người duyệt)")
        imported.add_argument("--dry-run", action="store_true")
        template = actions.add_parser("template")
        template.add_argument("form", help="mã biểu báo cáo")
        template.add_argument("place")
        template.add_argument("--period", required=True)
        template.add_argument("-o", "--output")
        template.add_argument("--targets", action="store_true", help="thêm dòng kế hoạch theo cấp giao")
        element = actions.add_parser("map-element")
        element.add_argument("indicator")
        element.add_argument("data_element")
        element.add_argument("--modality", default="actual")
        element.add_argument("--issuer", default="")
        element.add_argument("--coc", default="", help="categoryOptionCombo")
        element.add_argument("--aoc", default="", help="attributeOptionCombo")
        element.add_argument("--unit", default="", help="đơn vị của data element (mặc định: đơn vị chuẩn)")
        orgunit = actions.add_parser("map-orgunit")
        orgunit.add_argument("place")
        orgunit.add_argument("org_unit")

    def handle(self, *args, **options):
        handler = getattr(self, "do_" + options["action"].replace("-", "_"))
        try:
            handler(options)
        except (ValueError, LookupError) as error:
            raise CommandError(str(error)) from None

    # -- helpers
    def _place(self, text, period=None):
        from chitieu.reports.services import find_place

        return find_place(text, period)

    def _values(self, options):
        from chitieu.accounts.scopes import Scope
        from chitieu.periods import Period

        values = DataValue.objects.all() if options["all_states"] else DataValue.objects.public()
        if options["place"]:
            place = self._place(options["place"])
            values = values.filter(place_id__in=Scope([place.pk]).place_ids()) if options["below"] else values.filter(place=place)
        if options["period"]:
            values = values.filter(period=str(Period.parse(options["period"])))
        if options["indicator"]:
            values = values.filter(indicator__code__in=options["indicator"])
        return values

    # -- actions
    def do_dhis2_export(self, options):
        from chitieu.exchange.dhis2 import build_export, to_csv, to_json

        export = build_export(self._values(options))
        path = Path(options["file"])
        path.write_bytes(to_csv(export) if path.suffix.lower() == ".csv" else to_json(export))
        for line in export.skipped:
            self.stderr.write(f"  bỏ qua: {line}")
        self.stdout.write(f"{path}: {len(export.rows)} dataValues, {len(export.skipped)} số liệu bỏ qua")

    def do_sdmx_export(self, options):
        from chitieu.exchange.sdmx import export_sdmx_csv

        values = self._values(options)
        path = Path(options["file"])
        path.write_bytes(export_sdmx_csv(values))
        self.stdout.write(f"{path}: {values.count()} quan sát (SDMX-CSV)")

    def do_dhis2_import(self, options):
        from chitieu.exchange.dhis2 import ImportFailed, import_data_value_set

        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"không có người dùng “{options['user']}”")
        path = Path(options["file"])
        try:
            result = import_data_value_set(path.read_bytes(), path.name, user=user, approve=options["approve"],
                                           dry_run=options["dry_run"])
        except ImportFailed as failure:
            for error in failure.errors:
                self.stderr.write(str(error))
            raise CommandError(f"{len(failure.errors)} lỗi: không lưu gì") from None
        self.stdout.write(f"{result.file}: {result.rows} dòng — {result.created} mới, {result.updated} sửa, "
                          f"{result.unchanged} không đổi, {result.proposed} chờ duyệt thay đổi"
                          + (" (chạy thử: không lưu)" if options["dry_run"] else ""))

    def do_template(self, options):
        from chitieu.exchange.templates import form_template
        from chitieu.periods import Period
        from chitieu.reporting.models import ReportForm

        form = ReportForm.objects.filter(code=options["form"]).first()
        if form is None:
            codes = ", ".join(ReportForm.objects.values_list("code", flat=True)) or "chưa có biểu nào"
            raise CommandError(f"không có biểu báo cáo “{options['form']}” (có: {codes})")
        period = Period.parse(options["period"])
        place = self._place(options["place"], period)
        path = Path(options["output"] or f"mau-{form.code}-{place.code or place.pk}-{str(period).replace('/', '_')}.xlsx")
        path.write_bytes(form_template(form, place, period, targets=options["targets"]))
        self.stdout.write(f"{path}: {form.rows.count()} chỉ tiêu của biểu {form.code}")

    def do_map_element(self, options):
        from chitieu.exchange.services import map_data_element

        mapping = map_data_element(options["indicator"], options["data_element"], modality=options["modality"],
                                   issuer=options["issuer"], category_option_combo=options["coc"],
                                   attribute_option_combo=options["aoc"], unit=options["unit"])
        self.stdout.write(str(mapping))

    def do_map_orgunit(self, options):
        from chitieu.exchange.services import map_org_unit

        self.stdout.write(str(map_org_unit(self._place(options["place"]), options["org_unit"])))
