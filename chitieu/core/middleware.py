from django.conf import settings


def vietnamese_first(get_response):
    """Serve Vietnamese until the visitor picks another language with the switch: the browser's
    Accept-Language is ignored, so an English-configured browser still sees the Vietnamese interface."""

    def middleware(request):
        if settings.LANGUAGE_COOKIE_NAME not in request.COOKIES:
            request.META.pop("HTTP_ACCEPT_LANGUAGE", None)
        return get_response(request)

    return middleware
