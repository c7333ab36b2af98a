"""One NinjaAPI for the whole site: every app's router under /api/v1/."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

from anagen import __version__
from anagen.api_errors import unreadable_body
from anagen.assessment.api import router as assessment_router
from anagen.claims.api import router as claims_router
from anagen.community.api import router as community_router
from anagen.knowledge.api import router as knowledge_router
from anagen.products.api import router as products_router
from anagen.web.search_views import router as search_router

api = NinjaAPI(
    title="anagen API",
    version=__version__,
    description="Evidence-graded hair-loss knowledge: conditions, treatments and their grades.",
    urls_namespace="api-1",
)
api.add_router("/", knowledge_router)
api.add_router("/", assessment_router)
api.add_router("/", products_router)
api.add_router("/", claims_router)
api.add_router("/", community_router)
api.add_router("/", search_router)


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return api.create_response(request, {"detail": exc.errors}, status=422)


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    detail = unreadable_body(exc.__cause__, request.content_type or "") or str(exc)
    return api.create_response(request, {"detail": detail}, status=exc.status_code)
