"""`chitieu create_portal PLACE…`: make the portal of a unit (province, commune), or of every commune of a
province with --communes."""

from django.core.management.base import BaseCommand, CommandError

from chitieu.cms import services
from chitieu.places.lookup import find_places


class Command(BaseCommand):
    help = "Tạo cổng thông tin cho đơn vị (tỉnh, xã); --communes: cho mọi xã của tỉnh"

    def add_arguments(self, parser):
        parser.add_argument("places", nargs="+", metavar="PLACE", help="tên đơn vị: 'Quảng Ninh', 'Ba Chẽ, Quảng Ninh'")
        parser.add_argument("--communes", action="store_true", help="cả cổng của mọi xã, phường đang tồn tại của tỉnh")

    def handle(self, *args, places, communes, **options):
        from django.utils import timezone

        today = timezone.localdate()
        for name in places:
            found = find_places(name, on=today)
            if len(found) != 1:
                listed = "; ".join(p.path_name for p in found[:5]) or "không có"
                raise CommandError(f"“{name}”: cần đúng một đơn vị đang tồn tại (tìm thấy: {listed})")
            place = found[0]
            services.create_portal(place, log=self.stdout.write)
            if communes:
                for unit in place.children.filter(valid_to__isnull=True).order_by("name"):
                    services.create_portal(unit, log=self.stdout.write)
