"""`chitieu token create USER [--name N]` · `chitieu token list [USER]` · `chitieu token revoke ID`"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from chitieu.api.models import ApiToken
from chitieu.api.services import TokenError, create_token, revoke_token


class Command(BaseCommand):
    help = "Khóa API: tạo (hiện một lần), liệt kê, thu hồi"

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="tạo khóa mới cho một người dùng")
        create.add_argument("user")
        create.add_argument("--name", default="", help="dùng để làm gì")
        listing = actions.add_parser("list", help="các khóa (của một người dùng)")
        listing.add_argument("user", nargs="?")
        revoke = actions.add_parser("revoke", help="thu hồi một khóa theo số hiệu")
        revoke.add_argument("id", type=int)

    def handle(self, *args, **options):
        action = options["action"]
        if action == "create":
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"không có người dùng “{options['user']}”")
            try:
                token, key = create_token(user, options["name"])
            except TokenError as error:
                raise CommandError(str(error)) from None
            self.stdout.write(key)
            self.stderr.write(f"khóa #{token.pk} của {user}: chỉ hiện một lần — hãy lưu lại ngay. "
                              f"Dùng: Authorization: Bearer <khóa>")
        elif action == "list":
            tokens = ApiToken.objects.select_related("user")
            if options["user"]:
                tokens = tokens.filter(user__username=options["user"])
            for token in tokens:
                state = f"thu hồi {token.revoked_at:%d/%m/%Y}" if token.revoked_at else "đang dùng"
                used = f"{token.last_used_at:%d/%m/%Y %H:%M}" if token.last_used_at else "chưa dùng"
                self.stdout.write(f"#{token.pk}\t{token.prefix}…\t{token.user}\t{token.name}\t{state}\t{used}")
        else:
            token = ApiToken.objects.filter(pk=options["id"]).first()
            if token is None:
                raise CommandError(f"không có khóa #{options['id']}")
            revoke_token(token)
            self.stdout.write(f"đã thu hồi khóa #{token.pk} ({token.prefix}…)")
