"""Storage: the SQLAlchemy schema, the database, migrations and the search index."""
