"""Whole public pages for anonymous visitors, served from the cache before sessions, users or the database.

A GET of a page of settings.CHITIEU_CACHED_PAGES (the place pages, the dashboards, the home page, the
search of places and documents, the public API) by a visitor without a session or an Authorization header
is answered from settings.CACHES["public"] when the same page was rendered at the current public data
version (chitieu.pagecache.services), for the same host, path and query string and the same language —
the only display preference a visitor without a session has (the language cookie). Only a 200 answer that
sets no cookie, carries no form token and is not marked private is kept; it carries an ETag, and a visitor
who sends it back gets 304. A hit costs two reads of the file cache and no query: what the page shows is
decided once per public data version, and stays true because every approval (every write the public can
see) draws a new version. Hits skip the rate limits of the pages behind: they cost nothing to serve.

Answers carry `X-Chitieu-Cache: hit` or `miss` (the benchmarks count them).
"""

import hashlib
import re

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control

from chitieu.pagecache.services import _cache, public_data_version

HEADER = "X-Chitieu-Cache"
# Headers not stored: the outer middleware (security, CSP, error id) add theirs to every answer.
NOT_STORED = {"set-cookie", "content-length", "x-request-id"}


def _patterns():
    return [re.compile(pattern) for pattern in getattr(settings, "CHITIEU_CACHED_PAGES", [])]


def _anonymous(request):
    cookies = request.COOKIES
    return not (settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies
                or "HTTP_AUTHORIZATION" in request.META)


def page_key(request):
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")[:10]
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(f"{language}|{address}".encode()).hexdigest()[:32]
    return f"chitieu:page:{public_data_version()}:{digest}"


class PublicPageCache:
    def __init__(self, get_response):
        self.get_response = get_response
        self.patterns = _patterns()

    def __call__(self, request):
        if request.method != "GET" or not _anonymous(request) or not any(
                p.match(request.path_info) for p in self.patterns):
            return self.get_response(request)
        key = page_key(request)
        cache = _cache()
        stored = cache.get(key)
        if stored is not None:
            return self._answer(request, stored, "hit")
        response = self.get_response(request)
        if not self._keepable(response):
            return response
        patch_cache_control(response, no_cache=True)  # browsers revalidate with the ETag: pages change on approval
        stored = {"status": response.status_code, "content": response.content,
                  "headers": [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED]}
        stored["etag"] = '"' + hashlib.sha256(stored["content"]).hexdigest()[:24] + '"'
        cache.set(key, stored, getattr(settings, "CHITIEU_PAGE_SECONDS", 3600))
        response["ETag"] = stored["etag"]
        response[HEADER] = "miss"
        return response

    def _keepable(self, response):
        if response.status_code != 200 or response.cookies or response.streaming:
            return False
        if "private" in response.get("Cache-Control", "") or "no-store" in response.get("Cache-Control", ""):
            return False
        return b"csrfmiddlewaretoken" not in response.content  # a form's token belongs to one visitor

    def _answer(self, request, stored, how):
        if request.META.get("HTTP_IF_NONE_MATCH") == stored["etag"]:
            response = HttpResponseNotModified()
            response["ETag"] = stored["etag"]
        else:
            response = HttpResponse(stored["content"], status=stored["status"])
            for name, value in stored["headers"]:
                response[name] = value
            response["ETag"] = stored["etag"]
        response[HEADER] = how
        return response
