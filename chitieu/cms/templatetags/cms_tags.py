from django import template
from django.utils.html import format_html, format_html_join

from chitieu.formatting import vi_number

register = template.Library()


@register.simple_tag
def portal_home(page):
    """The unit home page the page belongs to (None for the directory)."""
    from chitieu.cms.services import unit_home_of

    if page is None or not getattr(page, "pk", None):
        return None
    return unit_home_of(page)


@register.filter
def sections(home):
    from chitieu.cms.services import section_links

    return section_links(home)


@register.filter
def vi_int(value):
    return vi_number(value or 0, 0)


@register.simple_tag(takes_context=True)
def portal_feeds(context, page):
    """<link rel=alternate> to the feeds of the unit's news (or of the category shown)."""
    from chitieu.cms.models import NewsCategoryPage, NewsIndexPage, NewsListMixin
    from chitieu.cms.services import unit_home_of

    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return ""
    target = page if isinstance(page, NewsListMixin) else None
    if target is None:
        home = unit_home_of(page)
        target = home.section(NewsIndexPage) if home else None
    if target is None:
        return ""
    base = target.get_url(request)
    title = target.title
    return format_html_join("", '<link rel="alternate" type="{}" title="{}" href="{}{}">', [
        ("application/rss+xml", f"{title} (RSS)", base, "rss/"),
        ("application/atom+xml", f"{title} (Atom)", base, "atom/"),
    ])
