"""The carnet's tables, as SQLAlchemy 2 typed models.

Portable on purpose (SQLite today, PostgreSQL on a school server later): UUID keys stored
as text, no SQLite-only SQL. Every row a teacher creates carries a UUID, a hybrid-logical-
clock ``modified_at`` and the ``device_id`` that wrote it, and is deleted by tombstone
(``deleted_at``) until a purge, so two copies of one carnet can be merged row by row.

``SCHEMA_REVISION`` names the Alembic revision these models describe; a test checks that
the migrations produce exactly these tables.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from progression.storage import SCHEMA_REVISION as SCHEMA_REVISION
from progression.storage import new_id as new_id


def stable_id(namespace: str, code: str) -> str:
    """The same UUID in every carnet for a built-in row, so merged carnets agree on it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"progression:{namespace}:{code}"))


class Base(DeclarativeBase):
    pass


class Synced:
    """Columns shared by every row a teacher creates (see module docstring)."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    modified_at: Mapped[str] = mapped_column(String(24), default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Meta(Base):
    """What the file is: application marker, creation date. Not teacher data."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    """One typed carnet option, stored as text; ``progression.settings`` knows each key's type."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    modified_at: Mapped[str] = mapped_column(String(24), default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")


class SchoolYear(Synced, Base):
    __tablename__ = "school_year"
    label: Mapped[str] = mapped_column(String(16))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    periods: Mapped[list[Period]] = relationship(back_populates="year", order_by="Period.index")


class Period(Synced, Base):
    __tablename__ = "period"
    year_id: Mapped[str] = mapped_column(ForeignKey("school_year.id"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(64))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    year: Mapped[SchoolYear] = relationship(back_populates="periods")


class ClassGroup(Synced, Base):
    __tablename__ = "class_group"
    year_id: Mapped[str] = mapped_column(ForeignKey("school_year.id"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    school: Mapped[str] = mapped_column(String(200), default="")
    teacher: Mapped[str] = mapped_column(String(200), default="")
    onde_class_id: Mapped[str | None] = mapped_column(String(32), default=None)


class Pupil(Synced, Base):
    __tablename__ = "pupil"
    last_name: Mapped[str] = mapped_column(String(200))
    first_name: Mapped[str] = mapped_column(String(200))
    birth_last_name: Mapped[str | None] = mapped_column(String(200), default=None)
    birth_date: Mapped[date | None] = mapped_column(Date, default=None)
    sex: Mapped[str | None] = mapped_column(String(1), default=None)
    ine: Mapped[str | None] = mapped_column(String(16), default=None, index=True)
    note: Mapped[str] = mapped_column(Text, default="")


class Enrolment(Synced, Base):
    __tablename__ = "enrolment"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("class_group.id"), index=True)
    grade: Mapped[str] = mapped_column(String(4))
    group_label: Mapped[str] = mapped_column(String(100), default="")
    arrived_on: Mapped[date | None] = mapped_column(Date, default=None)
    left_on: Mapped[date | None] = mapped_column(Date, default=None)
    pupil: Mapped[Pupil] = relationship()


class Framework(Synced, Base):
    __tablename__ = "framework"
    code: Mapped[str] = mapped_column(String(32), index=True)
    label: Mapped[str] = mapped_column(String(300))
    version: Mapped[str] = mapped_column(String(16))
    cycle: Mapped[int | None] = mapped_column(Integer, default=None)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="current")


class FrameworkItem(Synced, Base):
    __tablename__ = "framework_item"
    framework_id: Mapped[str] = mapped_column(ForeignKey("framework.id"), index=True)
    code: Mapped[str] = mapped_column(String(64), index=True)
    label: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  # domain, competency, objective
    parent_id: Mapped[str | None] = mapped_column(ForeignKey("framework_item.id"), default=None)
    grades: Mapped[str] = mapped_column(String(64), default="")  # "CP,CE1": few values, read whole
    lsu_code: Mapped[str | None] = mapped_column(String(16), default=None)
    coefficient: Mapped[float] = mapped_column(Float, default=1.0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    timing: Mapped[str | None] = mapped_column(String(100), default=None)
    verified: Mapped[bool] = mapped_column(Boolean, default=True)
    custom: Mapped[bool] = mapped_column(Boolean, default=False)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)


class Scale(Synced, Base):
    __tablename__ = "scale"
    code: Mapped[str] = mapped_column(String(32), index=True)
    label: Mapped[str] = mapped_column(String(200))
    steps: Mapped[list[ScaleStep]] = relationship(back_populates="scale", order_by="ScaleStep.position")


class ScaleStep(Synced, Base):
    __tablename__ = "scale_step"
    scale_id: Mapped[str] = mapped_column(ForeignKey("scale.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    rank: Mapped[int | None] = mapped_column(Integer, default=None)  # None for marks that do not count
    short: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(200))
    value: Mapped[int | None] = mapped_column(Integer, default=None)
    color: Mapped[str] = mapped_column(String(9))
    symbol: Mapped[str] = mapped_column(String(8))
    counts: Mapped[bool] = mapped_column(Boolean, default=True)
    scale: Mapped[Scale] = relationship(back_populates="steps")


class Observation(Synced, Base):
    __tablename__ = "observation"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"))
    item_id: Mapped[str] = mapped_column(ForeignKey("framework_item.id"))
    step_id: Mapped[str] = mapped_column(ForeignKey("scale_step.id"))
    observed_on: Mapped[date] = mapped_column(Date)
    activity: Mapped[str] = mapped_column(String(200), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    # The grid and the syntheses read one class's pupils item by item, oldest first.
    __table_args__ = (Index("ix_observation_pupil_item_date", "pupil_id", "item_id", "observed_on"),)


class FluencyMeasure(Synced, Base):
    __tablename__ = "fluency_measure"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    text_title: Mapped[str] = mapped_column(String(200), default="")
    words_read: Mapped[int] = mapped_column(Integer)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    seconds: Mapped[float] = mapped_column(Float, default=60.0)
    prepared: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    # What was read in the time: a ``text``, a list of ``syllables`` or of ``pseudo_words`` (decoding).
    kind: Mapped[str] = mapped_column(String(16), default="text", server_default="text")


class SynthesisOverride(Synced, Base):
    """The teacher's final word on one pupil × period × item; always wins over the rule."""

    __tablename__ = "synthesis_override"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    period_id: Mapped[str] = mapped_column(ForeignKey("period.id"))
    item_id: Mapped[str] = mapped_column(ForeignKey("framework_item.id"))
    step_id: Mapped[str] = mapped_column(ForeignKey("scale_step.id"))
    author: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")


class Appreciation(Synced, Base):
    __tablename__ = "appreciation"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    period_id: Mapped[str] = mapped_column(ForeignKey("period.id"))
    text: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")


# ---------------------------------------------------------------- reading beyond the grid (schema 0002)


class CodeUnit(Synced, Base):
    """One grapheme–phoneme correspondence of a class's code progression, in the order the class is
    taught them; ``taught_on`` is the day the teacher marked it taught, once for the class."""

    __tablename__ = "code_unit"
    class_id: Mapped[str] = mapped_column(ForeignKey("class_group.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    grapheme: Mapped[str] = mapped_column(String(60))
    phoneme: Mapped[str] = mapped_column(String(60))
    example: Mapped[str] = mapped_column(String(200), default="")
    taught_on: Mapped[date | None] = mapped_column(Date, default=None)


class CodeMark(Synced, Base):
    """How a pupil decoded one correspondence on one day, on the class's scale, entered like a mark."""

    __tablename__ = "code_mark"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"))
    code_unit_id: Mapped[str] = mapped_column(ForeignKey("code_unit.id"))
    step_id: Mapped[str] = mapped_column(ForeignKey("scale_step.id"))
    observed_on: Mapped[date] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    __table_args__ = (Index("ix_code_mark_pupil_unit_date", "pupil_id", "code_unit_id", "observed_on"),)


class Work(Synced, Base):
    """A work (« œuvre ») of the class's reading list, entered once for the class."""

    __tablename__ = "work"
    class_id: Mapped[str] = mapped_column(ForeignKey("class_group.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    author: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(24))  # album, roman, conte, fable, poesie, theatre, documentaire, bd
    position: Mapped[int] = mapped_column(Integer, default=0)


class WorkReading(Synced, Base):
    """A pupil read a work: how (``aloud`` by the teacher, ``alone``, ``helped``), when, and what they said."""

    __tablename__ = "work_reading"
    work_id: Mapped[str] = mapped_column(ForeignKey("work.id"), index=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    read_on: Mapped[date] = mapped_column(Date)
    mode: Mapped[str] = mapped_column(String(16))
    response: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")


class NeedGroup(Synced, Base):
    """A group of pupils sharing a need on one competency, kept with the period it was made for."""

    __tablename__ = "need_group"
    period_id: Mapped[str] = mapped_column(ForeignKey("period.id"), index=True)
    class_id: Mapped[str] = mapped_column(ForeignKey("class_group.id"))
    item_id: Mapped[str] = mapped_column(ForeignKey("framework_item.id"))  # the competency
    rank: Mapped[int] = mapped_column(Integer, default=0)  # 1 = the greatest need
    label: Mapped[str] = mapped_column(String(200), default="")


class NeedGroupMember(Synced, Base):
    """A pupil in a need group, with why (the objectives not met) and whether the teacher placed them."""

    __tablename__ = "need_group_member"
    group_id: Mapped[str] = mapped_column(ForeignKey("need_group.id"), index=True)
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    placed_by_teacher: Mapped[bool] = mapped_column(Boolean, default=False)


class ReadingGrid(Synced, Base):
    """A reading aloud (``prosody``) or ``comprehension`` assessment, entered like a fluency reading.
    ``levels`` is a JSON object, criterion → level 1 to 4, read whole (few criteria, never queried)."""

    __tablename__ = "reading_grid"
    pupil_id: Mapped[str] = mapped_column(ForeignKey("pupil.id"), index=True)
    assessed_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))
    text_title: Mapped[str] = mapped_column(String(200), default="")
    prepared: Mapped[bool] = mapped_column(Boolean, default=False)
    levels: Mapped[str] = mapped_column(Text, default="{}")
    comment: Mapped[str] = mapped_column(Text, default="")
    author: Mapped[str] = mapped_column(String(200), default="")
