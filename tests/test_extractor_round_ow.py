"""Change notices and rare layouts (round ow): the papers shown at a hearing handed in before it, the second of two days
a step is held on one of, the day a bidder's paper was received, a list of files with its type and size in cells of
their own, and a change letter sent under a fax's cover sheet. Each test a few lines written for its device."""

from tests.extractor_found import found, kinds, one_line

# --- the papers shown at a hearing, handed in before it ---------------------------------------------------------


def test_presentation_papers_handed_in_are_a_submission():
    text = "５　日程\n(1) ヒアリング用資料の提出期限　令和9年2月3日（水）正午\n(2) ヒアリング　令和9年2月10日（水）午後1時から\n"
    assert found(text) == [("submission", "2027-02-03", "12:00", "datetime"), ("hearing", "2027-02-10", "13:00", "datetime")]
    assert found(one_line(text)) == found(text)
    text = "・プレゼンテーション資料（PDF形式）の提出　2027年5月14日(金)17時まで\n・プレゼンテーション審査　2027年5月21日(金)\n"
    assert kinds(text) == ["submission", "hearing"]


def test_the_hearing_itself_stays_a_hearing():
    text = "(3) プレゼンテーション　令和9年2月10日（水）午後1時から（資料は当日持参すること）\n"
    assert kinds(text) == ["hearing"]


# --- the second of two days a step is held on one of -----------------------------------------------------------


def test_one_of_two_days_records_the_first():
    text = (
        "７　日程\n"
        "(1) 企画提案書の提出期限　令和8年11月6日（金）午後5時\n"
        "(2) ヒアリングは、令和8年11月12日（木）又は11月13日（金）のいずれかの日に実施する。\n"
    )
    expected = [("submission", "2026-11-06", "17:00", "datetime"), ("hearing", "2026-11-12", None, "date")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    text = "面接審査　2027年3月2日(火)か3月3日(水)のどちらかで行います（時間は追って連絡します）。\n"
    assert found(text) == [("hearing", "2027-03-02", None, "date")]


def test_two_days_both_steps_stay():
    text = "(1) 質問の受付期限　令和8年10月1日（木）\n(2) 回答　令和8年10月8日（木）\n"
    assert kinds(text) == ["question", "answer"]


# --- the day a bidder's paper was received ----------------------------------------------------------------------


def test_the_day_a_question_was_received_is_no_step():
    text = (
        "記\n"
        "１　変更する事項\n"
        "　プレゼンテーションの日時\n"
        "　　変更前　令和8年10月6日（火）午前10時\n"
        "　　変更後　令和8年10月13日（火）午後2時\n"
        "２　その他\n"
        "　９月１８日（金）にいただいたご質問への回答は、別紙のとおりです。\n"
    )
    assert found(text) == [("hearing", "2026-10-13", "14:00", "datetime")]
    text = (
        "1 日程\n"
        "　参加表明書の提出期限　令和9年7月16日（金）午後5時\n"
        "　なお、令和9年6月30日付けでご提出いただいた参加表明書は、そのまま有効です。\n"
    )
    assert found(text) == [("application", "2027-07-16", "17:00", "datetime")]


# --- a list of files, its type and size in cells of their own --------------------------------------------------


def test_a_file_list_row_with_type_and_size_cells_is_no_step():
    text = (
        "公示日\t令和8年9月7日\n"
        "参加表明書受付締切日時\t令和8年9月18日 17時00分\n"
        "\n"
        "【添付資料】\n"
        "No.\t資料名\t形式\tサイズ\t掲載日\n"
        "1\t説明書\tPDF\t512KB\t2026/09/07\n"
        "2\t様式集（参加表明書・企画提案書）\tExcel\t1.2MB\t2026/09/10\n"
    )
    assert found(text) == [("published", "2026-09-07", None, "date"), ("application", "2026-09-18", "17:00", "datetime")]


# --- a change letter sent under a fax's cover sheet ------------------------------------------------------------


COVER_LETTER = (
    "　　　　　　ＦＡＸ送信票\n"
    "送信日：2027年5月10日（月）\n"
    "宛先：株式会社さくら企画　御中\n"
    "発信元：青葉市　企画部　企画課\n"
    "　　　　担当：山田（電話 000-0000-0000）\n"
    "枚数：本票を含め２枚\n"
    "\n"
    "通信欄\n"
    "　いつもお世話になっております。\n"
    "　先ほどお電話でお伝えした件につき、通知文をお送りします。\n"
    "　原本は本日郵送いたします。\n"
    "　ご不明な点は担当までご連絡ください。\n"
    "\n"
    "※このFAXが届かない場合は、上記担当までご連絡ください。\n"
    "\n"
    "2027/05/10 10:02      市企画課          FAX 000-0000-0000          P.002/002\n"
    "\n"
    "　　　　　　　　　　　　　　企第３０１号\n"
    "　　　　　　　　　　　　　　令和９年５月１０日\n"
    "\n"
    "株式会社さくら企画\n"
    "代表取締役　佐藤　一郎　様\n"
    "\n"
    "　　　　　　　　　　　　　　青葉市長　鈴木　花子\n"
    "\n"
    "　　ヒアリングの日時の変更について（通知）\n"
    "記\n"
    "１　変更する事項\n"
    "　ヒアリングの日時\n"
    "　　変更前　令和９年５月１８日（火）午前１０時\n"
    "　　変更後　令和９年５月２５日（火）午後１時\n"
    "２　変更のない事項（参考）\n"
    "　（１）会場　市役所３階会議室\n"
    "　（２）選定結果の通知　令和９年６月上旬\n"
)


def test_a_change_letter_under_a_fax_cover_restates_its_unchanged_steps():
    assert found(COVER_LETTER) == [("hearing", "2027-05-25", "13:00", "datetime")]


def test_a_letter_without_a_cover_keeps_its_own_schedule():
    text = "　　ヒアリングの実施について（通知）\n記\n１　ヒアリング　令和９年５月２５日（火）午後１時\n２　選定結果の通知　令和９年６月上旬\n"
    assert kinds(text) == ["hearing", "result"]


# --- the questions received, answered by a day --------------------------------------------------------------------


def test_questions_received_answered_by_a_day_is_the_answer():
    text = "２　留意事項\n⑴ 当初の受付期限（2月8日）までに受け付けた質問は、訂正後の質問とあわせて令和10年2月22日までに回答します。\n"
    assert found(text) == [("answer", "2028-02-22", None, "date")]
    assert found(one_line(text)) == found(text)
    text = "２　その他\n　既に受け付けた質問は、新たな質問とあわせて令和10年2月22日（火）までに回答します。\n"
    assert found(text) == [("answer", "2028-02-22", None, "date")]


# --- the review of the papers, and a committee as the subject -----------------------------------------------------


def test_the_review_of_the_papers_handed_in_is_a_paper_review():
    for text in (
        "１０　審査の方法\n　選定委員会（以下「委員会」という。）が、令和１０年８月中旬に申請書類の審査を行い、上位３団体程度を選定します。\n",
        "１０　審査の方法\n　応募書類の審査は、令和１０年８月中旬に行い、上位３団体程度を選定します。\n",
    ):
        assert found(text) == [("other", "2028-08-01", None, "mid_month")]
        assert found(one_line(text)) == found(text)


def test_a_committee_that_hears_the_bidders_stays_a_hearing():
    text = "(5) 選定委員会（プレゼンテーション）　令和10年9月5日（火）午後1時から\n"
    assert kinds(text) == ["hearing"]
    text = "(5) 選定委員会　令和10年9月5日（火）\n"
    assert kinds(text) == ["hearing"]


# --- an amending 告示: its added items, its restated schedule and the legend of its marks --------------------------

AMENDING_NOTICE = (
    "青葉市告示第二十一号\n"
    "　青葉市観光振興計画策定支援業務に係る公募型プロポーザルの実施について（令和九年青葉市告示第八号）の一部を次のように改正する。\n"
    "　　令和九年五月十日\n"
    "　　　　　　　　　　　　　　　青葉市長　山　田　太　郎\n"
    "　第五項第五号中「令和九年五月二十日（木）」を「令和九年六月三日（木）」に改め、同号を同項第六号とし、"
    "同項第四号中「令和九年五月十四日（金）午後五時」を「令和九年五月二十八日（金）正午」に改め、同号を同項第五号とし、"
    "同項第三号の次に次の一号を加える。\n"
    "　（四）　追加質問の受付期限　令和九年五月十九日（水）午後五時\n"
    "　第七項第三号中「第五項第四号」を「第五項第五号」に改める。\n"
    "　　　附　則\n"
    "　この告示は、告示の日から施行する。\n"
    "\n"
    "（改正理由）\n"
    "　仕様書の一部を見直したため、日程を変更するとともに、追加質問の手続を設けるものである。\n"
    "\n"
    "（参考）改正後の第五項（日程）\n"
    "　※印は、この告示により改め、又は加えた号である。\n"
    "　（一）　公募開始　令和九年四月十六日（金）\n"
    "　（二）　質問受付期限　令和九年四月二十三日（金）午後五時\n"
    "　（三）　質問に対する回答　令和九年四月二十八日（水）\n"
    "※（四）　追加質問の受付期限　令和九年五月十九日（水）午後五時\n"
    "※（五）　企画提案書の提出期限　令和九年五月二十八日（金）正午（必着）\n"
    "※（六）　審査結果の通知　令和九年六月三日（木）\n"
)


def test_an_amending_notice_gives_its_changed_and_added_items_by_name():
    expected = [
        ("question", "2027-05-19", "17:00", "datetime"),
        ("submission", "2027-05-28", "12:00", "datetime"),
        ("result", "2027-06-03", None, "date"),
    ]
    assert found(AMENDING_NOTICE) == expected
    assert found(one_line(AMENDING_NOTICE)) == expected


# --- a version table whose old cell set no day -------------------------------------------------------------------

VERSIONS_TABLE = (
    "入札公告の訂正について\n"
    "\n"
    "令和10年1月14日付けで掲載した入札公告について、次のとおり訂正します。\n"
    "\n"
    "令和10年2月4日\n"
    "国立大学法人青葉大学\n"
    "\n"
    "1　訂正事項\n"
    "項目\t訂正前\t訂正後\n"
    "⑴ 入札説明書に対する質問の受付期限\t令和10年2月8日（火）17時00分\t令和10年2月15日（火）17時00分\n"
    "⑵ 質問に対する回答\t随時、本学ホームページに掲載\t令和10年2月22日（火）までに本学ホームページに掲載\n"
    "⑶ 入札書の受領期限\t令和10年3月7日（火）17時00分\t令和10年3月21日（火）17時00分\n"
)


def test_a_step_whose_old_value_set_no_day_is_changed_and_named_by_its_row():
    assert found(VERSIONS_TABLE) == [
        ("question", "2028-02-15", "17:00", "datetime"),
        ("answer", "2028-02-22", None, "date"),
        ("submission", "2028-03-21", "17:00", "datetime"),
    ]
    text = VERSIONS_TABLE.replace("随時、本学ホームページに掲載", "未定（別途通知）")
    assert kinds(text) == ["question", "answer", "submission"]
