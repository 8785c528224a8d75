"""The phone page's words in Dutch and English, and which of the two a phone asks for.

The page follows the phone's language (its Accept-Language header), not the program's, so
these texts live here rather than in the program's Qt catalogue; the program has no part in
serving them.
"""

from __future__ import annotations

from app.core.model import LANGUAGES, Language, Text

TEXTS: dict[str, Text] = {
    "title": Text("Geeltje voor de muur", "A post-it for the wall"),
    "join_title": Text("Doe mee", "Join in"),
    "join_help": Text("Typ de code die op het scherm staat.", "Type the code shown on the screen."),
    "code": Text("Code", "Code"),
    "join": Text("Doe mee", "Join"),
    "wrong_code": Text(
        "Die code klopt niet. Kijk nog eens op het scherm.",
        "That code is not right. Have another look at the screen.",
    ),
    "name": Text("Je naam (mag leeg blijven)", "Your name (optional)"),
    "segment": Text("Waar hoort je geeltje bij?", "Where does your post-it belong?"),
    "on_line": Text("Op de lijn van nu", "On the line we are discussing"),
    "all_segments": Text("Alle andere segmenten", "All other segments"),
    "text": Text("Je geeltje", "Your post-it"),
    "question": Text("Vraag van de begeleider", "The facilitator asks"),
    "answer": Text("Je antwoord (mag leeg blijven)", "Your answer (optional)"),
    "send": Text("Verstuur", "Send"),
    "arrived": Text(
        "Aangekomen, dank je! De begeleider zet het op de muur. Schrijf gerust nog een geeltje.",
        "Arrived, thank you! The facilitator will put it on the wall. Feel free to write another.",
    ),
    "arrived_already": Text("Dit geeltje was al aangekomen.", "This post-it had arrived already."),
    "malformed": Text(
        "Dat lukte niet. Laad de pagina opnieuw en probeer het nog eens.",
        "That did not work. Reload the page and try again.",
    ),
    "empty": Text("Schrijf eerst iets op.", "Write something first."),
    "no_segment": Text("Kies waar je geeltje bij hoort.", "Choose where your post-it belongs."),
    "unknown_segment": Text(
        "Dat segment bestaat niet (meer). Kies er een uit de lijst.",
        "That segment does not exist (any more). Choose one from the list.",
    ),
    "unknown_question": Text(
        "Die vraag ken ik niet. Laad de pagina opnieuw.",
        "That question is unknown. Reload the page.",
    ),
    "too_long": Text(
        "Dat is te lang voor één geeltje. Maak het korter of verdeel het.",
        "That is too long for one post-it. Shorten it or split it up.",
    ),
    "too_fast": Text(
        "Even rustig aan: wacht een paar seconden en verstuur dan opnieuw. Je tekst staat er nog.",
        "Slow down a little: wait a few seconds, then send again. Your text is still here.",
    ),
    "slow": Text(
        "Dat duurde te lang. Ga terug en verstuur het nog eens.",
        "That took too long. Go back and send it again.",
    ),
    "measure_title": Text("Meten met de zaal", "Measuring with the room"),
    "measure_number": Text("Je antwoord (een getal)", "Your answer (a number)"),
    "measure_story": Text("Je verhaal", "Your story"),
    "measure_moment": Text("Meetmoment", "Moment"),
    "unknown_indicator": Text(
        "Die vraag wordt niet meer gesteld. Laad de pagina opnieuw.",
        "That question is no longer asked. Reload the page.",
    ),
    "unknown_group": Text(
        "Die groep hoort niet bij deze vraag. Kies een groep uit de lijst.",
        "That group does not belong to this question. Choose a group from the list.",
    ),
    "group_for": Text("Voor welke groep geldt je antwoord?", "Which group is your answer for?"),
    "group_whole": Text("Weet ik niet / het geheel", "I don't know / the whole"),
    "not_a_number": Text(
        "Dat is geen getal. Typ alleen een getal, zoals 12 of 3,5.",
        "That is not a number. Type just a number, such as 12 or 3.5.",
    ),
    "story_title": Text("Een verhaal van verandering", "A story of change"),
    "story_changed": Text("Wat is er veranderd?", "What changed?"),
    "story_for_whom": Text("Voor wie?", "For whom?"),
    "story_why": Text("Waarom is dat belangrijk?", "Why does it matter?"),
    "story_contribution": Text(
        "Wat heeft het netwerk daaraan bijgedragen?", "What did the network contribute?"
    ),
    "story_segments": Text(
        "Waar hoort je verhaal bij? Kies één tot vier segmenten.",
        "Where does your story belong? Choose one to four segments.",
    ),
    "no_stories": Text(
        "Verhalen worden nu niet gevraagd. Laad de pagina opnieuw.",
        "Stories are not being asked for now. Reload the page.",
    ),
    "story_photo": Text("Een foto erbij (mag)", "Add a photo (optional)"),
    "photo_too_large": Text(
        "Die foto is te groot (meer dan 12 MB). Kies een kleinere; je tekst staat er nog.",
        "That photo is too large (over 12 MB). Choose a smaller one; your text is still here.",
    ),
    "photo_not_a_photo": Text(
        "Dat bestand is geen foto die we kunnen lezen (JPEG, PNG of HEIC). Je tekst staat er nog.",
        "That file is not a photo we can read (JPEG, PNG or HEIC). Your text is still here.",
    ),
    "photo_damaged": Text(
        "Die foto is beschadigd of niet helemaal verstuurd. Probeer hem nog eens; je tekst "
        "staat er nog.",
        "That photo is damaged or did not arrive whole. Try it again; your text is still here.",
    ),
    "photo_too_many_pixels": Text(
        "Die foto heeft veel te veel beeldpunten. Kies een andere; je tekst staat er nog.",
        "That photo has far too many pixels. Choose another; your text is still here.",
    ),
    "photo_without_answer": Text(
        "Een foto hoort bij een antwoord: vul eerst je antwoord in. Kies de foto daarna opnieuw.",
        "A photo goes with an answer: first fill in your answer. Then choose the photo again.",
    ),
    "photo_without_story": Text(
        "Een foto hoort bij een verhaal: schrijf eerst wat er veranderd is. Kies de foto "
        "daarna opnieuw.",
        "A photo goes with a story: first write what changed. Then choose the photo again.",
    ),
    "forbidden": Text(
        "Deze pagina is niet (meer) open. Scan de QR-code op het scherm opnieuw.",
        "This page is not open (any more). Scan the QR code on the screen again.",
    ),
    "not_found": Text("Hier is niets.", "Nothing here."),
}


def words(key: str, language: Language) -> str:
    return TEXTS[key].in_(language)


def choose_language(accept_language: str | None, default: Language) -> Language:
    """The first of Dutch and English the phone prefers (RFC 9110 quality values), else
    `default`. "nl-BE" counts as Dutch; q=0 means "not this one"."""
    best: tuple[float, int, Language] | None = None
    for position, part in enumerate((accept_language or "").split(",")):
        pieces = [piece.strip() for piece in part.split(";")]
        tag = pieces[0].lower().split("-")[0]
        if tag not in LANGUAGES:
            continue
        quality = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality <= 0:
            continue
        candidate = (-quality, position, tag)
        if best is None or candidate < best:
            best = candidate
    return best[2] if best is not None else default
