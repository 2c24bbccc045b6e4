"""A schedule written a step's label over its date (or beside it), one row a line, run onto one line: each date takes
the label before it, not the next row's, even when a date of a sentence or of the heading stands before the first
row (round fs)."""

from tests.extractor_found import found, one_line

PROSE = (
    "本町では、町の観光振興に関する計画の策定に当たり、専門的な知識と経験を有する事業者から広く企画提案を求め、"
    "最も適した事業者を選定するため、公募型プロポーザルを実施します。参加を希望される方は、実施要領等をご確認の"
    "うえ、期限までに必要書類を提出してください。提出された書類は返却しません。応募に要する経費は応募者の負担と"
    "します。選定の結果は、参加者全員に文書で通知するとともに、町のホームページで公表します。\n"
    "業務の内容、期間及び提案上限額は、仕様書のとおりです。本業務は、次年度予算の成立を前提として実施するもので"
    "あり、予算が成立しなかった場合は、本プロポーザルを中止することがあります。あらかじめご了承ください。\n"
)


def test_a_sentence_date_before_the_schedule_heading_gives_no_row_its_label():
    text = (
        PROSE + "\n参加資格\n"
        "平成30年4月1日以降に、地方公共団体の計画策定支援業務を元請として完了した実績を有する者\n"
        "\nスケジュール\n"
        "公募開始\n令和8年5月11日（月曜日）\n"
        "質問の受付期限\n令和8年5月19日（火曜日）午後5時まで（電子メールのみ）\n"
        "質問への回答\n令和8年5月22日（金曜日）までに、このページに掲載します\n"
        "参加申込書の提出期限\n令和8年5月26日（火曜日）午後5時まで\n"
        "プレゼンテーション審査\n令和8年6月上旬（予定）\n"
        "\n提出方法\n持参又は郵送により提出してください。\n"
    )
    assert found(one_line(text)) == found(text)
    assert found(one_line(text)) == [
        ("published", "2026-05-11", None, "date"),
        ("question", "2026-05-19", "17:00", "datetime"),
        ("answer", "2026-05-22", None, "date"),
        ("application", "2026-05-26", "17:00", "datetime"),
        ("hearing", "2026-06-01", None, "early_month"),
    ]


def test_a_date_in_the_heading_and_labels_padded_as_a_column_give_each_date_its_own_label():
    text = (
        PROSE + "\n■日程(2027年4月9日現在)\n"
        "公募開始　　　　　　　　2027年4月12日(月)\n"
        "質問回答　　　　　　　　2027年4月23日(金)\n"
        "企画提案書提出期限　　　2027年5月14日(金)17時【延長】\n"
        "プレゼンテーション審査　2027年5月下旬\n"
        "審査結果の通知　　　　　2027年6月上旬\n"
        "契約締結　　　　　　　　2027年6月中旬\n"
        "\n■提出方法\n持参又は郵送(書留郵便に限る)。\n"
    )
    assert found(one_line(text)) == found(text)
    assert [kind for kind, *_ in found(one_line(text))] == ["published", "answer", "submission", "hearing", "result", "contract"]


def test_rows_with_a_line_breaks_indent_and_a_column_gap_keep_their_labels():
    text = (
        PROSE + "\n9 次回\n 第2回委員会 令和9年3月9日(火) 午後1時30分(審査)\n"
        "\n(別紙)スケジュール\n"
        "  公告                    令和9年1月25日(月)\n"
        "  質問の受付期限           令和9年2月1日(月)午後5時\n"
        "  質問への回答             令和9年2月5日(金)\n"
        "  企画提案書の提出期限      令和9年2月26日(金)正午\n"
        "  審査結果の通知            令和9年3月中旬\n"
        "\n以上のとおり確認した。\n"
    )
    one = found(one_line(text))
    assert ("question", "2027-02-01", "17:00", "datetime") in one
    assert ("answer", "2027-02-05", None, "date") in one
    assert ("submission", "2027-02-26", "12:00", "datetime") in one
    assert ("result", "2027-03-01", None, "mid_month") in one


def test_a_bilingual_row_a_label_in_two_languages_over_its_date_in_two():
    text = (
        PROSE + "\n■ スケジュール / Schedule\n項目\nItem\n日程\nDate\n"
        "公募開始\nCall opens\n2026年9月28日（月）\nMonday, 28 September 2026\n"
        "質問の受付期限\nDeadline for questions\n2026年10月6日（火）午後5時\n5:00 p.m., Tuesday, 6 October 2026\n"
        "企画提案書の提出期限\nProposal deadline\n2026年10月30日（金）正午\n12:00, Friday, 30 October 2026\n"
        "契約締結\nContract\n2026年12月上旬（予定）\nearly December 2026 (planned)\n"
        "\n■ 参加資格 / Eligibility\n・市内に事業所を有する法人であること。\n"
    )
    one = found(one_line(text))
    assert ("question", "2026-10-06", "17:00", "datetime") in one
    assert ("submission", "2026-10-30", "12:00", "datetime") in one
    assert ("contract", "2026-12-01", None, "early_month") in one


def test_a_teams_own_dates_under_its_heading_stay_out_in_one_line():
    text = (
        PROSE + "【2 発注者の日程】\n"
        "　質問書の提出期限　　　　令和8年9月15日(火)17時\n"
        "　企画提案書の提出期限　　令和8年10月23日(金)17時\n"
        "\n【3 社内日程】\n"
        "　Go/No-Go判定　　　　　　2026/09/04(金) 営業会議 → 本部長 承認\n"
        "　質問案 社内締切　　　　　2026/09/14(月)\n"
        "　提案書 初稿　　　　　　　2026/10/09(金)\n"
        "　プレゼン練習　　　　　　2026/11/02(月) 15:00〜\n"
        "\n【4 競合】\n　現行受託者ほか2社\n"
    )
    assert found(one_line(text)) == found(text)
    assert [kind for kind, *_ in found(one_line(text))] == ["question", "submission"]
