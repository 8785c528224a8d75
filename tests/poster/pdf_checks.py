"""Reading back the PDFs the poster writes: text, page boxes, fonts, pixels."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pypdfium2


def extracted_text(path: Path) -> str:
    """All text of all pages, as pypdf extracts it."""
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def squeezed(text: str) -> str:
    """Text without any whitespace: a label broken over two arc lines still matches."""
    return "".join(text.split())


def page_boxes(path: Path) -> list[tuple[float, float]]:
    reader = pypdf.PdfReader(str(path))
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader.pages]


def fonts_of(path: Path) -> dict[str, bool]:
    """Every font the pages use, by base name, and whether its program is embedded."""
    reader = pypdf.PdfReader(str(path))
    found: dict[str, bool] = {}
    for page in reader.pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for reference in fonts.get_object().values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descendant = font["/DescendantFonts"][0].get_object()
                descriptor = descendant.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


def char_boxes(path: Path) -> list[tuple[int, float, float, tuple[float, float, float, float]]]:
    """(page number, page width, page height, box) for every character pdfium finds."""
    document = pypdfium2.PdfDocument(str(path))
    boxes = []
    try:
        for number in range(len(document)):
            page = document[number]
            width, height = page.get_size()
            text_page = page.get_textpage()
            for index in range(text_page.count_chars()):
                boxes.append((number, width, height, text_page.get_charbox(index)))
    finally:
        document.close()
    return boxes


def render_png(path: Path, target: Path, page: int = 0, scale: float = 1.0):
    """Render one page with pdfium, save it as PNG and return the RGB image."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        image = document[page].render(scale=scale).to_pil().convert("RGB")
    finally:
        document.close()
    image.save(target)
    return image


def inked_share(image) -> float:
    """The share of a page's pixels that are not (nearly) white paper: 0.0 for a blank page.

    (`getbbox()` cannot tell: it looks for pixels that are not black, and paper is white.)"""
    grey = image.convert("L")
    inked = sum(count for value, count in enumerate(grey.histogram()) if value < 245)
    return inked / (grey.width * grey.height)


def hex_rgb(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))  # type: ignore[return-value]  # always three


def near(pixel: tuple[int, ...], colour: str, tolerance: int = 12) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, hex_rgb(colour), strict=False))


def dominant(image, x: float, y: float, reach: int = 4) -> tuple[int, int, int]:
    """The most common colour in a small square around (x, y): thin text and lines lose."""
    counts: dict[tuple[int, int, int], int] = {}
    for dx in range(-reach, reach + 1):
        for dy in range(-reach, reach + 1):
            pixel = image.getpixel((round(x) + dx, round(y) + dy))
            counts[pixel] = counts.get(pixel, 0) + 1
    return max(counts, key=counts.__getitem__)


def found_by_pdfium_search(path: Path, text: str) -> bool:
    """Whether a PDF viewer's search (pdfium, as in Chrome) finds `text` whole on any page."""
    document = pypdfium2.PdfDocument(str(path))
    try:
        for number in range(len(document)):
            text_page = document[number].get_textpage()
            searcher = text_page.search(text, match_case=True)
            hit = searcher.get_next()
            searcher.close()
            text_page.close()
            if hit is not None:
                return True
        return False
    finally:
        document.close()
