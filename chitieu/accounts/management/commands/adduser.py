import secrets

from django.core.management.base import BaseCommand, CommandError

from chitieu.accounts.services import ROLES, UnknownRole, create_user, ensure_roles
from chitieu.places.lookup import AmbiguousPlace, PlaceNotFound, resolve_place

COUNTRY_WORDS = {"toàn quốc", "toan quoc", "country", "vn"}


class Command(BaseCommand):
    help = "Create a staff account with a role held at places (or change the role, places and password of one)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=ROLES, help="clerk, reviewer, approver, editor, moderator or admin")
        parser.add_argument(
            "--place", action="append", default=[], metavar="PLACE",
            help="where the role is held (a name such as 'huyện Ba Chẽ' or 'xã Đạp Thanh, Ba Chẽ', or a code); "
                 "repeat for several; 'toàn quốc' for the whole country. Required except for admin.",
        )
        parser.add_argument("--password", help="default: a random password, printed once")
        parser.add_argument("--email", default="")

    def handle(self, username, role, place=(), password=None, email="", **options):
        ensure_roles(log=lambda *a: None)
        if role != "admin" and not place:
            raise CommandError("--place is required: where does this role hold? ('toàn quốc' for the whole country)")
        places = [self._place(text) for text in place]
        generated = not password
        password = password or secrets.token_urlsafe(12)
        fields = {"email": email} if email else {}
        try:
            user = create_user(username, role, password=password, places=places, **fields)
        except UnknownRole as error:
            raise CommandError(str(error)) from error
        where = ", ".join(p.path_name if p else "toàn quốc" for p in places) or "toàn quốc"
        self.stdout.write(self.style.SUCCESS(f"{user.username}: {role} · {where}"))
        if generated:
            self.stdout.write(f"mật khẩu: {password}")

    def _place(self, text):
        if text.strip().lower() in COUNTRY_WORDS:
            return None
        from chitieu.places.models import Place

        by_code = list(Place.objects.filter(code=text.strip()))
        if len(by_code) == 1:
            return by_code[0]
        try:
            return resolve_place(text.strip())
        except (PlaceNotFound, AmbiguousPlace) as error:
            raise CommandError(f"--place {text!r}: {error}") from error
