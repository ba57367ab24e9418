import sys
import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from chitieu.indicators.models import DataValue
from chitieu.indicators.transfer import export_values, write_template


class Command(BaseCommand):
    help = (
        "Export values to a .csv or .xlsx file in the import layout (export → import gives the same values). "
        "With --template, write an empty file of the layout with example rows instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default="-", help="FILE.csv or FILE.xlsx; - (default) writes CSV to stdout")
        parser.add_argument("--indicator", action="append", help="only this indicator code (repeatable)")
        parser.add_argument("--place-code", action="append", help="only this place code (repeatable)")
        parser.add_argument("--template", action="store_true", help="write the empty import template")

    def handle(self, *args, file="-", indicator=None, place_code=None, template=False, **options):
        if file != "-" and Path(file).suffix.lower() not in (".csv", ".xlsx"):
            raise CommandError("FILE must end in .csv or .xlsx")
        values = DataValue.objects.all()
        if indicator:
            values = values.filter(indicator__code__in=indicator)
        if place_code:
            values = values.filter(place__code__in=place_code)
        if file == "-":
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "values.csv"
                write_template(path) if template else export_values(path, values)
                sys.stdout.write(path.read_text(encoding="utf-8-sig"))
            return
        if template:
            write_template(file)
            self.stdout.write(f"{file}: mẫu nhập số liệu")
            return
        count = export_values(file, values)
        self.stdout.write(self.style.SUCCESS(f"{file}: {count} số liệu"))
