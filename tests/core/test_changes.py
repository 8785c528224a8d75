"""The change stream's notices: parts as flags, records by id, and who made the change."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.core.changes import Changes, Origin, Part


def test_parts_combine_as_flags_and_split_into_members():
    changes = Changes.of([Part.LINES, Part.INDICATORS, Part.LINES])
    assert changes.parts == Part.LINES | Part.INDICATORS
    assert changes.members() == frozenset({Part.LINES, Part.INDICATORS})
    assert changes.touches(Part.INDICATORS | Part.NOTES)
    assert not changes.touches(Part.NOTES | Part.WHEEL)
    assert Part.LINES in changes.members() and changes.members() & {Part.LINES, Part.CORE}


def test_everything_is_every_part():
    assert Changes.of([Part.everything()]).members() == frozenset(Part)


def test_a_view_skips_only_its_own_first_edit():
    view, other = object(), object()
    own = Changes.of([Part.STORIES], Origin.EDIT, view)
    assert own.made_by(view) and not own.made_by(other)
    assert not Changes.of([Part.STORIES], Origin.UNDO, view).made_by(view)
    assert not Changes.of([Part.STORIES], Origin.REDO, view).made_by(view)
    assert not Changes.of([Part.NOTES]).made_by(view)  # nobody asked: everyone refreshes
    assert Changes.of([Part.NOTES], Origin.ROOM, view).made_by(view)


def test_ids_are_kept_per_part_and_frozen():
    ids = {Part.NOTES: [3, 4, 3]}
    changes = Changes.of([Part.NOTES], ids=ids)
    ids[Part.NOTES].append(5)
    assert changes.ids_of(Part.NOTES) == frozenset({3, 4})
    assert changes.ids_of(Part.LINES) == frozenset()


@given(st.sets(st.sampled_from(list(Part))))
def test_members_give_back_the_parts(parts):
    assert Changes.of(parts).members() == frozenset(parts)
