"""Shapes tools give ordinary calls: a table's text layer read column after column with an aside under a date that
names a step, a gazette's two columns read across with one half-width space between them, a slide's dates each over
its step's name, characters that print nothing (zero-width spaces, soft hyphens, word joiners) inside dates."""

import datetime as dt

from tests.extractor_found import found, steps


def test_an_aside_in_brackets_under_a_date_of_a_column_read_table_stays_with_its_date():
    text = (
        "霞野市観光案内サイト改修業務 公募型プロポーザル\n"
        "5 スケジュール\n"
        "手続\n"
        "公告\n"
        "質問の締切\n"
        "質問への回答\n"
        "参加申込の締切\n"
        "提案書の提出期限\n"
        "審査会\n"
        "期日\n"
        "2027年5月10日(月)\n"
        "2027年5月17日(月)正午\n"
        "2027年5月21日(金)\n"
        "(市ホームページで公表)\n"
        "2027年5月26日(水)16時\n"
        "(電子申請で受付)\n"
        "2027年6月9日(水)16時\n"
        "2027年6月中旬\n"
        "方法\n"
        "電子メール\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 5, 10), None, "date"),
        ("question", dt.date(2027, 5, 17), dt.time(12, 0), "datetime"),
        ("answer", dt.date(2027, 5, 21), None, "date"),
        ("application", dt.date(2027, 5, 26), dt.time(16, 0), "datetime"),
        ("submission", dt.date(2027, 6, 9), dt.time(16, 0), "datetime"),
        ("hearing", dt.date(2027, 6, 1), None, "mid_month"),
    ]


GAZETTE = (
    "白鷺県公報　　　　　　　　令和９年８月２日（月曜日）　　　　　　第318号\n"
    "\n"
    "白鷺県告示第88号 公　　告\n"
    "　河川法（昭和39年法律第167号）第6条第 　白鷺県移住定住ポータル運営業務の委託\n"
    "１項の規定により、河川区域を次のように に係る公募型プロポーザルを次のとおり実\n"
    "指定する。その関係図面は、令和９年８月２ 施する。\n"
    "日から同年９月１日まで、白鷺県河川課に 　令和９年８月２日\n"
    "おいて一般の縦覧に供する。 　　　白鷺県知事　水　無　瀬　薫\n"
    "　令和９年８月２日 １　業務名\n"
    "　　　白鷺県知事　水　無　瀬　薫 　白鷺県移住定住ポータル運営業務\n"
    "１　河川名　一級河川鷺川 ２　質問の受付期限\n"
    "２　区域　白鷺市川端町地内 　令和９年８月10日（火）午後４時まで\n"
    "公　　告 ３　参加申込書の提出期限\n"
    "　次のとおり入札の結果を公告する。 　令和９年８月20日（金）午後４時\n"
    "　令和９年８月２日 ４　企画提案書の提出期限\n"
    "１　件名　県立図書館照明改修工事 　令和９年９月３日（金）正午（必着）\n"
    "２　契約締結日　令和９年７月15日 ５　審査会\n"
    "３　開札日　令和９年７月８日 　令和９年９月中旬（予定）\n"
    "\n"
    "－ ５ －\n"
)


def test_a_gazettes_two_columns_read_across_with_one_space_between_are_read_a_column_at_a_time():
    assert steps(GAZETTE) == [
        ("published", dt.date(2027, 8, 2), None, "date"),  # (the call's own 公告 date, over its governor's name)
        ("question", dt.date(2027, 8, 10), dt.time(16, 0), "datetime"),
        ("application", dt.date(2027, 8, 20), dt.time(16, 0), "datetime"),
        ("submission", dt.date(2027, 9, 3), dt.time(12, 0), "datetime"),
        ("hearing", dt.date(2027, 9, 1), None, "mid_month"),
    ]


def test_key_and_value_lines_parted_by_one_half_width_space_stay_rows():
    # (a notice whose items are keyed with half-width spaces: no gutter, nothing to read a column at a time)
    text = (
        "桐生台町 庁舎清掃業務 見積合わせ\n"
        "1 件名 庁舎清掃業務\n"
        "2 履行場所 桐生台町役場\n"
        "3 質問期限 2027年3月3日(水)15時\n"
        "4 見積書提出期限 2027年3月10日(水)15時\n"
        "5 開札日時 2027年3月11日(木)10時\n"
        "6 契約期間 2027年4月1日から2028年3月31日まで\n"
        "7 担当 総務課 管財係\n"
        "8 電話 000-000-0000\n"
        "9 メール kanzai@example.jp\n"
    )
    assert found(text) == [
        ("question", "2027-03-03", "15:00", "datetime"),
        ("submission", "2027-03-10", "15:00", "datetime"),
        ("other", "2027-03-11", "10:00", "datetime"),
    ]


def test_a_slides_dates_each_over_its_step_under_a_heading_that_names_a_kind():
    text = (
        "港南市 子育て応援サイト構築業務\n"
        "事業者説明資料\n"
        "2027年8月\n"
        "選定スケジュール\n"
        "2027/9/1(水)\n"
        "募集開始\n"
        "9/8(水)\n"
        "オンライン説明会\n"
        "(録画配信あり)\n"
        "9/15(水)\n"
        "質問受付締切\n"
        "9/29(水)\n"
        "提案書提出締切\n"
        "10月上旬\n"
        "選定結果通知\n"
        "※日程は変更になる場合があります。\n"
        "4\n"
        "お問い合わせ\n"
        "港南市 こども政策課\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 9, 1), None, "date"),
        ("other", dt.date(2027, 9, 8), None, "date"),
        ("question", dt.date(2027, 9, 15), None, "date"),
        ("submission", dt.date(2027, 9, 29), None, "date"),
        ("result", dt.date(2027, 10, 1), None, "early_month"),
    ]


def test_a_slides_steps_named_above_their_dates_stay_so():
    text = (
        "港南市 子育て応援サイト構築業務\n"
        "選定スケジュール\n"
        "募集開始\n"
        "2027年9月1日(水)\n"
        "質問受付締切\n"
        "2027年9月15日(水)\n"
        "提案書提出締切\n"
        "2027年9月29日(水)\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 9, 1), None, "date"),
        ("question", dt.date(2027, 9, 15), None, "date"),
        ("submission", dt.date(2027, 9, 29), None, "date"),
    ]


def test_characters_that_print_nothing_inside_dates_and_labels_are_read_without():
    text = (
        "風待町 観光アプリ開発業務 公募型プロポーザル\n"
        "■日程\n"
        "公告\u3000\u3000\u3000\u3000\u3000\u3000令和9年10月\u200b4日（月）\n"
        "質問\u00adの締切\u3000\u3000\u3000\u3000令和9年10月12日（火）16\u2060:\u206000まで\n"
        "参加申込の締切\u3000\u3000令和\u200b9年10月\u00ad22日（金）午後\u200b4時まで\n"
        "提案書の提出期限\u3000令和9年11月\ufeff5日（金）午後4時まで\n"
        "審査結果の通知\u3000\u3000令和9年11月\u00ad下旬（予定）\n"
    )
    assert steps(text) == [
        ("published", dt.date(2027, 10, 4), None, "date"),
        ("question", dt.date(2027, 10, 12), dt.time(16, 0), "datetime"),
        ("application", dt.date(2027, 10, 22), dt.time(16, 0), "datetime"),
        ("submission", dt.date(2027, 11, 5), dt.time(16, 0), "datetime"),
        ("result", dt.date(2027, 11, 1), None, "late_month"),
    ]
    from tenders.extractor import extract

    labels = [m.label for m in extract(text).proposal.milestones]
    assert "質問の締切" in labels
