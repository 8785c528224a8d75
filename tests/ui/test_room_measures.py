"""Measuring with the room, end to end in the real window with real HTTP on 127.0.0.1: the
facilitator asks an indicator at moment B, twenty phones answer, "accept all" makes twenty
measurement entries (one undo step), the learning path and the report show them; stories of
change land as evidence on the matching step of the current line."""

from __future__ import annotations

import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import pypdf
import pytest
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

from app.core.model import IndicatorKind
from app.poster import render_report
from app.ui.control.group_edits import save_groups
from app.ui.shell import openers
from app.ui.shell.main_window import MainWindow
from db.group_specs import DimensionSpec, GroupSpec
from tests.poster.pdf_checks import extracted_text, squeezed
from tests.room.phones import post_form, post_multipart, request
from tests.room.test_photos import phone_photo

T = TypeVar("T")
PHONES = 20


def while_phones(send: Callable[[], T]) -> T:
    """Run `send` (the phones, other devices) in a thread while the window handles events."""
    with ThreadPoolExecutor(1) as pool:
        sent = pool.submit(send)
        while not sent.done():
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return sent.result()


def phones_send(port: int, path: str, forms: list[dict[str, str]]) -> list[int]:
    """Each form from a phone of its own (its own loopback address), all at once."""

    def one(number: int) -> int:
        source = f"127.0.0.{30 + number}"
        page = request(port, "GET", path, source=source)
        form = {"n": page.nonce(), **forms[number]}
        for field in ("i",):
            found = re.search(rf'name="{field}" value="([^"]+)"', page.html)
            if found and field not in form:
                form[field] = found.group(1)
        return post_form(port, path, form, source=source).status

    def all_of_them() -> list[int]:
        with ThreadPoolExecutor(len(forms)) as pool:
            return list(pool.map(one, range(len(forms))))

    return while_phones(all_of_them)


@pytest.fixture
def measuring(window: MainWindow, monkeypatch) -> MainWindow:
    monkeypatch.setattr(window.room_dock, "may_quit", lambda: True)
    workshop = window.workshop
    workshop.create_network("Leren met de Stad")
    line_id = workshop.save_line()
    ring1 = workshop.model.rings[0].key
    workshop.learning.add_indicator(
        line_id,
        ring1,
        "Contacten buiten de eigen school",
        IndicatorKind.QUANTITATIVE,
        unit="contacten",
    )
    workshop.learning.add_moment("A")
    workshop.learning.add_moment("B")
    window.room.hosts = ["127.0.0.1"]
    window.room.port = 0
    yield window
    window.room.close()


def choose(combo, text: str) -> None:
    """Pick an entry as a person would: find it, make it current, and activate it."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} is not offered"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_twenty_phones_measure_an_indicator_at_moment_b(measuring, qtbot, tmp_path: Path) -> None:
    window = measuring
    workshop, room = window.workshop, window.room
    assert workshop.current_line() is not None
    box = window.room_dock.panel.measure
    address = room.open()
    choose(box.moments, "B")
    choose(box.indicators, "Contacten buiten de eigen school")
    assert room.indicator is not None and room.indicator.moment == "B"
    path = f"/r/{address.secret}"
    page = request(address.port, "GET", path)
    assert "Contacten buiten de eigen school" in page.html and "contacten" in page.html

    forms = [{"name": f"Student {n}", "measure": f"{n},5"} for n in range(PHONES)]
    assert phones_send(address.port, path, forms) == [200] * PHONES
    qtbot.waitUntil(lambda: len(room.pending) == PHONES, timeout=10_000)
    assert room.measured() == PHONES
    queue = window.room_dock.panel.queue  # the same widget sits in the presenter's console
    assert f"{PHONES} answer" in queue.heading.text()
    presentation = openers.start_presentation(window)
    try:  # the projector: the indicator and a live count, never an answer's text
        card = presentation.room_card
        assert "Contacten buiten de eigen school" in card.measuring.text()
        assert str(PHONES) in card.measuring.text()
        assert "0,5" not in card.measuring.text() and "Student" not in card.measuring.text()
    finally:
        presentation.close()
    assert queue.list.count() == PHONES
    assert "Contacten buiten de eigen school (B)" in queue.list.item(0).text()

    queue.accept_all_button.click()
    assert room.pending == []
    assert workshop.store.room.waiting_arrivals(workshop.network_id) == []
    contents = workshop.store.networks.load_network(workshop.network_id)
    moment_b = next(moment for moment in contents.moments if moment.label == "B")
    entries = [m for m in contents.measurements if m.moment_id == moment_b.id]
    assert sorted(m.value for m in entries) == [n + 0.5 for n in range(PHONES)]
    assert all(m.measured_on is not None for m in entries)
    by_value = {m.value: m.source for m in entries}
    assert all(by_value[n + 0.5].endswith(f"(Student {n})") for n in range(PHONES))

    (trend,) = window.learning_panel.trends  # the learning path shows the 20 at moment B
    rows = trend.table.rows()
    assert sum(1 for moment, entry in rows if moment == moment_b.id and entry) == PHONES

    workshop.undo_stack.undo()  # accepting all is one step
    assert workshop.store.networks.load_network(workshop.network_id).measurements == ()
    workshop.undo_stack.redo()
    contents = workshop.store.networks.load_network(workshop.network_id)
    assert len(contents.measurements) == PHONES

    report = render_report(tmp_path / "report.pdf", workshop.model, contents)
    text = squeezed(extracted_text(report))
    for n in range(PHONES):
        assert squeezed(f"{n},5 contacten") in text, n


def test_stories_of_change_land_as_evidence_on_the_matching_step(
    measuring, qtbot, tmp_path: Path
) -> None:
    window = measuring
    workshop, room = window.workshop, window.room
    line = workshop.current_line()
    assert line is not None
    box = window.room_dock.panel.measure
    address = room.open()
    path = f"/r/{address.secret}"
    choose(box.moments, "B")
    box.stories.setChecked(True)
    assert room.stories is not None and room.stories.moment == "B"
    ring2_step = line.steps[2]  # a step of the line with its segment
    assert ring2_step.segment_key is not None
    forms = [
        {
            "changed": f"Wij delen lesmateriaal ({n})",
            "for_whom": "docenten",
            "why": "minder dubbel werk",
            "contribution": "de netwerkdagen",
            "s": ring2_step.segment_key,
            "name": f"Student {n}",
        }
        for n in range(PHONES)
    ]
    assert phones_send(address.port, f"/r/{address.secret}", forms) == [200] * PHONES
    with_photo = [*forms[0].items(), ("n", request(address.port, "GET", path).nonce())]
    photo = ("flip-over.jpg", "image/jpeg", phone_photo(1600, 1200))
    answer = while_phones(lambda: post_multipart(address.port, path, with_photo, photo))
    assert answer.status == 200
    qtbot.waitUntil(lambda: len(room.pending) == PHONES + 1, timeout=10_000)
    assert room.pending[-1].photo is not None
    queue = window.room_dock.panel.queue
    assert not queue.list.item(PHONES).icon().isNull()  # the photo shows in the queue
    plausibility_before = {step.key: step.plausibility for step in line.steps}
    window.room_dock.panel.queue.accept_all_button.click()
    assert room.pending == []
    contents = workshop.store.networks.load_network(workshop.network_id)
    evidence = [e for e in contents.evidence if e.line_id == line.id]
    assert len(evidence) == PHONES + 1
    (pictured,) = [e for e in evidence if e.has_photo]
    kept = workshop.store.room.evidence_photo(pictured.id)
    assert kept is not None and kept.startswith(b"\xff\xd8") and b"Exif" not in kept
    report = render_report(tmp_path / "report.pdf", workshop.model, contents)
    pictures = [image.image.size for page in pypdf.PdfReader(report).pages for image in page.images]
    assert (1200, 1600) in pictures  # the photo (turned upright) is in the report
    assert squeezed("minder dubbel werk") in squeezed(extracted_text(report))
    assert {e.step_key for e in evidence} == {ring2_step.key}
    moment_b = next(moment for moment in contents.moments if moment.label == "B")
    assert {e.moment_id for e in evidence} == {moment_b.id}
    assert all("minder dubbel werk" in e.text and "Student" in e.source for e in evidence)
    after = next(saved for saved in contents.lines if saved.id == line.id)
    assert {step.key: step.plausibility for step in after.steps} == plausibility_before
    workshop.undo_stack.undo()  # one step for them all
    assert workshop.store.networks.load_network(workshop.network_id).evidence == ()


def test_a_story_for_another_line_goes_on_the_line_the_facilitator_picks(
    measuring, qtbot, monkeypatch
) -> None:
    window = measuring
    workshop, room = window.workshop, window.room
    first = workshop.current_line()
    assert first is not None
    other_keys = tuple(ring.segments[1].key for ring in workshop.model.rings)
    other = workshop.store.lines.create_line(workshop.network_id, other_keys, title="Andere lijn")
    workshop.open_network(workshop.network_id)  # as after a restart: the store's lines
    address = room.open()
    room.invite_stories(True)
    told_for = other_keys[2]
    assert told_for not in first.segment_keys
    form = {"changed": "Nieuwe samenwerking", "s": told_for, "name": "Noor"}
    assert phones_send(address.port, f"/r/{address.secret}", [form]) == [200]
    qtbot.waitUntil(lambda: len(room.pending) == 1, timeout=10_000)
    offered: list[list[str]] = []

    def pick(_parent, _title, _label, titles, *_args):
        offered.append(list(titles))
        return "Andere lijn", True

    monkeypatch.setattr("app.ui.room.queue.QInputDialog.getItem", pick)
    queue = window.room_dock.panel.queue
    queue.list.setCurrentRow(0)
    queue.accept_selected()
    assert offered == [["Andere lijn"]]  # only lines with a step on the story's segment
    assert room.pending == []
    (evidence,) = workshop.store.networks.load_network(workshop.network_id).evidence
    assert evidence.line_id == other.id and "Nieuwe samenwerking" in evidence.text


def test_phones_say_their_group_and_the_entries_carry_it(measuring, qtbot) -> None:
    """An indicator split by school: each phone chooses its group (or "I don't know"), the
    server takes only the groups it offered, accepted answers are entries of their group."""
    window = measuring
    workshop, room = window.workshop, window.room
    (indicator,) = workshop.contents.indicators
    save_groups(
        workshop,
        indicator,
        [DimensionSpec("School", (GroupSpec("Noordschool"), GroupSpec("Zuidschool")))],
        None,
        (None, None, ""),
    )
    (school,) = workshop.contents.dimensions_of(indicator.id)
    ids = {group.name: group.id for group in school.groups}
    box = window.room_dock.panel.measure
    address = room.open()
    path = f"/r/{address.secret}"
    choose(box.moments, "B")
    choose(box.indicators, "Contacten buiten de eigen school")
    assert box.groups.isEnabled() and box.groups.isChecked()
    assert room.indicator is not None and room.indicator.dimensions[0].name == "School"
    page = request(address.port, "GET", path).html
    assert '<select id="g0" name="g0">' in page
    assert '<option value="Zuidschool">Zuidschool</option>' in page
    assert "Weet ik niet / het geheel" in page or "I don't know / the whole" in page

    def rename_north(name: str) -> None:  # a rename keeps the group (its id)
        north, south = (GroupSpec(g.name, g.id) for g in school.groups)
        spec = DimensionSpec("School", (GroupSpec(name, north.id), south), school.id)
        save_groups(workshop, workshop.contents.indicators[0], [spec], None, (None, None, ""))

    rename_north("Noord")  # while the indicator is asked: the phones see the new name
    assert '<option value="Noord">' in request(address.port, "GET", path).html
    rename_north("Noordschool")
    assert '<option value="Noordschool">' in request(address.port, "GET", path).html

    chosen = ["Noordschool", "Zuidschool", ""]  # the last phone does not know its school
    forms = [{"name": f"Student {n}", "measure": str(n), "g0": chosen[n % 3]} for n in range(9)]
    assert phones_send(address.port, path, forms) == [200] * 9

    refused_form = {"measure": "77", "g0": "Westschool", "name": "Iemand"}
    (status,) = phones_send(address.port, path, [refused_form])
    assert status == 400  # a group that was not offered: refused plainly, the answer given back
    form = {"n": request(address.port, "GET", path).nonce(), "i": str(room.indicator.id)}
    refused = while_phones(lambda: post_form(address.port, path, {**form, **refused_form}))
    assert refused.status == 400
    assert "Die groep hoort niet bij deze vraag" in refused.html or (
        "That group does not belong to this question" in refused.html
    )
    assert 'value="77"' in refused.html  # the number typed comes back to the phone
    qtbot.waitUntil(lambda: len(room.pending) == 9, timeout=10_000)
    queue = window.room_dock.panel.queue  # the phones arrive in any order: found by name
    shown = {
        text.rsplit("— ", 1)[1]: text
        for text in (queue.list.item(row).text() for row in range(queue.list.count()))
    }
    assert "School: Zuidschool" in shown["Student 1"]
    assert "School: the whole" in shown["Student 2"]
    assert "School: Noordschool" in shown["Student 3"]

    room._load_waiting()  # the group is kept with the waiting answer (as after a restart)
    kept = {item.name: item.groups for item in room.pending}
    assert kept["Student 0"] == ("Noordschool",) and kept["Student 2"] == ()
    queue.accept_all_button.click()
    assert room.pending == []
    entries = workshop.store.networks.load_network(workshop.network_id).measurements
    by_value = {entry.value: entry.groups for entry in entries}
    assert len(entries) == 9
    for n in range(9):
        wanted = {"Noordschool": (ids["Noordschool"],), "Zuidschool": (ids["Zuidschool"],)}
        assert by_value[float(n)] == wanted.get(chosen[n % 3], ()), n
    workshop.undo_stack.undo()
    assert workshop.store.networks.load_network(workshop.network_id).measurements == ()
    workshop.undo_stack.redo()  # the same entries come back in their groups
    again = workshop.store.networks.load_network(workshop.network_id).measurements
    assert {entry.value: entry.groups for entry in again} == by_value


def test_the_facilitator_may_leave_the_group_question_out(measuring) -> None:
    window = measuring
    workshop, room = window.workshop, window.room
    (indicator,) = workshop.contents.indicators
    save_groups(
        workshop,
        indicator,
        [DimensionSpec("School", (GroupSpec("Noordschool"),))],
        None,
        (None, None, ""),
    )
    box = window.room_dock.panel.measure
    address = room.open()
    choose(box.moments, "B")
    choose(box.indicators, "Contacten buiten de eigen school")
    box.groups.setChecked(False)
    assert room.indicator is not None and room.indicator.dimensions == ()
    path = f"/r/{address.secret}"
    assert 'name="g0"' not in request(address.port, "GET", path).html
    form = {"measure": "3", "g0": "Noordschool"}  # a group where none was asked: refused
    assert phones_send(address.port, path, [form]) == [400]


def test_a_photo_with_an_answer_is_kept_as_evidence_on_the_indicators_step(
    measuring, qtbot
) -> None:
    window = measuring
    workshop, room = window.workshop, window.room
    (indicator,) = workshop.contents.indicators
    box = window.room_dock.panel.measure
    address = room.open()
    path = f"/r/{address.secret}"
    choose(box.moments, "B")
    choose(box.indicators, "Contacten buiten de eigen school")
    page = request(address.port, "GET", path).html
    assert 'enctype="multipart/form-data"' in page and 'name="photo"' in page
    fields = [
        ("n", request(address.port, "GET", path).nonce()),
        ("i", str(room.indicator.id)),
        ("measure", "12"),
        ("name", "Noor"),
    ]
    photo = ("muur.jpg", "image/jpeg", phone_photo(1600, 1200))
    note = [("text", "Een geeltje"), ("segment", workshop.focus_line().segment_keys[1])]
    alone = [*fields[:2], *note, ("name", "Noor")]  # a photo with a note, no answer: refused
    refused = while_phones(lambda: post_multipart(address.port, path, alone, photo))
    assert (
        refused.status == 400 and 'value="Noor"' in refused.html and "Een geeltje" in (refused.html)
    )
    assert "A photo goes with an answer" in refused.html or "hoort bij een antwoord" in (
        refused.html
    )
    answer = while_phones(lambda: post_multipart(address.port, path, fields, photo))
    assert answer.status == 200
    qtbot.waitUntil(lambda: len(room.pending) == 1, timeout=10_000)
    (waiting,) = room.pending
    assert waiting.is_measure and waiting.photo is not None
    room._load_waiting()  # the photo waits in the store with the answer
    assert room.pending[0].photo == waiting.photo
    queue = window.room_dock.panel.queue
    assert not queue.list.item(0).icon().isNull()  # the photo shows in the queue

    queue.list.setCurrentRow(0)
    queue.accept_selected()
    assert room.pending == []
    contents = workshop.store.networks.load_network(workshop.network_id)
    (entry,) = contents.measurements
    assert entry.value == 12 and entry.source.endswith("(Noor)")
    (evidence,) = contents.evidence
    assert (evidence.line_id, evidence.step_key) == (indicator.line_id, indicator.step_key)
    assert evidence.has_photo and evidence.moment_id == entry.moment_id
    assert "Contacten buiten de eigen school" in evidence.text and "12 contacten" in evidence.text
    kept = workshop.store.room.evidence_photo(evidence.id)
    assert kept is not None and kept.startswith(b"\xff\xd8") and b"Exif" not in kept
    workshop.undo_stack.undo()  # the answer and its photo are one step
    contents = workshop.store.networks.load_network(workshop.network_id)
    assert contents.measurements == () and contents.evidence == ()
    workshop.undo_stack.redo()
    contents = workshop.store.networks.load_network(workshop.network_id)
    assert len(contents.measurements) == 1
    (evidence,) = contents.evidence
    assert workshop.store.room.evidence_photo(evidence.id) == kept
