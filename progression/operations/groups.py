"""Need groups kept with a period: keep a proposal, move a pupil, give the groups up.

Rows are never changed in place: keeping writes new groups (and tombstones the period's previous
ones), a move tombstones the pupil's place and writes his new one (``placed_by_teacher``), so every
inverse is one ``ShowGroupRows`` bringing back the very rows that were there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from progression.changes import Changes, Part
from progression.errors import InvalidInputError
from progression.operations.base import Outcome, now
from progression.operations.context import CarnetContext
from progression.schema import NeedGroup, NeedGroupMember, new_id
from progression.validation import check_text, clean_line

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class GroupRows:
    """One group to keep: its competency, rank, label and pupils with the reason each is there."""

    item_id: str
    rank: int
    label: str
    members: tuple[tuple[str, str], ...]  # (pupil id, reason)


def _changes(pupils: Sequence[str] = ()) -> Changes:
    return Changes(Part.GROUPS, pupils=frozenset(pupils))


def _period(context: CarnetContext, period_id: str) -> None:
    if period_id not in {p.id for p in context.periods()}:
        raise InvalidInputError("groups.period_unknown")


def _period_rows(session: Session, period_id: str) -> tuple[list[NeedGroup], list[NeedGroupMember]]:
    groups = list(session.scalars(select(NeedGroup).where(NeedGroup.period_id == period_id,
                                                          NeedGroup.deleted_at.is_(None))))
    members = list(session.scalars(select(NeedGroupMember).where(
        NeedGroupMember.group_id.in_([g.id for g in groups]), NeedGroupMember.deleted_at.is_(None)))) if groups else []
    return groups, members


@dataclass(frozen=True)
class ShowGroupRows:
    """Tombstone some group and member rows and bring others back: the inverse of every operation here."""

    hide_groups: tuple[str, ...] = ()
    hide_members: tuple[str, ...] = ()
    show_groups: tuple[str, ...] = ()
    show_members: tuple[str, ...] = ()
    kind: str = "keep_groups"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        stamp = now()
        pupils: list[str] = []
        for ids, value in ((self.hide_groups, stamp), (self.show_groups, None)):
            for group in session.scalars(select(NeedGroup).where(NeedGroup.id.in_(ids))) if ids else ():
                group.deleted_at = value
        for ids, value in ((self.hide_members, stamp), (self.show_members, None)):
            for member in session.scalars(select(NeedGroupMember).where(NeedGroupMember.id.in_(ids))) if ids else ():
                member.deleted_at = value
                pupils.append(member.pupil_id)
        inverse = ShowGroupRows(self.show_groups, self.show_members, self.hide_groups, self.hide_members,
                                self.kind, self.size)
        return Outcome(_changes(pupils), inverse)


@dataclass(frozen=True)
class KeepNeedGroups:
    """Keep these groups with the period, in place of the ones it had: one action for Ctrl+Z."""

    period_id: str
    groups: tuple[GroupRows, ...]
    kind: str = "keep_groups"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        _period(context, self.period_id)
        if not self.groups:
            raise InvalidInputError("groups.nothing_to_keep")
        placed: dict[tuple[str, str], str] = {}
        for group in self.groups:
            competency = context.item(group.item_id)
            for pupil_id, _ in group.members:
                pupil = context.pupil(pupil_id)
                if (group.item_id, pupil_id) in placed:
                    raise InvalidInputError("groups.pupil_twice", pupil=f"{pupil.first_name} {pupil.last_name}",
                                            competency=competency.label)
                placed[(group.item_id, pupil_id)] = group.label
        old_groups, old_members = _period_rows(session, self.period_id)
        stamp = now()
        for group_row in old_groups:
            group_row.deleted_at = stamp
        for member_row in old_members:
            member_row.deleted_at = stamp
        class_id = context.class_info().id
        new_groups: list[str] = []
        new_members: list[str] = []
        for group in self.groups:
            group_id = new_id()
            new_groups.append(group_id)
            session.add(NeedGroup(id=group_id, period_id=self.period_id, class_id=class_id, item_id=group.item_id,
                                  rank=group.rank, label=clean_line(group.label, "le nom du groupe")))
            for pupil_id, why in group.members:
                member_id = new_id()
                new_members.append(member_id)
                session.add(NeedGroupMember(id=member_id, group_id=group_id, pupil_id=pupil_id,
                                            reason=check_text(why, "la raison"), placed_by_teacher=False))
        inverse = ShowGroupRows(tuple(new_groups), tuple(new_members),
                                tuple(g.id for g in old_groups), tuple(m.id for m in old_members))
        return Outcome(_changes([p for _, p in placed]), inverse)


@dataclass(frozen=True)
class DropNeedGroups:
    """The period keeps no group any more (the proposal shows again)."""

    period_id: str
    kind: str = "drop_groups"
    size: int = 1

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        _period(context, self.period_id)
        groups, members = _period_rows(session, self.period_id)
        if not groups:
            raise InvalidInputError("groups.none_kept")
        stamp = now()
        for group in groups:
            group.deleted_at = stamp
        for member in members:
            member.deleted_at = stamp
        inverse = ShowGroupRows(show_groups=tuple(g.id for g in groups), show_members=tuple(m.id for m in members),
                                kind=self.kind)
        return Outcome(_changes([m.pupil_id for m in members]), inverse)


@dataclass(frozen=True)
class MovePupil:
    """A pupil moved by the teacher from a kept group to another of the same competency, or out of
    groups (``to_group_id=None``), or into one (``from_group_id=None``)."""

    pupil_id: str
    from_group_id: str | None
    to_group_id: str | None
    reason: str = ""  # why he is there, for a pupil coming from no group (else his reason goes with him)
    kind: str = "move_pupil"
    size: int = 1

    def _group(self, session: Session, group_id: str) -> NeedGroup:
        group = session.get(NeedGroup, group_id)
        if group is None or group.deleted_at is not None:
            raise InvalidInputError("groups.group_gone")
        return group

    def _place(self, session: Session, group_id: str) -> NeedGroupMember | None:
        return session.scalars(select(NeedGroupMember).where(
            NeedGroupMember.group_id == group_id, NeedGroupMember.pupil_id == self.pupil_id,
            NeedGroupMember.deleted_at.is_(None))).first()

    def apply(self, session: Session, context: CarnetContext) -> Outcome:
        pupil = context.pupil(self.pupil_id)
        name = f"{pupil.first_name} {pupil.last_name}"
        if self.from_group_id == self.to_group_id:
            raise InvalidInputError("groups.same_group", pupil=name)
        source = self._group(session, self.from_group_id) if self.from_group_id else None
        target = self._group(session, self.to_group_id) if self.to_group_id else None
        if source is not None and target is not None and (
                source.item_id != target.item_id or source.period_id != target.period_id):
            raise InvalidInputError("groups.other_competency", pupil=name, group=target.label)
        old = self._place(session, source.id) if source is not None else None
        if source is not None and old is None:
            raise InvalidInputError("groups.not_in_group", pupil=name, group=source.label)
        hidden: tuple[str, ...] = ()
        if old is not None:
            old.deleted_at = now()
            hidden = (old.id,)
        added: tuple[str, ...] = ()
        if target is not None:
            if self._place(session, target.id) is not None:
                raise InvalidInputError("groups.already_there", pupil=name, group=target.label)
            siblings = select(NeedGroup.id).where(NeedGroup.period_id == target.period_id,
                                                  NeedGroup.item_id == target.item_id,
                                                  NeedGroup.deleted_at.is_(None))
            elsewhere = session.scalars(select(NeedGroupMember).where(
                NeedGroupMember.group_id.in_(siblings), NeedGroupMember.pupil_id == self.pupil_id,
                NeedGroupMember.deleted_at.is_(None))).first()
            if elsewhere is not None:
                raise InvalidInputError("groups.already_grouped", pupil=name)
            member_id = new_id()
            session.add(NeedGroupMember(id=member_id, group_id=target.id, pupil_id=self.pupil_id,
                                        reason=old.reason if old is not None else check_text(self.reason, "la raison"),
                                        placed_by_teacher=True))
            added = (member_id,)
        inverse = ShowGroupRows(hide_members=added, show_members=hidden, kind=self.kind)
        return Outcome(_changes([self.pupil_id]), inverse)
