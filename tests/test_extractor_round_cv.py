"""Ordinary notices, round cv: a council's session named by its month in the bracket of a step's name, a review
whose bracket names a review on paper and an interview, a schedule's row naming two steps with a comma, the
contractor (契約の相手方) as a sentence's topic, a date in an example's bracket, the hand-in of a 参加者確認公募, and
the note under a form that names no paper."""

import datetime as dt

from tests.extractor_found import steps


def test_a_council_session_named_by_its_month_in_a_step_name_is_no_date():
    text = (
        "６　日程（予定）\n"
        "・候補者の選定結果通知　令和９年１１月中旬\n"
        "・指定の議案提出（村議会１２月定例会）　令和９年１２月上旬\n"
        "・協定の締結　令和１０年３月\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 12, 1), None, "early_month") in found
    assert ("other", dt.date(2027, 12, 1), None, "month") not in found


def test_a_review_on_paper_and_an_interview_in_one_bracket_are_two_steps():
    text = (
        "| 日程 | 内容 |\n"
        "|---|---|\n"
        "| 2027年6月4日（金）17:00 | 企画提案書の提出期限 |\n"
        "| 2027年6月中旬 | 審査（書面審査・面接審査） |\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 6, 1), None, "mid_month") in found
    assert ("hearing", dt.date(2027, 6, 1), None, "mid_month") in found


def test_a_schedule_row_naming_two_steps_with_a_comma_after_their_date_gives_both():
    text = (
        "４　スケジュール\n"
        "令和９年７月２日（金）午後５時　　提案書の提出期限\n"
        "令和９年７月下旬　　　　　　　　　選定結果の通知、契約締結\n"
        "令和９年８月２日（月）　　　　　　業務着手\n"
    )
    found = steps(text)
    assert ("result", dt.date(2027, 7, 1), None, "late_month") in found
    assert ("contract", dt.date(2027, 7, 1), None, "late_month") in found


def test_the_contractor_as_a_sentences_topic_is_no_contract():
    text = (
        "（１）契約締結日：令和９年５月中旬（予定）\n"
        "（２）契約の相手方は、センターが令和９年９月末までに示す対象者一覧に基づき調査を行うこと。\n"
    )
    assert steps(text) == [("contract", dt.date(2027, 5, 1), None, "mid_month")]


def test_a_date_in_an_examples_bracket_is_a_sample():
    text = (
        "３　公告日　令和９年２月１日（月）\n"
        "４　紙入札による参加を希望する理由\n"
        "　（例：代表者の変更に伴うカードの再取得中のため（取得予定日：令和９年３月５日））\n"
    )
    assert steps(text) == [("published", dt.date(2027, 2, 1), None, "date")]


def test_the_papers_handed_in_to_a_participant_check_are_its_application():
    text = (
        "参加者確認公募について\n"
        "\n"
        "１　公示日　令和９年６月１日（火）\n"
        "２　応募書類の提出期限　令和９年６月１５日（火）午後５時\n"
    )
    found = steps(text)
    assert ("application", dt.date(2027, 6, 15), dt.time(17, 0), "datetime") in found
    assert all(kind != "submission" for kind, *_ in found)


def test_a_note_under_a_form_takes_the_forms_title():
    text = (
        "５　見学会\n"
        "（１）日時　令和９年４月２０日（火）午前１０時から\n"
        "\n"
        "――――――――――――――――\n"
        "様式３\n"
        "\n"
        "見学会参加申込書\n"
        "\n"
        "事業者名\n"
        "担当者氏名\n"
        "\n"
        "※　令和９年４月１６日（金）正午までにファクスで提出してください。\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 4, 16), dt.time(12, 0), "datetime") in found
    assert all(kind != "submission" for kind, *_ in found)


def test_two_steps_parted_by_a_comma_before_their_date_give_both():
    text = "４　スケジュール\n・提案書の提出期限　令和９年７月２日（金）午後５時\n・選定結果の通知、協定締結　令和９年７月下旬\n"
    found = steps(text)
    assert ("result", dt.date(2027, 7, 1), None, "late_month") in found
    assert ("contract", dt.date(2027, 7, 1), None, "late_month") in found
