"""Dependencies point inward: the core and the services never reach for a library or a channel."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PURE = ("bot/core", "bot/services", "referral_directory")
FORBIDDEN_IN_PURE = (
    "aiogram",
    "aiohttp",
    "sqlalchemy",
    "alembic",
    "bot.channels",
    "bot.storage",
    "bot.wiring",
)
CHANNELS = {
    "bot/channels/telegram": "bot.channels.web",
    "bot/channels/web": "bot.channels.telegram",
}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path, root: Path = ROOT) -> set[str]:
    """Every module a file imports, anywhere in it, with relative imports made absolute."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def offending(folder: str, forbidden: tuple[str, ...], root: Path = ROOT) -> dict[str, list[str]]:
    bad: dict[str, list[str]] = {}
    files = sorted((root / folder).rglob("*.py"))
    assert files, f"no Python files under {folder}"
    for path in files:
        hits = sorted(
            name
            for name in imported_modules(path, root)
            if any(name == f or name.startswith(f + ".") for f in forbidden)
        )
        if hits:
            bad[str(path.relative_to(root))] = hits
    return bad


@pytest.mark.parametrize("folder", PURE)
def test_pure_layers_import_no_library_channel_storage_or_wiring(folder: str) -> None:
    assert offending(folder, FORBIDDEN_IN_PURE) == {}


@pytest.mark.parametrize(("folder", "other"), sorted(CHANNELS.items()))
def test_channels_never_import_each_other(folder: str, other: str) -> None:
    assert offending(folder, (other,)) == {}


def test_import_walk_sees_relative_and_nested_imports(tmp_path: Path) -> None:
    package = tmp_path / "bot" / "services"
    package.mkdir(parents=True)
    (package / "sneaky.py").write_text(
        "from ..storage import sql\n"
        "from . import ports\n"
        "def later():\n"
        "    import aiogram.types\n"
        "    from bot import wiring\n",
        "utf-8",
    )
    assert offending("bot/services", FORBIDDEN_IN_PURE, tmp_path) == {
        "bot/services/sneaky.py": ["aiogram.types", "bot.storage", "bot.storage.sql", "bot.wiring"]
    }
    assert "bot.services.ports" in imported_modules(package / "sneaky.py", tmp_path)
