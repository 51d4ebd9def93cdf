"""Removing someone from the staff list takes effect at their very next action."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.staff_list import ReloadingStaff
from bot.wiring import staff_members

ROOT = Path(__file__).resolve().parents[2]
TWO = """
[[bureaus]]
id = "tbilisi"
[[staff]]
telegram_id = 1
alias = "Nino"
bureau = "tbilisi"
[[staff]]
telegram_id = 2
alias = "Giorgi"
bureau = "tbilisi"
"""


def touch_later(path: Path, text: str) -> None:
    before = path.stat().st_mtime
    path.write_text(text)
    os.utime(path, (before + 5, before + 5))


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith("GZA_"):
            monkeypatch.delenv(name)
    return tmp_path


def test_a_removed_staff_member_is_refused_at_once(isolated: Path) -> None:
    config = isolated / "config.toml"
    config.write_text(TWO)
    staff = ReloadingStaff(config, load_settings(config), staff_members)
    assert {m.alias for m in staff.values()} == {"Nino", "Giorgi"}
    touch_later(config, TWO.split("[[staff]]\ntelegram_id = 2")[0])
    assert staff.get(2) is None
    assert staff[1].alias == "Nino"


def test_a_broken_edit_keeps_the_last_good_list(isolated: Path) -> None:
    config = isolated / "config.toml"
    config.write_text(TWO)
    staff = ReloadingStaff(config, load_settings(config), staff_members)
    touch_later(config, TWO + "\n[[staff]]\ntelegram_id = 'not a number'\n")
    assert {m.alias for m in staff.values()} == {"Nino", "Giorgi"}


def test_the_documented_handoff_example_is_valid_once_uncommented(isolated: Path) -> None:
    text = (ROOT / "config.example.toml").read_text()
    start, end = text.index("# [handoff]"), text.index("[paths]")
    block = "\n".join(
        re.sub(r"^# ", "", line) if re.match(r"^# (\[|[a-z_]+ = )", line) else line
        for line in text[start:end].splitlines()
    )
    config = isolated / "config.toml"
    config.write_text(text[:start] + block + "\n" + text[end:])
    settings = load_settings(config)
    assert [b.id for b in settings.bureaus] == ["tbilisi", "batumi"]
    assert [(m.alias, m.role) for m in settings.staff] == [
        ("Nino", "staff"),
        ("Ani", "staff"),
        ("Tamar", "curator"),
    ]
    assert settings.bureaus[0].hours["mon"] == ["10:00-18:00"]
