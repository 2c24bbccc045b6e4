"""Notices that follow a call: a schedule's versions side by side, a postponed event's new day, a question-and-answer
table copied from a spreadsheet, a step of no date among dated ones, the call a change cites, the amendment formula
with a comma."""

from tenders.extractor.normalize import tab_cells_rejoined
from tests.extractor_found import found


def test_versions_side_by_side_in_a_table_ruled_above_and_below_keep_the_rightmost_column():
    text = (
        "                                              令和9年3月2日\n"
        "港北区道路台帳システム改修業務 入札説明書の日程の再変更について\n"
        "\n"
        "  2月9日付けで変更した日程を、下記のとおり再度変更します。\n"
        "\n"
        "  区分                当初                 第1回変更            第2回変更(今回)\n"
        "                      (令和9年1月20日公告) (令和9年2月9日付け)\n"
        "  ------------------------------------------------------------------------------\n"
        "  入札書の提出期限    令和9年3月8日(月)    令和9年3月15日(月)   令和9年3月29日(月)\n"
        "                      正午                 正午                 正午\n"
        "  開札                令和9年3月9日(火)    令和9年3月16日(火)   令和9年3月30日(火)\n"
        "  契約締結            令和9年3月中旬       令和9年3月下旬       令和9年4月上旬\n"
        "  ------------------------------------------------------------------------------\n"
    )
    assert found(text) == [
        ("submission", "2027-03-29", "12:00", "datetime"),
        ("other", "2027-03-30", None, "date"),
        ("contract", "2027-04-01", None, "early_month"),
    ]


def test_the_new_day_of_a_postponed_event_under_a_key_of_the_new_version():
    text = (
        "令和9年6月3日\n"
        "\n"
        "若葉台市スポーツ施設予約システム更新業務委託\n"
        "現地説明会の延期について（お知らせ）\n"
        "\n"
        "　標記の現地説明会は、施設の臨時点検のため、次のとおり延期します。\n"
        "\n"
        "１　変更前の日時\n"
        "　　令和９年６月８日（火）午前１０時から\n"
        "\n"
        "２　変更後の日時\n"
        "　　令和９年６月１７日（木）午後２時から\n"
        "　　場所：若葉台市総合体育館　会議室（変更なし）\n"
    )
    assert found(text) == [("other", "2027-06-17", "14:00", "datetime")]


def test_a_spreadsheets_answers_table_with_line_breaks_in_its_cells():
    text = (
        "令和9年4月12日\n"
        "\n"
        "白浜町観光案内所運営業務委託プロポーザル　質問に対する回答\n"
        "\n"
        "番号\t資料\t質問内容\t回答内容\n"
        "1\t募集要項\n"
        "第4 日程\t提案書の提出期限を延ばせませんか。\t延長します。\n"
        "提案書の提出期限は令和9年4月23日(金)正午とします。\n"
        "2\t募集要項\n"
        "第4 日程\t面接審査はいつですか。\t面接審査は令和9年5月中旬に行います。\n"
        "3\t仕様書\t契約の時期を教えてください。\t契約は令和9年6月上旬を予定しています。\n"
    )
    assert found(text) == [
        ("submission", "2027-04-23", "12:00", "datetime"),
        ("hearing", "2027-05-01", None, "mid_month"),
        ("contract", "2027-06-01", None, "early_month"),
    ]


def test_a_numbered_rows_cells_broken_over_lines_are_one_row_again():
    lines = [
        "番号\t資料\t質問内容\t回答内容",
        "1\t募集要項",
        "第4 日程\t提案書の提出期限を延ばせませんか。\t延長します。",
        "提案書の提出期限は令和9年4月23日(金)正午とします。",
        "2\t仕様書\t契約の時期を教えてください。\t令和9年6月上旬を予定しています。",
    ]
    assert tab_cells_rejoined(lines) == [
        "番号\t資料\t質問内容\t回答内容",
        "1\t募集要項 第4 日程\t提案書の提出期限を延ばせませんか。\t延長します。提案書の提出期限は令和9年4月23日(金)正午とします。",
        "",
        "",
        "2\t仕様書\t契約の時期を教えてください。\t令和9年6月上旬を予定しています。",
    ]


def test_a_tab_table_of_rows_without_numbers_is_left_as_it_is():
    lines = [
        "日程\t項目\t備考",
        "令和9年7月9日(金)",
        "午後5時まで\t見学会の申込\t電子メール",
        "開催日時\t令和9年7月14日(水)",
        "会場\t本庁舎3階",
    ]
    assert tab_cells_rejoined(lines) == lines


def test_a_step_of_no_date_among_dated_steps_names_no_step_below_it():
    text = (
        "北浦町地域交流拠点の指定管理者の募集\n"
        "\n"
        "■スケジュール\n"
        "　質問の締切　令和9年8月6日（金）\n"
        "　質問への回答　受付の都度、町ホームページで公表\n"
        "　申請書の受付　令和9年8月20日（金）午後5時まで\n"
    )
    assert found(text) == [
        ("question", "2027-08-06", None, "date"),
        ("submission", "2027-08-20", "17:00", "datetime"),
    ]


def test_the_day_a_changed_call_was_published_is_no_step_of_the_change():
    text = (
        "令和9年2月10日\n"
        "\n"
        "南区公園照明LED化工事 提出期限の延長について\n"
        "\n"
        "令和9年1月25日(月)に公告しました本件について、資材価格の調査に時間を要するため、\n"
        "入札参加申請書の提出期限を令和9年2月24日(水)午後4時まで延長します。\n"
    )
    assert found(text) == [("application", "2027-02-24", "16:00", "datetime")]


def test_the_amendment_formula_with_a_comma_after_its_old_words():
    text = (
        "東浜市告示第12号\n"
        "入札公告の一部訂正\n"
        "令和9年7月1日付けで公告した一般競争入札について、次のとおり訂正する。\n"
        "　令和9年7月8日\n"
        "(1) 公告文3(2)中「開札日時 令和9年7月21日(水)午前10時」とあるのは、「開札日時 令和9年7月28日(水)午前10時」と訂正する。\n"
    )
    assert ("other", "2027-07-21", "10:00", "datetime") not in found(text)
    assert ("other", "2027-07-28", "10:00", "datetime") in found(text)


def test_a_call_published_before_a_meeting_told_of_without_a_change_stays_published():
    text = (
        "海外向け教材制作業務 説明会 議事要旨\n"
        "令和9年1月12日(火) 午後2時から\n"
        "\n"
        "本日はご参加いただきありがとうございます。令和8年12月24日(木)に公示しました本件の概要を説明します。\n"
        "企画書の提出期限は令和9年2月5日(金)正午です。\n"
    )
    assert ("published", "2026-12-24", None, "date") in found(text)


def test_a_step_with_words_after_it_still_heads_the_date_indented_under_it():
    text = (
        "■日程\n"
        "　参加申込　令和9年9月3日（金）まで\n"
        "　現地見学会　参加申込者のみ\n"
        "　　令和9年9月10日（金）午後1時30分から\n"
    )
    assert found(text) == [
        ("application", "2027-09-03", None, "date"),
        ("other", "2027-09-10", "13:30", "datetime"),
    ]


def test_a_row_under_a_rule_whose_next_line_is_its_wrapped_piece_is_still_one_row():
    text = (
        "  ------------------------------------------------------------\n"
        "  入札説明書の    自 令和9年6月1日(火)     午前9時から\n"
        "  交付            至 令和9年6月11日(金)    午後5時まで\n"
        "  ------------------------------------------------------------\n"
        "  入札書の提出    令和9年6月18日(金)       午後5時まで\n"
        "  ------------------------------------------------------------\n"
    )
    assert ("submission", "2027-06-18", "17:00", "datetime") in found(text)
    assert any(kind == "published" and day == "2027-06-01" for kind, day, *_ in found(text))
