"""Loads the claim pipeline's language data tables (chitieu/extract/data/*.yaml) once."""

from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def table(name: str) -> dict:
    with open(DATA_DIR / f"{name}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def longest_first(words):
    return sorted({w for w in words if w}, key=lambda w: (-len(w), w))
