"""One place where the parameters of every request are checked before any view sees them.

Page numbers, ids and dates arrive from anyone's address bar. A number too large for the database's
integer (SQLite and PostgreSQL stop at 2**63 - 1) used to end in a 500; a page beyond the last one made
queries with absurd offsets. Here, for every request:

- an id in the URL path (`/p/<int:pk>/`, the admin's `<path:object_id>`) beyond the database's integer
  answers 404, as a missing row does;
- a page number (`page`, the admin's `p`) must be a whole number from 1 to the `page_max` limit: malformed
  → 400, beyond the limit → 404;
- an id in the query string (`document`, `id`, `pk`, `claim`, `place`, `indicator`, `…_id`, `…__exact` of
  the admin's filters) must be a whole number that fits the database's integer: otherwise 400;
- a date (`on`, `date`, `date_from`, `date_to`) must be YYYY-MM-DD: otherwise 400;
- no parameter may hold a NUL character (no database text can): otherwise 400;
- a request body larger than the `request_bytes` limit answers 413 before it is read.
Views downstream may therefore take `int(request.GET["page"])` at its word.
"""

import datetime
import re

from django.core.exceptions import BadRequest
from django.http import Http404

from chitieu.core.limits import limit

DATABASE_INTEGER_MAX = 2**63 - 1
PAGE_PARAMETERS = {"page", "p"}
ID_PARAMETERS = {"document", "id", "pk", "claim", "place", "indicator", "value", "user"}
DATE_PARAMETERS = {"on", "date", "date_from", "date_to"}
_DIGITS = re.compile(r"^\d+$")
_ID_SUFFIXES = ("_id", "__id", "__exact", "__pk")


class RequestTooLarge(BadRequest):
    """The request body is larger than the `request_bytes` limit (answered 413)."""


def _is_id_key(key):
    return key in ID_PARAMETERS or key.endswith(_ID_SUFFIXES)


def check_page(value):
    """A page number as the guard accepts it (empty stays empty)."""
    value = value.strip()
    if not value:
        return
    if not _DIGITS.match(value) or len(value) > 30:
        raise BadRequest(f"page number {value[:40]!r} is not a whole number")
    number = int(value)
    if number < 1:
        raise BadRequest("page numbers start at 1")
    if number > limit("page_max"):
        raise Http404("page beyond the last one")


def check_id(value):
    value = value.strip()
    if not value:
        return
    # An admin filter may hold several ids separated by commas (`id__in`); each must fit.
    for part in value.split(","):
        part = part.strip()
        if not _DIGITS.match(part) or len(part) > 30 or int(part) > DATABASE_INTEGER_MAX:
            raise BadRequest(f"id {part[:40]!r} is not a whole number the database can hold")


def check_date(value):
    value = value.strip()
    if not value:
        return
    try:
        if len(value) != 10:
            raise ValueError
        datetime.date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"date {value[:40]!r} is not YYYY-MM-DD") from None


def check_query(query):
    for key, values in query.lists():
        for value in values:
            if "\x00" in key or "\x00" in value:  # no database text may hold it (PostgreSQL refuses it)
                raise BadRequest(f"parameter {key[:40]!r} holds a NUL character")
            if key in PAGE_PARAMETERS:
                check_page(value)
            elif key in DATE_PARAMETERS:
                check_date(value)
            elif _is_id_key(key) and key != "id__in":
                if _DIGITS.match(value.strip() or "0"):
                    check_id(value)
                elif key in ID_PARAMETERS or key.endswith(("_id", "__id", "__pk")):
                    raise BadRequest(f"{key} must be a whole number")
            if key == "id__in" or key.endswith("_id__in"):
                check_id(value)


def check_path(view_kwargs):
    """An id in the path beyond the database's integer is a row that cannot exist: 404."""
    for value in view_kwargs.values():
        if isinstance(value, bool):
            continue
        if isinstance(value, int) and not 0 <= value <= DATABASE_INTEGER_MAX:
            raise Http404("id beyond the database's integer")
        if isinstance(value, str) and _DIGITS.match(value) and (len(value) > 19 or int(value) > DATABASE_INTEGER_MAX):
            raise Http404("id beyond the database's integer")


def check_body_size(request):
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise BadRequest("Content-Length is not a number") from None
    if length > limit("request_bytes"):
        raise RequestTooLarge(f"request body of {length} bytes is above the limit")


class RequestGuard:
    """Middleware: the checks above, before the view (and the body) is touched."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        check_body_size(request)
        check_query(request.GET)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        check_path(view_kwargs)
        for value in view_args:
            check_path({"arg": value})
        return None
