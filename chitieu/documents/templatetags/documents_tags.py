from django import template

from chitieu.documents.services import format_number

register = template.Library()


@register.filter
def vi_number(value):
    """35200000000 → 35.200.000.000; 82.2 → 82,2."""
    if value is None or value == "":
        return "—"
    return format_number(value)
