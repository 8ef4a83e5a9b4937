"""Alembic environment: always run in-process on a connection the app hands over."""

from __future__ import annotations

from alembic import context

from socialinbox.storage.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise SystemExit("Run migrations through socialinbox (they need the app's connection).")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
