"""Field lengths checked before saving: text that does not fit a column is cut (or, for an address, left
out) on that row alone, and the caller is told, instead of the database refusing the whole batch (an
over-long og:url once aborted a whole ingest on PostgreSQL, which checks lengths; SQLite does not)."""

from django.db import models


def fit_to_fields(instance) -> list[str]:
    """Make every character field of `instance` fit its max_length. Returns one note a field changed:
    a URL too long is emptied (a cut address leads nowhere), other text is cut at the limit."""
    notes = []
    for field in instance._meta.concrete_fields:
        if not isinstance(field, models.CharField) or not field.max_length:
            continue
        value = getattr(instance, field.attname)
        if not isinstance(value, str) or len(value) <= field.max_length:
            continue
        if isinstance(field, models.URLField):
            setattr(instance, field.attname, "")
            notes.append(f"{field.name}: địa chỉ dài {len(value)} ký tự (tối đa {field.max_length}), bỏ qua")
        else:
            setattr(instance, field.attname, value[: field.max_length])
            notes.append(f"{field.name}: cắt từ {len(value)} xuống {field.max_length} ký tự")
    return notes
