"""The school server: carnets synced through a PostgreSQL that a school or an academy runs.

``connection`` opens it (TLS unless on a local socket, errors in French), ``schema`` creates and
checks its tables (the carnet's Alembic revisions, then what only a server has), ``access`` its
roles and row-level security, ``sync`` the carnet's round trip. The desktop app never needs it:
a carnet works alone and syncs when a server is there.
"""
