"""The services and the core know no channel by name: they ask a channel's capabilities. A
Telegram or web word in them (a name, a literal, a limit) is how that knowledge creeps back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEUTRAL = ("bot/core", "bot/services")
CHANNEL_WORD = re.compile(r'telegram|"web"|\bweb\b', re.IGNORECASE)
"""The same search as ``grep -rniE 'telegram|"web"|\\bweb\\b' bot/services bot/core``."""


def channel_words(folder: str, root: Path = ROOT) -> list[str]:
    """``path:line: text`` of every line that names a channel."""
    files = sorted((root / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}"
    return [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in files
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if CHANNEL_WORD.search(line)
    ]


@pytest.mark.parametrize("folder", NEUTRAL)
def test_services_and_core_name_no_channel(folder: str) -> None:
    assert channel_words(folder) == []


def test_the_scan_finds_a_channel_name_in_code_and_in_prose(tmp_path: Path) -> None:
    package = tmp_path / "bot" / "services"
    package.mkdir(parents=True)
    (package / "sneaky.py").write_text(
        'LIMIT = 4096  # Telegram\nif channel == "web":\n    pass\nwebsite = "ok"\n', "utf-8"
    )
    assert channel_words("bot/services", tmp_path) == [
        "bot/services/sneaky.py:1: LIMIT = 4096  # Telegram",
        'bot/services/sneaky.py:2: if channel == "web":',
    ]
