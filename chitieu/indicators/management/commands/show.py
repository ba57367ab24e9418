from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from chitieu.indicators.derived import place_table
from chitieu.indicators.display import row_text
from chitieu.periods import parse_period
from chitieu.places.lookup import AmbiguousPlace, PlaceNotFound, resolve_place


class Command(BaseCommand):
    help = (
        "Print a place's indicator table — latest result, each target and how much of it is reached, growth "
        "against the same period — the same figures as its page. Example: chitieu show \"huyện Ba Chẽ\""
    )

    def add_arguments(self, parser):
        parser.add_argument("place", help="a place name as written (diacritics optional), e.g. 'Ba Chẽ' or 'xã Đạp Thanh'")
        parser.add_argument("--period", help="only results of this period (2020, 2020-01/2020-09…)")
        parser.add_argument("--language", default="vi", choices=["vi", "en"])
        parser.add_argument(
            "--drafts", action="store_true",
            help="also the values not approved yet (drafts, submitted, returned), each marked with its state; "
                 "without it, exactly what the public page shows",
        )

    def handle(self, *args, place, period=None, language="vi", drafts=False, **options):
        try:
            # With a period, the name means the unit of that time: "Ba Chẽ" in 2020 is the district.
            on = parse_period(period).start if period else None
        except ValueError as error:
            raise CommandError(f"--period: {error}") from None
        try:
            found = resolve_place(place, on=on)
        except PlaceNotFound as error:
            raise CommandError(str(error)) from None
        except AmbiguousPlace as error:
            names = "\n  ".join(f"{p.path_name} [{p.code or '—'}] {p.validity_label}" for p in error.candidates)
            raise CommandError(f"{error}\n  {names}") from None
        try:
            rows = place_table(found, period, drafts=drafts)
        except ValueError as error:
            raise CommandError(f"--period: {error}") from None
        with translation.override(language):
            self.stdout.write(self.style.SUCCESS(found.path_name))
            if not rows:
                self.stdout.write("  (chưa có số liệu)" if language == "vi" else "  (no values yet)")
            for row in rows:
                text = row_text(row)
                result = f"{text.result} ({text.modality})" if text.result else "—"
                self.stdout.write(f"\n  {text.name} · {text.period}: {result}{_mark(row.result)}")
                for target, progress in zip(text.targets, row.targets):
                    self.stdout.write(f"    {target.label}" + (f" — {target.progress}" if target.progress else "")
                                      + _mark(progress.target))
                for line, value in zip(text.expected, row.expected):
                    self.stdout.write(f"    {line}{_mark(value)}")
                if text.growth:
                    self.stdout.write(f"    {text.growth}")
                if text.rollup:
                    self.stdout.write(f"    {text.rollup}")
                if text.source:
                    self.stdout.write(f"    ← {text.source}")


def _mark(value) -> str:
    """` [nháp]`, ` [đã gửi duyệt]`, ` [trả lại]` after a value the public does not see; nothing otherwise."""
    if value is None or value.state == value.State.APPROVED:
        return ""
    return f" [{value.get_state_display().lower()}]"
