"""Review dv of rounds dq, dp and dr: each test a short fictional text the merged rules read wrongly."""

from tests.extractor_found import found


def test_a_note_after_a_changed_deadline_on_mailing_leaves_the_old_deadline_replaced():
    # (「到着」「発送」 in the notice's own note on the new deadline: no team's record of what it did)
    for note in ("(郵送の場合は到着日時)", " ※発送は書留郵便に限る"):
        text = f"入札書の提出期限 令和8年5月20日(水)午後5時 → 令和8年5月27日(水)午後5時{note}\n"
        assert found(text) == [("submission", "2026-05-27", "17:00", "datetime")]


def test_a_deadline_by_which_the_bid_must_be_sent_is_no_task_checked_off():
    text = (
        "入札書の提出 電子入札システムにより令和8年5月20日(水)午後5時までに送信完了すること\n" "開札 令和8年5月21日(木)午前10時\n"
    )
    assert found(text) == [
        ("submission", "2026-05-20", "17:00", "datetime"),
        ("other", "2026-05-21", "10:00", "datetime"),
    ]


def test_a_morning_hour_read_as_s_is_left_as_read():
    # (「午前S時30分」 is as likely 8時30分 as 5時30分: no hour rather than a wrong one)
    text = "現地説明会 令和8年5月11日(月)午前S時30分から\n提出期限 令和8年5月20日(水)午後S時\n"
    assert found(text) == [
        ("other", "2026-05-11", None, "date"),
        ("submission", "2026-05-20", "17:00", "datetime"),
    ]


def test_a_call_withdrawn_with_a_new_notice_promised_has_no_schedule():
    for promise in ("仕様を見直したうえで、改めて公告を行います。", "参加者が見込まれる場合は、改めて一般競争入札を実施します。"):
        text = (
            "入札中止のお知らせ\n"
            f"令和8年4月20日付けで公告した庁舎清掃業務委託の一般競争入札は、都合により中止します。{promise}\n"
            "1 件名 庁舎清掃業務委託\n"
            "2 入札書提出期限 令和8年5月20日(水)午後5時\n"
            "3 開札 令和8年5月21日(木)午前10時\n"
        )
        assert found(text) == []
