"""Channel-neutral text: a Fluent message id with its arguments, rendered later per locale."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Text:
    """A message to be localized; arguments may themselves be texts (rendered first)."""

    id: str
    args: Mapping[str, str | int | Text | tuple[Text, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )


@dataclass(frozen=True)
class Button:
    """A button: its label and the opaque payload the channel sends back when pressed."""

    label: Text
    payload: str
    selected: bool = False
    """A toggle that is on (several-at-once questions)."""
