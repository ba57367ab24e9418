from django import template

from chitieu.criteria.boards import COMPARISON_SIGNS
from chitieu.formatting import vi_average

register = template.Library()


@register.filter
def vi_number(value):
    """19 → 19, 50.333 → 50,3."""
    if value is None or value == "":
        return "—"
    return vi_average(value)


@register.filter
def comparison_sign(comparison):
    return COMPARISON_SIGNS.get(comparison, comparison)


@register.filter
def met_mark(value):
    return {True: "✔", False: "✘"}.get(value, "·")


@register.filter
def met_class(value):
    return {True: "met", False: "not-met"}.get(value, "unknown")
