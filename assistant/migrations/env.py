"""Alembic's entry point: heard runs migrations only programmatically, on the connection that
`assistant.migrations.upgrade` opened (and locked)."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
