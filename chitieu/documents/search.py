"""Searching documents by category, content and date, together or apart.

Content is matched by the database's full-text index on the folded text (see migration 0002): FTS5 on
SQLite, a GIN-indexed tsvector on PostgreSQL; results are ranked by relevance (bm25 / ts_rank). Words are
all required; words between double quotes must follow each other ("thu ngan sach").
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import connection

from chitieu.documents.models import Document
from chitieu.text import fold


@dataclass
class SearchResults:
    documents: list
    total: int
    terms: list = field(default_factory=list)  # folded words and phrases, for highlighting


def parse_query(query: str) -> list[list[str]]:
    """`thu "ngan sach"` → [["thu"], ["ngan", "sach"]]: each item a word or a phrase, all folded."""
    folded = fold(query or "")
    items = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', folded):
        tokens = re.findall(r"\w+", phrase or word)
        if phrase and tokens:
            items.append(tokens)
        else:
            items.extend([token] for token in tokens)
    return items


def _fts5_query(items):
    return " ".join('"' + " ".join(tokens) + '"' for tokens in items)


def _tsquery(items):
    def quoted(token):
        return "'" + token.replace("'", "") + "'"

    return " & ".join("(" + " <-> ".join(quoted(t) for t in tokens) + ")" for tokens in items)


def filtered(category=None, date_from=None, date_to=None, place=None):
    documents = Document.objects.all()
    if category:
        documents = documents.filter(category=category)
    if date_from:
        documents = documents.filter(published_on__gte=date_from)
    if date_to:
        documents = documents.filter(published_on__lte=date_to)
    if place is not None:
        documents = documents.filter(place=place)
    return documents


def matching_ids(items, within, limit, offset):
    """(ids of one page, best first; total) of the documents of `within` whose folded text has every item."""
    inner_sql, inner_params = within.order_by().values("id").query.sql_with_params()
    vendor = connection.vendor
    if vendor == "sqlite":
        # `+rowid`: the filter is applied to what the index matched; a bare `rowid IN` makes FTS5 look every
        # filtered row up in the index one by one (a hundred times slower).
        match_sql = (
            "FROM documents_document_fts WHERE documents_document_fts MATCH %s "
            f"AND +rowid IN ({inner_sql})"
        )
        params = [_fts5_query(items), *inner_params]
        page_sql = f"SELECT rowid {match_sql} ORDER BY rank LIMIT %s OFFSET %s"
        count_sql = f"SELECT count(*) {match_sql}"
    elif vendor == "postgresql":
        vector = "search_vector"  # generated column, GIN-indexed (migration 0002)
        match_sql = (
            f"FROM documents_document WHERE {vector} @@ to_tsquery('simple', %s) AND id IN ({inner_sql})"
        )
        params = [_tsquery(items), *inner_params]
        page_sql = (
            f"SELECT id {match_sql} ORDER BY ts_rank({vector}, to_tsquery('simple', %s)) DESC, "
            "published_on DESC NULLS LAST, id DESC LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(page_sql, [*params, _tsquery(items), limit, offset])
            ids = [row[0] for row in cursor.fetchall()]
            cursor.execute(f"SELECT count(*) {match_sql}", params)
            return ids, cursor.fetchone()[0]
    else:  # another database: no full-text index, a plain containment test on the folded text
        documents = within
        for tokens in items:
            documents = documents.filter(search_text__contains=" ".join(tokens))
        return list(documents.values_list("id", flat=True)[offset : offset + limit]), documents.count()
    with connection.cursor() as cursor:
        cursor.execute(page_sql, [*params, limit, offset])
        ids = [row[0] for row in cursor.fetchall()]
        cursor.execute(count_sql, params)
        return ids, cursor.fetchone()[0]


def search_documents(query="", *, category=None, date_from=None, date_to=None, place=None, limit=20, offset=0):
    """Documents matching every filter given; by relevance when there is a query, else newest first."""
    within = filtered(category, date_from, date_to, place)
    items = parse_query(query)
    if not items:
        page = list(within.select_related("place")[offset : offset + limit])
        return SearchResults(page, within.count())
    ids, total = matching_ids(items, within, limit, offset)
    by_id = Document.objects.select_related("place").in_bulk(ids)
    return SearchResults([by_id[i] for i in ids if i in by_id], total, items)


def fold_keeping_length(text: str) -> str:
    """fold() character by character, so that offsets into the result are offsets into `text`."""
    out = []
    for ch in text:
        base = unicodedata.normalize("NFD", ch.lower())[:1].replace("đ", "d")
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


def snippet(text: str, items, width=240):
    """(before, match, after) around where the searched words occur together, else around the first one."""
    folded = fold_keeping_length(text)

    def first(tokens):
        return re.search(r"\b" + r"\W+".join(map(re.escape, tokens)) + r"\b", folded)

    best = first([token for tokens in items for token in tokens])
    if best is None:
        found = [m for m in map(first, items) if m]
        best = min(found, key=lambda m: m.start()) if found else None
    if best is None:
        return text[:width], "", ""
    left = max(0, best.start() - width // 2)
    return (
        ("…" if left else "") + text[left : best.start()],
        text[best.start() : best.end()],
        text[best.end() : best.end() + width // 2] + "…",
    )
