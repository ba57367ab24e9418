"""What a visitor sees when something goes wrong, and what the operator's log keeps.

Every request gets a short error id (`request.error_id`, also in the `X-Request-Id` response header). An
error page shows it, in Vietnamese, and nothing else of the failure; the log line of the same request
(stderr, or CHITIEU_LOG_FILE) carries the same id and, for a 500, the traceback. So a visitor quotes the id
and the operator finds the traceback — no stack, setting or environment ever reaches the visitor."""

import logging
import secrets

from django.core.exceptions import BadRequest
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext_lazy as _

from chitieu.core.guard import RequestTooLarge

logger = logging.getLogger("chitieu.errors")


def new_error_id() -> str:
    return secrets.token_hex(5)


def error_id_of(request) -> str:
    if request is None:
        return "-"
    if not getattr(request, "error_id", None):
        request.error_id = new_error_id()
    return request.error_id


class ErrorIdMiddleware:
    """Gives each request its id; answers a request body over the limit with 413 (the guard raises it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        error_id_of(request)
        response = self.get_response(request)
        response.setdefault("X-Request-Id", request.error_id)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, RequestTooLarge):
            logger.warning("request too large: %s [%s]", exception, error_id_of(request))
            return render_error(request, 413)
        return None


class ErrorIdFilter(logging.Filter):
    """Adds `error_id` to every log record: the id of the request the record is about, or '-'."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if not hasattr(record, "error_id"):
            record.error_id = getattr(request, "error_id", None) or "-"
        return True


MESSAGES = {
    400: (_("Yêu cầu không hợp lệ"), _("Địa chỉ hoặc dữ liệu gửi lên không đúng dạng (ví dụ: số trang, mã số hoặc ngày không hợp lệ).")),
    403: (_("Không có quyền truy cập"), _("Tài khoản của bạn không có quyền xem hoặc làm việc này.")),
    404: (_("Không tìm thấy trang"), _("Trang hoặc mục bạn tìm không có, hoặc đã bị xóa.")),
    413: (_("Tệp quá lớn"), _("Dữ liệu gửi lên vượt quá giới hạn cho phép.")),
    429: (_("Quá nhiều yêu cầu"), _("Bạn gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy thử lại sau ít phút.")),
    500: (_("Lỗi hệ thống"), _("Đã có lỗi xảy ra phía máy chủ. Lỗi đã được ghi lại để quản trị viên xử lý.")),
}


API_PATH = "/api/"  # its clients read errors as RFC 9457 problem details, as the API's own handlers write them


def render_error(request, status, template="core/error.html"):
    """The plain page of an error: its title, one sentence, the id to quote. Nothing of the failure."""
    title, message = MESSAGES[status]
    context = {"status": status, "title": str(title), "message": str(message), "error_id": error_id_of(request)}
    if request is not None and request.path.startswith(API_PATH):
        response = JsonResponse({"type": "about:blank", "title": context["title"], "status": status,
                                 "detail": context["message"], "instance": request.path}, status=status,
                                content_type="application/problem+json", json_dumps_params={"ensure_ascii": False})
        response["X-Request-Id"] = context["error_id"]
        return response
    try:
        body = loader.render_to_string(template, context, request if status != 500 else None)
    except Exception:  # the page of an error must not fail in turn (a template or database down)
        logger.exception("error page %s could not be rendered [%s]", status, context["error_id"])
        body = f"<!doctype html><meta charset=utf-8><title>{status}</title><h1>{context['title']}</h1><p>{context['message']}</p><p>Mã lỗi: {context['error_id']}</p>"
    response = HttpResponse(body, status=status, content_type="text/html; charset=utf-8")
    response["X-Request-Id"] = context["error_id"]
    return response


def bad_request(request, exception=None):
    if isinstance(exception, RequestTooLarge):
        return render_error(request, 413)
    return render_error(request, 400)


def permission_denied(request, exception=None):
    return render_error(request, 403)


def page_not_found(request, exception=None):
    return render_error(request, 404)


def server_error(request):
    # django.request has already logged the traceback with this request (and so its id).
    return render_error(request, 500, template="core/error_500.html")


def csrf_failure(request, reason=""):
    logger.warning("CSRF failure: %s [%s]", reason, error_id_of(request))
    return render_error(request, 403)


def too_many_requests(request, exception=None):
    return render_error(request, 429)


__all__ = ["BadRequest", "bad_request", "permission_denied", "page_not_found", "server_error", "csrf_failure"]
