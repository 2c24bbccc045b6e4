"""Layouts read on one line (a PDF's text layer, a portal's page: every line break a space) as they read as written:
a bilingual specification's head, a letter-spaced title run on, a week grid's marked days, a week's agenda."""

import datetime as dt

from tests.extractor_found import found, one_line, steps


def test_a_bilingual_specification_title_run_onto_one_line_still_names_a_specification():
    text = (
        "港町県ロンドン事務所\n"
        "Minatomachi Prefecture London Office\n\n"
        "仕 様 書\n"
        "TERMS OF REFERENCE\n\n"
        "市場調査業務\n"
        "Market Research Services\n\n"
        "Date of issue: 3 March 2027\n\n"
        "1. 契約期間 / Contract Period\n"
        "2027年4月1日から2028年3月31日まで\n"
        "From 1 April 2027 to 31 March 2028\n\n"
        "2. 報告 / Reports\n"
        "Monthly reports are due on the 10th of the following month. The contractor shall monitor the press and the\n"
        "broadcast media of the United Kingdom and Ireland, and translate the articles the Office selects.\n\n"
        "3. 業務内容 / Scope of Work\n"
        "英国及びアイルランドのメディアにおける県関連報道を収集・分析し、必要な翻訳を行う。\n"
        "The contractor shall deliver a summary of the coverage each week, in English and in Japanese.\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []


def test_a_letter_spaced_specification_title_after_the_works_name_on_one_line():
    text = (
        "港町県立博物館 開館50周年記念特別展\n"
        "「港の記憶 ―港町の画家たち―」運営業務委託\n"
        "仕　様　書\n\n"
        "令和８年６月\n"
        "港町県 文化振興課\n\n"
        "第１条（目的）\n"
        "　本仕様書は、企画展の運営業務の内容について定める。\n"
        "第２条（業務期間）\n"
        "　契約締結日から令和９年１月29日（金）まで\n"
        "第３条（企画展の概要）\n"
        "　(1) 会期 令和８年10月３日（土）から11月23日（月・祝）まで\n"
        "　(2) 内覧会 令和８年10月２日（金）午後３時から（招待者約300名）\n"
        "第４条（業務の内容）\n"
        "　受託者は、作品の借用・輸送・展示・撤去、会場の設営、広報物の作成及び会場の運営を行う。\n"
        "　講演会の参加申込の受付は、令和８年９月１日（火）から受託者が専用ウェブフォームにより行うこと。\n"
        "第５条（報告）\n"
        "　受託者は、業務の完了後、実施報告書を令和９年１月15日（金）までに提出すること。\n"
        "第６条（その他）\n"
        "　この仕様書に定めのない事項は、発注者と受託者が協議して定める。作品の取扱いは学芸員の指示に従うこと。\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []


WEEK_GRID = (
    "令和10年度 港町観光プロモーション業務委託 企画提案募集要項\n\n"
    "4　スケジュール\n"
    "　手続の日程を、次の週間カレンダー（平日のみ）で示す。記号は凡例のとおり。\n\n"
    "週\t月\t火\t水\t木\t金\n"
    "第1週\t5/8\t5/9 ◆\t5/10\t5/11\t5/12\n"
    "第2週\t5/15\t5/16\t5/17 ■\t5/18\t5/19\n"
    "第3週\t5/22\t5/23\t5/24\t5/25\t5/26 ▲\n"
    "第4週\t5/29\t5/30\t5/31\t6/1\t6/2 ★\n\n"
    "【凡例】\n"
    "◆　公告・募集要項の公表\n"
    "■　質問の受付締切（17時まで）\n"
    "▲　参加申込書の提出締切（17時まで）\n"
    "★　企画提案書の提出締切（正午まで）\n\n"
    "5　提出先\n"
    "　港町観光課（本庁舎3階）。持参の場合は、土曜日・日曜日を除く午前9時から午後5時までとする。\n"
)


def test_a_week_grid_run_onto_one_line_keeps_each_day_with_its_legend_mark():
    expected = [
        ("published", dt.date(2028, 5, 9), None, "date"),
        ("question", dt.date(2028, 5, 17), dt.time(17, 0), "datetime"),
        ("application", dt.date(2028, 5, 26), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 6, 2), dt.time(12, 0), "datetime"),
    ]
    assert steps(WEEK_GRID) == expected
    assert steps(one_line(WEEK_GRID)) == expected


WEEK_AGENDA = (
    "======================================================\n"
    " 港町県 観光誘客プロモーション業務 企画競争\n"
    " 週間カレンダー(公告日~契約までの週別予定)\n"
    "======================================================\n\n"
    "------------------------------------------------------\n"
    "▼ 第1週 2026/6/1(月) ~ 6/7(日)\n"
    "------------------------------------------------------\n"
    "  6/2 (火)   ◎ 公告/企画競争説明書の配布開始\n"
    "              (県ホームページに掲載。配布は7/3(金)まで)\n"
    "  6/4(木)     (参考)県議会6月定例会 開会\n"
    "  6/5(金)   ◎ 質問受付 締切 17:00\n"
    "              (6/2(火)から受付。電子メールのみ)\n\n"
    "------------------------------------------------------\n"
    "▼ 第2週 2026/6/8(月) ~ 6/14(日)\n"
    "------------------------------------------------------\n"
    "  6/12(金)  ◎ 参加申込書 提出期限 17:00 必着\n"
    "              (持参又は郵送。持参の受付は9:00~17:00)\n\n"
    "------------------------------------------------------\n"
    "▼ 第3週以降\n"
    "------------------------------------------------------\n"
    "  7月上旬    ◎ 選定結果の通知(全参加者へ書面で通知)\n"
)


def test_a_week_agenda_run_onto_one_line_keeps_each_day_with_its_marked_step():
    expected = [
        ("published", dt.date(2026, 6, 2), None, "date"),
        ("question", dt.date(2026, 6, 5), dt.time(17, 0), "datetime"),
        ("application", dt.date(2026, 6, 12), dt.time(17, 0), "datetime"),
        ("result", dt.date(2026, 7, 1), None, "early_month"),
    ]
    assert steps(WEEK_AGENDA) == expected
    assert steps(one_line(WEEK_AGENDA)) == expected


BOX_BESIDE = (
    "港町県観光データ活用事業委託業務\n"
    "企画提案競技 実施要領（概要版）\n\n"
    "1 事業の目的                              ┌ 日 程 ───────────────────────┐\n"
    "県内観光地の周遊データを分析し、          │公告                          │\n"
    "観光事業者のデジタル化を支援する。        │ 令和10年4月10日（月）        │\n"
    "                                          │質問受付期限                  │\n"
    "2 業務の概要                              │ 令和10年4月21日（金）午後5時 │\n"
    "(1) 委託期間 契約締結日から令和11年3月    │参加申込期限                  │\n"
    "    23日（金）まで                        │ 令和10年4月28日（金）午後5時 │\n"
    "(2) 上限額 24,970,000円（税込）           │企画提案書提出期限            │\n"
    "  ・デジタルスタンプラリーの企画運営      │ 令和10年5月19日（金）正午    │\n"
    "    （令和10年10月～11月実施予定）        └──────────────────────────────┘\n\n"
    "3 提出方法\n"
    "正本1部、副本8部及びPDFデータを持参すること。提出期限は右表のとおり。\n"
)


def test_a_box_drawn_beside_the_body_run_onto_one_line_keeps_its_rows_apart_from_the_body():
    expected = [
        ("published", dt.date(2028, 4, 10), None, "date"),
        ("question", dt.date(2028, 4, 21), dt.time(17, 0), "datetime"),
        ("application", dt.date(2028, 4, 28), dt.time(17, 0), "datetime"),
        ("submission", dt.date(2028, 5, 19), dt.time(12, 0), "datetime"),
    ]
    assert steps(BOX_BESIDE) == expected
    assert steps(one_line(BOX_BESIDE)) == expected
