"""RSS and Atom feeds of a unit's news, or of one category."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed


class NewsFeed(Feed):
    def __init__(self, page, kind="rss"):
        super().__init__()
        self.page = page
        self.feed_type = Atom1Feed if kind == "atom" else Rss201rev2Feed
        self.language = "vi"

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        from chitieu.cms.services import unit_home_of

        home = unit_home_of(self.page)
        return f"{self.page.title} · {home.place.full_name}" if home else self.page.title

    def link(self):
        return self.page.get_url(self.request)

    def description(self):
        return self.title()

    def items(self):
        return self.page.articles().only("title", "url_path", "date", "lead", "author", "path")[:30]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.date

    def item_author_name(self, item):
        return item.author or None
