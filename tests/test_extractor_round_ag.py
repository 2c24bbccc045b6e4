"""Dates of the work after the call, date-first lists with a deadline word, letter-spaced PDF text, dialogues before
the hearing, a 公募期間 that opens the call, reserve days and the notice's own day (round ag): each test a few lines
written for its class."""

from tests.extractor_found import found

# --- dates after the contract are the work's ----------------------------------------------------------------


def test_a_surveys_deadline_for_its_respondents_after_the_contract_is_no_answer():
    text = (
        "令和9年度 森林意向調査業務 企画提案募集\n"
        "1 日程\n"
        "質問に対する回答\t令和9年5月24日（月）\n"
        "企画提案書の提出期限\t令和9年6月4日（金）午後5時\n"
        "契約締結\t令和9年7月上旬（予定）\n"
        "2 その他\n"
        "調査票の発送は令和9年9月頃、所有者からの回答期限は令和9年10月29日（金）を想定している。\n"
    )
    assert ("answer", "2027-10-29", None, "date") not in found(text)
    assert ("answer", "2027-05-24", None, "date") in found(text)


def test_a_handover_day_after_the_agreement_is_no_step():
    text = (
        "公立保育所の移管先法人の募集\n"
        "(1) 移管予定日 令和10年4月1日\n"
        "(2) 応募書類の提出期限 令和8年11月6日（金）午後4時\n"
        "(3) 基本協定の締結 令和9年1月下旬\n"
    )
    assert found(text) == [
        ("submission", "2026-11-06", "16:00", "datetime"),
        ("contract", "2027-01-01", None, "late_month"),
    ]


def test_the_councils_decision_after_a_provisional_contract_stays():
    text = "【提案書の提出】 2028年10月27日（金）17時15分\n" "【仮契約の締結】 2029年2月上旬\n" "【市議会の議決】 2029年3月下旬\n"
    assert ("other", "2029-03-01", None, "late_month") in found(text)


def test_the_work_described_under_its_name_and_contents_heading_is_no_step():
    text = (
        "公告日 令和9年6月11日（金）\n"
        "1．業務の名称及び内容\n"
        "　現地調査は、7月中旬から9月下旬までの間に、委員と同行して行う予定です。\n"
        "2．見積書の提出\n"
        "　見積書は、令和9年6月24日（木）正午までに提出してください。\n"
    )
    assert found(text) == [("published", "2027-06-11", None, "date"), ("submission", "2027-06-24", "12:00", "datetime")]


def test_what_the_chosen_party_goes_through_after_the_selection_is_no_result():
    text = (
        "(3) 選定結果の通知 令和8年9月上旬\n"
        "(4) 選定された候補者については、令和8年12月市議会定例会に指定の議案を提出し、議決を経た後に指定する。\n"
    )
    assert [m for m in found(text) if m[0] == "result"] == [("result", "2026-09-01", None, "early_month")]


def test_the_residents_briefing_of_the_work_is_no_step():
    text = "(1) 選定結果の通知 令和8年12月上旬\n(2) 在園児の保護者への説明会は、令和8年12月中に別途開催する。\n"
    assert found(text) == [("result", "2026-12-01", None, "early_month")]


# --- how the dates of a list are bound ----------------------------------------------------------------------


def test_a_date_line_ending_in_a_deadline_word_takes_its_step_from_the_items_under_it():
    text = (
        "3 スケジュール\n"
        "〇令和9年2月1日（月）\n"
        "　・募集開始\n"
        "　・質問受付開始\n"
        "〇令和9年2月10日（水）午後5時〆切\n"
        "　・質問の受付\n"
        "〇令和9年2月15日（月）\n"
        "　・質問への回答\n"
        "〇令和9年2月19日（金）午後5時〆切\n"
        "　・参加申込書の提出\n"
    )
    assert found(text) == [
        ("published", "2027-02-01", None, "date"),
        ("question", "2027-02-10", "17:00", "datetime"),
        ("answer", "2027-02-15", None, "date"),
        ("application", "2027-02-19", "17:00", "datetime"),
    ]


def test_an_items_key_before_its_sentence_names_the_step():
    text = (
        "７ 応募手続\n"
        "⑴ 応募書類　参加意向申出書を提出した法人は、次の期間に応募書類を持参により提出すること。\n"
        "　　令和８年１１月２日（月）から１１月６日（金）まで\n"
        "　　受付時間は、各日午前９時から午後４時までとする。\n"
    )
    assert found(text) == [("submission", "2026-11-06", "16:00", "datetime")]


def test_a_letter_spaced_window_with_daily_hours_ends_at_its_closing_time():
    text = (
        "4 　 入 札 参 加 申 込\n"
        "　 期 間 　 令和 9 年 6 月 21 日 ( 月 ) か ら 6 月 30 日 ( 水 ) ま で （ 土 曜 日 及 び 日 曜 日 を 除 く ）\n"
        "　 時 間 　 午前 9 時 か ら 午後 4 時 ま で\n"
        "5 　 契 約\n"
        "　 落 札 者 は 、 令和 9 年 7 月 27 日 ( 火 ) ま で に 土 地 売 買 契 約 を 締 結 し て く だ さ い 。\n"
    )
    assert found(text) == [
        ("application", "2027-06-30", "16:00", "datetime"),
        ("contract", "2027-07-27", None, "date"),
    ]


def test_a_periods_days_in_brackets_are_no_step_of_the_heading_above():
    text = (
        "第５ 現地見学会\n"
        "　参加者を対象に、令和9年１月６日（水）午後２時から現地見学会を実施する。"
        "冬季休業期間（１２月２４日から１月７日まで）中のため、設備を見学することができる。\n"
    )
    assert found(text) == [("other", "2027-01-06", "14:00", "datetime")]


def test_a_reserve_day_is_no_step():
    text = "7\t二次審査(プレゼンテーション)\t2027年7月20日(火)\t予備日:7月21日(水)\n8\t契約締結\t2027年8月下旬\n"
    assert found(text) == [("hearing", "2027-07-20", None, "date"), ("contract", "2027-08-01", None, "late_month")]


def test_an_english_sentences_bracketed_event_days_are_no_step():
    text = (
        "Call for Proposals: Travel Fair Booth, FY2027\n"
        "The Bureau invites proposals for operating the booth at travel fairs in Taipei (5–8 November 2027, tentative).\n"
        "- Deadline for proposals: 17:00, Friday, 14 May 2027\n"
    )
    assert found(text) == [("submission", "2027-05-14", "17:00", "datetime")]


# --- kinds ---------------------------------------------------------------------------------------------------


def test_a_dialogue_before_the_presentation_is_a_step_beside_the_hearing():
    text = (
        "| 6 | 対話の参加申込 | 令和9年11月26日（金）まで |\n"
        "| 7 | 対話の実施 | 令和9年12月10日（金） |\n"
        "| 8 | 提案書類の受付 | 令和10年1月28日（金）まで |\n"
        "| 9 | プレゼンテーション・ヒアリング | 令和10年2月中旬 |\n"
    )
    kinds = [m[0] for m in found(text)]
    assert kinds == ["other", "other", "submission", "hearing"]


def test_a_soundings_dialogue_is_its_hearing():
    text = "| 1 | 対話の参加申込期限 | 令和9年9月10日（金） |\n| 2 | 対話の実施 | 令和9年10月8日（金） |\n"
    assert [m[0] for m in found(text)] == ["application", "hearing"]


def test_a_call_period_opens_the_call_when_no_other_step_does():
    text = "■公募期間\n　令和9年1月12日（火）から令和9年2月12日（金）午後5時まで（必着）\n"
    assert found(text) == [("published", "2027-01-12", None, "date"), ("submission", "2027-02-12", "17:00", "datetime")]


def test_the_notices_day_is_a_day_beside_the_papers_opening_hour():
    text = (
        "公告日　2027/09/01\n"
        "入札説明書等ダウンロード期間　2027/09/01 09:00　～　2027/09/29 17:00\n"
        "質問受付期限　2027/09/15 17:00\n"
    )
    assert found(text)[0] == ("published", "2027-09-01", None, "date")
