"""Errors as RFC 9457 problem details: `application/problem+json` with type, title, status, detail, instance
(and `errors`, one per field, for invalid input). Every error the API can give goes through here."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, JsonResponse
from ninja import Schema
from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

TITLES = {
    400: "Yêu cầu không hợp lệ", 401: "Cần khóa API", 403: "Không có quyền", 404: "Không tìm thấy",
    409: "Xung đột trạng thái", 422: "Dữ liệu không hợp lệ", 429: "Quá nhiều yêu cầu", 500: "Lỗi máy chủ",
}


class Problem(Schema):
    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[dict] | None = None


PROBLEM_RESPONSES = {code: Problem for code in (400, 401, 403, 404, 409, 422, 429)}


def problem(request, status: int, detail: str, errors=None, headers=None) -> JsonResponse:
    body = {"type": "about:blank", "title": TITLES.get(status, "Lỗi"), "status": status, "detail": detail,
            "instance": request.path}
    if errors:
        body["errors"] = errors
    response = JsonResponse(body, status=status, content_type="application/problem+json",
                            json_dumps_params={"ensure_ascii": False})
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def _validation_errors(exc: ValidationError) -> list[dict]:
    found = []
    for error in exc.errors:
        where = ".".join(str(part) for part in error.get("loc", ()))
        found.append({"field": where, "message": str(error.get("msg", ""))})
    return found


def install_problem_handlers(api) -> None:
    from chitieu.indicators.services import InvalidValue
    from chitieu.workflow.services import WorkflowError

    @api.exception_handler(ValidationError)
    def invalid_input(request, exc):
        errors = _validation_errors(exc)
        return problem(request, 422, "; ".join(f"{e['field']}: {e['message']}" for e in errors), errors)

    @api.exception_handler(InvalidValue)
    def invalid_value(request, exc):
        return problem(request, 422, f"{exc.field}: {exc.message}", [{"field": exc.field, "message": exc.message}])

    @api.exception_handler(WorkflowError)
    def workflow_conflict(request, exc):
        return problem(request, 409, str(exc))

    @api.exception_handler(AuthenticationError)
    def unauthenticated(request, exc):
        detail = getattr(exc, "detail", None) or "Cần khóa API hợp lệ: Authorization: Bearer <khóa>."
        return problem(request, 401, str(detail), headers={"WWW-Authenticate": 'Bearer realm="chitieu"'})

    @api.exception_handler(PermissionDenied)
    def forbidden(request, exc):
        return problem(request, 403, str(exc) or "Không có quyền tại địa bàn này.")

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return problem(request, 404, "Không tìm thấy.")

    @api.exception_handler(Throttled)
    def throttled(request, exc):
        return problem(request, 429, "Quá nhiều yêu cầu: hãy chờ rồi thử lại.")

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return problem(request, exc.status_code, str(exc))
