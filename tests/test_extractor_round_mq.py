"""Round mq: change notices, their old and new values side by side, in sentences and in mails forwarded. Each test a
few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


def test_an_event_start_said_with_kara_before_the_arrow_is_the_old_value():
    page = (
        "若竹市立体育館の指定管理者の募集（日程を変更しました）\n"
        "スケジュール（当初 → 変更後）\n"
        "★施設見学会\n"
        "　令和10年6月28日（水）午前10時から → 令和10年7月7日（金）午後1時30分から午後3時まで\n"
        "★質問の受付\n"
        "　令和10年7月5日（水）午後5時まで → 令和10年7月14日（金）正午まで\n"
    )
    assert both(page) == [("other", "2028-07-07", "13:30", "datetime"), ("question", "2028-07-14", "12:00", "datetime")]
    one_row = (
        "説明会の日程変更について\n"
        "・説明会　令和10年6月28日(水)14時より ⇒ 令和10年7月7日(金)10時より\n"
        "・質問締切　令和10年7月5日(水)17時 ⇒ 令和10年7月14日(金)12時\n"
    )
    assert both(one_row) == [("other", "2028-07-07", "10:00", "datetime"), ("question", "2028-07-14", "12:00", "datetime")]
    english = (
        "Schedule change\n"
        "Site visit: 28 June 2028 from 10:00 → 7 July 2028 from 13:30\n"
        "Questions: 5 July 2028 → 14 July 2028 12:00\n"
    )
    assert both(english) == [("other", "2028-07-07", "13:30", "datetime"), ("question", "2028-07-14", "12:00", "datetime")]


def test_clarification_written_in_katakana_is_the_question_deadline():
    note = (
        "件名: 入札予定案件の日程\n"
        "・クラリフィケーション期限　2/14(月) 正午\n"
        "・提案書提出期限　2/28(月) 17:00\n"
        "2028年2月1日\n"
    )
    assert [kind for kind, *_ in found(note)][:2] == ["question", "submission"]
    table = "日程\n| クラリフィケーションの受付 | 2028年2月14日 12:00 |\n| 提案書の提出 | 2028年2月28日 17:00 |\n"
    assert [kind for kind, *_ in both(table)] == ["question", "submission"]


FORWARD_TOP = (
    "From: 山辺 理沙 <r-yamabe@example.jp>\n"
    "Sent: Thursday, March 9, 2028 10:02 AM\n"
    "To: 提案チーム <team@example.jp>\n"
    "Subject: FW: [RFP-88] {subject}\n"
    "\n"
    "各位\n"
    "先方から日程変更の連絡が来ましたので転送します。\n"
    "\n"
    "-----Original Message-----\n"
    "From: Procurement Unit <tenders@example.jp>\n"
    "Sent: Wednesday, March 8, 2028 4:40 PM\n"
    "Subject: [RFP-88] {subject}\n"
    "\n"
    "Dear Bidders,\n"
    "\n"
    "ADDENDUM No. 1\n"
    "Request for Proposals No. RFP-88\n"
    "Date of Issue: 8 March 2028\n"
    "\n"
    "This Addendum forms part of the Request for Proposals issued on 14 February 2028.\n"
)


def test_a_forwarded_amendment_of_the_timetable_has_no_publication_of_its_own():
    for subject in ("Revised Timetable", "Change of Timetable", "Timetable Extended"):
        mail = FORWARD_TOP.format(subject=subject) + (
            "Item\tOriginal\tRevised\n"
            "Deadline for questions\t15 March 2028\t22 March 2028\n"
            "Deadline for proposals\t17:00, 29 March 2028\t17:00, 12 April 2028\n"
        )
        assert found(mail) == [("question", "2028-03-22", None, "date"), ("submission", "2028-04-12", "17:00", "datetime")]


def test_a_date_wrapped_after_its_year_in_a_spaced_old_and_new_table_is_the_changed_one():
    table = (
        "変更公告\n"
        "令和9年4月26日付けで公告した一般競争入札について、次のとおり変更する。\n"
        "令和9年5月12日\n"
        "\n"
        "             変 更 前                                        変 更 後\n"
        " (1) 参加資格確認申請書の提出                (1) 参加資格確認申請書の提出\n"
        " 提出期間 令和9年4月27日(火)から令和9        提出期間 令和9年4月27日(火)から令和9\n"
        " 年5月24日(月)午後5時まで                     年5月31日(月)午後5時まで\n"
        " (2) 開札 令和9年6月10日(木)午前10時          (2) 開札 令和9年6月17日(木)午前10時\n"
    )
    assert found(table) == [("application", "2027-05-31", "17:00", "datetime"), ("other", "2027-06-17", "10:00", "datetime")]
    western = table.replace("令和9年4月27日(火)から令和9 ", "2027年4月27日(火)から2027 ").replace(
        "令和9年4月27日(火)から令和9\n", "2027年4月27日(火)から2027\n"
    )
    assert found(western)[0] == ("application", "2027-05-31", "17:00", "datetime")


def test_a_cut_off_of_the_work_a_bidder_may_cite_is_no_step_nor_sets_the_year():
    sheet = (
        "令和8年度 図書館システム更新業務 質問回答書\n"
        "令和9年1月12日\n"
        "No.\t質問\t回答\n"
        "1\t実績の対象期間は。\t契約日が令和3年12月25日以降であれば実績として記載してください。\n"
        "2\t日程の延長は可能か。\t参加表明書の提出期限を1月22日(金)午後5時に延長します。\n"
    )
    assert found(sheet) == [("application", "2027-01-22", "17:00", "datetime")]
    for cut_off in ("平成31年4月1日以後に完了したものに限ります。", "2022年4月1日以降のものを記載してください。"):
        text = sheet.replace("契約日が令和3年12月25日以降であれば実績として記載してください。", "契約は" + cut_off)
        assert found(text) == [("application", "2027-01-22", "17:00", "datetime")]


def test_a_step_said_to_stand_as_first_planned_in_a_change_is_restated():
    sheet = (
        "令和8年度 図書館システム更新業務 質問回答書\n"
        "令和9年1月12日\n"
        "No.\t質問\t回答\n"
        "1\t日程の延長は可能か。\t企画提案書の提出期限を2月10日(水)正午に変更します。なお、契約締結は当初どおり3月上旬を予定しています。\n"
    )
    assert found(sheet) == [("submission", "2027-02-10", "12:00", "datetime")]
    plain = sheet.replace("当初どおり", "従来どおり")
    assert found(plain) == [("submission", "2027-02-10", "12:00", "datetime")]
    english = (
        "CORRIGENDUM No. 1\n"
        "Date of Issue: 12 January 2027\n"
        "The deadline for proposals is changed to 17:00, 10 February 2027.\n"
        "Contract signing will take place, as originally scheduled, in March 2027.\n"
    )
    assert found(english) == [("submission", "2027-02-10", "17:00", "datetime")]
