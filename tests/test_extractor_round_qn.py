"""Records a team keeps while a call changes (round qn): a press conference's transcript whose slip is put right by an
official who cites the handout, a chat room where a change notice is pasted and the team talks of its dates below it,
a change that adds a question round and the answer to it, and a papers' window whose last day alone is moved. Each
test a few lines written for its case."""

from tests.extractor_found import found, one_line

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


# --- a change notice pasted into a team's chat -------------------------------------------------------------------------

CHAT_ROOM = (
    "[2028/03/02 11:20] 西村 拓\n"
    "東陵大学の新日程が出ました。転記します。\n"
    "[info][title]【東陵大学】入札書の提出期限等の決定について[/title]令和10年2月20日付けでお知らせした「東陵大学本館外壁改修工事」の"
    "入札書の提出期限の延期について、新たな日程を下記のとおり定めましたのでお知らせします。\n"
    "\n"
    "１　新たな日程\n"
    "（１）差替え後の図面に関する質問の受付期限（新たに設けるもの）\n"
    "　　令和10年3月9日（木）午後5時\n"
    "（２）上記質問に対する回答\n"
    "　　令和10年3月14日（火）までに本学ホームページに掲載\n"
    "（３）入札書の提出期限\n"
    "　　令和10年3月22日（水）午後5時\n"
    "　　（当初：令和10年3月1日（水）午後5時）\n"
    "２　入札説明書の交付期間\n"
    "　交付期間の末日を令和10年3月22日（水）に延長します。\n"
    "３　変更のない事項\n"
    "　工期（契約締結日の翌日から令和10年10月30日まで）に変更はありません。\n"
    "\n"
    "東陵大学 財務部契約課[/info]\n"
    "------------------------------------------------------------\n"
    "[2028/03/02 13:05] 桑原 敏\n"
    "[task aid=4410287 st=open]図面についての追加質問の取りまとめ（大学の締切は3/9 17時）[/task]\n"
    "------------------------------------------------------------\n"
    "[2028/03/03 09:10] 三宅 沙希\n"
    "回答は3/14までにHP掲載なので、掲載されたらここに貼ります。\n"
)


def test_a_new_question_round_and_its_answer_count_in_a_pasted_change():
    got = found(CHAT_ROOM)
    assert ("question", "2028-03-09", "17:00", "datetime") in got
    assert ("answer", "2028-03-14", None, "date") in got
    assert ("submission", "2028-03-22", "17:00", "datetime") in got


def test_a_papers_window_whose_last_day_moves_is_no_publication():
    assert all(kind != "published" for kind, *_ in found(CHAT_ROOM))
    assert all(kind != "published" for kind, *_ in found(one_line(CHAT_ROOM)))


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
