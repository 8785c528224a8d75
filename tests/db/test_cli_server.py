"""The command line on a team store: `--db URL` (before or after the subcommand) and
NETIMPACT_DB, `check` on the server, `backups`/`restore` pointing to the server's own backups,
and every fault at opening as one line with a non-zero exit."""

from __future__ import annotations

import pytest

from app.cli import main
from db import Store
from tests.pg_cluster import READER, READER_PASSWORD


@pytest.fixture
def team_store(pg_cluster, pg_database, model) -> str:
    url = pg_cluster.url(pg_database)
    with Store.open(url) as store:
        network = store.networks.create_network("Wijkzorg Oost")
        store.notes.add_note(network.id, store.model.rings[0].segments[0].key, "geeltje")
    return url


def _one_line(text: str) -> str:
    assert text.count("\n") == 1, text
    assert "Traceback" not in text
    return text


def test_list_with_db_before_or_after_the_command_and_from_the_environment(
    team_store, monkeypatch, capsys
):
    assert main(["--db", team_store, "list"]) == 0
    assert "Wijkzorg Oost" in capsys.readouterr().out
    assert main(["list", "--db", team_store]) == 0
    assert "Wijkzorg Oost" in capsys.readouterr().out
    monkeypatch.setenv("NETIMPACT_DB", team_store)
    assert main(["list"]) == 0
    assert "Wijkzorg Oost" in capsys.readouterr().out


def test_export_and_import_go_through_the_server(team_store, tmp_path, capsys):
    exported = tmp_path / "w.json"
    assert main(["--db", team_store, "export", "Wijkzorg Oost", "-o", str(exported)]) == 0
    assert main(["--db", team_store, "import", str(exported)]) == 0
    out = capsys.readouterr().out
    assert "Wijkzorg Oost (2)" in out and "server " in out and "secret" not in out
    with Store.open(team_store) as store:
        assert [n.name for n in store.networks.list_networks()] == [
            "Wijkzorg Oost",
            "Wijkzorg Oost (2)",
        ]


def test_check_runs_the_schema_and_reference_checks_on_the_server(
    team_store, pg_cluster, pg_database, capsys
):
    assert main(["--db", team_store, "check"]) == 0
    out = capsys.readouterr().out
    assert "healthy" in out and "1 networks" in out
    pg_cluster.admin("ALTER TABLE notes DROP CONSTRAINT fk_notes_network_id_networks", pg_database)
    pg_cluster.admin("UPDATE notes SET network_id = 999", pg_database)
    assert main(["--db", team_store, "check"]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "notes" in err and "docs/team-store.md" in err


@pytest.mark.parametrize("command", [["backups"], ["restore", "some.sqlite"]])
def test_backups_and_restore_say_the_server_keeps_them(team_store, command, capsys):
    assert main(["--db", team_store, *command]) == 1
    err = _one_line(capsys.readouterr().err)
    assert "pg_dump" in err and "docs/team-store.md" in err


def test_a_wrong_password_is_one_line_and_a_failure(pg_cluster, team_store, pg_database, capsys):
    wrong = pg_cluster.url(pg_database, password="fout")
    assert main(["--db", wrong, "list"]) == 1
    err = _one_line(capsys.readouterr().err)
    assert "refused the login" in err and "fout" not in err


def test_a_server_that_is_down_is_one_line_and_a_failure(pg_cluster, team_store, capsys):
    pg_cluster.stop("immediate")
    try:
        assert main(["--db", team_store, "list"]) == 1
        assert "cannot be reached" in _one_line(capsys.readouterr().err)
    finally:
        pg_cluster.start()


def test_a_reader_lists_but_cannot_import(pg_cluster, team_store, pg_database, tmp_path, capsys):
    exported = tmp_path / "w.json"
    assert main(["--db", team_store, "export", "Wijkzorg Oost", "-o", str(exported)]) == 0
    pg_cluster.grant_reading(pg_database)
    reader = pg_cluster.url(pg_database, READER, READER_PASSWORD)
    assert main(["--db", reader, "list"]) == 0
    assert "Wijkzorg Oost" in capsys.readouterr().out
    assert main(["--db", reader, "import", str(exported)]) == 1
    assert "read-only" in capsys.readouterr().err
    poster = tmp_path / "poster.pdf"
    assert main(["--db", reader, "poster", "--network", "Wijkzorg Oost", "-o", str(poster)]) == 0
    assert poster.read_bytes().startswith(b"%PDF")


def test_a_password_file_supplies_the_password(
    pg_cluster, team_store, pg_database, tmp_path, monkeypatch, capsys
):
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:{pg_database}:member:member-secret\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert main(["--db", pg_cluster.url(pg_database, password=None), "list"]) == 0
    assert "Wijkzorg Oost" in capsys.readouterr().out


def test_a_service_file_names_the_server(
    pg_cluster, team_store, pg_database, tmp_path, monkeypatch, capsys
):
    services = tmp_path / "pg_service.conf"
    services.write_text(
        f"[netwerk]\nhost={pg_cluster.socket_folder}\ndbname={pg_database}\n"
        "user=member\npassword=member-secret\n"
    )
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert main(["--db", "postgresql+psycopg:///?service=netwerk", "list"]) == 0
    assert "Wijkzorg Oost" in capsys.readouterr().out
