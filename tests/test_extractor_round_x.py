"""Steps of hospital, health and welfare calls (round x): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a window pasted from a spreadsheet --------------------------------------------------------------------


def test_a_slashed_window_ends_on_its_short_end():
    text = "・申請書類の受付 2026/10/5～10/9 9:00～16:00 窓口持参\n"
    assert found(text) == [("submission", "2026-10-09", "16:00", "datetime")]
    # the end's month before the start's: the next year
    text = "・申請書類の受付 2026/12/21～1/15\n"
    assert found(text) == [("submission", "2027-01-15", None, "date")]
    # a month and day with its weekday starts it too; two bare fractions do not
    text = "令和8年9月1日\n・申請書類の受付 10/5(月)～10/9 窓口持参\n"
    assert found(text) == [("submission", "2026-10-09", None, "date")]


def test_a_spreadsheet_row_with_the_window_its_weekdays_and_hours_in_cells():
    text = (
        "番号\t内容\t日付\t曜日\t時間\t場所\n"
        "1\t質問票の提出\t2026/9/1\t火\t12:00\t電子メール\n"
        "2\t申請書の提出\t2026/9/14～9/18\t月～金\t10:00～16:00\t福祉課窓口\n"
    )
    assert found(text) == [("question", "2026-09-01", "12:00", "datetime"), ("submission", "2026-09-18", "16:00", "datetime")]


def test_a_remark_dated_with_the_start_of_the_work_is_no_step():
    text = "項目\t時期\t備考\n" "選定結果の通知\t2026年11月中旬\t文書で通知\n" "契約締結\t2027年3月下旬\t令和9年4月1日運用開始\n"
    assert found(text) == [("result", "2026-11-01", None, "mid_month"), ("contract", "2027-03-01", None, "late_month")]


# --- steps of the call that name no paper ------------------------------------------------------------------


def test_a_visit_of_the_site_is_an_event_of_its_own():
    text = "3 施設の見学\n(1) 日時 令和8年6月9日(火曜日)13時30分から15時まで\n(2) 見学は任意とする。\n"
    assert found(text) == [("other", "2026-06-09", "13:30", "datetime")]
    text = "・院内見学 2026年6月9日(火) 10:00～11:30\n・提案書の提出期限 2026年6月26日(金) 17:00\n"
    assert found(text) == [("other", "2026-06-09", "10:00", "datetime"), ("submission", "2026-06-26", "17:00", "datetime")]


def test_a_consultation_before_applying_is_a_step():
    text = (
        "■ 事前相談\n"
        "・相談期間：令和8年5月11日（月）から5月22日（金）まで\n"
        "・受付時間：10時から16時まで\n"
        "■ 申請書の提出期限：令和8年6月5日（金）17時\n"
    )
    assert found(text) == [("other", "2026-05-22", "16:00", "datetime"), ("submission", "2026-06-05", "17:00", "datetime")]
    text = "5月11日（月）～5月22日（金） 事前相談（予約制）\n6月5日（金）17時 申請書の提出期限\n令和8年4月27日 福祉課\n"
    assert [kind for kind, *_ in found(text)] == ["other", "submission"]


# --- an earlier round of the call ---------------------------------------------------------------------------


def test_a_closed_earlier_round_gives_no_step():
    text = (
        "■第1回募集（募集は終了しました）\n"
        "　受付期間：令和8年4月6日（月）～4月24日（金）\n"
        "\n"
        "■第2回募集\n"
        "　受付期間：令和8年8月3日（月）～8月21日（金）17時\n"
    )
    assert found(text) == [("submission", "2026-08-21", "17:00", "datetime")]
    # the call itself closed, no other round named: its steps are kept
    text = "【受付終了】\n受付期間：令和8年4月6日（月）～4月24日（金）\n"
    assert found(text) == [("submission", "2026-04-24", None, "date")]


# --- a step dated by the day of another ---------------------------------------------------------------------


def test_a_result_made_known_on_the_day_of_the_opening():
    text = (
        "(3) 開札日時 令和8年2月17日（火）午前10時30分\n"
        "(4) 落札結果の通知\n"
        "    開札当日中に、入札者全員へ電子メールでお知らせします。\n"
    )
    assert found(text) == [("other", "2026-02-17", "10:30", "datetime"), ("result", "2026-02-17", None, "date")]
    # the day of a step not dated in the text: nothing
    text = "(3) 開札日時 令和8年2月17日（火）午前10時30分\n(4) 結果の通知 ヒアリング当日に口頭でお伝えします。\n"
    assert found(text) == [("other", "2026-02-17", "10:30", "datetime")]


# --- the work's own use of what it makes --------------------------------------------------------------------


def test_a_job_fair_or_an_event_the_product_is_used_at_is_no_step():
    text = (
        "(4) 納期 令和8年12月25日（金）\n"
        "(5) 成果物のパンフレットは、令和9年2月の合同就職説明会で配布する。\n"
        "(6) 企画提案書の提出期限 令和8年9月4日（金）午後5時\n"
    )
    assert found(text) == [("submission", "2026-09-04", "17:00", "datetime")]
    text = (
        "・制作した映像は、令和9年3月に開催する事業者向け説明会でも上映する予定です。\n"
        "・企画提案書の提出期限 令和8年9月4日（金）午後5時\n"
    )
    assert found(text) == [("submission", "2026-09-04", "17:00", "datetime")]
    # the briefing of the call stays a step
    text = "・説明会 令和8年8月20日（木）14時 ※説明会で使用する資料は当日配布します。\n"
    assert found(text) == [("other", "2026-08-20", "14:00", "datetime")]
