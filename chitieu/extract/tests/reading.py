"""What the extractor's tests share."""


def by_text(claims):
    """The claims by the span they were read from (a test names a figure as the text writes it)."""
    return {c.text: c for c in claims}
