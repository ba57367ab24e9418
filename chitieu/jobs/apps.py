from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    name = "chitieu.jobs"
    verbose_name = _("Công việc chạy nền")
