"""The reference central registry: FastAPI over SQLite or PostgreSQL. Imports nothing of ``terminal``."""
