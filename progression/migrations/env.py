"""Alembic environment: migrations always run on the connection the carnet opened."""

from alembic import context

from progression.schema import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when a developer runs the alembic command by hand
    raise RuntimeError("Les migrations se lancent depuis progression.carnet, qui fournit la connexion.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most columns: batch mode copies the table instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
