"""Fixtures for the poster tests: the shipped model and a network record."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.core.model import Model, default_model
from db.records import Network, StakeholderGroup

NETWORK_NAME = "Zorgnetwerk Leiden-Oost: coöperatie één, ideeën"


@pytest.fixture(scope="session")
def model() -> Model:
    return default_model()


def make_network(
    model: Model, name: str = NETWORK_NAME, own_names: dict[str, str] | None = None
) -> Network:
    own_names = own_names or {}
    moment = datetime(2025, 3, 4, 10, 0)
    return Network(
        id=1,
        name=name,
        description="",
        stakeholders=tuple(
            StakeholderGroup(segment.key, own_names.get(segment.key, ""), "")
            for segment in model.stakeholder_ring.segments
        ),
        created_at=moment,
        updated_at=moment,
    )


@pytest.fixture
def network(model: Model) -> Network:
    return make_network(model)
