"""The room's rate limit: a burst of five notes, then one per two seconds, per phone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.room.limiter import NOTE_BURST, NOTE_INTERVAL, RateLimiter


def test_a_phone_may_send_a_burst_then_must_wait() -> None:
    limiter = RateLimiter()
    assert all(limiter.take("phone", 100.0).allowed for _ in range(NOTE_BURST))
    refused = limiter.take("phone", 100.0)
    assert not refused.allowed
    assert refused.retry_after == pytest.approx(NOTE_INTERVAL)


def test_one_note_comes_back_every_interval() -> None:
    limiter = RateLimiter()
    for _ in range(NOTE_BURST):
        limiter.take("phone", 0.0)
    assert not limiter.take("phone", 1.9).allowed
    assert limiter.take("phone", 2.0).allowed
    assert not limiter.take("phone", 2.1).allowed
    assert limiter.take("phone", 4.0).allowed


def test_phones_do_not_share_a_bucket() -> None:
    limiter = RateLimiter()
    for _ in range(NOTE_BURST):
        limiter.take("a", 0.0)
    assert not limiter.take("a", 0.0).allowed
    assert limiter.take("b", 0.0).allowed


def test_a_clock_that_steps_back_gives_nothing() -> None:
    limiter = RateLimiter()
    for _ in range(NOTE_BURST):
        limiter.take("phone", 50.0)
    assert not limiter.take("phone", 10.0).allowed
    assert not limiter.take("phone", 51.0).allowed
    assert limiter.take("phone", 52.0).allowed


def test_a_rested_bucket_holds_no_more_than_the_burst() -> None:
    limiter = RateLimiter()
    limiter.take("phone", 0.0)
    allowed = sum(limiter.take("phone", 1000.0).allowed for _ in range(NOTE_BURST + 3))
    assert allowed == NOTE_BURST


def test_memory_stays_bounded(monkeypatch) -> None:
    monkeypatch.setattr("app.room.limiter.MAX_CLIENTS", 50)
    limiter = RateLimiter()
    for index in range(200):
        limiter.take(f"10.0.0.{index}", index * 100.0)
    assert len(limiter) <= 51


def test_nonsense_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        RateLimiter(interval=0)
    with pytest.raises(ValueError):
        RateLimiter(burst=0)


@given(st.lists(st.floats(min_value=0, max_value=120), min_size=1, max_size=300))
def test_no_sequence_of_requests_beats_the_rate(times: list[float]) -> None:
    """However a phone times its notes, in T seconds it gets at most burst + T / interval."""
    limiter = RateLimiter()
    ordered = sorted(times)
    allowed = sum(limiter.take("phone", moment).allowed for moment in ordered)
    span = ordered[-1] - ordered[0]
    assert allowed <= NOTE_BURST + span / NOTE_INTERVAL + 1e-9
