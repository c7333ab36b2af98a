"""Request guards that answer before any view runs, and headers added to every response."""

from __future__ import annotations

from collections.abc import Callable
from http import HTTPStatus

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.middleware.common import CommonMiddleware
from django.shortcuts import render

CSP_HEADERS = (HEADER, HEADER_REPORT_ONLY)


def refuse(
    request: HttpRequest, detail: str, status: int, api_status: int | None = None
) -> HttpResponse:
    """The API answers in JSON (its clients parse `detail`); pages answer in plain text."""
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": detail}, status=api_status or status)
    return HttpResponse(detail, status=status, content_type="text/plain; charset=utf-8")


class ApiErrorsAsJsonMiddleware:
    """Every API error is JSON {"detail": ...}, also those answered outside the API's views:
    an unknown /api/ path (Django's HTML 404 page), a wrong method (django-ninja's plain-text
    405) or a crash (the HTML 500 page). API clients parse `detail`; they cannot parse HTML."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code < 400
            or not request.path.startswith("/api/")
            or response.get("Content-Type", "").startswith("application/json")
        ):
            return response
        if response.status_code == 405:
            detail = f"{request.method} is not allowed here; use {response.get('Allow', '')}"
        elif response.status_code == 404:
            detail = f"no API route at {request.path}; see /api/v1/docs"
        else:
            detail = HTTPStatus(response.status_code).phrase
        answer = JsonResponse({"detail": detail}, status=response.status_code)
        if "Allow" in response:
            answer["Allow"] = response["Allow"]
        return answer


class MethodNotAllowedPageMiddleware:
    """A wrong method on a page (a GET of a form's POST-only address, a POST to an article)
    gets a page that says so and links on, not Django's empty 405 body; the Allow header stays."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or request.path.startswith("/api/") or response.content:
            return response
        allowed = response.get("Allow", "")
        page = render(
            request, "405.html", {"method": request.method, "allowed": allowed}, status=405
        )
        page["Allow"] = allowed
        return page


class BodySizeLimitMiddleware:
    """Refuse oversized request bodies early with 413, before any view reads them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            return refuse(
                request, f"request body is {length} bytes; the limit is {limit} bytes", 413
            )
        return self.get_response(request)


class NulCharacterMiddleware:
    """Refuse query parameters holding NUL characters with a clear error.

    No text on the site can contain NUL, and PostgreSQL refuses it in text columns, so
    without this a search or filter containing %00 would fail deep inside a query.
    Django's form fields already refuse NUL in submitted forms; this covers the query string.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        for key, values in request.GET.lists():
            if "\x00" in key or any("\x00" in value for value in values):
                detail = "query parameters must not contain NUL characters"
                return refuse(request, detail, 400, api_status=422)
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Browser features the site never uses are switched off for every response."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class StaticCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the policy worked out once.

    Our policy has no nonces and no per-view overrides, so every response gets the same header;
    django-csp builds it anew each time, which cost about a tenth of a cached page. A response
    that does carry an override, or a request that used a nonce, still goes the library's way.
    """

    # Set on the response object by django-csp's decorators; read from its __dict__, as a
    # failed hasattr() formats an AttributeError, eight times per response.
    OVERRIDES = frozenset(
        f"_csp_{kind}{ro}"
        for kind in ("config", "update", "replace", "exempt")
        for ro in ("", "_ro")
    )

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        super().__init__(get_response)
        self.headers: list[tuple[str, str]] | None = None
        policies = ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
        self.plain = not any(
            (getattr(settings, p, None) or {}).get("EXCLUDE_URL_PREFIXES") for p in policies
        )

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        special = (
            not self.plain
            or request.__dict__.get("_csp_nonce") is not None
            or not self.OVERRIDES.isdisjoint(response.__dict__)
            or CSP_HEADERS[0] in response
            or CSP_HEADERS[1] in response
        )
        if special or self.headers is None:
            response = super().process_response(request, response)
            if not special:
                self.headers = [(h, response[h]) for h in CSP_HEADERS if h in response]
            return response
        for header, value in self.headers:
            response[header] = value
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # as the library
        return response


class HostOnceCommonMiddleware(CommonMiddleware):
    """Django's CommonMiddleware, with the request's host worked out once.

    It validates the host (get_host) on every request, and every page asks again for its own
    address (og:url); the check against ALLOWED_HOSTS costs as much the second time. A host that
    is not allowed raises DisallowedHost here, as Django's check would (before the user-agent
    check, which the site does not use: DISALLOWED_USER_AGENTS is empty).
    """

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        host = request.get_host()
        request.get_host = lambda: host  # type: ignore[method-assign]
        return super().process_request(request)
