"""Layouts read on one line (a PDF's text layer, a portal's page: every line break a space) as they read as written:
a bilingual specification's head, a letter-spaced title run on, a week grid's marked days, a week's agenda."""

from tests.extractor_found import found, one_line


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
