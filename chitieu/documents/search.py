"""Searching documents by category, content and date, together or apart.

Content is matched by the database's full-text index on the folded text (see migration 0002): FTS5 on
SQLite, a GIN-indexed tsvector on PostgreSQL; results are ranked by relevance (bm25 / ts_rank). Words are
all required; words between double quotes must follow each other ("thu ngan sach").

At a million documents a common word matches most of them, and ranking or counting every match takes
seconds. So only the CANDIDATES most recently stored matches are ranked (a page beyond them ranks as many as
it needs), in one query: for a common word the database walks the documents from the newest and stops at
the candidates; for a rare one its full-text index finds the few. Matches are counted among the candidates
only: when they fill up, the total says "more than" (`SearchResults.total_is_lower_bound`).
"""

import re
import unicodedata
from dataclasses import dataclass, field

from django.db import connection

from chitieu.documents.models import Document
from chitieu.text import fold


CANDIDATES = 1000


@dataclass
class SearchResults:
    documents: list
    total: int
    terms: list = field(default_factory=list)  # folded words and phrases, for highlighting
    total_is_lower_bound: bool = False  # more matched than were ranked (CANDIDATES): `total` is how many were


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
    """(ids of one page, best first; how many matched, counted up to the candidates; whether more did) for
    the documents of `within` whose folded text has every item. Only the most recent max(CANDIDATES,
    offset + limit + 1) matches are ranked: one more than the page, so that a next page is known."""
    candidates = max(CANDIDATES, offset + limit + 1)
    vendor = connection.vendor
    if vendor == "sqlite":
        # FTS5 walks the matches from the newest rowid and stops at the candidates (bm25 computed for them
        # only); the filters are checked per match by a correlated EXISTS — `rowid IN (filtered ids)` would
        # first list every filtered document (a million without filters), and a bare one makes FTS5 look each
        # of them up in the index.
        match_sql = "FROM documents_document_fts WHERE documents_document_fts MATCH %s"
        params = [_fts5_query(items)]
        if within.query.where:
            exists_sql, exists_params = (within.order_by().extra(where=['"documents_document"."id" = documents_document_fts.rowid'])
                                         .values("id").query.sql_with_params())
            match_sql += f" AND EXISTS ({exists_sql})"
            params += list(exists_params)
        page_sql = (f"SELECT rowid, count(*) OVER () FROM (SELECT rowid, rank {match_sql} ORDER BY rowid DESC LIMIT %s) "
                    "ORDER BY rank, rowid DESC LIMIT %s OFFSET %s")
        page_params = [*params, candidates, limit, offset]
    elif vendor == "postgresql":
        # The filters and the match in one WHERE (no `id IN (…)`, which the planner would join), the rank
        # computed for the candidates only. search_vector: a generated column, GIN-indexed (migration 0002).
        query = "to_tsquery('simple', %s)"
        recent = (within.extra(where=[f"search_vector @@ {query}"], params=[_tsquery(items)],
                               select={"score": f"ts_rank(search_vector, {query})"}, select_params=[_tsquery(items)])
                  .order_by("-id").values_list("id", "published_on", "score")[:candidates])
        recent_sql, recent_params = recent.query.sql_with_params()
        page_sql = (f"SELECT id, count(*) OVER () FROM ({recent_sql}) AS recent "
                    "ORDER BY score DESC, published_on DESC NULLS LAST, id DESC LIMIT %s OFFSET %s")
        page_params = [*recent_params, limit, offset]
        match_sql = f"FROM ({recent_sql}) AS recent"
        params = list(recent_params)
    else:  # another database: no full-text index, a plain containment test on the folded text
        documents = within
        for tokens in items:
            documents = documents.filter(search_text__contains=" ".join(tokens))
        total = documents.order_by()[:candidates].count()
        ids = list(documents.order_by("-id").values_list("id", flat=True)[offset : offset + limit])
        return ids, total, total == candidates
    with connection.cursor() as cursor:
        cursor.execute(page_sql, page_params)
        rows = cursor.fetchall()
        if rows:
            total = rows[0][1]
        else:  # a page beyond the matches: how many there are, for its links
            cursor.execute(f"SELECT count(*) FROM (SELECT 1 {match_sql} LIMIT %s) AS found", [*params, candidates])
            total = cursor.fetchone()[0]
    return [row[0] for row in rows], total, total == candidates


def search_documents(query="", *, category=None, date_from=None, date_to=None, place=None, limit=20, offset=0):
    """Documents matching every filter given; by relevance when there is a query, else newest first."""
    within = filtered(category, date_from, date_to, place)
    items = parse_query(query)
    if not items:
        page = list(within.select_related("place")[offset : offset + limit])
        total = within.order_by()[:max(CANDIDATES, offset + limit + 1)].count()  # counted as far as a search ranks
        return SearchResults(page, total, total_is_lower_bound=total == max(CANDIDATES, offset + limit + 1))
    ids, total, more = matching_ids(items, within, limit, offset)
    by_id = Document.objects.select_related("place").in_bulk(ids)
    return SearchResults([by_id[i] for i in ids if i in by_id], total, items, more)


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
