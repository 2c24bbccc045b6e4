"""A 質問回答書 that moves a call's dates (round ip): the window of the questions it answers and its own day, keyed
回答日 or not, are steps already over; a round of questions its answers open still comes. Each test a few lines
written for its class."""

import datetime as dt

from tests.extractor_found import one_line, steps


def test_an_answer_sheet_gives_no_step_of_the_questions_it_answers_nor_of_its_own_answer_day():
    text = (
        "白砂町観光ガイドブック改訂業務委託に係る公募型プロポーザル\n\n"
        "質 問 回 答 書\n\n"
        "回答日：令和9年8月20日（金）\n"
        "白砂町産業振興課\n\n"
        "　令和9年8月9日（月）から同月16日（月）までに受け付けた質問について、次のとおり回答します。\n\n"
        "No.1\n"
        "質問：\n"
        "　取材の日程を考慮し、企画提案書の提出期限を延長していただけますか。\n"
        "回答：\n"
        "　企画提案書の提出期限を令和9年9月10日（金）午後5時まで延長します（変更前：令和9年9月3日（金）午後5時まで）。\n"
    )
    expected = [("submission", dt.date(2027, 9, 10), dt.time(17, 0), "datetime")]
    assert steps(text) == expected
    assert steps(one_line(text)) == expected


def test_an_answer_sheet_keeps_the_round_of_questions_its_answers_open():
    text = (
        "汐見台県立図書館 資料デジタル化業務 企画競争に関する質問回答書\n\n"
        "　　　　　　　　　　　　　　　　　　　　　令和10年5月14日\n"
        "　　　　　　　　　　　　　　　　　　　　　汐見台県教育庁 図書館振興室\n\n"
        "　質問受付期間（令和10年4月26日（水）から令和10年5月9日（火）まで）に受け付けた質問について、次のとおり"
        "回答します。\n\n"
        "| No. | 該当箇所 | 質問 | 回答 |\n"
        "|---|---|---|---|\n"
        "| 1 | 仕様書 4(2) | 対象資料の一覧を示してほしい。 | 【変更】別添のとおり対象資料を差し替えます。差し替え後の"
        "対象資料に関する追加の質問を令和10年5月19日（金）正午まで受け付けます。回答は5月24日（水）までに県ホームページ"
        "に掲載します。 |\n"
        "| 2 | 要領 7 | 企画書の提出期限は延長されるか。 | 【変更】企画書の提出期限を令和10年6月2日（金）午後5時に"
        "延長します（当初：令和10年5月26日（金）午後5時）。 |\n"
    )
    assert steps(text) == [
        ("question", dt.date(2028, 5, 19), dt.time(12, 0), "datetime"),
        ("answer", dt.date(2028, 5, 24), None, "date"),
        ("submission", dt.date(2028, 6, 2), dt.time(17, 0), "datetime"),
    ]


def test_an_answer_sheet_dated_by_its_answer_day_key_below_its_answers_gives_no_answer_step():
    # (a box printed beside the heading is read after the body: the day its 「回答日」 keys is the sheet's own)
    text = (
        "青葉浦市 救急車両購入 一般競争入札\n\n"
        "質問回答書\n\n"
        "　令和8年3月2日付けで公告した標記の一般競争入札について、提出のあった質問に対し次のとおり回答します。\n\n"
        "1　入札書の提出期限を延長していただけないか。\n"
        "　入札書の提出期限を令和8年3月27日（金）17時に変更します（変更前：令和8年3月19日（木）17時）。\n\n"
        "回答日　令和8年3月13日（金）\n"
        "青葉浦市総務部契約課\n"
    )
    assert steps(text) == [("submission", dt.date(2026, 3, 27), dt.time(17, 0), "datetime")]


def test_a_call_page_that_tells_of_its_answer_sheet_put_up_keeps_its_question_steps():
    # (a guard: the sheet named in a line of the page's news is no heading of the page)
    text = (
        "霧ヶ原市 入札・契約情報サービス\n"
        "トップ　>　案件を探す　>　委託（プロポーザル）\n\n"
        "【お知らせ】\n"
        "2027/06/11　質問回答書を掲載しました。\n"
        "2027/05/28　様式第2号（見積書）を差し替えました。内容に変更はありません。\n"
        "2027/05/24　公募を開始しました。\n\n"
        "案件名\t霧ヶ原市公式アプリ運用業務委託\n"
        "選定方式\t公募型プロポーザル方式\n\n"
        "日程\n"
        "公募開始日\t質問受付期限\t質問回答日\t企画提案書提出期限\n"
        "2027年05月24日(月)\t2027年06月04日(金) 17時00分\t2027年06月11日(金) 予定\t2027年06月25日(金) 12時00分\n\n"
        "添付ファイル\n"
        "01_実施要領.pdf（210KB）\n"
        "02_質問回答書.pdf（98KB）　※2027/06/11掲載\n"
    )
    found = steps(text)
    assert ("question", dt.date(2027, 6, 4), dt.time(17, 0), "datetime") in found
    assert ("answer", dt.date(2027, 6, 11), None, "date") in found
