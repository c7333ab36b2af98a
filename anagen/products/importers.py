"""Read product catalogues into plain rows: a documented CSV, and Open Beauty Facts JSONL.

Pure: every row is either a clean `ImportRow` or a `RowError` naming its row number, field and
reason. Nothing here writes; `services.import_products` does.

CSV header (UTF-8, comma-separated, first line):
    name,brand,form,regulatory_type,label_text[,slug,conditions,marketing_text,price_band,source_url]
`conditions` is a ;-separated list of condition slugs. `slug` defaults to brand + name.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from anagen.knowledge.vocab import CostBand
from anagen.products.vocab import Form, RegulatoryType

CSV_REQUIRED = ("name", "brand", "form", "regulatory_type", "label_text")
CSV_OPTIONAL = ("slug", "conditions", "marketing_text", "price_band", "source_url")
MAX_FIELD = 20_000
MAX_SLUG = 120  # the product's slug and code columns
# Bytes that were not UTF-8 survive decoding (errors="surrogateescape") as lone surrogates.
_UNDECODED = re.compile("[\udc80-\udcff]")
_FORMS = frozenset(str(f) for f in Form)
_TYPES = frozenset(str(t) for t in RegulatoryType)
_BANDS = frozenset(str(b) for b in CostBand)
_HTTPS = re.compile(r"https://\S+")
OBF_FORMS = {
    "shampoo": "shampoo",
    "conditioner": "conditioner",
    "serum": "serum",
    "lotion": "solution",
    "spray": "spray",
    "supplement": "capsule",
    "foam": "foam",
    "oil": "serum",
    "tonic": "solution",
}


@dataclass(frozen=True)
class ImportRow:
    number: int
    slug: str
    code: str
    name: str
    brand: str
    form: str
    regulatory_type: str
    label_text: str
    conditions: tuple[str, ...] = ()
    marketing_text: str = ""
    price_band: str | None = None
    sources: tuple[dict[str, str], ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class RowError:
    number: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"row {self.number}: {self.field}: {self.reason}"


class FileError(Exception):
    """The file as a whole cannot be read (not a row problem)."""


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:110] or "product"


def _text(value: object, name: str, number: int, required: bool) -> tuple[str, RowError | None]:
    text = "" if value is None else str(value).strip()
    if _UNDECODED.search(text):
        return "", RowError(number, name, "is not valid UTF-8")
    if required and not text:
        return "", RowError(number, name, "is required")
    if len(text) > MAX_FIELD:
        return "", RowError(number, name, f"is longer than {MAX_FIELD} characters")
    if "\x00" in text:
        return "", RowError(number, name, "contains a NUL character")
    return text, None


def _check_row(
    number: int, data: dict[str, object], known_conditions: set[str]
) -> ImportRow | RowError:
    values: dict[str, str] = {}
    for name in (*CSV_REQUIRED, *CSV_OPTIONAL):
        text, error = _text(data.get(name), name, number, name in CSV_REQUIRED)
        if error:
            return error
        values[name] = text
    if values["form"] not in _FORMS:
        return RowError(number, "form", f"{values['form']!r} is not one of {', '.join(Form)}")
    if values["regulatory_type"] not in _TYPES:
        return RowError(
            number,
            "regulatory_type",
            f"{values['regulatory_type']!r} is not one of {', '.join(RegulatoryType)}",
        )
    conditions = tuple(c.strip() for c in values["conditions"].split(";") if c.strip())
    unknown = [c for c in conditions if c not in known_conditions]
    if unknown:
        return RowError(number, "conditions", f"unknown condition {unknown[0]!r}")
    band = values["price_band"] or None
    if band is not None and band not in _BANDS:
        return RowError(number, "price_band", f"{band!r} is not one of {', '.join(CostBand)}")
    url = values["source_url"]
    if url and not _HTTPS.fullmatch(url):
        return RowError(number, "source_url", "must be an https URL")
    if len(values["slug"]) > MAX_SLUG:
        return RowError(number, "slug", f"is longer than {MAX_SLUG} characters")
    slug = slugify(values["slug"] or f"{values['brand']} {values['name']}")
    return ImportRow(
        number,
        slug,
        values["slug"] or slug,
        values["name"],
        values["brand"],
        values["form"],
        values["regulatory_type"],
        values["label_text"],
        conditions,
        values["marketing_text"],
        band,
        ({"url": url, "title": "Import source", "kind": "listing"},) if url else (),
    )


def _lines(raw: bytes) -> io.TextIOWrapper:
    """The file decoded as it is read, so a large file is never held twice in memory;
    surrogateescape keeps going past a bad byte so that only its row is refused."""
    return io.TextIOWrapper(
        io.BytesIO(raw), encoding="utf-8-sig", errors="surrogateescape", newline=""
    )


def read_csv(raw: bytes, known_conditions: set[str]) -> Iterator[ImportRow | RowError]:
    # strict: a quote left open would otherwise swallow every later row into one field
    reader = csv.DictReader(_lines(raw), strict=True)
    try:
        header = [h.strip() for h in (reader.fieldnames or [])]
    except csv.Error as exc:
        raise FileError(f"the CSV header is not valid CSV: {exc}") from None
    _check_header(header)
    reader.fieldnames = header
    rows = iter(reader)
    number = 1
    while True:
        number += 1
        try:
            data = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RowError(number, "(row)", _csv_problem(exc))
            continue
        if None in data:
            yield RowError(number, "(row)", "has more fields than the header")
            continue
        yield _check_row(number, dict(data), known_conditions)


def _check_header(header: list[str]) -> None:
    missing = [h for h in CSV_REQUIRED if h not in header]
    if missing:
        other = next((d for d in ";\t|" if d in "".join(header)), None)
        hint = f"; the file seems to use {other!r} between columns, not ','" if other else ""
        raise FileError(
            f"the CSV header lacks {', '.join(missing)} (first line must name the columns{hint})"
        )
    unknown = [h for h in header if h not in (*CSV_REQUIRED, *CSV_OPTIONAL)]
    if unknown:
        raise FileError(f"unknown CSV column {unknown[0]!r}")
    twice = next((h for h in header if header.count(h) > 1), None)
    if twice:  # a reader would keep one of the two values and drop the other unseen
        raise FileError(f"the CSV header names the column {twice!r} twice")


def _csv_problem(exc: csv.Error) -> str:
    if "unexpected end of data" in str(exc):
        return "a quoted field is never closed (it runs to the end of the file)"
    if "expected after" in str(exc):
        return 'has a quote (") inside a field: double it ("") within a quoted field'
    return f"is not valid CSV: {exc}"


def count_records(raw: bytes, fmt: str) -> int:
    """How many rows a file holds, for the progress bar: CSV fields may span lines."""
    if fmt == "csv":
        return max(0, sum(1 for _ in csv.reader(_lines(raw))) - 1)
    return sum(1 for line in raw.splitlines() if line.strip())


def read_obf_jsonl(raw: bytes, known_conditions: set[str]) -> Iterator[ImportRow | RowError]:
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line.decode("utf-8"))
        except UnicodeDecodeError:
            yield RowError(number, "(line)", "is not valid UTF-8")
            continue
        except json.JSONDecodeError as exc:
            yield RowError(number, "(line)", f"is not valid JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield RowError(number, "(line)", "is not a JSON object")
            continue
        yield _obf_row(number, record, known_conditions)


def _obf_row(number: int, record: dict[str, object], known: set[str]) -> ImportRow | RowError:
    code = str(record.get("code") or "").strip()
    if not re.fullmatch(r"[0-9A-Za-z-]{1,40}", code):
        return RowError(number, "code", "is missing or not a barcode")
    tags = record.get("categories_tags") or []
    tags = [str(t) for t in tags] if isinstance(tags, list) else []
    form = next((f for key, f in OBF_FORMS.items() if any(key in t for t in tags)), "other")
    ingredients = str(record.get("ingredients_text") or "").strip()
    brands = str(record.get("brands") or "").split(",")[0].strip()
    row = _check_row(
        number,
        {
            "name": record.get("product_name"),
            "brand": brands or "unknown brand",
            "form": form,
            "regulatory_type": "supplement" if form == "capsule" else "cosmetic",
            "label_text": f"Ingredients: {ingredients}" if ingredients else "",
            "slug": f"obf-{code}",
        },
        known,
    )
    if isinstance(row, RowError):
        return row
    return ImportRow(
        **{
            **row.__dict__,
            "code": code,
            "sources": (
                {
                    "url": f"https://world.openbeautyfacts.org/product/{code}",
                    "title": "Open Beauty Facts",
                    "kind": "listing",
                },
            ),
        }
    )
