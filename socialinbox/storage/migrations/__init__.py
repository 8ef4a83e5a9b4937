"""Alembic migrations. Each released schema has a fixture database in tests/fixtures/."""
