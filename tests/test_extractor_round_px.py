"""Change notices (round px): a cancellation told in a letter's title under its head, a correction restating the
whole call whose reason names the steps it moves, a team channel's pasted change table, a meeting update quoting
the old one, a town's news of a postponement told in prose."""

from tests.extractor_found import found, one_line

# --- a letter that calls the whole call off, its title under its number, date, addressees and sender ----------


def test_a_letter_titled_as_the_calls_cancellation_has_no_milestones():
    text = (
        "潮見機構第８８号\n"
        "令和９年３月２日\n"
        "\n"
        "「潮見港資料調査業務」\n"
        "参加表明書提出者　各位\n"
        "\n"
        "独立行政法人潮見港湾史研究機構\n"
        "契約担当役　理事　森本　一郎\n"
        "\n"
        "公募型プロポーザルの中止について（通知）\n"
        "\n"
        "　令和９年２月１日付けで公示したプロポーザルについて、本日をもって手続を中止します。\n"
        "手続\t当初の日程\t状況\n"
        "企画提案書の提出期限\t令和９年３月１０日（水）正午\t中止\n"
        "ヒアリング\t令和９年３月１７日（水）\t中止\n"
        "提出書類の返却の申出は、令和９年３月９日（火）までにお申し出ください。\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []


# --- a correction that restates the whole call, its reason naming the steps it moves (no marks in the text) ----

RESTATED = (
    "鶴見川水道組合公告第９号\n"
    "　令和９年８月２日付け公告第６号で公告した一般競争入札について、次のとおり訂正する。\n"
    "　令和９年８月１６日\n"
    "鶴見川水道組合\n"
    "１　訂正の理由\n"
    "　仕様書の一部に誤りがあったため、質問の受付期限及び入札書の提出期間を変更する。\n"
    "２　訂正の内容\n"
    "　公告第６号の本文を別記のとおりとする（下線部は訂正箇所）。\n"
    "（別記）訂正後の公告文\n"
    "３　入札参加資格確認申請\n"
    "（１）受付期間　令和９年８月２日（月）から令和９年８月１０日（火）午後５時まで\n"
    "（２）資格確認結果の通知　令和９年８月１３日（金）までに通知する。\n"
    "４　質問\n"
    "（１）質問の受付期限　令和９年８月２４日（火）午後５時\n"
    "５　入札書の提出\n"
    "（１）提出期間　令和９年８月３０日（月）午前９時から令和９年９月１日（水）正午まで\n"
)


def test_a_restated_call_keeps_only_the_steps_its_reason_names_as_changed():
    expected = [
        ("question", "2027-08-24", "17:00", "datetime"),
        ("submission", "2027-09-01", "12:00", "datetime"),
    ]
    assert found(RESTATED) == expected
    assert found(one_line(RESTATED)) == expected


def test_a_list_of_steps_changed_without_the_underline_legend_keeps_the_restated_rows():
    text = RESTATED.replace("（下線部は訂正箇所）", "")
    assert ("application", "2027-08-10", "17:00", "datetime") in found(text)


# --- a town's news of a postponement told in prose -----------------------------------------------------------

POSTPONED = (
    "汐凪町公募型プロポーザルの日程変更について\n"
    "　令和10年7月1日に公告しました「汐凪町図書館改修設計業務」について、以下のとおり日程を変更します。\n"
    "　企画提案書の提出期限は、9月4日（月曜日）午後5時とします（当初は8月25日（金曜日））。\n"
    "　プレゼンテーション審査は、同月中旬に実施します（当初は9月5日（火曜日））。\n"
)


def test_same_month_after_an_old_date_in_an_aside_is_the_new_dates_month():
    expected = [
        ("submission", "2028-09-04", "17:00", "datetime"),
        ("hearing", "2028-09-01", None, "mid_month"),
    ]
    assert found(POSTPONED) == expected
    assert found(one_line(POSTPONED)) == expected


def test_a_visit_told_after_its_window_span_is_a_step():
    text = (
        "汐凪町公募型プロポーザルの日程変更について\n"
        "　令和10年7月1日に公告しました「汐凪町図書館改修設計業務」について、以下のとおり日程を変更します。\n"
        "　当初7月20日（木曜日）に予定していた現地見学会は中止します。\n"
        "　代わりに、同月24日（月曜日）から7月28日（金曜日）までの間、1者30分程度の施設見学を実施します。\n"
    )
    assert found(text) == [("other", "2028-07-28", None, "date")]


def test_a_step_named_unchanged_beside_an_aside_with_its_own_sentence_stays_out():
    text = POSTPONED + (
        "　契約締結の時期（10月上旬）及び提案上限額（9,900,000円（消費税及び地方消費税を含む。））に変更はありません。\n"
    )
    assert ("contract", "2028-10-01", None, "early_month") not in found(text)


def test_a_page_title_over_its_print_tool_and_date_heads_the_change_notice():
    chrome = "本文へ\n汐凪町\n文字サイズ 小 中 大　背景色 白 黒\nサイト内検索\n" + "".join(
        f"{word}\n" for word in ("くらし", "子育て", "健康", "観光", "町政", "事業者", "入札", "ホーム", ">", "契約")
    )
    text = (
        chrome + "汐凪町公募型プロポーザルの日程変更について\n"
        "印刷用ページを表示する 掲載日：2028年8月22日更新\n"
        "　令和10年7月1日に公告しました「汐凪町図書館改修設計業務」について、以下のとおり日程を変更します。\n"
        "　企画提案書の提出期限は、9月4日（月曜日）午後5時に延長します。\n"
        "　契約締結の時期（10月上旬）及び提案上限額（9,900,000円（消費税及び地方消費税を含む。））に変更はありません。\n"
    )
    assert found(text) == [("submission", "2028-09-04", "17:00", "datetime")]
