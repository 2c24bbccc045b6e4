"""Change notices as a bid team's tools carry them (round re): a tracker's ticket for a change of a call's schedule, its
child tickets' due days changed in its history. Each test a few lines written for its class."""

from tests.extractor_found import found

TICKET_HEAD = (
    "PRJ-77\n"
    "【鶴見台町】観光案内サイト改修業務 プロポ：日程変更対応\n"
    "種別：タスク　　優先度：中　　状態：処理中\n"
    "担当者：山田 一郎\n"
    "開始日：2027/03/02　　期限日：2027/03/20\n"
    "\n"
)


def test_a_ticket_for_a_schedule_change_keeps_only_the_changed_steps():
    text = TICKET_HEAD + (
        "## 町の変更内容\n"
        "- 企画提案書の提出期限\n"
        "  - 変更前：令和9年3月12日（金）午後5時\n"
        "  - 変更後：令和9年3月19日（金）午後5時\n"
        "\n"
        "### 変更なし（町HPの「変更のない事項」）\n"
        "- 公告：令和9年2月15日（月）\n"
        "- 質問の受付期限：令和9年2月22日（月）午後5時\n"
        "\n"
    )
    assert found(text) == [("submission", "2027-03-19", "17:00", "datetime")]


def test_a_child_tickets_due_day_changed_in_the_history_is_the_teams_own():
    text = TICKET_HEAD + (
        "企画提案書の提出期限：令和9年3月19日（金）午後5時\n"
        "\n"
        "■ コメント\n"
        "山田 一郎　2027/03/03 10:00\n"
        "・子課題 PRJ-78「提案書作成」期限日：2027/03/10 → 2027/03/17\n"
        "子課題の期限日を直しました。\n"
    )
    assert found(text) == [("submission", "2027-03-19", "17:00", "datetime")]


def test_a_summary_of_keys_each_before_its_date_after_a_dated_sentence():
    text = (
        "令和9年5月10日公告。見積書の提出期限 令和9年5月24日（月曜日）午後5時、開札 令和9年5月25日（火曜日）午前10時。"
        "詳細は本文をご覧ください。\n"
    )
    assert found(text) == [
        ("published", "2027-05-10", None, "date"),
        ("submission", "2027-05-24", "17:00", "datetime"),
        ("other", "2027-05-25", "10:00", "datetime"),
    ]
