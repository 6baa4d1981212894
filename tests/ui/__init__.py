"""Tests of the Qt window (reader.ui)."""
