"""Alembic environment: runs on a connection the app hands in, or on a URL (command line)."""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection

from mysterycaller.persistence.database import default_database_path, make_engine
from mysterycaller.persistence.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(**options: Any) -> None:
    # Batch mode rebuilds tables on SQLite, which cannot ALTER most things in place.
    context.configure(target_metadata=target_metadata, render_as_batch=True, **options)


def _url() -> str:
    return config.get_main_option("sqlalchemy.url") or f"sqlite:///{default_database_path()}"


def run_migrations_offline() -> None:
    """Write the SQL to stdout instead of running it."""
    _configure(url=_url(), literal_binds=True, dialect_opts={"paramstyle": "named"})
    with context.begin_transaction():
        context.run_migrations()


def _run_on(connection: Connection) -> None:
    _configure(connection=connection)
    # Joins the caller's transaction when there is one, so the app's upgrade stays atomic.
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    """Run on the app's connection, or open one (with the app's SQLite set-up) for the CLI."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = make_engine(_url())
    try:
        with engine.begin() as own_connection:
            _run_on(own_connection)
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
