"""A group the bot was not configured for: it leaves, and keeps nothing of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.services.mailbox import Mailbox, StaffChat, group_owner
from bot.services.messages import LeaveChat, StrangerChat
from bot.services.ports import UnitOfWork


@dataclass(frozen=True)
class Strangers:
    mailbox: Mailbox

    async def handle(self, uow: UnitOfWork, stranger: StrangerChat, now: datetime) -> None:
        """Only the staff channel has groups; the item is deleted once sent."""
        to = StaffChat(stranger.chat_id, group_owner(stranger.chat_id))
        await self.mailbox.send(uow, to, [LeaveChat()], now, ephemeral=True)
