"""Database helpers every app can use for writes that run at the same time as others."""

import functools
import logging
import random
import time

from django.db import OperationalError, connection, transaction

logger = logging.getLogger("chitieu.db")

# PostgreSQL: deadlock detected (40P01), could not serialize (40001); SQLite: locked or busy past its timeout.
_RETRYABLE_CODES = {"40P01", "40001"}
_RETRYABLE_WORDS = ("deadlock detected", "could not serialize", "database is locked", "database table is locked")


def is_retryable(error: Exception) -> bool:
    cause = getattr(error, "__cause__", None)
    code = getattr(cause, "sqlstate", None) or getattr(cause, "pgcode", None)
    return code in _RETRYABLE_CODES or any(word in str(error).lower() for word in _RETRYABLE_WORDS)


def retry_on_deadlock(function=None, *, attempts=5, pause=0.05):
    """Run `function` (which opens its own transaction) again when the database chose it as a deadlock's
    victim or stayed locked: the whole transaction was rolled back, so running it again is safe. Inside an
    outer transaction nothing can be retried, and the error goes up as it is."""

    def decorate(function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return function(*args, **kwargs)
                except OperationalError as error:
                    if attempt == attempts or not is_retryable(error) or connection.in_atomic_block:
                        raise
                    logger.warning("%s: %s; retry %d of %d", function.__qualname__, error, attempt, attempts - 1)
                    time.sleep(pause * attempt * (1 + random.random()))
            raise AssertionError("unreachable")

        return wrapper

    return decorate(function) if function is not None else decorate


def lock_rows(model, ids):
    """Lock the rows of `model` with these ids, in the order of their ids (a fixed order, so two writers
    that lock the same rows cannot wait for each other). Needs a transaction; a no-op on SQLite, whose
    IMMEDIATE transactions (settings) already admit one writer at a time."""
    ids = sorted({i for i in ids if i is not None})
    if not ids or connection.vendor == "sqlite":
        return []
    assert transaction.get_connection().in_atomic_block, "lock_rows needs a transaction"
    return list(model.objects.select_for_update().filter(pk__in=ids).order_by("pk").values_list("pk", flat=True))
