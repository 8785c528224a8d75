"""Presentation mode: the projector window, the presenter's console and the pages they show."""
