"""`gza check` tells curators, per language, how many services lack a text a card shows."""

from __future__ import annotations

import re
from pathlib import Path

from tests.cli.test_gza_command import SECRETS, gza, project_copy


def test_check_counts_per_language_the_services_lacking_a_text(tmp_path: Path) -> None:
    root = project_copy(tmp_path)
    org = root / "referral_directory/example/organizations/example-tbilisi-safe-home.yaml"
    lines = org.read_text("utf-8").splitlines()
    kept = [line for line in lines if not line.strip().startswith('bg: "Легла за жени и деца')]
    assert len(kept) == len(lines) - 1  # one service's Bulgarian description removed
    org.write_text("\n".join(kept) + "\n", "utf-8")
    result = gza("check", cwd=root, **SECRETS)
    assert result.returncode == 0, result.stderr
    report = {line.split(":")[0].strip(): line for line in result.stdout.splitlines()}
    assert re.search(r"bg: 1 of \d+ \(name 0, description 1, address 0, fees 0\)", report["bg"])
    assert all(re.search(r": 0 of \d+ \(", report[code]) for code in ("ka", "ru", "az", "hy"))
