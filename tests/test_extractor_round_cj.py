"""Change notices, round cj: a call withdrawn and published again in one notice, letter-spaced 「当　初」 marks, the
steps a correction leaves as they were (「訂正しない事項」「日程(訂正なし・再掲)」, 「当初公告のとおり」), a correction's
replaced papers and the earlier notices it cites, a table of several versions whose newest column says 「変更なし」, and
a Q&A sheet whose answers move or give dates."""

import datetime as dt

from tests.extractor_found import steps


def days(text: str) -> set[dt.date]:
    return {day for _, day, _, _ in steps(text)}


def test_a_call_withdrawn_and_published_again_keeps_the_new_calls_schedule():
    text = (
        "桜ヶ丘町立図書館書架購入に係る一般競争入札の中止及び再公告について\n\n"
        "1 入札の中止について\n"
        "令和9年6月2日付けで公告した一般競争入札は、仕様書に誤りがあったため中止しました。\n"
        "当初公告における開札(令和9年6月20日(水)午前10時)は行いません。\n\n"
        "2 再度公告\n"
        "令和9年6月9日\n"
        "桜ヶ丘町長 森田 一郎\n"
        "(1) 入札参加資格確認申請書の提出期限 令和9年6月18日(月)午後5時\n"
        "(2) 開札 令和9年6月29日(金)午前10時\n"
    )
    found = steps(text)
    assert ("application", dt.date(2027, 6, 18), dt.time(17, 0), "datetime") in found
    assert ("other", dt.date(2027, 6, 29), dt.time(10, 0), "datetime") in found


def test_a_call_withdrawn_with_no_new_call_still_has_no_schedule():
    text = (
        "桜ヶ丘町立図書館書架購入に係る一般競争入札の中止について\n\n"
        "令和9年6月2日付けで公告した一般競争入札は、仕様書に誤りがあったため中止しました。\n"
        "(1) 入札参加資格確認申請書の提出期限 令和9年6月18日(月)午後5時\n"
        "(2) 開札 令和9年6月29日(金)午前10時\n"
    )
    assert steps(text) == []


def test_a_letter_spaced_former_mark_puts_the_old_date_out():
    text = (
        "河津町庁舎空調改修工事に係る入札日程の延期について\n\n"
        "1 延長する日程\n"
        "① 質問の受付期限\n"
        "　　当　初　令和9年9月10日(金)午後5時\n"
        "　　延長後　令和9年9月24日(金)午後5時\n"
        "② 開札日時\n"
        "　　当　初　令和9年9月30日(木)午前10時\n"
        "　　延期後　未定\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 9, 24), dt.time(17, 0), "datetime") in found
    assert days(text) == {dt.date(2027, 9, 24)}


def test_the_month_new_dates_will_be_told_in_is_no_step():
    text = (
        "入札日程の延期について\n"
        "(1) 質問の受付期限 令和9年9月24日(金)午後5時\n"
        "(2) 開札の日程は、補助金の交付決定が確定次第、改めてお知らせします(10月中を目途とします。)。\n"
    )
    assert days(text) == {dt.date(2027, 9, 24)}


def test_a_date_kept_as_the_first_notice_gave_it_is_restated_not_a_milestone():
    text = (
        "入札公告の一部訂正について\n"
        "令和9年3月1日付けで公告した一般競争入札について、次のとおり訂正する。\n"
        "令和9年3月8日\n"
        "潮見市長 高橋 健\n\n"
        "1 訂正内容\n"
        "開札日時 訂正前 令和9年3月19日(金)午前10時 訂正後 令和9年3月26日(金)午前10時\n"
        "2 訂正しない事項\n"
        "(1) 入札参加資格の確認結果は、当初公告のとおり令和9年3月12日(金)に電子メールで通知します。\n"
    )
    found = steps(text)
    assert ("result", dt.date(2027, 3, 12), None, "date") not in found  # (the change-notice convention: restated, unchanged)
    assert ("other", dt.date(2027, 3, 26), dt.time(10, 0), "datetime") in found


def test_a_date_said_to_be_the_former_plan_stays_out():
    text = (
        "入札公告の一部訂正について\n"
        "(1) 入札参加資格の確認結果は、当初 令和9年3月12日(金)に通知する予定でした。\n"
        "(2) 確認結果の通知 令和9年3月16日(火)\n"
    )
    assert dt.date(2027, 3, 12) not in days(text)


def test_the_lots_a_correction_leaves_are_restated_not_milestones():
    text = (
        "給食用物資一般競争入札公告の一部訂正について\n"
        "令和9年1月20日付け公告第3号で公告した一般競争入札について、第2号物件に係る部分を次のとおり訂正する。\n"
        "令和9年1月27日\n"
        "教育委員会 教育長 磯部 夏子\n\n"
        "1 日程(第2号物件)\n"
        "項目\t訂正前\t訂正後\n"
        "入札書の提出期限\t令和9年2月5日(金)午後5時\t令和9年2月12日(金)午後5時\n\n"
        "2 第1号及び第3号物件の日程(訂正なし・再掲)\n"
        "入札書の提出期限 令和9年2月5日(金)午後5時(必着)\n"
    )
    found = steps(text)
    assert (
        "submission",
        dt.date(2027, 2, 5),
        dt.time(17, 0),
        "datetime",
    ) not in found  # (the change-notice convention: restated, unchanged)
    assert ("submission", dt.date(2027, 2, 12), dt.time(17, 0), "datetime") in found


def test_a_step_a_correction_leaves_closed_before_it_is_left_out():
    text = (
        "入札公告の一部訂正について\n"
        "令和9年1月12日付けで公告した一般競争入札について、次のとおり一部を訂正する。\n"
        "令和9年1月22日\n"
        "潮見県知事 新井 陽一\n\n"
        "1 訂正内容\n"
        "開札日時 訂正前 令和9年2月4日(木)午前10時 訂正後 令和9年2月11日(木)午前10時\n"
        "2 訂正しない事項\n"
        "(1) 入札参加資格確認申請書の受付は、令和9年1月20日(水)午後5時をもって締め切っています。\n"
    )
    found = steps(text)
    assert (
        "application",
        dt.date(2027, 1, 20),
        dt.time(17, 0),
        "datetime",
    ) not in found  # (the change-notice convention: restated, unchanged)
    assert dt.date(2027, 2, 4) not in days(text)


def test_a_corrections_replaced_papers_put_up_from_its_day_are_no_publication():
    text = (
        "入札公告の一部訂正について\n"
        "令和9年1月12日付けで公告した一般競争入札について、次のとおり一部を訂正する。\n"
        "令和9年1月22日\n"
        "潮見県知事 新井 陽一\n\n"
        "1 訂正内容\n"
        "開札日時 訂正前 令和9年2月4日(木)午前10時 訂正後 令和9年2月11日(木)午前10時\n"
        "2 差し替え後の設計図書は、本公告の日から電子入札システムに掲載する。\n"
    )
    assert [kind for kind, *_ in steps(text)] == ["other"]


def test_papers_handed_out_from_a_calls_own_day_still_publish_it():
    text = (
        "一般競争入札公告\n"
        "令和9年1月12日\n"
        "潮見県知事 新井 陽一\n\n"
        "1 入札説明書は、本公告の日から電子入札システムに掲載する。\n"
        "2 開札日時 令和9年2月4日(木)午前10時\n"
    )
    assert ("published", dt.date(2027, 1, 12), None, "date") in steps(text)


def test_earlier_notices_cited_together_and_the_latest_version_in_force():
    text = (
        "実施要領の再訂正について\n\n"
        "令和9年4月5日に公表し、令和9年4月12日に一部を訂正した「実施要領」について、再度、日程の一部を訂正します。\n\n"
        "項目\t当初(令和9年4月5日公表)\t第1回訂正(令和9年4月12日)\t第2回訂正(今回)\n"
        "参加表明書の提出期限\t令和9年4月16日(金)午後5時\t令和9年4月23日(金)午後5時\t変更なし\n"
        "企画提案書の提出期限\t令和9年5月7日(金)正午\t令和9年5月14日(金)正午\t令和9年5月21日(金)正午\n"
    )
    assert set(steps(text)) == {("submission", dt.date(2027, 5, 21), dt.time(12, 0), "datetime")}  # (変更なし: restated)


def test_an_answer_gives_the_date_of_the_step_its_question_asks_about():
    text = (
        "令和9年10月6日\n\n"
        "質 問 回 答 書\n\n"
        "No. 2\n"
        "質問 契約締結の時期はいつ頃になりますか。\n"
        "回答 11月下旬を予定しています。\n"
    )
    assert steps(text) == [("contract", dt.date(2027, 11, 1), None, "late_month")]


def test_an_answer_that_moves_a_deadline_names_the_step_itself():
    text = (
        "令和9年10月6日\n\n"
        "質 問 回 答 書\n\n"
        "No. 3\n"
        "質問 現地調査に時間を要するため、企画提案書の提出期限を延長していただけないでしょうか。\n"
        "回答 企画提案書の提出期限を、10月15日(金)正午から10月22日(金)正午に変更します。\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 10, 22), dt.time(12, 0), "datetime")]


def test_an_answer_after_an_aside_still_answers_the_question():
    text = (
        "令和9年10月6日\n\n"
        "質問 回答はいつ公表されますか。\n"
        "回答 受付期限後にとりまとめ、10月20日(水)を目途にウェブサイトに掲載します。\n"
    )
    assert ("answer", dt.date(2027, 10, 20), None, "date") in steps(text)
