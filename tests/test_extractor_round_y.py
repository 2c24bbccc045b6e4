"""Ordinary calls in less common layouts (round y): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- days counted from the notice, the day itself given in brackets --------------------------------------------


def test_a_counted_day_in_square_brackets_on_the_line_below():
    text = (
        "４　参加申請\n"
        "（１）申請期限　告示日から６日目の午後４時まで\n"
        "　　　　　　　［令和９年３月１０日（水）午後４時］\n"
        "（２）審査結果　告示日から９日目までに通知する。\n"
        "　　　　　　　［令和９年３月１５日（月）］\n"
        "５　開札\n"
        "（１）日時　告示日から１４日目の午後２時\n"
        "　　　　　　［令和９年３月２２日（月）午後２時］\n"
    )
    assert found(text) == [
        ("application", "2027-03-10", "16:00", "datetime"),
        ("result", "2027-03-15", None, "date"),
        ("other", "2027-03-22", "14:00", "datetime"),
    ]


def test_a_counted_day_in_other_brackets_on_its_line():
    text = "（３）質問の期限　公示日から４日目の正午まで【2027年6月4日（金）】\n"
    assert found(text) == [("question", "2027-06-04", "12:00", "datetime")]
    text = "（４）回答　公示日から７日目までにホームページに掲載する。［2027年6月9日（水）］\n"
    assert kinds(text) == ["answer"]


# --- a two-column flyer read across both columns, a line of each by turns ---------------------------------------


def test_a_two_column_flyer_read_line_by_line_is_read_a_column_at_a_time():
    text = (
        "令和９年度　公民館指定管理者の募集\n"
        "\n"
        "１　施設の概要\n"
        "３　日程\n"
        "（１）名称　青葉公民館\n"
        "■応募の受付\n"
        "（２）所在地\n"
        "　令和９年８月２日（月）～８月６日\n"
        "　青葉町一丁目２番地\n"
        "　（金）午前９時～午後４時\n"
        "２　指定期間\n"
        "■審査会\n"
        "　令和１０年４月１日から３年間\n"
        "　９月中旬\n"
        "（指定期間中の更新なし）\n"
        "４　問合せ先\n"
        "\n"
    )
    assert found(text) == [("submission", "2027-08-06", "16:00", "datetime"), ("hearing", "2027-09-01", None, "mid_month")]


def test_a_briefing_registration_a_line_of_other_words_below_the_briefing():
    text = (
        "令和９年度　業務委託\n"
        "◆現場説明会\n"
        "　６月３日（木）午後２時～\n"
        "　会場：市役所３階会議室\n"
        "　※参加申込は６月１日（火）正午まで\n"
    )
    assert found(text) == [("other", "2027-06-01", "12:00", "datetime"), ("other", "2027-06-03", "14:00", "datetime")]


# --- times given only in footnotes the schedule's cells mark ---------------------------------------------------


def test_a_footnote_marked_in_a_table_cell_gives_the_time():
    text = (
        "令和10年度 公募型プロポーザル\n"
        "| 手続 | 期日 |\n"
        "|---|---|\n"
        "| 参加申込書の提出期限 | 令和10年5月8日（月）※1 |\n"
        "| 企画提案書の提出期限 | 令和10年5月22日（月）※2 |\n"
        "\n"
        "※1　正午まで（電子メールの受信時刻による。）\n"
        "※2　午後3時まで（必着）\n"
    )
    assert found(text) == [
        ("application", "2028-05-08", "12:00", "datetime"),
        ("submission", "2028-05-22", "15:00", "datetime"),
    ]
    # the mark in a cell before the last one
    text = (
        "令和10年度 公募型プロポーザル\n"
        "| 手続 | 期日 | 提出方法 |\n"
        "|---|---|---|\n"
        "| 質問の受付 | 令和10年5月1日（月）※1 | 電子メール |\n"
        "\n"
        "※1　午後4時まで\n"
    )
    assert found(text) == [("question", "2028-05-01", "16:00", "datetime")]


# --- a published step whose window's end is an aside ------------------------------------------------------------


def test_a_row_whose_step_cell_closes_its_window_in_brackets():
    text = (
        "| 日付 | 内容 | 備考 |\n"
        "|---|---|---|\n"
        "| 2027年6月1日 | 仕様書等の交付開始（6月20日まで） | 窓口及びホームページ |\n"
        "| 2027年6月20日 | 入札書の提出期限 | 午後5時必着 |\n"
    )
    assert found(text) == [("published", "2027-06-01", None, "date"), ("submission", "2027-06-20", "17:00", "datetime")]


def test_the_papers_to_be_had_from_a_day_are_the_publication():
    text = (
        "令和10年度 業務委託 よくある質問\n"
        "Q3. 仕様書はいつから入手できますか？\n"
        "A3. 令和10年4月3日（月）から、このページでダウンロードできます。\n"
        "Q4. 提案書の締切はいつですか？\n"
        "A4. 令和10年4月21日（金）午後5時です。\n"
    )
    assert kinds(text) == ["published", "submission"]


def test_today_with_its_day_in_brackets_is_the_release_day():
    text = (
        "報道発表資料\n"
        "令和9年6月2日（水）\n"
        "委託期間は契約締結日から令和10年3月31日（金）までです。仕様書は本日（6月2日）から市ホームページで公開して\n"
        "おり、企画提案書は6月25日（金）午後5時までに提出してください。\n"
    )
    assert found(text) == [("published", "2027-06-02", None, "date"), ("submission", "2027-06-25", "17:00", "datetime")]


# --- a wiki page: a nested list of steps, a change history below -----------------------------------------------


def test_a_nested_item_dated_under_a_briefing_and_a_change_history():
    text = (
        "## 4. 日程\n"
        "\n"
        "- 入札説明会（会場：本部2階）\n"
        "  - 申込：2027年9月6日（月）17:00まで\n"
        "    - 電子メールで申し込むこと\n"
        "  - 開催：2027年9月9日（木）10:00～11:00\n"
        "- 入札書の提出期限：2027年9月24日（金）12:00\n"
        "\n"
        "### 改訂履歴\n"
        "\n"
        "- 2027-09-08：4. 日程の説明会の会場を修正\n"
        "- 2027-09-01：ページ作成\n"
    )
    assert found(text) == [
        ("other", "2027-09-06", "17:00", "datetime"),
        ("other", "2027-09-09", "10:00", "datetime"),
        ("submission", "2027-09-24", "12:00", "datetime"),
    ]
