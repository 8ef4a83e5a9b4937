"""PostgreSQL: the search's fold function names unaccent by its schema, so that a
pg_dump archive restores

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-06 14:50:00

pg_restore creates every object with an empty search_path; 0001's ``socialinbox_fold``
called ``unaccent`` unqualified, so restoring the ``messages`` table (whose generated
search column uses it) failed with 'text search dictionary "unaccent" does not exist'.
The same function, with the extension's schema written in. SQLite: nothing to do.
"""

from __future__ import annotations

from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

# Frozen copies of the function at this revision and at 0001.
_FOLD = (
    "CREATE OR REPLACE FUNCTION socialinbox_fold(value text) RETURNS text "
    "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS "
    "$$ SELECT regexp_replace(lower({schema}.unaccent('{schema}.unaccent'::regdictionary, "
    "value)), '[^[:alnum:]]+', ' ', 'g') $$"
)
_FOLD_0001 = (
    "CREATE OR REPLACE FUNCTION socialinbox_fold(value text) RETURNS text LANGUAGE sql "
    "IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT regexp_replace(lower(unaccent("
    "'unaccent'::regdictionary, value)), '[^[:alnum:]]+', ' ', 'g') $$"
)
_UNACCENT_SCHEMA = (
    "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
    "WHERE e.extname = 'unaccent'"
)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    schema = conn.exec_driver_sql(_UNACCENT_SCHEMA).scalar_one()
    quoted = conn.dialect.identifier_preparer.quote_identifier(schema).replace("'", "''")
    # The body changes, not what it computes: the stored search column stays valid.
    conn.exec_driver_sql(_FOLD.format(schema=quoted))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(_FOLD_0001)
