from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowConfig(AppConfig):
    name = "chitieu.workflow"
    verbose_name = _("Quy trình báo cáo")
    default_auto_field = "django.db.models.BigAutoField"
