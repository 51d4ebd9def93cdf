"""SQLAlchemy models and stores (with in-memory twins) and Alembic migrations."""
