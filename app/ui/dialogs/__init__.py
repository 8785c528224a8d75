"""Dialogs that edit one record or choose one output."""
