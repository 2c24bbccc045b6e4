"""Calls of issuers met less often, in forms met less often: a boxed table's 〃 row, a flyer's stacked day and its
period drawn downwards, a web form's closing and its 募集要項公開日, a note under a dated event, a heading of questions
and answers over a deadline, a video's description put right in its comments, a machine-translated change page."""

import datetime as dt

from tests.extractor_found import one_line, steps

BOXED_DITTO = (
    "公募型見積合わせ実施概要（令和９年度）\n"
    "┌──┬────────────┬──────────┐\n"
    "│No│手続き　　　　　　　│日時　　　　　　　　│\n"
    "├──┼────────────┼──────────┤\n"
    "│１│質問への回答　　　　│令和９年１１月５日（金）│\n"
    "├──┼────────────┼──────────┤\n"
    "│２│参加資格確認結果の通知│〃　　　　　　　　　│\n"
    "├──┼────────────┼──────────┤\n"
    "│３│見積書の提出　　　　│令和９年１１月１２日（金）正午まで│\n"
    "└──┴────────────┴──────────┘\n"
)


def test_a_ditto_row_of_a_boxed_table_takes_the_day_of_the_row_above_its_rule():
    assert steps(BOXED_DITTO) == [
        ("answer", dt.date(2027, 11, 5), None, "date"),
        ("result", dt.date(2027, 11, 5), None, "date"),
        ("submission", dt.date(2027, 11, 12), dt.time(12, 0), "datetime"),
    ]


FLYER = (
    "市場の出店者募集！\n\n"
    "公募期間\n"
    "5.10 MON\n"
    "▼\n"
    "6.18 FRI 17:00 必着\n\n"
    "STEP 01\n"
    "出店説明会\n"
    "5.27\n"
    "THU\n"
    "14:00-15:30\n"
    "会場：市場管理棟\n\n"
    "募集要項\n"
    "(1) 質問の受付期限 令和9年6月4日（金）午後5時\n"
    "(2) 応募書類の提出期限 令和9年6月18日（金）午後5時（必着）\n"
)


def test_a_flyers_stacked_day_is_read_and_its_period_drawn_down_an_arrow_is_a_window():
    # (the period's first day is the call's opening, its last the papers' deadline: no step of its own on the first day)
    expected = [
        ("published", dt.date(2027, 5, 10), None, "date"),
        ("other", dt.date(2027, 5, 27), dt.time(14, 0), "datetime"),
        ("question", dt.date(2027, 6, 4), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 6, 18), dt.time(17, 0), "datetime"),
    ]
    assert steps(FLYER) == expected
    assert steps(one_line(FLYER)) == expected


FORM = (
    "観光プロモーション業務 企画提案 参加申込フォーム\n"
    "このフォームの送信をもって参加申込とします。\n\n"
    "■ 募集要項公開日\n"
    "2027年4月12日(月)\n\n"
    "■ 現地説明会 2027年4月22日(木)10:00〜11:00 会場:観光センター\n"
    "※参加を希望する場合は、2027年4月20日(火)17:00までにこのフォームを送信してください。\n\n"
    "■ 参加申込締切 2027年5月7日(金)17:00\n"
    "※このフォームは、2027年5月7日(金)17:00に回答の受付を終了します。\n\n"
    "■ 企画提案書の提出期限 2027年5月21日(金)17:00必着\n"
)


def test_a_forms_closing_is_no_answer_and_its_papers_day_is_the_publication():
    assert steps(FORM) == [
        ("published", dt.date(2027, 4, 12), None, "date"),
        ("other", dt.date(2027, 4, 20), dt.time(17, 0), "datetime"),
        ("other", dt.date(2027, 4, 22), dt.time(10, 0), "datetime"),
        ("application", dt.date(2027, 5, 7), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 5, 21), dt.time(17, 0), "datetime"),
    ]
    found = steps(one_line(FORM))
    assert ("published", dt.date(2027, 4, 12), None, "date") in found
    assert not any(kind == "answer" for kind, *_ in found)


def test_a_deadline_under_a_heading_of_questions_and_answers_is_the_questions():
    text = (
        "令和9年度 点字広報製作業務 企画提案募集要項\n"
        "第6 質問と回答\n"
        "質問は、質問書に書いて、電子メールで送ってください。\n"
        "締切は、2月3日 水曜日 午後5時です。\n"
        "第7 企画提案書の提出\n"
        "2月17日 水曜日 正午までに提出してください。\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 2, 3), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2027, 2, 17), dt.time(12, 0), "datetime"),
    ]


VIDEO = (
    "【説明動画】市民ポータル構築業務 公募型プロポーザル\n"
    "市公式チャンネル\n"
    "視聴回数 120 回　2027/06/02\n"
    "本市では、公募型プロポーザルにより受託候補者を選定します。\n\n"
    "■スケジュール\n"
    "・質問の受付期限　2027年6月21日（月）正午\n"
    "・企画提案書の提出期限　2027年7月16日（金）午後5時\n\n"
    "文字起こし\n"
    "10:16\n"
    "質問は、6月18日金曜日の正午まで、電子メールで受け付けます。\n\n"
    "固定コメント\n"
    "動画内で、質問の受付期限を「6月18日（金）正午」とご説明しましたが、正しくは「2027年6月21日（月）正午」です。\n"
)


def test_a_day_said_wrong_in_a_video_and_put_right_in_its_comment_is_gone():
    assert steps(VIDEO) == [
        ("question", dt.date(2027, 6, 21), dt.time(12, 0), "datetime"),
        ("submission", dt.date(2027, 7, 16), dt.time(17, 0), "datetime"),
    ]


def test_the_day_after_a_videos_count_of_views_is_its_upload_no_step():
    text = (
        "【説明動画】市民ポータル構築業務 公募型プロポーザル 実施要領の説明\n"
        "市公式チャンネル\n"
        "高く評価 12\t視聴回数 120 回 2027/06/02 本市では、公募型プロポーザルにより受託候補者を選定します。\n"
        "■スケジュール\n"
        "・質問の受付期限　2027年6月21日（月）正午\n"
    )
    assert steps(text) == [("question", dt.date(2027, 6, 21), dt.time(12, 0), "datetime")]


def test_a_machine_translated_withdrawal_notice_and_questions_posted_are_their_steps():
    text = (
        "Notice of change of schedule of the public offering type proposal, Reiwa 11\n"
        "(4) Answer\n"
        "Answers to the questions received by June 8 and the questions received again will be posted together on "
        "this page by June 25, Reiwa 11 (Mon).\n"
        "5 Handling of participants\n"
        "If you wish to withdraw, please submit the withdrawal notice (Form No. 6) by noon on July 13, Reiwa 11 (Fri).\n"
    )
    assert steps(text) == [
        ("answer", dt.date(2029, 6, 25), None, "date"),
        ("other", dt.date(2029, 7, 13), dt.time(12, 0), "datetime"),
    ]


def test_the_day_of_the_teams_other_work_held_at_the_same_time_is_no_step():
    text = (
        "案件検討シート（社内）\n"
        "発注者スケジュール\n"
        "技術提案書の提出期限\t2028/06/16(金) 正午\n"
        "リスク\n"
        "・同時期に当社は 霧ヶ丘町 図書館基本設計（提案書提出 2028/06/14(水)）を抱えており、担当が重複する。\n"
    )
    assert steps(text) == [("submission", dt.date(2028, 6, 16), dt.time(12, 0), "datetime")]


def test_a_chapter_run_onto_its_text_ends_the_briefings_chapter_before_it():
    text = (
        "令和9年度 点字広報製作業務 企画提案募集要項 (PDF版 3ページ) "
        "第5 説明会 説明会への参加は自由です。参加しなくても、企画提案に参加できます。 "
        "参加を希望する方は、1月15日 金曜日 午後5時までに、説明会参加申込書を、電子メールで送ってください。 "
        "第6 質問と回答 質問は、質問書(様式第2号)に書いて、電子メールで送ってください。電話での質問は受け付けません。 "
        "第7 参加申込書の提出 参加を希望する方は、次の書類を、1月29日 金曜日 午後5時15分までに提出してください。"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 1, 15), dt.time(17, 0), "datetime") in found
    assert ("application", dt.date(2027, 1, 29), dt.time(17, 15), "datetime") in found
