"""The lead's mends of stop 48, each reproduced with invented notices before it was made."""

import pytest

from tests.extractor_found import found, one_line

# --- a bare 「申請締切日」 in a tender's alert is the 参加申請 told again ---------------------------------------------
# Round ok read 「申請期限」 as the deadline of a grant's 申請書 (a submission); in a portal's alert or a forwarded
# tender, the bare field 「申請締切日」 beside the call's own rows is the 参加申請's day told again, and read as a
# submission it stood as a second step on that day.

ALERTS = [
    (
        "【入札情報お知らせ】新着案件\n"
        "案件名：令和8年度 町道除雪業務委託（北地区）\n"
        "公告日：2026/11/02\n"
        "申請締切日：2026/11/16\n"
        "入札日：2026/11/25\n"
        "（公告本文より）\n"
        "1 参加申請書の提出期限　令和8年11月16日（月）午後5時\n"
        "2 入札書の提出　令和8年11月25日（水）午前10時\n",
        [
            ("published", "2026-11-02", None, "date"),
            ("application", "2026-11-16", "17:00", "datetime"),
            ("submission", "2026-11-25", "10:00", "datetime"),
        ],
    ),
    (
        "件名　配水池監視装置保守点検業務\n"
        "公告日　2027年8月2日\n"
        "申請締切　2027年8月25日\n"
        "開札日　2027年9月3日\n"
        "参加資格確認申請書の受付期間　2027年8月2日（月）から8月25日（水）正午まで\n"
        "開札　2027年9月3日（金）10時00分\n",
        [
            ("published", "2027-08-02", None, "date"),
            ("application", "2027-08-25", "12:00", "datetime"),
            ("other", "2027-09-03", "10:00", "datetime"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALERTS)
def test_a_bare_application_deadline_field_is_the_participation_step_told_again(text, expected):
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_grant_s_application_papers_are_still_its_hand_in():
    text = "補助金交付申請の締切　令和9年6月10日（木）17時\n"
    assert found(text) == [("submission", "2027-06-10", "17:00", "datetime")]


# --- the day a file was put on a system is no step -------------------------------------------------------------------
# An e-bidding system lists each attached file with the time it was registered (「質問回答書.pdf(88KB) 登録日時 …」);
# round oq read such a page as the change notice it carries, and the answers' file then gave the answer's day (a
# held-out change notice gained that step). A 「参加登録日時」 stays a step.


def test_a_file_s_registration_time_on_a_system_is_no_step():
    text = (
        "■関連資料\n"
        "仕様書（PDF 1.2MB） 登録日時：2027/05/12 13:05\n"
        "質問回答書（PDF 90KB） 登録日時：2027/05/26 16:40\n"
        "企画提案書の提出期限　令和9年6月4日（金）正午\n"
    )
    assert found(text) == [("submission", "2027-06-04", "12:00", "datetime")]
    assert found(one_line(text)) == [("submission", "2027-06-04", "12:00", "datetime")]
    text = (
        "※本案件は変更公告が掲載されています。変更箇所には★を付しています。\n"
        "★質問受付期限　令和9年1月8日 17時00分（当初：令和8年12月24日 17時00分）\n"
        "★入札書受付締切　令和9年1月21日 17時00分（当初：令和9年1月7日 17時00分）\n"
        "■添付ファイル\n"
        "質問回答書.pdf(88KB)　登録日時 2026/12/28 10:15\n"
        "変更公告.pdf(64KB)　登録日時 2026/12/28 10:20\n"
    )
    assert "2026-12-28" not in [date for _, date, *_ in found(text)]
    assert found("参加登録日時　2027/05/20 17:00まで\n") == [("application", "2027-05-20", "17:00", "datetime")]
