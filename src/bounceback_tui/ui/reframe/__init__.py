"""Reframe: the guided thought exercise, its history and practice."""
