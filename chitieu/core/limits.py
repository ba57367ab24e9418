"""The limits on every input, in one table: sizes of uploads and of what they unpack to, rows of an import,
characters and claims of a document, the highest page number a list answers.

The defaults are far above what a district office meets in its work and far below what hurts the server
(every request and ingest stays under 512 MB of memory whatever the input; see SECURITY.md). An operator
changes one with the environment variable CHITIEU_LIMIT_<NAME> (`CHITIEU_LIMIT_UPLOAD_BYTES=104857600`);
settings.CHITIEU_LIMITS (which the environment fills) is what the code reads, so tests override it there.
"""

import os

from django.conf import settings

MB = 1024 * 1024

DEFAULTS = {
    # One uploaded file (a document, an import file).
    "upload_bytes": 50 * MB,
    # A whole request body (several files uploaded at once); beyond it the request gets 413 before it is read.
    "request_bytes": 200 * MB,
    # Files of one request (the upload page ingests a whole folder of articles: 2,000 at once is ordinary).
    "upload_files": 5_000,
    # Zip containers (DOCX, XLSX): checked on the sizes the zip declares before anything is inflated, then
    # inflated in chunks that stop at the cap should a declared size lie.
    "zip_members": 2_000,
    "zip_member_bytes": 100 * MB,
    "zip_total_bytes": 200 * MB,
    # Inflated / compressed size of a member larger than 1 MB once inflated (text XML compresses 5–30 times).
    "zip_ratio": 200,
    # A web page (its parsed tree takes many times its size in memory).
    "html_bytes": 10 * MB,
    # Pages of a PDF read.
    "pdf_pages": 2_000,
    # Rows and columns of an import file (CSV or XLSX).
    "import_rows": 100_000,
    "import_columns": 50,
    # Characters of a document's text: longer files are refused with the reason.
    "document_chars": 2_000_000,
    # Claims of one document: beyond it the document is stored but its claims are not, and it is marked
    # "too large to extract in one go" for the reviewers.
    "document_claims": 20_000,
    # The highest page number a paged list answers (beyond it: 404).
    "page_max": 100_000,
}


def from_environment(environ=None) -> dict:
    """{name: value} of the CHITIEU_LIMIT_<NAME> variables set (integers; a bad one stops the start with its name)."""
    environ = os.environ if environ is None else environ
    found = {}
    for name in DEFAULTS:
        raw = environ.get(f"CHITIEU_LIMIT_{name.upper()}")
        if raw is None or not raw.strip():
            continue
        try:
            found[name] = int(raw.strip().replace("_", ""))
        except ValueError:
            raise ValueError(f"CHITIEU_LIMIT_{name.upper()}={raw!r}: expected a whole number") from None
    return found


def limit(name: str) -> int:
    """The limit in force: settings.CHITIEU_LIMITS, else the default."""
    if name not in DEFAULTS:
        raise KeyError(f"no limit named {name!r} (known: {', '.join(DEFAULTS)})")
    overrides = getattr(settings, "CHITIEU_LIMITS", None) or {}
    return int(overrides.get(name, DEFAULTS[name]))


def all_limits() -> dict:
    return {name: limit(name) for name in DEFAULTS}
