"""Fixtures for export tests."""

from __future__ import annotations

import pytest
from export_helpers import make_issue

from reader.model import Issue


@pytest.fixture
def sample_issue() -> Issue:
    return make_issue()
