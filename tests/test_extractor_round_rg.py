"""Round rg: what a bid team's own papers and systems print around a call. An event held on two days listed with the
hour they share after them (「12月3日(水)及び同月4日(木)の午前10時から」) starts on the first day at that hour; a
tracker's issue page, headed by its key with its own 開始日 and 期限日 fields, keeps those fields' days out."""

from tests.extractor_found import found, one_line

SITE_VISIT = (
    "５　現地確認（下見）\n"
    "(1) 日時　令和７年１２月３日（水）及び同月４日（木）の午前１０時から午後４時まで\n"
    "６　入札書の提出期限　令和７年１２月１９日（金）午後５時\n"
)


def test_two_days_listed_with_same_month_share_the_hour_after_them():
    assert found(SITE_VISIT) == [
        ("other", "2025-12-03", "10:00", "datetime"),
        ("submission", "2025-12-19", "17:00", "datetime"),
    ]


def test_two_days_listed_with_a_middle_dot_share_the_hour_after_no():
    text = "説明会　令和７年１２月３日（水）・４日（木）の午後２時から\n入札書の提出期限　令和７年１２月１９日（金）午後５時\n"
    assert found(text)[0] == ("other", "2025-12-03", "14:00", "datetime")


def test_a_hearing_on_two_days_listed_starts_on_the_first_at_their_hour():
    text = (
        "ヒアリング　令和７年１２月３日（水）及び４日（木）の午後２時から\n提案書の提出期限　令和７年１１月１９日（水）午後５時\n"
    )
    assert ("hearing", "2025-12-03", "14:00", "datetime") in found(text)


TICKET = (
    "営業推進 (SALES)\n"
    "SALES-482\n"
    "港北町 観光計画策定業務 公募型プロポーザル対応\n"
    "タスク　処理中\n"
    "開始日 2025/08/04　期限日 2025/09/08\n"
    "\n"
    "■ 日程（実施要領より）\n"
    "質問書提出期限\t令和7年8月8日（金）17時\n"
    "企画提案書提出期限\t令和7年9月12日（金）17時\n"
    "\n"
    "子課題\n"
    "SALES-486　ヒアリング準備　未対応　三輪　期限日 2025/09/22\n"
)


def test_a_tracker_issue_keeps_its_own_due_fields_out():
    expected = [
        ("question", "2025-08-08", "17:00", "datetime"),
        ("submission", "2025-09-12", "17:00", "datetime"),
    ]
    assert found(TICKET) == expected
    assert found(one_line(TICKET)) == expected


REVISIONS = (
    "質問書の提出期限　令和８年１０月１４日（水）午後４時\n"
    "技術提案書の提出期限　令和８年１１月１３日（金）午後４時\n"
    "\n"
    "改訂履歴（社内用）\n"
    "v1　2026/10/05（月）　水原　初版（質問６件）\n"
    "v2　2026/10/07（水）　課長コメント反映：質問７・８を追加\n"
    "v3（予定）　10/13（火）　確定版としてＰＤＦ化\n"
)


def test_a_record_of_versions_keeps_the_day_each_version_was_made_out():
    expected = [
        ("question", "2026-10-14", "16:00", "datetime"),
        ("submission", "2026-11-13", "16:00", "datetime"),
    ]
    assert found(REVISIONS) == expected
    # (run onto one line, each version's name still right before its day)
    days = {date for _, date, _, _ in found(one_line(REVISIONS))}
    assert not days & {"2026-10-05", "2026-10-07", "2026-10-13"}
    assert "2026-10-14" in days
