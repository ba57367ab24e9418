"""Full-text index of documents, on their folded text (`Document.search_text`: no diacritics, đ → d), so that
`ngan sach` finds `ngân sách`.

SQLite: an FTS5 table with the document table as its external content, kept in step by triggers.
PostgreSQL: a generated tsvector column `search_vector` = to_tsvector('simple', search_text) with a GIN index
('simple': no stemming, no stop words — the text is Vietnamese, for which PostgreSQL has no dictionary). It is
not a model field: the database computes it, only search.py reads it.
"""

from django.db import migrations

SQLITE_FORWARD = [
    """CREATE VIRTUAL TABLE documents_document_fts USING fts5(
        search_text, content='documents_document', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER documents_document_fts_insert AFTER INSERT ON documents_document BEGIN
        INSERT INTO documents_document_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER documents_document_fts_delete AFTER DELETE ON documents_document BEGIN
        INSERT INTO documents_document_fts(documents_document_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER documents_document_fts_update AFTER UPDATE OF search_text ON documents_document BEGIN
        INSERT INTO documents_document_fts(documents_document_fts, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
        INSERT INTO documents_document_fts(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    "INSERT INTO documents_document_fts(documents_document_fts) VALUES ('rebuild')",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS documents_document_fts_insert",
    "DROP TRIGGER IF EXISTS documents_document_fts_delete",
    "DROP TRIGGER IF EXISTS documents_document_fts_update",
    "DROP TABLE IF EXISTS documents_document_fts",
]
POSTGRESQL_FORWARD = [
    # Stored, so that ranking reads the vector instead of parsing every matched text again.
    """ALTER TABLE documents_document ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED""",
    "CREATE INDEX documents_document_search_gin ON documents_document USING GIN (search_vector)",
]
POSTGRESQL_BACKWARD = [
    "DROP INDEX IF EXISTS documents_document_search_gin",
    "ALTER TABLE documents_document DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("documents", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": POSTGRESQL_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": POSTGRESQL_BACKWARD}),
        ),
    ]
