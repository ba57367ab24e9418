"""The claim extractor: every reported figure of a Vietnamese report, structured (spec: shared/spec/claims.md).

A pure library (no Django):

    >>> from chitieu.extract import extract
    >>> [c.value for c in extract("Thu ngân sách năm 2020 đạt 36 tỷ đồng.")]
    [36000000000]

`analyse()` returns the claims with the arithmetic flags and the document's date and place.
"""

from .native import activate

# True when the rule modules run compiled (native.py): the same sources, built by `scripts/install`.
COMPILED = activate(__path__)

_EXPORTS = {
    "Claim": "model", "Extraction": "model", "Flag": "model",
    "analyse": "pipeline", "extract": "pipeline",
    "parse_quantity": "quantities", "parse_unit": "quantities",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name):
    # Lazy, so `chitieu quantity` and the submodules load without the whole pipeline.
    if name in _EXPORTS:
        import importlib

        module = importlib.import_module(f".{_EXPORTS[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
