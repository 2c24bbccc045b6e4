"""Round nc: a team's own pastes (a chat's posts, a forwarded mail, a memo) where the writer takes back a day they
posted before as mistyped, in words rather than with an arrow: 「…を 6/24(水)正午 と書きましたが、…6/26(金)正午 でした」
「…を5月14日とお伝えしましたが、正しくは5月17日(月)午後5時です」「「10/7(水)10:00」と記載しておりましたが、10/8(木)10:00
の誤りでした」. The day taken back no longer holds; the step takes the day written after it. Each test a few lines
written for its device (none copied from the development set).
A change notice's note that a paper sent out before stands (「6月18日(金)に送付した質問回答は、引き続き有効です」「9月24日に
発送済みの…通知」「10月29日に回答済みの事項」) gives no step: the day is when that paper went out."""

from tests.extractor_found import found, one_line

CHAT_WROTE = (
    "#案件-港北市-防災アプリ\n"
    "港北市 防災アプリ改修の連絡用チャンネルです。要領は共有フォルダの /案件/2026/港北市 にあります\n"
    "\n"
    "6月2日（火）\n"
    "\n"
    "木村 健  午前 9:10\n"
    "港北市の公募が出ました（令和8年6月1日公告）。要領の日程を貼ります\n"
    "・参加申込書の提出期限 6月10日（水）午後5時\n"
    "・企画提案書の提出期限 6月24日（水）正午\n"
    "・プレゼンテーション 7月2日（木）\n"
    "\n"
    "岡田 玲  午前 9:30\n"
    "了解です。申込書は私が用意します\n"
    "\n"
    "木村 健  午後 3:20\n"
    "すみません、朝の投稿で提案書の締切を 6月24日（水）正午 と書きましたが、要領を見直したら 6月26日（金）正午 でした\n"
)

MAIL_TOLD = (
    "各位\n"
    "\n"
    "月見台町の件、先ほどのメールの日程です。\n"
    "１ 質問の受付期限 令和9年5月14日（金）午後5時\n"
    "２ 提出期限 令和9年5月28日（金）午後5時\n"
    "\n"
    "追伸：先ほど質問の受付期限を5月14日とお伝えしましたが、正しくは5月17日(月)午後5時です。\n"
)

MEMO_NOTED = (
    "【共有】北浜市 文書管理システム（2026年9月18日公告）\n"
    "・入札書の提出期限　10/5(月)17:00\n"
    "・開札　10/7(水)10:00\n"
    "上の表で開札を「10/7(水)10:00」と記載しておりましたが、10/8(木)10:00の誤りでした。失礼しました。\n"
)


def test_a_day_the_writer_says_they_wrote_wrongly_gives_way_to_the_day_after_it():
    assert found(CHAT_WROTE) == [
        ("published", "2026-06-01", None, "date"),
        ("application", "2026-06-10", "17:00", "datetime"),
        ("submission", "2026-06-26", "12:00", "datetime"),
        ("hearing", "2026-07-02", None, "date"),
    ]
    assert found(MAIL_TOLD) == [
        ("question", "2027-05-17", "17:00", "datetime"),
        ("submission", "2027-05-28", "17:00", "datetime"),
    ]
    assert found(MEMO_NOTED) == [
        ("published", "2026-09-18", None, "date"),
        ("submission", "2026-10-05", "17:00", "datetime"),
        ("other", "2026-10-08", "10:00", "datetime"),
    ]


SENT_STANDS = (
    "件名：【汐凪市】提案書の提出期限の変更について\n"
    "\n"
    "参加者各位\n"
    "\n"
    "令和9年6月1日付けで公告した「汐凪市観光アプリ構築業務」の日程を、次のとおり変更します。\n"
    "１ 企画提案書の提出期限\n"
    "　（変更前）令和9年7月2日(金)午後5時\n"
    "　（変更後）令和9年7月9日(金)午後5時\n"
    "２ その他\n"
    "　6月18日(金)に送付した質問回答は、引き続き有効です。\n"
)

SENT_DONE = (
    "【変更】桜台町 ごみ収集車購入（一般競争入札）\n"
    "入札書の提出期限を次のとおり延長します。\n"
    "・入札書の提出期限　令和9年10月8日（金）正午　→　令和9年10月15日（金）正午\n"
    "なお、9月24日に発送済みの参加資格確認通知はそのまま有効とします。\n"
)


def test_a_paper_sent_out_before_that_stands_gives_no_step():
    expected = [("submission", "2027-07-09", "17:00", "datetime")]
    assert found(SENT_STANDS) == expected
    assert found(one_line(SENT_STANDS)) == expected
    assert found(SENT_DONE) == [("submission", "2027-10-15", "12:00", "datetime")]
