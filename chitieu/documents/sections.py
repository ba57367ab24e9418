"""The documents' part of a place page: the documents about the place, newest first."""

from django.db.models import Q
from django.utils.translation import gettext as _

from chitieu.documents.models import Document

SHOWN = 10


def place_documents(place, on_date, request):
    documents = (
        Document.objects.filter(Q(place=place) | Q(claims__place=place))
        .distinct().order_by("-published_on", "-id")
    )
    if on_date is not None:
        documents = documents.filter(Q(published_on__isnull=True) | Q(published_on__lte=on_date))
    shown = list(documents[: SHOWN + 1])
    if not shown:
        return None
    return {
        "title": _("Văn bản về %s") % place.name,
        "template": "documents/_place_documents.html",
        "context": {"documents": shown[:SHOWN], "more": len(shown) > SHOWN, "place": place},
    }
