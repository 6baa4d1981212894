"""Where bundled resources (the sample issue, screenshots) live, installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

#: The sample issue a first launch opens.
SAMPLE_ISSUE = "zh-daily"


def resources_dir() -> Path:
    """The ``resources`` folder: in the installed package when shipped there, else the repo's."""
    packaged = Path(__file__).resolve().parents[1] / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def sample_issue_path(name: str = SAMPLE_ISSUE) -> Path:
    """The folder of a bundled sample issue (``zh-daily`` or ``en-gazette``)."""
    return resources_dir() / "sample" / name
