"""Reading a dashboard as a visitor sees it, for the dashboards' tests."""

import re

from django.urls import reverse


def page(visitor, place, **params):
    response = visitor.get(reverse("dashboards:place", args=[place.pk]), params)
    assert response.status_code == 200
    return response.content.decode()


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
