"""Changes written old → new on one line, windows whose two ends stand in cells of their own, and 閲覧 windows
(round p): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- changes: old and new on one line, chained --------------------------------------------------------------


def test_a_marked_old_date_before_an_arrow_is_the_only_date_put_out():
    text = (
        "日程の変更について\n"
        "⑴ 一次審査（書類審査）\n"
        "　　（変更前）令和９年９月下旬　→　（変更後）令和９年10月上旬\n"
        "⑵ 二次審査（プレゼンテーション及びヒアリング）\n"
        "　　（変更前）令和９年10月上旬　→　（変更後）令和９年10月22日（金）\n"
    )
    assert found(text) == [
        ("other", "2027-10-01", None, "early_month"),
        ("hearing", "2027-10-22", None, "date"),
    ]
    text = (
        "企画提案書の提出期限の訂正\n"
        "・企画提案書の提出期限　【訂正前】令和8年9月4日(金)午後5時 ⇒ 【訂正後】令和8年9月11日(金)午後5時\n"
    )
    assert found(text) == [("submission", "2026-09-11", "17:00", "datetime")]


def test_an_old_date_equal_to_another_steps_new_date_leaves_that_step():
    text = (
        "1 変更箇所\n"
        "(1) 優先交渉権者の決定\n"
        "　　（変更前）令和9年10月中旬 → （変更後）令和9年11月上旬\n"
        "(2) 基本協定の締結\n"
        "　　（変更前）令和9年11月上旬 → （変更後）令和9年11月下旬\n"
        "2 変更後の日程\n"
        "優先交渉権者の決定　令和9年11月上旬　※変更\n"
        "基本協定の締結　令和9年11月下旬　※変更\n"
    )
    assert found(text) == [
        ("result", "2027-11-01", None, "early_month"),
        ("contract", "2027-11-01", None, "late_month"),
    ]


def test_a_row_opening_a_time_is_not_joined_to_the_next_step():
    text = (
        "No.  内容                     日程\n"
        " 1   現地見学会               令和９年６月15日（火）午後１時30分から\n"
        " 2   第１回質問の受付期限     令和９年６月25日（金）午後５時\n"
    )
    assert found(text) == [
        ("other", "2027-06-15", "13:30", "datetime"),
        ("question", "2027-06-25", "17:00", "datetime"),
    ]


def test_a_window_wrapped_over_two_rows_is_still_one_step():
    text = (
        "項目            期間                   方法\n"
        "参加表明書の提出   5月11日(月)から      持参又は郵送\n"
        "                 5月20日(水)午後4時まで  (必着)\n"
        "令和8年度 業務委託\n"
    )
    assert kinds(text) == ["application"]


def test_a_bill_put_to_the_councils_session_is_a_step_the_session_itself_is_none():
    text = "① 候補者を指定管理者として指定する議案を、令和10年12月の市議会定例会に提出する予定です。\n"
    assert found(text) == [("other", "2028-12-01", None, "month")]
    text = "・指定管理者の指定に係る議案の提出　令和9年9月の町議会定例会へ提出予定\n"
    assert kinds(text) == ["other"]
    text = "(1) 参加申込書の提出期限 令和9年6月4日(金)午後5時\n(2) 市議会の定例会は、令和9年9月上旬に開会される。\n"
    assert kinds(text) == ["application"]


# --- windows whose start and end stand in cells of their own ---------------------------------------------------


def test_start_and_end_columns_of_a_pasted_sheet_give_one_step_at_the_end():
    text = (
        "No.\t手続\t開始日\t曜日\t終了日\t曜日\t時刻\t方法・備考\n"
        "1\t公募開始(実施要領等の公表)\t2027/7/5\t月\t\t\t\t組合ホームページに掲載\n"
        "2\t質問書の受付\t2027/7/5\t月\t2027/7/14\t水\t17:00\t電子メール\n"
        "3\t質問への回答\t\t\t2027/7/21\t水\t\t組合ホームページに掲載\n"
    )
    assert found(text) == [
        ("published", "2027-07-05", None, "date"),
        ("question", "2027-07-14", "17:00", "datetime"),
        ("answer", "2027-07-21", None, "date"),
    ]
    text = (
        "| 手続 | 受付開始 | 受付終了 | 備考 |\n"
        "|---|---|---|---|\n"
        "| 参加表明書の提出 | 令和9年5月10日 | 令和9年5月21日 | 持参 |\n"
        "| 企画提案書の提出 | 令和9年6月1日 | 令和9年6月11日 | 郵送可 |\n"
    )
    assert found(text) == [
        ("application", "2027-05-21", None, "date"),
        ("submission", "2027-06-11", None, "date"),
    ]


def test_a_sheet_without_an_end_column_keeps_each_date():
    text = "No.\t内容\t開始日\t備考\n" "1\t公告\t2027/7/5\tホームページ\n" "2\t参加申込書の提出期限\t2027/7/14\t持参\n"
    assert found(text) == [("published", "2027-07-05", None, "date"), ("application", "2027-07-14", None, "date")]


def test_a_competitive_dialogue_is_a_step_of_its_own():
    text = "日程\n　【資格審査結果の通知】　2028年7月31日（月）\n　【競争的対話】　　　　　2028年8月下旬\n"
    assert found(text) == [("result", "2028-07-31", None, "date"), ("other", "2028-08-01", None, "late_month")]
    text = "(5) 競争的対話（第1回）　令和9年6月下旬\n(6) 個別対話の実施　令和9年7月下旬\n"
    assert kinds(text) == ["other", "hearing"]
    text = "(1) 競争的対話への参加申込み　令和9年6月10日(木)午後5時まで\n"
    assert kinds(text) == ["application"]


def test_a_note_of_when_a_steps_last_day_closes_gives_its_windows_the_time():
    text = (
        "５　スケジュール\n"
        "④　質問受付（第１回）　　７月16日（水）〜７月25日（金）\n"
        "⑤　質問回答（第１回）　　８月５日（火）頃\n"
        "⑥　質問受付（第２回）　　８月６日（水）〜８月13日（水）\n"
        "※質問の受付は、各回とも最終日の午後５時までとします。\n"
        "令和7年7月1日\n"
    )
    assert found(text) == [
        ("question", "2025-07-25", "17:00", "datetime"),
        ("answer", "2025-08-05", None, "date"),
        ("question", "2025-08-13", "17:00", "datetime"),
    ]
    text = (
        "(1) 参加申込書の受付 令和9年5月10日(月)から5月21日(金)まで\n"
        "(2) 企画提案書の受付 令和9年6月1日(火)から6月11日(金)まで\n"
        "※企画提案書は、受付期間の最終日は正午までとします。\n"
    )
    assert found(text) == [
        ("application", "2027-05-21", None, "date"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]


# --- 閲覧 windows: the end, with its closing time -------------------------------------------------------------


def test_a_viewing_window_opened_in_words_is_one_step_at_its_end_with_its_hours():
    text = (
        "3　設計書等の閲覧\n"
        "　閲覧期間は告示の日から1月28日（金曜）まで、閲覧時間は午前8時30分から午後5時15分までとする。\n"
        "4　入札\n"
        "　入札書は令和10年2月3日（木）に提出すること。\n"
    )
    assert found(text)[0] == ("other", "2028-01-28", "17:15", "datetime")
    text = "(2) 仕様書の閲覧 閲覧期間は、公告の日から令和9年6月11日(金)まで(午前9時から午後5時まで)\n"
    assert found(text) == [("other", "2027-06-11", "17:00", "datetime")]


def test_papers_viewed_and_handed_out_together_are_their_publication():
    text = (
        "3 日程\n" "仕様書等の閲覧・配布　令和10年5月15日(月) −\n" "5月26日(金)\n" "質問の受付期限　令和10年5月19日(金)17時まで\n"
    )
    assert found(text) == [("published", "2028-05-15", None, "date"), ("question", "2028-05-19", "17:00", "datetime")]
    text = "(1) 設計図書の閲覧及び交付　令和7年10月6日(月)から10月17日(金)まで\n"
    assert kinds(text) == ["published"]
    text = "(1) 設計図書の閲覧　令和7年10月6日(月)から10月17日(金)まで\n"
    assert found(text) == [("other", "2025-10-17", None, "date")]


def test_a_viewing_held_over_the_window_above_ends_with_it():
    text = (
        "４　入札説明書等の交付\n"
        "　⑴　交付期間　令和７年８月２２日（金）から令和７年９月１０日（水）まで\n"
        "　⑵　交付方法　電子入札システムからダウンロードにより交付する。\n"
        "　⑶　設計図書の閲覧　上記期間中、土木事務所においても閲覧に供する（休日を除く午前９時から午後５時まで）。\n"
    )
    assert found(text) == [("published", "2025-08-22", None, "date"), ("other", "2025-09-10", "17:00", "datetime")]
    text = "(1) 入札書の提出期限　令和７年９月１０日（水）午後５時\n" "(2) 設計図書の閲覧　上記期間中、閲覧に供する。\n"
    assert kinds(text) == ["submission"]


def test_a_superseded_date_puts_out_only_its_own_steps_date():
    text = (
        "1 変更箇所\n"
        "(1) 基本協定の締結\n"
        "　　（変更前）令和9年11月上旬 → （変更後）令和9年11月下旬\n"
        "2 変更後の日程\n"
        "仮契約の締結　令和9年11月上旬\n"
        "基本協定の締結　令和9年11月下旬　※変更\n"
        "3 変更前の日程（参考）\n"
        "基本協定の締結　令和9年11月上旬\n"
    )
    assert found(text) == [
        ("contract", "2027-11-01", None, "early_month"),
        ("contract", "2027-11-01", None, "late_month"),
    ]


def test_a_cells_window_wrapped_after_its_tilde_is_one_window():
    text = (
        "4\n"
        "質問の受付\n"
        "令和9年6月1日（火）～\n"
        "6月30日（水）午後5時\n"
        "電子メールに限る\n"
        "5\n"
        "質問への回答\n"
        "令和9年7月9日（金）\n"
    )
    assert found(text) == [("question", "2027-06-30", "17:00", "datetime"), ("answer", "2027-07-09", None, "date")]
    text = "(1) 提出期間 令和9年6月1日（火）～\n(2) 提出場所 総務課\n"
    assert "question" not in kinds(text)


def test_a_cells_window_whose_start_time_opens_the_next_line_is_one_window():
    text = "見積書の提出\n令和10年5月30日(火)\n9時～6月1日(木)17時\n持参（警防課）\n"
    assert found(text) == [("submission", "2028-06-01", "17:00", "datetime")]


def test_an_hour_broken_from_its_ji_by_the_wrap_is_one_time():
    text = (
        "5 見積参加申込み\n"
        "見積合わせへの参加を希望する者は、見積参加申込書（様式第1号）を令和10年5月22日(月)17\n"
        "時までに電子メールで提出してください。\n"
    )
    assert found(text) == [("application", "2028-05-22", "17:00", "datetime")]
    text = "(1) 公告日 令和10年5月15日(月)\n12 その他\n"
    assert found(text) == [("published", "2028-05-15", None, "date")]
