from django import template
from django.utils.translation import get_language

from chitieu.formatting import vi_amount

register = template.Library()


@register.filter
def amount(value, unit):
    """A stored value as people read it: `29,577 tỷ đồng` (chitieu.formatting)."""
    if value is None:
        return ""
    return vi_amount(value, unit, language="en" if (get_language() or "vi").startswith("en") else "vi")
