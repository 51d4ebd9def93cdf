"""Alembic environment: runs the migrations over the async engine Gza itself uses."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from bot.storage.database import create_engine
from bot.storage.models import metadata

MIGRATION_LOCK = 0x677A61  # "gza": any constant all Gza processes share


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Several processes may upgrade at once (one per container): the second waits
            # here, then finds the revision it reads next already applied. SQLite's
            # BEGIN IMMEDIATE serialises the same way.
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
        context.run_migrations()


async def _run_async(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            await connection.run_sync(_run)
    finally:
        await engine.dispose()


url = context.config.get_main_option("sqlalchemy.url")
if context.is_offline_mode() or not url:
    raise SystemExit("Gza runs migrations online only: give a database URL")
asyncio.run(_run_async(url))
