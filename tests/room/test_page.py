"""The phone page as text: escaped, self-contained, in the phone's language."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from app.core.model import default_model
from app.core.wheel_layout import CALM
from app.room.board import build_board
from app.room.page import join_page, message_page, phone_page
from app.room.phone_texts import TEXTS, choose_language
from tests.room.phones import board, line_keys


def test_the_focus_lines_segments_come_first_with_their_rings_colours() -> None:
    page = phone_page(board(), "nl", "/r/s", "n" * 20).html
    values = re.findall(r'name="segment" value="([^"]+)"', page)
    model = default_model()
    assert values[:4] == list(line_keys())
    assert sorted(values) == sorted(segment.key for segment in model.segments())
    assert CALM.rings[0].fill in page and CALM.core.fill in page
    assert "Ontmoeting &amp; bereik" in page


def test_everything_typed_or_named_is_text_not_markup() -> None:
    hostile = '<script>alert(1)</script>"><img src=x>'
    own = build_board(
        default_model(),
        hostile,
        line_keys(),
        {line_keys()[-1]: hostile},
        CALM,
    )
    page = phone_page(own, "nl", "/r/s", "n" * 20, {"name": hostile, "text": hostile}).html
    assert "<script" not in page and "<img" not in page
    assert page.count("&lt;script&gt;") >= 3


def test_the_policy_lets_in_exactly_the_pages_own_stylesheet() -> None:
    page = phone_page(board(), "en", "/r/s", "n" * 20)
    style = re.search(r"<style>(.*?)</style>", page.html, re.S).group(1)
    digest = base64.b64encode(hashlib.sha256(style.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in page.csp
    assert "default-src 'none'" in page.csp
    for document in (page.html, join_page("nl").html, message_page("en", "forbidden").html):
        assert "<script" not in document
        assert "http://" not in document and "https://" not in document  # no outside files
        assert 'name="viewport" content="width=device-width, initial-scale=1"' in document


def test_the_asked_question_and_an_answer_field_appear_only_when_asked() -> None:
    asked = phone_page(board(with_question=True), "en", "/r/s", "n" * 20).html
    quiet = phone_page(board(with_question=False), "en", "/r/s", "n" * 20).html
    assert 'name="answer"' in asked and 'name="q" value="1"' in asked
    assert board().question.text.en in asked
    assert 'name="answer"' not in quiet


def test_a_chosen_segment_outside_the_line_opens_the_list() -> None:
    other = default_model().rings[2].segments[3].key
    page = phone_page(board(), "nl", "/r/s", "n" * 20, {"segment": other}).html
    assert f'value="{other}" checked' in page
    assert "<details open>" in page


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7", "nl"),
        ("en-GB,en;q=0.9,nl;q=0.8", "en"),
        ("de-DE,de;q=0.9,en;q=0.5", "en"),
        ("fr-BE,nl-BE;q=0.7,en;q=0.8", "en"),
        ("nl-BE", "nl"),
        ("de, fr", "fr-default"),
        ("", "fr-default"),
        (None, "fr-default"),
        ("en;q=0, nl;q=0.1", "nl"),
        ("en;q=abc, nl;q=0.5", "nl"),
    ],
)
def test_the_page_follows_the_phones_language(header, language) -> None:
    default = "nl" if language != "fr-default" else "en"
    expected = language if language != "fr-default" else default
    assert choose_language(header, default) == expected


def test_every_phone_text_exists_in_both_languages() -> None:
    for key, text in TEXTS.items():
        assert text.nl.strip() and text.en.strip(), key
        assert text.nl != text.en or key in {"code"}, key
