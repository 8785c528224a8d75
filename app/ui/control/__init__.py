"""The workshop's state and its owners: the Workshop, undo and its edits, settings, language."""
