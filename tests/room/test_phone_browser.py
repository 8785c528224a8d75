"""A real phone browser: headless Chromium (Debian's `chromium` + `chromium-driver`, driven by
Selenium) joins the room with the code, fills in the page and sends post-its.

Chromium gets only the loopback address: every other host name resolves to nothing, and its
background services (updates, sync, safe browsing) are off.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from app.room.measures import AskedIndicator, StoryInvitation
from app.room.server import RoomServer
from tests.room.phones import board, line_keys

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or DRIVER is None,
    reason="headless Chromium is missing: install Debian's chromium and chromium-driver "
    "(.ci/run does) to drive the phone page in a real browser",
)

PHONE = {"width": 390, "height": 844, "pixelRatio": 2}  # a common phone's CSS viewport


@pytest.fixture
def room() -> Iterator[RoomServer]:
    server = RoomServer(board())
    server.open(["127.0.0.1"], 0)
    yield server
    server.close()


@pytest.fixture
def phone(tmp_path: Path):
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-default-apps",
        "--disable-domain-reliability",
        "--disable-client-side-phishing-detection",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(argument)
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": PHONE})
    options.add_experimental_option("prefs", {"intl.accept_languages": "nl-NL,nl"})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


@pytest.mark.slow
def test_a_phone_joins_with_the_code_and_sends_two_post_its(room, phone, tmp_path: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    address = room.address
    assert address is not None
    base = f"http://127.0.0.1:{address.port}"
    phone.get(f"{base}/")
    assert "Doe mee" in phone.page_source  # Dutch: the phone asks for it
    phone.find_element(By.ID, "code").send_keys(address.code_shown.lower())
    phone.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(phone, 10).until(lambda driver: "/r/" in driver.current_url)
    assert phone.current_url == f"{base}/r/{address.secret}"

    # fits a phone: no sideways scrolling, inputs large enough that the phone does not zoom in
    assert phone.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    for field in ("name", "text", "answer"):
        size = phone.execute_script(
            f"return parseFloat(getComputedStyle(document.getElementById('{field}')).fontSize)"
        )
        assert size >= 16, field
    chips = phone.find_elements(By.CSS_SELECTOR, "input[name=segment]")
    assert [chip.get_attribute("value") for chip in chips[:4]] == list(line_keys())
    first_chip_colour = phone.execute_script(
        "return getComputedStyle(arguments[0].parentElement).backgroundColor", chips[0]
    )
    assert first_chip_colour != "rgba(0, 0, 0, 0)"  # the ring's colour shows (CSP allowed it)
    phone.save_screenshot(str(tmp_path / "phone-page.png"))

    phone.find_element(By.ID, "name").send_keys("Ans")
    chips[1].click()
    phone.find_element(By.ID, "text").send_keys("Meer jongeren <b>bereikt</b>")
    phone.find_element(By.ID, "answer").send_keys("Via de wijkavonden")
    phone.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(phone, 10).until(lambda driver: driver.find_elements(By.CSS_SELECTOR, ".ok"))
    notice = phone.find_element(By.CSS_SELECTOR, ".notice.ok").text
    assert "Aangekomen" in notice
    assert phone.find_element(By.ID, "name").get_attribute("value") == "Ans"
    assert phone.find_element(By.ID, "text").get_attribute("value") == ""
    phone.save_screenshot(str(tmp_path / "phone-arrived.png"))

    phone.find_element(By.ID, "text").send_keys("Tweede idee")
    phone.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    WebDriverWait(phone, 10).until(lambda _driver: room.inbox.qsize() == 3)
    assert "Aangekomen" in phone.find_element(By.CSS_SELECTOR, ".notice.ok").text

    items = []
    while not room.inbox.empty():
        items.append(room.inbox.get_nowait())
    assert [(item.segment_key, item.text, item.name) for item in items] == [
        (line_keys()[1], "Meer jongeren <b>bereikt</b>", "Ans"),
        (board().question.segment_key, "Via de wijkavonden", "Ans"),
        (line_keys()[1], "Tweede idee", "Ans"),  # the chosen segment stayed chosen
    ]
    violations = [
        entry["message"]
        for entry in phone.get_log("browser")
        if "Content Security Policy" in entry["message"]
    ]
    assert violations == []


@pytest.mark.slow
def test_a_phone_without_the_secret_gets_nothing(room, phone) -> None:
    assert room.address is not None
    phone.get(f"http://127.0.0.1:{room.address.port}/r/guessing-the-secret")
    assert "niet (meer) open" in phone.page_source
    assert "segment" not in phone.page_source


def test_a_phone_measures_an_indicator_and_tells_a_story_of_change(phone, tmp_path: Path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    asked = AskedIndicator(
        1, 10, 20, "Met hoeveel collega's buiten je school werk je samen?", True, "collega's", "B"
    )
    measuring = replace(
        board(with_question=False), indicator=asked, stories=StoryInvitation("B", 20)
    )
    room = RoomServer(measuring)
    address = room.open(["127.0.0.1"], 0)
    try:
        phone.get(f"http://127.0.0.1:{address.port}/r/{address.secret}")
        assert asked.question in phone.page_source
        assert phone.execute_script(
            "return document.documentElement.scrollWidth <= window.innerWidth"
        )
        number = phone.find_element(By.ID, "measure")
        assert number.get_attribute("inputmode") == "decimal"  # the phone offers its number pad
        phone.find_element(By.ID, "name").send_keys("Sanne")
        number.send_keys("3,5")
        phone.find_element(By.ID, "changed").send_keys("We delen nu lesmateriaal")
        phone.find_element(By.ID, "for_whom").send_keys("Docenten en studenten")
        phone.find_element(By.ID, "why").send_keys("Minder dubbel werk")
        phone.find_element(By.ID, "contribution").send_keys("De netwerkdagen")
        boxes = phone.find_elements(By.CSS_SELECTOR, "input[name=s]")
        for box in (boxes[1], boxes[2]):
            phone.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
            box.click()
        phone.save_screenshot(str(tmp_path / "phone-measure-filled.png"))
        phone.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
        WebDriverWait(phone, 10).until(lambda _driver: room.inbox.qsize() == 2)
        assert "Aangekomen" in phone.find_element(By.CSS_SELECTOR, ".notice.ok").text
        phone.save_screenshot(str(tmp_path / "phone-measure-arrived.png"))
    finally:
        room.close()
    measure, story = room.inbox.get_nowait(), room.inbox.get_nowait()
    assert (measure.indicator, measure.value, measure.text, measure.name) == (
        asked,
        3.5,
        "3.5",
        "Sanne",
    )
    assert story.story is not None
    assert story.story.parts() == (
        "We delen nu lesmateriaal",
        "Docenten en studenten",
        "Minder dubbel werk",
        "De netwerkdagen",
    )
    keys = [segment.key for segment in measuring.segments]
    assert story.story.segment_keys == (keys[1], keys[2])
    assert story.story.moment_id == 20
