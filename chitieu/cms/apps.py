from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "chitieu.cms"
    label = "cms"
    verbose_name = _("Cổng thông tin đơn vị")

    def ready(self):
        from chitieu.cms import signals  # noqa: F401  (editors' site groups follow their place roles)
