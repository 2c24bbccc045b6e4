"""A call's section of questions under its bracketed heading alone (「【質問】」 over how to ask and by when: the step's
own dates, no question quoted), and a table of questions and answers copied one cell a line, its answers giving the
steps' dates (one glossed in brackets after the step it is of)."""

import datetime as dt

from tests.extractor_found import steps


def test_a_heading_of_questions_alone_over_how_to_ask_gives_the_questions_and_answers_steps():
    text = (
        "清川村公共施設予約システム導入業務に係る公募型プロポーザルの実施について\n\n"
        "【質問】\n"
        "　仕様書の内容について質問がある場合は、質問票（様式第4号）を令和9年8月3日（火）午後3時までに電子メールで"
        "提出してください。電話による質問には応じません。回答は8月6日（金）までに村ホームページに掲載します。\n\n"
        "【企画提案書の提出】\n"
        "　企画提案書は、令和9年8月20日（金）正午までに総務課へ持参してください。\n\n"
        "【その他】\n"
        "　業務期間は契約締結日から令和10年3月31日（金）までとします。\n"
    )
    assert steps(text) == [
        ("question", dt.date(2027, 8, 3), dt.time(15, 0), "datetime"),
        ("answer", dt.date(2027, 8, 6), None, "date"),
        ("submission", dt.date(2027, 8, 20), dt.time(12, 0), "datetime"),
    ]  # (not the work's end 令和10年3月31日)


def test_a_question_under_its_mark_alone_with_its_answer_below_still_quotes_its_dates():
    text = (
        "質問に対する回答\n\n"
        "【質問】\n"
        " 企画提案書の提出期限（9月10日（金））を延ばすことはできますか。\n"
        "【回答】\n"
        " 企画提案書の提出期限を令和9年9月17日(金)正午とします。\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 9, 17), dt.time(12, 0), "datetime")]  # (not the quoted 9月10日)


def test_a_table_of_questions_and_answers_one_cell_a_line_reads_its_answers_steps():
    text = (
        "市民活動支援業務 公募型プロポーザルに係る質問回答書\n\n"
        "令和9年6月1日\n"
        "清川市 市民協働課\n\n"
        "No.\n"
        "資料名\n"
        "質問内容\n"
        "回答\n"
        "1\n"
        "実施要領\n"
        "参加申込書を郵送で提出してもよいか。\n"
        "郵送も可とします。6月8日（火）午後5時（必着）までに到着するよう送付してください。\n"
        "2\n"
        "実施要領\n"
        "ヒアリングはいつ行うのか。\n"
        "令和9年6月22日（火）に実施します。時間は一次審査結果の通知（6月15日（火））の際にお知らせします。\n"
        "3\n"
        "仕様書\n"
        "成果品の納期はいつか。\n"
        "令和10年2月28日（月）までに納品してください。\n\n"
        "以上\n"
    )
    assert steps(text) == [
        ("application", dt.date(2027, 6, 8), dt.time(17, 0), "datetime"),
        ("result", dt.date(2027, 6, 15), None, "date"),
        ("hearing", dt.date(2027, 6, 22), None, "date"),
    ]  # (not the paper's own date 6月1日 nor the deliverables' 令和10年2月28日)
