"""`gza check` catches what would break the place question before a deployment starts: a place
whose parent does not exist, and a place with no name in one of the bot's languages."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_gza_command import SECRETS, gza, project_copy

PLACES = Path("referral_directory/example/places.yaml")


def with_place(root: Path, place: str) -> None:
    path = root / PLACES
    path.write_text(path.read_text("utf-8") + place, "utf-8")


def test_check_names_a_place_whose_parent_does_not_exist(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    with_place(
        root,
        """
  poti:
    kind: municipality
    parent: samegrelo
    name: {ka: ფოთი, ru: Поти, en: Poti, az: Poti, hy: Փոթի, uk: Поті, bg: Поти}
    latitude: 42.1462
    longitude: 41.6719
""",
    )
    result = gza("check", cwd=root, **SECRETS)
    assert result.returncode == 1
    assert "place 'poti'" in result.stderr and "no place 'samegrelo'" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_names_a_place_and_the_language_its_name_is_missing_in(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    with_place(
        root,
        """
  poti:
    kind: municipality
    parent: samegrelo-zemo-svaneti
    name: {ka: ფოთი, ru: Поти, en: Poti, az: Poti, hy: Փոթի, bg: Поти}
    latitude: 42.1462
    longitude: 41.6719
""",
    )
    result = gza("check", cwd=root, **SECRETS)
    assert result.returncode == 1
    assert "place 'poti'" in result.stderr and "name missing in locale 'uk'" in result.stderr
    assert "locale 'bg'" not in result.stderr
