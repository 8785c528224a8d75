"""The panels beside the wheel and the start page."""
