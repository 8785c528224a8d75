"""A network with every kind of object in it, built through the service API."""

from __future__ import annotations

from datetime import date

from app.core.geometry import Arrangement
from app.core.model import Direction, IndicatorKind
from app.core.plausibility import Plausibility
from db import Store
from db.records import LineStatus, SourceKind, WheelState

LINE_KEYS = ("ring1.s0", "ring2.s1", "ring3.s2", "stakeholders.s3")


def fill_network(store: Store, name: str = "Zorgnetwerk Rijnland", texts: str = "") -> int:
    """Every kind of object once or more; `texts` is mixed into every free text."""
    network = store.networks.create_network(name, f"Een netwerk {texts}")
    store.networks.set_stakeholder_group(network.id, "stakeholders.s1", f"Studenten {texts}", "mbo")
    store.wheel.save_wheel(
        network.id,
        WheelState(Arrangement((1, 2, 3, 0)), frozenset({"ring2"}), "ring1", None),
    )
    for kind in ("core.part0", "core.part0", "core.part2", "core.part3"):
        store.lines.add_core_entry(network.id, kind, f"{kind} {texts}")
    first = store.lines.create_line(
        network.id,
        LINE_KEYS,
        Direction.OUTSIDE_IN,
        title=f"Van buiten naar binnen {texts}",
        status=LineStatus.INVESTIGATING,
        stories={"core": f"kern {texts}", "ring2": f"verhaal <b>x</b> {texts}"},
        assumptions=f'aanname "quoted" {texts}',
    )
    second = store.lines.create_line(
        network.id, ("ring1.s3", "ring2.s3", "ring3.s3", "stakeholders.s0")
    )
    a = store.learning.add_moment(network.id, "A", date(2024, 3, 1), "start", f"geleerd {texts}")
    b = store.learning.add_moment(network.id, "B", None, "", "")
    counted = store.lines.add_indicator(
        first.id,
        "ring1",
        "Aantal deelnemers",
        IndicatorKind.QUANTITATIVE,
        unit="mensen",
        insight=f"bereik {texts}",
        insight_audience="bestuur",
        cost="laag",
        form="tabel",
        source_kind=SourceKind.EXISTING,
        source="presentielijst",
        valid=True,
        measurable=True,
        relevant=None,
        check_note="ok",
        frequency="per kwartaal",
        owner="programmabureau",
        baseline="10",
        target="40",
        interpretation="meer is beter",
        audience="partners",
        communication="nieuwsbrief",
    )
    told = store.lines.add_indicator(
        first.id, "stakeholders", "Verhalen", IndicatorKind.QUALITATIVE
    )
    store.lines.add_indicator(second.id, "core", "Inzet", IndicatorKind.QUANTITATIVE)
    store.learning.add_measurement(counted.id, a.id, 12.5, "", "eerste meting")
    store.learning.add_measurement(counted.id, b.id, 30.0, "", "", "telling", date(2024, 6, 2))
    store.learning.set_target(counted.id, b.id, 25.0, "", "plan")
    store.learning.set_target(counted.id, b.id, 35.0, "ruim", "extra geld")
    store.evidence.set_step_plausibility(first.id, "ring2", Plausibility.PARTLY)
    store.evidence.add_evidence(first.id, "ring2", "bewijs", "https://example.org/x", None, a.id)
    store.evidence.add_evidence(first.id, "core", "verslag", "", date(2024, 3, 2))
    store.learning.add_measurement(told.id, a.id, None, f"„Het werkt” {texts}", "")
    store.notes.add_note(network.id, "ring2.s1", f"geeltje {texts}", "#ffe97a", a.id)
    store.notes.add_note(network.id, "core.part1", "zonder moment", "#A0D8F0")
    return network.id
