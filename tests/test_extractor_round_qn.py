"""Records a team keeps while a call changes (round qn): a press conference's transcript whose slip is put right by an
official who cites the handout, a chat room where a change notice is pasted and the team talks of its dates below it,
a change that adds a question round and the answer to it, and a papers' window whose last day alone is moved. Each
test a few lines written for its case."""

from tests.extractor_found import found

# --- a slip said aloud, put right in the same conference ---------------------------------------------------------------

SPOKEN_SLIP = (
    "市長定例記者会見（令和8年1月15日）\n"
    "（市長）\n"
    "体育館の指定管理者を募集します。申請書の受付は2月2日の月曜日から、締切は来年の2月19日、木曜日の午後5時までとします。\n"
    "（スポーツ課長）\n"
    "一点訂正させてください。ただいま市長が申請書の締切を「2月19日、木曜日」と申し上げましたが、資料2のとおり、"
    "正しくは令和8年2月20日、金曜日の午後5時でございます。\n"
    "資料2\n"
    "申請書の受付　令和8年2月2日（月）～令和8年2月20日（金）午後5時\n"
)


def test_a_spoken_slip_put_right_by_the_handout_is_no_step():
    assert found(SPOKEN_SLIP) == [("submission", "2026-02-20", "17:00", "datetime")]


# --- a day posted by mistake and taken back in a later post -------------------------------------------------------------

TAKEN_BACK = (
    "14:03:18 差出人 白浜市 企画課（ホスト） 宛先 全員:\n"
    "\t【日程（変更後）】\n"
    "\t質問受付期限　　　　　令和9年5月31日（月）17:00\n"
    "\t企画提案書提出期限　　令和9年7月12日（月）正午\n"
    "14:05:40 差出人 浜辺企画 佐藤 宛先 全員:\n"
    "\tありがとうございます。\n"
    "14:09:03 差出人 白浜市 企画課（ホスト） 宛先 全員:\n"
    "\t【訂正】先ほどの日程のうち企画提案書提出期限を「7月12日（月）正午」と書きましたが、これは検討中の案でした。正しくは\n"
    "\t企画提案書提出期限　令和9年7月2日（金）正午\n"
    "\tです。失礼いたしました。\n"
)


def test_a_day_taken_back_in_a_later_post_no_longer_holds():
    got = found(TAKEN_BACK)
    assert ("submission", "2027-07-02", "12:00", "datetime") in got
    assert all(date != "2027-07-12" for _, date, *_ in got)
