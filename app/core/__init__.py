"""Pure-Python heart of Netwerkimpact: the model, wheel geometry, reasoning lines, ring physics.

Nothing here imports Qt, SQLAlchemy or ReportLab (an import-linter contract checks it).
"""
