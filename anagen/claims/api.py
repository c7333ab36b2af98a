"""POST /api/v1/claims/check: text in, every health claim graded out. Nothing is stored."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Router, Schema
from pydantic import ConfigDict

from anagen.api_errors import INVALID
from anagen.claims.engine import check_claims
from anagen.claims.report import report_json
from anagen.knowledge import runtime
from anagen.products.vocab import RegulatoryType

router = Router(tags=["claims"])
MAX_CHARS = 200_000


class ClaimsIn(Schema):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., max_length=MAX_CHARS)
    # an enum, so a typo ("RX_DRUG", "supplemnt") is refused with 422 instead of ignored
    product_type: RegulatoryType | None = Field(
        None, description="rx_drug, otc_drug, supplement, cosmetic or device_cleared"
    )


class FindingOut(Schema):
    start: int
    end: int
    quote: str
    entity: str
    kind: str
    verdict: str
    explanation: str
    sources: list[str]
    hedged: bool


class ClaimsOut(Schema):
    findings: list[FindingOut]
    version: str


@router.post("/claims/check", response={200: ClaimsOut, **INVALID})
def check(request: HttpRequest, body: ClaimsIn) -> dict[str, Any]:
    """DESIGN.md, Claim check: findings with character offsets into the text."""
    return report_json(
        check_claims(
            body.text, runtime.get_kb(), str(body.product_type) if body.product_type else None
        )
    )
