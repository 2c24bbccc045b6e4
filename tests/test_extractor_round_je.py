"""Change notices (round je): which document is one, which side of a pair is new, which rows of a restated schedule
the notice changes or adds; each test a few lines written for its device."""

from tests.extractor_found import found

# --- a mail's own subject names the change, however long ----------------------------------------------------


def test_a_bilingual_subject_of_a_change_makes_the_mail_a_change_notice():
    text = (
        "From: 契約課 <keiyaku@example.jp>\n"
        "Date: Thu, 14 May 2026 16:42:05 +0900\n"
        "Subject: 【日程変更】市民ホール案内サイト構築業務 企画競争説明会の開催日変更について / [Rescheduled] Briefing "
        "Session: Redevelopment of the Citizens' Hall Guide Website\n"
        "\n"
        "参加登録者　各位\n"
        "\n"
        "説明会の開催日を次のとおり変更いたします。\n"
        "■説明会の開催日時\n"
        "　変更前：2026年5月21日（木）14:00～15:30\n"
        "　変更後：2026年5月28日（木）14:00～15:30\n"
        "\n"
        "なお、質問書の提出期限（2026年6月5日（金）17:00）、企画提案書の提出期限（2026年6月19日（金）17:00）その他の日程に変更はありません。\n"
    )
    assert found(text) == [("other", "2026-05-28", "14:00", "datetime")]


# --- the old value's note names no step -----------------------------------------------------------------------


def test_the_new_value_under_a_changed_item_keeps_its_step_though_the_old_one_has_a_note():
    text = (
        "公告の一部変更について\n"
        "２　変更内容\n"
        "（２）ヒアリングの実施日時\n"
        "（変更前）\n"
        "2026年9月24日（木）午前10時から（1者あたり説明20分、質疑15分）\n"
        "（変更後）\n"
        "2026年10月1日（木）午後1時30分から（1者あたり説明20分、質疑15分）\n"
    )
    assert found(text) == [("hearing", "2026-10-01", "13:30", "datetime")]


# --- a restated schedule's rows the notice creates ------------------------------------------------------------


def test_rows_marked_new_in_a_status_column_are_steps_of_the_change():
    text = (
        "入札の日程変更について（お知らせ）\n"
        "\n"
        "No.\t手続\t日時\t備考\n"
        "1\t質問書の提出期限\t2026年12月9日(水) 17時00分\t受付終了\n"
        "2\t質問に対する回答\t2026年12月16日(水)\t実施済\n"
        "3\t追加質問書の提出期限\t2027年1月6日(水) 17時00分\t新設\n"
        "4\t追加質問に対する回答\t2027年1月8日(金)まで\t新設\n"
        "5\t入札書の提出期限\t2027年2月10日(水) 17時00分\t変更\n"
        "6\t落札者の決定\t2027年2月下旬(予定)\t変更なし\n"
    )
    assert found(text) == [
        ("question", "2027-01-06", "17:00", "datetime"),
        ("answer", "2027-01-08", None, "date"),
        ("submission", "2027-02-10", "17:00", "datetime"),
    ]
