import secrets

from django.core.management.base import BaseCommand, CommandError

from chitieu.accounts.services import ROLES, UnknownRole, create_user, ensure_roles


class Command(BaseCommand):
    help = "Create a staff account with a role (or change the role and password of an existing one)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=ROLES, help="clerk, reviewer, approver or admin")
        parser.add_argument("--password", help="default: a random password, printed once")
        parser.add_argument("--email", default="")

    def handle(self, username, role, password=None, email="", **options):
        ensure_roles(log=lambda *a: None)
        generated = not password
        password = password or secrets.token_urlsafe(12)
        fields = {"email": email} if email else {}
        try:
            user = create_user(username, role, password=password, **fields)
        except UnknownRole as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"{user.username}: {role}"))
        if generated:
            self.stdout.write(f"mật khẩu: {password}")
