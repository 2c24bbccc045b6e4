"""Ordinary calls' steps read as INDEX.md says, lower bounds, the work's contents and later plans kept out (round rs):
each test a few lines written for its class."""

from tests.extractor_found import found

# --- a step's date and its lower bound ------------------------------------------------------------------


def test_a_lower_bound_restated_in_the_body_leaves_the_schedules_part_of_month():
    text = (
        "３．日程\n"
        "　令和８年２月１６日（月）１７時００分　　企画提案書の提出期限\n"
        "　令和８年３月中旬　　　　　　　　　　　　契約締結\n"
        "４．契約\n"
        "　契約締結は、予算の成立を前提として、令和８年３月１０日以降とする。\n"
    )
    assert found(text) == [
        ("submission", "2026-02-16", "17:00", "datetime"),
        ("contract", "2026-03-01", None, "mid_month"),
    ]


def test_a_lower_bound_alone_is_still_the_steps_day():
    text = "提案書の提出期限　令和8年6月5日（金）正午\n契約締結　令和8年7月1日以降（予定）\n"
    assert found(text) == [
        ("submission", "2026-06-05", "12:00", "datetime"),
        ("contract", "2026-07-01", None, "date"),
    ]


# --- an event held over days stacked in its cell ------------------------------------------------------------


def test_an_events_days_one_a_line_in_its_cell_give_the_first_day():
    text = (
        "手続\t日程\t備考\n"
        "提案書の提出期限\t令和9年2月3日（水曜日）正午\t持参のみ\n"
        "プレゼンテーション\t令和9年2月15日（月曜日）\n"
        "令和9年2月16日（火曜日）\t各者の時間は別途通知します\n"
        "選定結果の通知\t令和9年2月下旬\t文書で通知\n"
        "※日程は予定であり、変更する場合があります。\n"
    )
    assert found(text) == [
        ("submission", "2027-02-03", "12:00", "datetime"),
        ("hearing", "2027-02-15", None, "date"),
        ("result", "2027-02-01", None, "late_month"),
    ]


def test_a_struck_date_beside_its_new_one_stays_old_where_a_change_was_made():
    text = (
        "日程を次のとおり変更しました。\n"
        "手続\t日程\n"
        "プレゼンテーション\t令和9年2月15日（月曜日） 令和9年2月22日（月曜日）\n"
    )
    assert found(text) == [("hearing", "2027-02-22", None, "date")]


# --- the work's own dates ---------------------------------------------------------------------------------


def test_an_appended_specification_named_below_its_mark_holds_the_works_dates():
    text = (
        "記\n"
        "１　日程\n"
        "（１）企画提案書の提出　令和９年６月４日（金）午後４時まで\n"
        "（２）選定結果の通知　　令和９年６月中旬\n"
        "２　参加資格\n"
        "（１）旅行業の登録を受けていること。\n"
        "（２）県の入札参加資格者名簿に登録されていること。\n"
        "以上\n"
        "\n"
        "【別紙】\n"
        "見学研修仕様書（抜粋）\n"
        "１　条件\n"
        "（１）事前研修（令和９年９月から１０月まで）の資料の提出に協力すること。\n"
        "（２）報告書は、研修終了後１か月以内に提出すること。\n"
    )
    assert found(text) == [
        ("submission", "2027-06-04", "16:00", "datetime"),
        ("result", "2027-06-01", None, "mid_month"),
    ]


def test_a_day_a_quotation_is_to_assume_is_no_step():
    text = (
        "（１）見積書の提出期限　令和9年8月20日（金）午後5時\n"
        "（２）見積書に記載する金額は、令和9年11月の実施を前提とし、消費税を含めた額とすること。\n"
    )
    assert found(text) == [("submission", "2027-08-20", "17:00", "datetime")]


def test_a_plan_year_by_year_gives_no_step_of_the_call():
    text = (
        "３　更新の考え方（案）\n"
        "　(1) 指令台を増設する。\n"
        "　(2) 想定スケジュール（予定）\n"
        "　　　令和10年度　本RFI、仕様書案の作成\n"
        "　　　令和11年度　調達手続（入札公告は令和11年7月頃を想定）、設計\n"
        "　　　令和12年度　構築、移行\n"
        "４　本RFIの手続\n"
        "　(1) 日程\n"
        "　　①実施要領等の公表　　　　令和10年5月15日（月）\n"
        "　　②情報提供書の提出期限　　令和10年6月30日（金）午後5時\n"
    )
    assert found(text) == [
        ("published", "2028-05-15", None, "date"),
        ("submission", "2028-06-30", "17:00", "datetime"),
    ]


# --- rows of one list at one margin --------------------------------------------------------------------------


def test_a_row_under_a_briefings_row_at_the_same_margin_is_a_step_of_its_own():
    text = (
        "＜主な日程＞\n"
        "　説明会（Web会議）　　　　2028年5月25日（木）14時～15時\n"
        "　参加申込書・誓約書　　　2028年5月31日（水）17時まで\n"
        "　情報提供書の提出期限　　2028年6月30日（金）17時（必着）\n"
    )
    assert found(text) == [
        ("other", "2028-05-25", "14:00", "datetime"),
        ("application", "2028-05-31", "17:00", "datetime"),
        ("submission", "2028-06-30", "17:00", "datetime"),
    ]


def test_a_posts_sentence_under_a_briefings_sentence_is_still_its_registration():
    text = (
        "現地説明会の参加申込締切\t令和8年6月26日（金曜日）午後5時\n"
        "\n"
        "　　説明会は 7/1(水) 13:30 からです。\n"
        "　　参加申込は 6/26(金) 17時までなので、今日中に出しておいてください。\n"
    )
    assert ("application", "2026-06-26", "17:00", "datetime") not in found(text)


def test_the_forms_after_an_appended_specification_are_no_longer_the_works():
    text = (
        "１　日程\n"
        "（１）企画提案書の提出期限　令和8年6月5日（金）正午\n"
        "２　参加資格\n"
        "（１）県の入札参加資格者名簿に登録されていること。\n"
        "（２）指名停止の措置を受けていないこと。\n"
        "（３）暴力団と関係を有しないこと。\n"
        "別紙\n"
        "運営業務委託仕様書\n"
        "１　業務の内容\n"
        "（１）月次報告書を翌月10日までに提出すること。\n"
        "様式集\n"
        "様式の記入上の注意\n"
        "１　資料の閲覧は、令和8年5月29日（金）午後4時までに申し込むこと。\n"
    )
    assert found(text) == [
        ("other", "2026-05-29", "16:00", "datetime"),
        ("submission", "2026-06-05", "12:00", "datetime"),
    ]
