"""Storage: the SQLAlchemy schema, the database, migrations, and every statement that
differs between database engines (``dialect``: search index, upserts)."""
