"""Netwerkimpact: the netwerkimpactmodel as a turnable wheel for facilitators."""

__version__ = "0.1.0"
