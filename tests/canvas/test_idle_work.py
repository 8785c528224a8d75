"""Work in idle moments: done a step at a time from the event loop, then nothing more."""

from __future__ import annotations

from collections.abc import Iterator

from app.canvas.idle_work import IdleWork


def _counting(done: list[int], count: int) -> Iterator[None]:
    for number in range(count):
        done.append(number)
        yield


def test_the_work_runs_to_its_end_in_idle_moments_and_then_stops(qtbot) -> None:
    work = IdleWork()
    done: list[int] = []
    work.start(_counting(done, 500))
    assert work.active and not done  # nothing before the event loop runs
    qtbot.waitUntil(lambda: not work.active, timeout=5000)
    assert done == list(range(500))
    assert not work._timer.isActive()


def test_new_work_replaces_what_is_left_of_the_old(qtbot) -> None:
    work = IdleWork()
    old: list[int] = []
    new: list[int] = []
    work.start(_counting(old, 10))
    work.start(_counting(new, 10))
    qtbot.waitUntil(lambda: not work.active, timeout=5000)
    assert old == [] and new == list(range(10))


def test_a_failing_step_ends_the_work_instead_of_leaving_it_busy(qtbot) -> None:
    def failing() -> Iterator[None]:
        yield
        raise RuntimeError("broken step")

    work = IdleWork()
    with qtbot.captureExceptions() as raised:
        work.start(failing())
        qtbot.waitUntil(lambda: not work.active, timeout=5000)
    assert [kind for kind, *_ in raised] == [RuntimeError]
