"""The phone page and its small siblings (join with a code, refused, not found) as HTML text.

No JavaScript, no external files, no cookies: one HTML document with its own stylesheet, which
the Content-Security-Policy allows by its hash and nothing else. Everything typed or named by
people goes through `html.escape`; it is text on the page, never markup.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from html import escape

from app.core.limits import MAX_NOTE
from app.core.model import Language
from app.room.board import RoomBoard, SegmentChoice
from app.room.page_measures import measure_section, story_section
from app.room.phone_texts import words
from app.room.submission import MAX_PARTICIPANT_NAME

# Inputs at 16 px: phones zoom into smaller text fields on focus, and the page should never need
# zooming. Chips are large tap targets (at least 44 px high, as the platforms' guides ask).
BASE_CSS = """
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:16px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
background:#f7f5f0;color:#0b2530}
main{max-width:34rem;margin:0 auto;padding:1rem}
h1{font-size:1.3rem;margin:.2rem 0 .8rem;overflow-wrap:anywhere}
label,legend,.group{display:block;font-weight:600;margin:.9rem 0 .3rem}
input[type=text],textarea{width:100%;font:inherit;font-size:16px;padding:.6rem;
border:1px solid #46707b;border-radius:.4rem;background:#fff;color:#0b2530}
textarea{min-height:6.5rem;resize:vertical}
select{width:100%;min-height:44px;font:inherit;font-size:16px;padding:.4rem;
border:1px solid #46707b;border-radius:.4rem;background:#fff;color:#0b2530}
fieldset{border:0;padding:0;margin:0;min-width:0}
.chips{display:flex;flex-wrap:wrap;gap:.4rem}
.chip{display:flex;align-items:center;gap:.4rem;margin:0;font-weight:400;min-height:44px;
padding:.35rem .6rem;border-radius:.4rem;border:2px solid transparent;flex:1 1 45%}
.chip input{width:1.2rem;height:1.2rem;margin:0;flex:none}
.chip:has(input:checked){border-color:#8f5200;box-shadow:0 0 0 2px #8f5200}
.chip small{display:block;font-size:.75rem}
details{margin-top:.7rem}
summary{min-height:44px;padding:.6rem 0;font-weight:600;cursor:pointer}
.ring{font-weight:600;margin:.6rem 0 .3rem}
.ask{background:#fff;border-left:.35rem solid #8f5200;padding:.6rem .8rem;margin:1rem 0 0}
.ask p{margin:.2rem 0}
button{display:block;width:100%;margin:1.2rem 0 .6rem;min-height:48px;font:inherit;
font-size:1.1rem;font-weight:700;border:0;border-radius:.5rem;background:#123b4a;color:#fff}
.notice{padding:.7rem .8rem;border-radius:.4rem;margin:0 0 .6rem;font-weight:600}
.ok{background:#b9f0b0}.bad{background:#ffc4d6}
input[type=file]{width:100%;font:inherit;font-size:16px;padding:.4rem 0}
input[inputmode=decimal]{width:60%;font:inherit;font-size:16px;padding:.6rem;
border:1px solid #6f9ea8;border-radius:.4rem;background:#fff;color:#0b2530}
.unit{margin-left:.4rem;font-weight:600}
.story textarea{min-height:4rem}
.code{text-transform:uppercase;letter-spacing:.2em;font-size:1.4rem}
@media (prefers-contrast:more){body{background:#fff;color:#000}
input[type=text],textarea,select{border-color:#000;color:#000}
.chip:has(input:checked){border-color:#000;box-shadow:0 0 0 2px #000}
.ask{border-left-color:#000}button{background:#000;color:#fff}}
""".strip()


@dataclass(frozen=True, slots=True)
class Page:
    """An HTML document and the Content-Security-Policy that lets exactly its stylesheet in."""

    html: str
    csp: str


@lru_cache(maxsize=16)
def content_security_policy(css: str) -> str:
    digest = base64.b64encode(hashlib.sha256(css.encode("utf-8")).digest()).decode("ascii")
    return (
        "default-src 'none'; "
        f"style-src 'sha256-{digest}'; "
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    )


def _document(language: Language, title: str, body: str, css: str = BASE_CSS) -> Page:
    html = (
        f'<!doctype html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{escape(title)}</title>\n<style>{css}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
    return Page(html, content_security_policy(css))


def _colour_classes(board: RoomBoard) -> tuple[dict[tuple[str, str], str], str]:
    """A CSS class per distinct pair of ring colours, so no element needs a style attribute
    (which the policy would have to allow as 'unsafe-inline')."""
    classes: dict[tuple[str, str], str] = {}
    for choice in board.segments:
        classes.setdefault((choice.fill, choice.text_colour), f"c{len(classes)}")
    rules = "".join(
        f".{name}{{background:{fill};color:{text}}}" for (fill, text), name in classes.items()
    )
    return classes, rules


def _notice(notice: tuple[bool, str] | None, language: Language) -> str:
    if notice is None:
        return ""
    ok, key = notice
    kind = "ok" if ok else "bad"
    role = "status" if ok else "alert"
    return f'<p class="notice {kind}" role="{role}">{escape(words(key, language))}</p>'


def _chip(choice: SegmentChoice, css_class: str, language: Language, chosen: str) -> str:
    checked = " checked" if choice.key == chosen else ""
    return (
        f'<label class="chip {css_class}"><input type="radio" name="segment" '
        f'value="{escape(choice.key)}"{checked}><span><small>{escape(choice.ring.in_(language))}'
        f"</small>{escape(choice.label.in_(language))}</span></label>"
    )


def phone_page(
    board: RoomBoard,
    language: Language,
    action: str,
    nonce: str,
    form: dict[str, str] | None = None,
    notice: tuple[bool, str] | None = None,
) -> Page:
    """The form for one post-it. `form` refills what was typed (after an error, or the name
    and segment after a note arrived); `notice` is (arrived?, text key) above the form."""
    form = form or {}
    classes, colour_rules = _colour_classes(board)
    chosen = form.get("segment", "")

    def chips(choices: list[SegmentChoice]) -> str:
        inner = "".join(_chip(c, classes[c.fill, c.text_colour], language, chosen) for c in choices)
        return f'<div class="chips">{inner}</div>'

    on_line = [c for c in board.segments if c.on_line]
    others = [c for c in board.segments if not c.on_line]
    groups: dict[str, list[SegmentChoice]] = {}
    for choice in others:
        groups.setdefault(choice.ring.in_(language), []).append(choice)
    other_html = "".join(
        f'<p class="ring">{escape(ring)}</p>{chips(choices)}' for ring, choices in groups.items()
    )
    opened = " open" if any(c.key == chosen for c in others) or not on_line else ""
    question = ""
    if board.question is not None:
        asked = board.question
        question = (
            f'<div class="ask"><p><strong>{escape(words("question", language))}</strong> '
            f"({escape(asked.step.in_(language))})</p><p>{escape(asked.text.in_(language))}</p>"
            f'<input type="hidden" name="q" value="{asked.id}">'
            f'<label for="answer">{escape(words("answer", language))}</label>'
            f'<textarea id="answer" name="answer" maxlength="{MAX_NOTE}" rows="3">'
            f"{escape(form.get('answer', ''))}</textarea></div>"
        )
    # A photo can go with a story or an answer to an indicator: only then is the form sent
    # as multipart.
    with_photo = board.stories is not None or board.indicator is not None
    encoding = ' enctype="multipart/form-data"' if with_photo else ""
    body = (
        f"<h1>{escape(board.network)}</h1>\n{_notice(notice, language)}\n"
        f'<form method="post" action="{escape(action)}" accept-charset="utf-8"{encoding}>\n'
        f'<input type="hidden" name="n" value="{escape(nonce)}">\n'
        f'<label for="name">{escape(words("name", language))}</label>'
        f'<input type="text" id="name" name="name" maxlength="{MAX_PARTICIPANT_NAME}" '
        f'autocomplete="name" value="{escape(form.get("name", ""))}">\n'
        # What the facilitator asks the room to measure comes first, then the post-it.
        f"{measure_section(board, language, form)}{story_section(board, language, form)}"
        f"<fieldset><legend>{escape(words('segment', language))}</legend>\n"
        + (
            f'<p class="group">{escape(words("on_line", language))}</p>{chips(on_line)}\n'
            if on_line
            else ""
        )
        + f"<details{opened}><summary>{escape(words('all_segments', language))}</summary>"
        f"{other_html}</details></fieldset>\n"
        f'<label for="text">{escape(words("text", language))}</label>'
        f'<textarea id="text" name="text" maxlength="{MAX_NOTE}" rows="4">'
        f"{escape(form.get('text', ''))}</textarea>\n{question}\n"
        f'<button type="submit">{escape(words("send", language))}</button>\n</form>'
    )
    return _document(language, words("title", language), body, f"{BASE_CSS}\n{colour_rules}")


def join_page(language: Language, wrong_code: bool = False, code: str = "") -> Page:
    """The short address's page: type the room code shown on the projector."""
    notice = _notice((False, "wrong_code"), language) if wrong_code else ""
    body = (
        f"<h1>{escape(words('join_title', language))}</h1>\n{notice}\n"
        f"<p>{escape(words('join_help', language))}</p>\n"
        '<form method="post" action="/join" accept-charset="utf-8">\n'
        f'<label for="code">{escape(words("code", language))}</label>'
        '<input type="text" class="code" id="code" name="code" maxlength="16" '
        'autocomplete="off" autocapitalize="characters" spellcheck="false" '
        f'value="{escape(code)}">\n'
        f'<button type="submit">{escape(words("join", language))}</button>\n</form>'
    )
    return _document(language, words("join_title", language), body)


def message_page(language: Language, key: str) -> Page:
    """A page with one sentence: refused, not found, too long."""
    body = f"<h1>{escape(words('title', language))}</h1>\n{_notice((False, key), language)}"
    return _document(language, words("title", language), body)
