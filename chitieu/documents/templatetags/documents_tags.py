from django import template

from chitieu.documents.services import format_number

register = template.Library()


@register.filter
def vi_number(value):
    """35200000000 → 35.200.000.000; 82.2 → 82,2."""
    if value is None or value == "":
        return "—"
    return format_number(value)


@register.filter
def confidence_percent(value):
    """0.853 → 85%: the extractor's confidence as a reviewer reads it."""
    if value is None or value == "":
        return "—"
    return f"{round(float(value) * 100)}%"


@register.filter
def web_address(url):
    """The address if it is a web one (http, https), else "": a stored `javascript:` address never becomes a link."""
    from chitieu.documents.services import is_web_address

    return url if url and is_web_address(str(url)) else ""
