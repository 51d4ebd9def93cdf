"""`gza check` reads the console's reply-box data as `gza run` does: a wrong saved-replies
file is named with its problem, a saved reply whose opening gives Gza away is a note."""

from __future__ import annotations

from pathlib import Path

from tests.cli.test_gza_command import SECRETS, gza, project_copy


def test_check_names_a_wrong_saved_replies_file_and_notes_a_revealing_opening(
    tmp_path: Path,
) -> None:
    root = project_copy(tmp_path)
    saved = root / "dialogs" / "canned" / "en.yaml"
    saved.write_text(saved.read_text() + "- key: beds\n  title: Beds\n  text: Shelter beds.\n")
    result = gza("check", cwd=root, **SECRETS)
    assert result.returncode == 0, result.stderr
    assert "note: canned/en.yaml beds: opens with shelter" in result.stdout

    saved.write_text(saved.read_text() + "- key: beds\n  title: Again\n  text: Hello.\n")
    result = gza("check", cwd=root, **SECRETS)
    assert result.returncode == 1
    assert "canned/en.yaml: file: en, reply 5: key 'beds' is used twice" in result.stderr
    assert "Traceback" not in result.stderr
