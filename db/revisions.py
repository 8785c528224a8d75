"""What marks a file as our store and which schema revisions this program knows.

Plain constants, so the first look at a store (`db.glance`) can check them without importing
SQLAlchemy or Alembic.
"""

from __future__ import annotations

APPLICATION_ID = 0x4E494D50  # "NIMP" in the SQLite header marks the file as ours
# In order; tests check this against db/migrations/versions.
KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")
HEAD_REVISION = KNOWN_REVISIONS[-1]
