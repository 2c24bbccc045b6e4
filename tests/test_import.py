"""import_notice / export_notices: the JSON interchange, its messages and its atomicity."""

import datetime as dt
import json
import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tenders.models import Milestone, Notice, Team
from tests.conftest import tokyo

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


GOOD = {
    "title": "テスト業務委託",
    "issuer": "テスト市",
    "milestones": [
        {
            "kind": "question",
            "label": "質問受付期限",
            "date": "2026-04-15",
            "time": "16:30",
            "precision": "datetime",
            "note": "メール",
        },
        {"kind": "contract", "label": "契約の締結", "date": "2026-05-01", "time": None, "precision": "late_month", "note": None},
    ],
    "not_milestones": ["ignored"],
}


def test_imports_every_sample_notice(db, sample_paths):
    out, _ = run("import_notice", *map(str, sample_paths), "--team", "入札チーム", "--owner", "lead@example.jp")
    assert "チーム「入札チーム」を作成しました" in out
    assert "担当者 lead@example.jp のアカウントを作成しました" in out
    assert Notice.objects.count() == 5
    for path in sample_paths:
        answer = json.loads(path.read_text(encoding="utf-8"))
        notice = Notice.objects.get(title=answer["title"])
        assert notice.issuer == answer["issuer"]
        assert notice.team.name == "入札チーム" and notice.owner.email == "lead@example.jp"
        got = [
            (
                m.kind,
                m.label,
                m.date.isoformat(),
                m.due_time.strftime("%H:%M") if m.due_time else None,
                m.precision,
                m.delivery_note or None,
            )
            for m in notice.milestones.order_by("pk")
        ]
        want = [(m["kind"], m["label"], m["date"], m["time"], m["precision"], m["note"]) for m in answer["milestones"]]
        assert got == want
        assert f"案件「{answer['title']}」（日程 {len(want)} 件）を登録しました" in out
    kuwana = Milestone.objects.get(label="質問の受付期限")
    assert kuwana.due_at == tokyo(2026, 4, 15, 16, 30)
    contract = Milestone.objects.get(label="契約の締結")
    assert (contract.precision, contract.starts_on, contract.ends_on) == (
        "late_month",
        dt.date(2026, 5, 21),
        dt.date(2026, 5, 31),
    )


def test_existing_team_and_owner_are_reused(owner, team, tmp_path):
    out, _ = run("import_notice", str(write(tmp_path, "a.json", GOOD)), "--team", team.name, "--owner", owner.email)
    assert "作成しました" not in out
    assert Team.objects.count() == 1 and Notice.objects.get().owner == owner


BAD = [
    ("broken.json", '{"title": "x", ', "JSON として読めません"),
    ("notobject.json", "[1, 2]", "案件はオブジェクト"),
    ("notitle.json", {"milestones": []}, "「title」がありません"),
    ("titletype.json", {"title": 5}, "「title」は文字列で書きます"),
    ("milestones.json", {"title": "x", "milestones": {"a": 1}}, "「milestones」はリスト"),
    (
        "date.json",
        {"title": "x", "milestones": [{**GOOD["milestones"][0], "date": "2026-02-30"}]},
        "日付「2026-02-30」は存在しない",
    ),
    (
        "datetype.json",
        {"title": "x", "milestones": [{**GOOD["milestones"][0], "date": 20260415}]},
        '「date」は "YYYY-MM-DD" 形式',
    ),
    (
        "time.json",
        {"title": "x", "milestones": [{**GOOD["milestones"][0], "time": "25:00"}]},
        "時刻「25:00」は HH:MM 形式ではありません",
    ),
    ("kind.json", {"title": "x", "milestones": [{**GOOD["milestones"][0], "kind": "party"}]}, "種別「party」は不明です"),
    ("precision.json", {"title": "x", "milestones": [{**GOOD["milestones"][0], "precision": "soon"}]}, "精度「soon」は不明です"),
    (
        "notime.json",
        {"title": "x", "milestones": [{**GOOD["milestones"][0], "time": None}]},
        "精度 datetime には時刻（time）が必要です",
    ),
    (
        "monthday.json",
        {"title": "x", "milestones": [{**GOOD["milestones"][1], "date": "2026-05-21"}]},
        "精度 late_month の日付は月の1日で書きます",
    ),
    ("status.json", {**GOOD, "status": "dreaming"}, "status"),
]


HOSTILE = [
    ("deep.json", "[" * 100_000 + "]" * 100_000, "入れ子が深すぎて読めません"),
    ("digits.json", '{"title": "x", "budget_ceiling": ' + "9" * 5000 + "}", "桁数の多すぎる数"),
    ("empty.json", "[]", "案件がありません"),
    (
        "year1.json",
        {**GOOD, "milestones": [{**GOOD["milestones"][0], "date": "0001-01-01", "time": "00:30"}]},
        "日付「0001-01-01」は扱える範囲（2000-01-01〜2100-12-31）の外です",
    ),
    (
        "year9999.json",
        {**GOOD, "milestones": [{**GOOD["milestones"][1], "date": "9999-12-01"}]},
        "日付「9999-12-01」は扱える範囲（2000-01-01〜2100-12-31）の外です",
    ),
    ("nul-only.json", {**GOOD, "title": "\x00\x01"}, "件名（title）が空です"),
]


@pytest.mark.parametrize("name,content,message", BAD + HOSTILE)
def test_bad_file_names_the_file_and_the_problem_and_saves_nothing(db, tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    err = StringIO()
    with pytest.raises(CommandError) as error:
        call_command("import_notice", str(path), "--team", "T", "--owner", "o@example.jp", stdout=StringIO(), stderr=err)
    assert error.value.returncode == 1
    assert str(path) in err.getvalue() and message in err.getvalue()
    assert "何も保存していません" in err.getvalue()
    assert Notice.objects.count() == 0 and Milestone.objects.count() == 0


def test_file_not_in_utf8_is_refused(db, tmp_path):
    path = tmp_path / "sjis.json"
    path.write_bytes('{"title": "業務"}'.encode("cp932"))
    err = StringIO()
    with pytest.raises(CommandError):
        call_command("import_notice", str(path), "--team", "T", "--owner", "o@example.jp", stdout=StringIO(), stderr=err)
    assert "UTF-8 の JSON ではありません" in err.getvalue()


def test_one_bad_milestone_leaves_nothing_of_that_file_but_other_files_import(db, tmp_path):
    bad = dict(GOOD, title="壊れた案件", milestones=[GOOD["milestones"][0], {**GOOD["milestones"][1], "precision": "late"}])
    good = write(tmp_path, "good.json", GOOD)
    broken = write(tmp_path, "broken.json", bad)
    err = StringIO()
    with pytest.raises(CommandError):
        call_command(
            "import_notice", str(broken), str(good), "--team", "T", "--owner", "o@example.jp", stdout=StringIO(), stderr=err
        )
    assert list(Notice.objects.values_list("title", flat=True)) == ["テスト業務委託"]
    assert Milestone.objects.count() == 2
    assert "broken.json" in err.getvalue() and "good.json" not in err.getvalue()


def test_database_failure_mid_file_rolls_back_the_whole_file(db, tmp_path, monkeypatch):
    """A failure after the notice row was written (here: the second milestone's save) leaves nothing."""
    from tenders.models import milestones as milestone_module

    original_save = milestone_module.Milestone.save
    calls = {"n": 0}

    def failing_save(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise milestone_module.models.ProtectedError("disk full", set())
        return original_save(self, *args, **kwargs)

    monkeypatch.setattr(milestone_module.Milestone, "save", failing_save)
    with pytest.raises(Exception, match="disk full"):
        call_command(
            "import_notice", str(write(tmp_path, "a.json", GOOD)), "--team", "T", "--owner", "o@example.jp", stdout=StringIO()
        )
    assert Notice.objects.count() == 0 and Milestone.objects.count() == 0


def test_export_writes_the_shape_import_reads(db, tmp_path, sample_paths):
    run("import_notice", *map(str, sample_paths), "--team", "A", "--owner", "a@example.jp")
    out, _ = run("export_notices")
    exported = json.loads(out)
    assert len(exported) == 5
    kuwana = next(n for n in exported if n["issuer"] == "桑名市")
    original = json.loads((sample_paths[2]).read_text(encoding="utf-8"))
    assert [{k: m[k] for k in ("kind", "label", "date", "time", "precision", "note")} for m in kuwana["milestones"]] == original[
        "milestones"
    ]
    # Round trip into another team through files.
    run("export_notices", "--dir", str(tmp_path / "out"))
    files = sorted((tmp_path / "out").glob("*.json"))
    assert len(files) == 5
    run("import_notice", *map(str, files), "--team", "B", "--owner", "b@example.jp")
    assert Notice.objects.filter(team__name="B").count() == 5
    assert (
        Milestone.objects.filter(notice__team__name="B").count() == Milestone.objects.filter(notice__team__name="A").count() == 17
    )


def test_command_line_failure_has_no_traceback_and_exits_non_zero(tmp_path):
    """The real command in its own process, on its own database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}",
    }
    env.pop("PYTEST_CURRENT_TEST", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, timeout=120)
    bad = write(tmp_path, "bad.json", {"title": "x", "milestones": [{**GOOD["milestones"][0], "date": "2026-13-01"}]})
    result = subprocess.run(
        [*manage, "import_notice", str(bad), "--team", "T", "--owner", "o@example.jp"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1
    assert "bad.json" in result.stderr and "日付「2026-13-01」は存在しない" in result.stderr
    assert "Traceback" not in result.stderr


# --- hostile files: a message each, nothing saved, never a traceback --------------------------------


def test_nul_control_characters_and_lone_surrogates_are_cleaned_from_imported_text(db, tmp_path):
    dirty = {
        **GOOD,
        "title": "テスト\x00業務\u2028委託\ud800",
        "issuer": "テスト市\x1c",
        "reference_number": "第1\x0b号",
        "notes": "一行目\r\n二行目\x00\x7f",
        "milestones": [{**GOOD["milestones"][0], "label": "質問\x00受付\x85期限", "note": "メール\x00"}],
    }
    path = tmp_path / "dirty.json"
    path.write_text(json.dumps(dirty, ensure_ascii=True), encoding="utf-8")  # \u0000 and \ud800 as JSON escapes
    run("import_notice", str(path), "--team", "T", "--owner", "o@example.jp")
    notice = Notice.objects.get()
    assert (notice.title, notice.issuer, notice.reference_number) == ("テスト業務 委託", "テスト市", "第1 号")
    assert notice.notes == "一行目\n二行目"
    milestone = notice.milestones.get()
    assert (milestone.label, milestone.delivery_note) == ("質問受付 期限", "メール")
