"""An ImportPlan applied to a session: its values (with year and provenance) and the
indicators it defines join the session's district data, in one new session value.

A blocked plan applies nothing (a file with an error imports nothing). A planner's single-cell
edit of a place the file gives a value for is dropped: the preview showed it as the old value
the file replaces, so the file's value is the one that must count afterwards.
"""

from __future__ import annotations

from dataclasses import replace

from strategies.district_data.plan import ImportPlan, ValueRecord, data_indicator
from strategies.imported_data import DataValue
from strategies.session import Session


class BlockedImport(ValueError):
    """The plan has refused rows: nothing of it may be applied."""


def applied(session: Session, plan: ImportPlan) -> Session:
    """session with plan's values and new indicators; raises BlockedImport when blocked."""
    if plan.blocked:
        raise BlockedImport(f"{plan.file}: {len(plan.refused)} refused rows, nothing imported")
    values = tuple(data_value(record) for record in plan.records)
    data = session.district_data.with_values(
        values, tuple(data_indicator(new) for new in plan.new_indicators)
    )
    slots = {(v.indicator, v.place) for v in values}
    edits = tuple(e for e in session.indicator_edits if (e.indicator, e.place) not in slots)
    return replace(session, district_data=data, indicator_edits=edits)


def data_value(record: ValueRecord) -> DataValue:
    return DataValue(
        indicator=record.indicator,
        place=record.place,
        year=record.year,
        value=record.value,
        unit=record.unit,
        source=record.source,
        file=record.where.file,
        sheet=record.where.sheet,
        row=record.where.row,
    )
