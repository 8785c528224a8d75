"""Stores on real SQLite files in tmp_path, with a test model of four-segment rings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core.model import Model, parse_model
from db import Store
from tests.model_factory import model_data


@pytest.fixture(scope="session")
def model() -> Model:
    return parse_model(model_data())


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(store_path: Path, model: Model) -> Iterator[Store]:
    with Store.open(store_path, model) as opened:
        yield opened
