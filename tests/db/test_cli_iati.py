"""`netimpact export NETWORK --format iati`: the identity asked once and kept, refusals in
one line naming the option, the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from app.cli import main
from db import Store
from tests.db.group_builders import grouped_network
from tests.model_factory import model_data

SCHEMA = Path(__file__).parent / "fixtures" / "iati-2.03" / "iati-activities-schema.xsd"


@pytest.fixture
def store_file(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path) as store:
        store.networks.create_network("Zorgnetwerk", "Zorg in de wijk")
    return path


def test_the_identity_is_given_once_and_kept(store_file, tmp_path, capsys):
    target = tmp_path / "results.xml"
    arguments = ["export", "Zorgnetwerk", "-o", str(target)]
    assert main([*arguments, "--iati-identifier", "NL-KVK-1-zorg", "--iati-org", "NL-KVK-1"]) == 0
    assert "(iati)" in capsys.readouterr().out
    target.unlink()
    assert main(arguments) == 0  # the second time without: kept with the network
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    document = etree.parse(str(target))
    schema.assertValid(document)
    assert document.findtext(".//iati-identifier") == "NL-KVK-1-zorg"


@pytest.mark.parametrize(
    ("options", "line"),
    [
        ([], "--iati-org: the reporting organisation's IATI ref is missing"),
        (["--iati-org", "NL-KVK-1"], "--iati-identifier: the IATI identifier is missing"),
        (
            ["--iati-org", "NL-KVK-1", "--iati-identifier", "NL-KVK-1-zorg netwerk"],
            "--iati-identifier: the IATI identifier 'NL-KVK-1-zorg netwerk' contains a space",
        ),
        (
            ["--iati-org", "NL-KVK-1", "--iati-identifier", "GB-COH-9-zorg"],
            "--iati-identifier: the IATI identifier must begin with the organisation ref",
        ),
    ],
)
def test_a_missing_or_bad_identity_is_one_line_and_nothing_changes(
    store_file, tmp_path, capsys, options, line
):
    target = tmp_path / "results.xml"
    assert main(["export", "Zorgnetwerk", "--format", "iati", "-o", str(target), *options]) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"netimpact: {line}") and error.count("\n") == 1
    assert not target.exists()
    with Store.open(store_file) as store:
        assert store.networks.find_network("Zorgnetwerk").iati_org_ref == ""


def test_a_network_with_groups_from_the_command_line(tmp_path, monkeypatch):
    from app.core.model import parse_model

    path = tmp_path / "groups.sqlite"
    monkeypatch.setenv("NETIMPACT_DB", str(path))
    with Store.open(path, parse_model(model_data())) as store:
        grouped_network(store)
    target = tmp_path / "groups.xml"
    options = ["--iati-org", "NL-KVK-2", "--iati-identifier", "NL-KVK-2-leren"]
    # the command line opens the store with the real model: this network's keys fit it
    code = main(["export", "Leernetwerk Leiden", "-o", str(target), *options])
    assert code == 0
    assert b"<dimension" in target.read_bytes()
