"""What django-simple-history keeps beside each past version of a value: from where the change came.

`history_user` (who), `history_date` (when) and `history_change_reason` (why) are the library's own;
`history_via` says through what: `screen`, `admin`, `import:values.csv:12`, `claim:345`, `command`…"""

from django.db import models
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from simple_history.signals import pre_create_historical_record


class ValueChangeContext(models.Model):
    history_via = models.CharField(_("qua"), max_length=200, blank=True, default="")

    class Meta:
        abstract = True


def mark_change(instance, *, user=None, reason="", via=""):
    """Tell the history what the next save of `instance` is: by whom, why, through what."""
    instance._history_user = user if getattr(user, "pk", None) else None
    instance._change_reason = reason or ""
    instance._history_via = (via or "")[:200]
    return instance


@receiver(pre_create_historical_record)
def _copy_via(sender, instance, history_instance, **kwargs):
    history_instance.history_via = getattr(instance, "_history_via", "") or ""
