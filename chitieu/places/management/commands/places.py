import datetime

from django.core.management.base import BaseCommand, CommandError

from chitieu.places.lookup import find_places
from chitieu.places.services import predecessors, successors


def parse_day(text):
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%Y"):
        try:
            day = datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        return day.replace(month=7, day=1) if pattern == "%Y" else day
    raise CommandError(f"--on {text!r}: expected a date such as 2020-06-30, 30/06/2020 or 2020")


class Command(BaseCommand):
    help = (
        "Find administrative units by name (diacritics optional; `huyện`, `xã`, `TT`, `TP`… understood) and print "
        "each candidate with its hierarchy, dates, predecessors and successors. "
        "Example: chitieu places \"Ba Chẽ\" --on 2020"
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="name as written, e.g. 'xã Đạp Thanh' or 'Dap Thanh, Ba Che'")
        parser.add_argument("--on", help="the unit must exist on this date (2020-06-30, 30/06/2020, or a year: 1 July)")
        parser.add_argument("--parent", help="a unit it lies in (any level above), by name")
        parser.add_argument("--level", choices=["province", "district", "commune"])

    def handle(self, *args, name, on=None, parent=None, level=None, **options):
        day = parse_day(on) if on else None
        found = find_places(name, parent=parent, on=day, level=level)
        if not found:
            raise CommandError(f"no administrative unit named {name!r}" + (f" in {parent!r}" if parent else "") + (f" on {day}" if day else ""))
        if len(found) > 1:
            self.stdout.write(f"{len(found)} units match {name!r}; narrow with --on, --parent or a kind word (xã, huyện…):")
        for place in found:
            self.stdout.write("")
            self.stdout.write(self.style.SUCCESS(place.path_name) + f"  [{place.code or '—'}]  {place.validity_label}")
            aliases = ", ".join(a.name for a in place.aliases.all())
            if aliases:
                self.stdout.write(f"  also known as: {aliases}")
            for label, links in (("formed from", predecessors(place)), ("became", successors(place))):
                if links:
                    listed = "; ".join(f"{p.path_name}{'' if s == 'whole' else ' (một phần)'} {p.validity_label}" for p, s in links)
                    self.stdout.write(f"  {label}: {listed}")
            direct = place.successions.select_related("successor")[:1]
            for link in direct:
                self.stdout.write(f"  legal basis: {link.legal_basis} ({link.date:%d/%m/%Y})")
