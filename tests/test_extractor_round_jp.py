"""What follows a call (round jp): a notice putting a call off, its steps as 「当初の日程」 and 「変更後」 blocks (a day the
distribution is suspended, a step the change says is over, a month of the council's session); a 質問回答書 whose answer
moves a step by quoted words 「「…」から「…」に変更」; such a sheet's table of long cells and its head, run onto one line.
Each test a few lines written for its class."""

import datetime as dt

from tests.extractor_found import one_line, steps

PUT_OFF = (
    "白樺台町郷土資料館指定管理者の公募延期について（お知らせ）\n\n"
    "　令和9年5月10日から募集を行っている標記の公募について、申請書類の受付以降の日程を延期します。\n\n"
    "【募集要項の配布】\n"
    "　当初の日程：令和9年5月10日（月曜日）から6月18日（金曜日）まで\n"
    "　変更後　　：令和9年6月4日（金曜日）をもって配布を一時停止します（再開の日は未定）\n\n"
    "【質問の受付】\n"
    "　当初の日程：令和9年5月28日（金曜日）午後5時まで\n"
    "　変更後　　：受付終了（回答は令和9年6月2日（水曜日）に本ページに掲載済み）\n\n"
    "【指定議案の提出】\n"
    "　当初の日程：令和9年9月町議会定例会\n"
    "　変更後　　：令和9年12月町議会定例会（予定）\n\n"
    "【基本協定の締結】\n"
    "　当初の日程：令和9年10月\n"
    "　変更後　　：令和10年1月（予定）\n"
)


def test_a_notice_putting_a_call_off_gives_the_new_months_of_its_steps():
    found = steps(PUT_OFF)
    assert ("other", dt.date(2027, 12, 1), None, "month") in found  # the bill, in the council's December session
    assert ("contract", dt.date(2028, 1, 1), None, "month") in found


def test_the_day_a_change_suspends_the_distribution_is_no_publication():
    assert not [step for step in steps(PUT_OFF) if step[0] == "published"]


def test_a_new_value_that_says_the_step_is_over_gives_no_step():
    assert not [step for step in steps(PUT_OFF) if step[0] in ("question", "answer")]
    text = (
        "雲雀川市民会館指定管理者募集の日程延期について\n\n"
        "【質問の受付】\n"
        "　当初の日程：令和9年6月11日（金曜日）午後5時まで\n"
        "　変更後　　：受付終了（回答は令和9年6月18日（金曜日）に本ページで公表済み）\n\n"
        "【申請書類の受付】\n"
        "　当初の日程：令和9年7月2日（金曜日）午後5時まで\n"
        "　変更後　　：令和9年7月30日（金曜日）午後5時まで\n"
    )
    assert steps(text) == [("submission", dt.date(2027, 7, 30), dt.time(17, 0), "datetime")]


def test_the_old_value_keyed_as_such_names_no_step_of_the_new_one():
    text = (
        "月見野町体育館指定管理者募集の日程変更について\n\n"
        "【選定結果の通知】\n"
        "　当初の日程：令和9年8月下旬\n"
        "　変更後　　：令和9年9月中旬\n\n"
        "【指定議案の提出】\n"
        "　当初の日程：令和9年9月町議会定例会\n"
        "　変更後　　：令和9年12月町議会定例会\n"
    )
    assert steps(text) == [
        ("result", dt.date(2027, 9, 1), None, "mid_month"),
        ("other", dt.date(2027, 12, 1), None, "month"),
    ]


ANSWER_SHEET = (
    "星見川市観光アプリ開発業務委託　公募型プロポーザル\n\n"
    "質　問　回　答　書\n\n"
    "令和10年2月4日(金)\n"
    "星見川市観光振興課\n\n"
    "　令和10年1月21日(金)付けで公告した標記プロポーザルについて、令和10年1月28日(金)正午までに受け付けた質問に対し、"
    "次のとおり回答します。\n\n"
    "| No. | 質問 | 回答 |\n"
    "|---|---|---|\n"
    "| 1 | 【実施要領 5(1)】企画提案書の提出期限までの期間が短いため、期限を延ばしていただくことはできますか。 | "
    "延長はしません。企画提案書の提出期限は、実施要領のとおり令和10年2月18日(金)午後5時(必着)です。ご理解ください。 |\n"
    "| 2 | 【実施要領 6(2)】プレゼンテーション審査の会場で、プロジェクター以外の機器を使用してもよいですか。 | "
    "持ち込みの機器は使用できます。なお、会場の都合により、審査の日程を次のとおり変更します。変更前：令和10年3月1日(火)、"
    "変更後：令和10年3月8日(火)午前10時から。これに伴い、審査結果の通知時期を「3月上旬」から「3月中旬」に変更します。 |\n"
    "| 3 | 【仕様書 第3条】アプリのリリース時期は決まっていますか。 | 令和10年7月1日のリリースを予定しています。"
    "リリースの前に、職員向けの操作研修を行う提案は歓迎します。 |\n"
)

ANSWER_SHEET_STEPS = [
    ("hearing", dt.date(2028, 3, 8), dt.time(10, 0), "datetime"),
    ("result", dt.date(2028, 3, 1), None, "mid_month"),
]


def test_an_answer_that_moves_a_step_by_quoted_words_gives_only_the_new_one():
    assert steps(ANSWER_SHEET) == ANSWER_SHEET_STEPS


def test_an_answer_sheet_run_onto_one_line_keeps_its_rows_of_long_cells():
    # (each row whole, its sentences' ends inside its cells no lines; the sheet's date over its office, no news post)
    assert steps(one_line(ANSWER_SHEET)) == ANSWER_SHEET_STEPS


def test_clauses_citing_articles_take_the_names_a_summary_gives_their_numbers():
    text = (
        "潮見台港湾協会\n"
        "観光案内サイン整備計画策定業務　提案仕様書　追補第１号\n\n"
        "　2028年3月1日付けで公表した提案仕様書の一部を、次のように改めます。\n\n"
        "１　第６条第１項中「2028年3月24日（金）正午」を「2028年3月31日（金）正午」に改める。\n"
        "２　第８条第２項中「2028年4月上旬」を「2028年4月中旬」に改める。\n\n"
        "【参考】変更点の概要\n"
        "　○提案書の提出期限（第６条第１項）を１週間延長します。\n"
        "　○これに伴い、提案者へのヒアリング（第８条第２項）の実施時期を変更します。\n"
        "　○参加表明書の提出期限（第５条第１項、2028年3月10日（金）17時）は変更しません。\n"
    )
    assert steps(text) == [
        ("submission", dt.date(2028, 3, 31), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2028, 4, 1), None, "mid_month"),
    ]


def test_a_change_notice_run_onto_one_line_with_its_heading_under_the_site_name():
    # (the heading on the head's second line, the page's own date run onto it: a notice of a change still, its rows
    # without the change mark restated)
    text = (
        "国立大学法人月見坂大学　調達情報\n\n"
        "【日程変更】月見坂大学図書館システム更新業務に係る企画競争の日程変更のお知らせ  公開日：2027/03/04\n"
        "更新日：2027/03/04\n"
        "担当部署：財務部 契約課\n\n"
        "標記の企画競争について、下記のとおり日程を変更いたします。\n"
        "参加を予定されている皆様にはご迷惑をおかけしますが、ご理解くださいますようお願い申し上げます。\n\n"
        "■変更の理由\n"
        "本学において、図書館棟の空調設備改修工事の工期が延びることとなり、"
        "参加者向けの現地調査の日程を改めて設ける必要が生じたため、企画提案書の提出期限以降の日程を1週間ずつ"
        "繰り下げます。\n"
        "なお、現地調査の日時は、参加表明書を提出した者に個別に通知します。\n\n"
        "■変更後の日程\n"
        "★印の行が変更となる項目です。★印のない行は、当初の日程から変更ありません。\n\n"
        "| No. | 項目 | 当初の日程 | 変更後の日程 |\n"
        "|---|---|---|---|\n"
        "| 1 | 公示（企画競争説明書の公開） | 2027/02/22(月) | 実施済み |\n"
        "| 2 | 質問の受付期限 | 2027/03/05(金) 17:00 | 受付終了 |\n"
        "| 3 | 参加表明書の提出期限 | 2027/03/12(金) 17:00 | 予定どおり |\n"
        "| 4 ★ | 企画提案書の提出期限 | 2027/03/19(金) 12:00 | 2027/03/26(金) 12:00 |\n"
        "| 5 ★ | ヒアリング | 2027/03/31(水) | 2027/04/07(水) |\n"
        "| 6 | 契約締結 | 2027年4月中旬（予定） | 従前のとおり |\n\n"
        "■変更のない事項\n"
        "・提出先、提出方法及び提出部数に変更はありません。\n"
        "・業務期間（2027/06/01～2032/03/31、5年間）及び提案上限額に変更はありません。\n"
    )
    expected = [
        ("submission", dt.date(2027, 3, 26), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 4, 7), None, "date"),
    ]
    assert steps(text) == expected
    assert steps(one_line(text)) == expected


def test_an_answer_sheet_whose_head_is_run_onto_one_line_with_its_date_and_issuer():
    text = (
        "令和9年7月16日\n"
        "小夜川市地域交通計画策定支援業務委託に係る公募型プロポーザル\n"
        "質問回答書\n"
        "小夜川市都市整備部交通政策課\n\n"
        "令和9年7月1日（木）付けで公告した標記プロポーザルについて、令和9年7月9日（金）午後5時までに受け付けた質問に対し、"
        "次のとおり回答します。\n\n"
        "No.\t質問内容\t回答\n"
        "1\t企画提案書の提出期限を延長していただけますか。\t企画提案書の提出期限を、令和9年8月6日（金）午後5時から"
        "令和9年8月13日（金）午後5時に延長します。\n"
        "2\t業務実績の対象期間を教えてください。\t平成31年4月1日以降に完了した業務とします。\n"
    )
    expected = [("submission", dt.date(2027, 8, 13), dt.time(17, 0), "datetime")]
    assert steps(text) == expected
    assert steps(one_line(text)) == expected  # (the sheet's own day and its question window no steps)


def test_a_schedule_row_run_into_the_head_names_no_call_made_again():
    text = (
        "青葉浦県\n"
        "【日程変更】青葉浦県観光PR動画制作業務委託に係る公募型プロポーザルの日程変更について\n"
        "更新日：2027年6月30日\n"
        "令和9年6月1日から募集している標記プロポーザルについて、今後の日程を次のとおり変更します。\n"
        "変更の理由\n"
        "本業務で制作する動画の撮影場所に、新たに県北部の二つの観光地を加えることとし、仕様書の一部を変更しました。"
        "これにより撮影計画の見直しが必要となるため、企画提案書の提出期限以降の日程を延期します。"
        "参加申込書を提出した事業者には、本日付けで電子メールにより個別にお知らせしています。\n"
        "変更後のスケジュールは次のとおりです。★印の項目が今回変更したものです。★印のない項目は変更ありません。\n"
        "項目\t日程\t備考\n"
        "公募開始(実施要領等の公表)\t令和9年6月1日(火曜日)\t終了\n"
        "質問の受付期限\t令和9年6月8日(火曜日)午後5時\t終了\n"
        "★企画提案書の提出期限\t令和9年7月16日(金曜日)正午\t変更(変更前:令和9年7月9日(金曜日)正午)\n"
        "★審査結果の通知\t令和9年8月上旬\t変更(変更前:令和9年7月下旬)\n"
    )
    expected = [
        ("submission", dt.date(2027, 7, 16), dt.time(12, 0), "datetime"),
        ("result", dt.date(2027, 8, 1), None, "early_month"),
    ]
    assert steps(text) == expected
    assert steps(one_line(text)) == expected
