"""People and bureaus on the memory twin: the config seeds the database once; the live list
gives the desk its staff, the curation desk its curators and the console its admins; an admin
changes, removes (sessions end), adds bureaus and invites; ``/join CODE`` makes a member of
whoever sends a good code, and answers a bad one kindly, a few times an hour per chat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.services.joining import Joining, Tries
from bot.services.mailbox import Mailbox
from bot.services.messages import JoinIncoming, SendText
from bot.services.people import LivePeople, seed
from bot.services.people_admin import (
    CODE_ALPHABET,
    Invited,
    PeopleAdmin,
    alias_ok,
    code_hash,
    normal_code,
    shown_code,
)
from bot.services.people_records import BureauEntry, PersonEntry
from bot.services.records import SessionRecord
from bot.storage.memory import MemoryDatabase
from tests.fakes import NOW
from tests.services.test_handoff_services import TEXTS

NINO = PersonEntry("Nino", 9001, "staff", "tbilisi", "en")
EKA = PersonEntry("Eka", 9004, "supervisor", "tbilisi", "en")
TAMAR = PersonEntry("Tamar", 9005, "curator", None, "en", admin=True)
NEWCOMER = 9100
CODES = iter(f"ABCDE{n:05d}".replace("0", "A").replace("1", "B") for n in range(100))


@dataclass
class Desk:
    db: MemoryDatabase
    people: LivePeople
    admin: PeopleAdmin
    joining: Joining

    async def do(self, work: Callable[..., object], *args: object) -> object:
        async with self.db.uow() as uow:
            said = await work(uow, *args)  # type: ignore[misc]
            await uow.commit()
        await self.people.refresh(self.db.uow)
        return said

    async def join(self, args: str, user: int = NEWCOMER, at: timedelta = timedelta()) -> str:
        """Send ``/join args``; returns what the bot answered."""
        before = len(self.db.data.outbox)
        act = JoinIncoming(user, user, args, "en")
        async with self.db.uow() as uow:
            await self.joining.handle(uow, act, NOW + at)
            await uow.commit()
        (item,) = [i for i, _ in list(self.db.data.outbox.values())[before:]]
        assert item.ephemeral and str(user) not in item.chat_ref  # the sender is never named
        assert isinstance(item.message, SendText) and item.message.protect
        return item.message.text


async def desk_with(*people: PersonEntry, tries: int = 5) -> Desk:
    db = MemoryDatabase()
    async with db.uow() as uow:
        await seed(uow, people, [BureauEntry("tbilisi", "tbilisi"), BureauEntry("batumi", "b")])
        await uow.commit()
    live = LivePeople()
    await live.refresh(db.uow)
    admin = PeopleAdmin({"tbilisi", "batumi"}, timedelta(hours=48), code=lambda: next(CODES))
    mailbox = Mailbox({}, "telegram")
    joining = Joining(mailbox, TEXTS, live, {"en", "ka"}, "en", Tries(tries))
    return Desk(db, live, admin, joining)


async def test_the_config_seeds_people_once_and_bureaus_whenever_missing() -> None:
    db = MemoryDatabase()
    bureaus = [BureauEntry("tbilisi", "tbilisi")]
    async with db.uow() as uow:
        assert await seed(uow, [NINO, TAMAR], bureaus) == 2
        await uow.people.put_bureau(BureauEntry("tbilisi", "Tbilisi Social Bureau"))
        await uow.people.remove("Nino")
        more = [*bureaus, BureauEntry("batumi", "batumi")]
        assert await seed(uow, [NINO, TAMAR, EKA], more) == 0  # the database rules now
        assert [p.alias for p in await uow.people.all()] == ["Tamar"]
        names = {b.id: b.name for b in await uow.people.bureaus()}
    assert names == {"tbilisi": "Tbilisi Social Bureau", "batumi": "batumi"}


async def test_the_live_list_gives_staff_curators_and_admins() -> None:
    desk = await desk_with(NINO, EKA, TAMAR)
    staff, curators = desk.people.staff, desk.people.curators
    assert sorted(m.alias for m in staff.values()) == ["Eka", "Nino"]
    assert staff[EKA.user_id].supervisor and not staff[NINO.user_id].supervisor
    assert [c.alias for c in curators.values()] == ["Tamar"]
    assert "tamar" in desk.people.admins and "nino" not in desk.people.admins
    await desk.do(desk.admin.change, "Tamar", NINO, "curator", "tbilisi", False, NOW)
    assert NINO.user_id not in staff and NINO.user_id in curators  # the same views


async def test_an_admin_changes_a_role_within_the_rules_and_it_is_audited() -> None:
    desk = await desk_with(NINO, TAMAR)
    assert await desk.do(desk.admin.change, "Tamar", NINO, "staff", "nowhere", False, NOW) == (
        "people-refused-bureau"
    )
    assert await desk.do(desk.admin.change, "Tamar", TAMAR, "curator", None, False, NOW) == (
        "people-refused-self"
    )
    said = await desk.do(desk.admin.change, "Tamar", NINO, "supervisor", "batumi", True, NOW)
    assert said == "people-done-changed"
    (nino,) = [p for p in desk.people.everyone if p.alias == "Nino"]
    assert (nino.role, nino.bureau, nino.admin) == ("supervisor", "batumi", True)
    entry = desk.db.data.audit[-1]
    assert (entry.actor, entry.action, entry.detail) == (
        "Tamar",
        "person-changed",
        "Nino supervisor admin batumi",
    )
    assert str(NINO.user_id) not in repr(desk.db.data.audit)


async def test_removing_someone_ends_their_sessions_but_an_admin_cannot_remove_themselves() -> None:
    desk = await desk_with(NINO, TAMAR)
    async with desk.db.uow() as uow:
        await uow.sign_ins.add_session("s1", SessionRecord("Nino", "c", NOW + timedelta(hours=1)))
        await uow.sign_ins.add_link("l1", "Nino", NOW + timedelta(minutes=5))
        await uow.commit()
    assert await desk.do(desk.admin.remove, "Tamar", TAMAR, NOW) == "people-refused-self"
    assert await desk.do(desk.admin.remove, "Tamar", NINO, NOW) == "people-done-removed"
    assert NINO.user_id not in desk.people.staff
    assert desk.db.data.sessions == {} and desk.db.data.links == {}
    actions = [(e.actor, e.action, e.detail) for e in desk.db.data.audit]
    assert ("Tamar", "person-removed", "Nino") in actions


async def test_a_bureau_is_added_and_renamed_with_a_checked_id() -> None:
    desk = await desk_with(TAMAR)
    put = desk.admin.put_bureau
    assert await desk.do(put, "Tamar", "Rustavi!", "Rustavi", NOW) == "people-refused-bureau-name"
    assert await desk.do(put, "Tamar", "rustavi", "  ", NOW) == "people-refused-bureau-name"
    assert await desk.do(put, "Tamar", "rustavi", "Rustavi", NOW) == "people-done-bureau-added"
    said = await desk.do(put, "Tamar", "rustavi", "Rustavi  centre", NOW)
    assert said == "people-done-bureau-renamed"
    assert desk.db.data.bureau_names["rustavi"] == "Rustavi centre"
    assert [e.action for e in desk.db.data.audit] == ["bureau-added", "bureau-renamed"]


async def test_an_invited_newcomer_joins_with_the_code_and_only_its_hash_is_kept() -> None:
    desk = await desk_with(TAMAR)
    invited = await desk.do(desk.admin.invite, "Tamar", "staff", "batumi", "Ana", NOW)
    assert isinstance(invited, Invited) and invited.expires_at == NOW + timedelta(hours=48)
    assert invited.code.replace("-", "") not in repr(desk.db.data.invitations)
    said = await desk.join(invited.code.lower())
    assert said.startswith("Welcome, Ana!") and "bureau batumi" in said
    member = desk.people.staff[NEWCOMER]
    assert (member.alias, member.bureau, member.locale) == ("Ana", "batumi", "en")
    assert "This code does not work" in await desk.join(invited.code, user=9200)  # used
    assert "already on the staff list as Ana" in await desk.join(invited.code)
    assert ("Ana", "joined", "Tamar") in [(e.actor, e.action, e.detail) for e in desk.db.data.audit]


async def test_the_invitee_chooses_an_alias_when_the_admin_left_it_to_them() -> None:
    desk = await desk_with(NINO, TAMAR)
    invited = await desk.do(desk.admin.invite, "Tamar", "curator", "", None, NOW)
    assert isinstance(invited, Invited)
    assert "add the alias" in await desk.join(invited.code)
    assert "Someone already signs as nino" in await desk.join(f"{invited.code} nino")
    assert "cannot be an alias" in await desk.join(f"{invited.code} <b>")
    said = await desk.join(f"{invited.code}   Lela   Kh")
    assert said.startswith("Welcome, Lela Kh!") and "curator" in said
    assert desk.people.curators[NEWCOMER].alias == "Lela Kh"


async def test_an_expired_or_wrong_code_gets_one_kind_answer_and_tries_are_limited() -> None:
    desk = await desk_with(TAMAR, tries=3)
    invited = await desk.do(desk.admin.invite, "Tamar", "staff", "tbilisi", "Ana", NOW)
    assert isinstance(invited, Invited)
    assert "send the code you were given" in await desk.join("")
    late = await desk.join(invited.code, at=timedelta(hours=48))
    assert "may be mistyped, already used or expired" in late
    assert "may be mistyped" in await desk.join("WRONG-CODE1")
    assert "may be mistyped" in await desk.join("WRONG-CODE2")
    assert "Too many tries" in await desk.join(invited.code)  # the fourth in the hour
    assert "Too many tries" not in await desk.join("WRONG-CODE3", user=9300)  # another chat
    assert "may be mistyped" in await desk.join(invited.code, at=timedelta(hours=49))
    assert NEWCOMER not in desk.people.staff


async def test_an_invitation_needs_a_fitting_bureau_and_a_free_alias() -> None:
    desk = await desk_with(NINO, TAMAR)
    invite = desk.admin.invite
    assert await desk.do(invite, "Tamar", "staff", "", "Ana", NOW) == "people-refused-bureau"
    assert await desk.do(invite, "Tamar", "admin", "tbilisi", None, NOW) == "people-refused-bureau"
    assert await desk.do(invite, "Tamar", "staff", "tbilisi", "NINO", NOW) == (
        "people-refused-alias-taken"
    )
    assert await desk.do(invite, "Tamar", "staff", "tbilisi", " x", NOW) == "people-refused-alias"
    assert desk.db.data.invitations == {}


@given(st.text(alphabet=CODE_ALPHABET, min_size=10, max_size=10), st.data())
def test_a_code_matches_however_it_is_typed(code: str, data: st.DataObject) -> None:
    typed = "".join(c.lower() if data.draw(st.booleans()) else c for c in shown_code(code)).replace(
        "-", data.draw(st.sampled_from(["-", "", " ", " - "]))
    )
    assert normal_code(typed) == code
    assert code_hash(typed) == code_hash(code)


@given(st.text(max_size=40))
def test_an_alias_is_short_and_has_no_edges_to_trip_on(alias: str) -> None:
    if alias_ok(alias):
        assert 1 <= len(alias) <= 32
        assert alias == alias.strip() and alias[0].isalnum() and alias[-1].isalnum()
        assert not set(alias) & set('<>&"/\\@#\n\t')
