"""`netimpact --self-test` in-process: a report and exit 0, or one line and exit 1."""

from __future__ import annotations

from app.cli import main


def test_self_test_passes_and_reports(qapp, capsys) -> None:
    assert main(["--self-test"]) == 0
    out = capsys.readouterr().out
    assert "self-test passed" in out
    assert "poster written" in out and "turned and rested" in out
    assert "wheel image made" in out


def test_self_test_fails_with_one_line(qapp, capsys, monkeypatch) -> None:
    import app.poster

    def broken(*_args, **_kwargs):
        raise OSError("disk full\nsecond line")

    monkeypatch.setattr(app.poster, "render_blank_poster", broken)
    assert main(["--self-test"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["netimpact --self-test: FAILED: disk full"]
