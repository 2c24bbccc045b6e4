"""Whole documents of real length (round eu): the tables and asides a long call holds besides its schedule."""

from tests.extractor_found import found

# --- a table of the terms of things' contracts --------------------------------------------------------------


def test_the_terms_of_existing_contracts_in_a_table_are_no_steps_and_leave_the_schedule_be():
    text = (
        "（６）連携の対象となる既存システム\n"
        "| システム名 | 運用開始 | 保守契約の期間 | 連携の内容 |\n"
        "|---|---|---|---|\n"
        "| 予防接種台帳システム | 2019年10月 | 2029年3月まで | 連携方式の提案のみ |\n"
        "| 施設予約システム | 2023年4月 | 2028年3月まで | リンク |\n"
        "| 市ホームページＣＭＳ | 2024年4月 | 2030年3月まで | 記事の自動取込み |\n"
        "\n"
        "３　スケジュール\n"
        "| No. | 項目 | 日程 | 方法 |\n"
        "|---|---|---|---|\n"
        "| 1 | 質問の受付 | 2026年11月16日(月)～11月27日(金)17時 | 電子メール |\n"
        "| 2 | 企画提案書の提出期限 | 2027年1月13日(水)12時 | 持参に限る |\n"
    )
    assert found(text) == [
        ("question", "2026-11-27", "17:00", "datetime"),
        ("submission", "2027-01-13", "12:00", "datetime"),
    ]


# --- a list of the papers to hand in, with the time each is due ---------------------------------------------


def test_a_papers_list_under_a_when_to_hand_in_column_restates_the_schedule_steps_once():
    text = (
        "第６　質問\n"
        "　質問書（様式２）を、2027年5月14日（金）17時までに電子メールで提出すること。\n"
        "第８　企画提案書の提出\n"
        "　企画提案書を、2027年6月7日（月）12時までに持参すること。\n"
        "\n"
        "別紙３　提出書類一覧\n"
        "| 番号 | 書類 | 提出時期 | 様式 |\n"
        "|---|---|---|---|\n"
        "| 1 | 質問書 | 5月14日17時まで | 様式２ |\n"
        "| 2 | 企画提案書 | 6月7日12時まで | 様式６ |\n"
    )
    assert found(text) == [
        ("question", "2027-05-14", "17:00", "datetime"),
        ("submission", "2027-06-07", "12:00", "datetime"),
    ]


# --- how long a contract may be renewed ---------------------------------------------------------------------


def test_the_longest_a_contract_may_run_on_is_no_step():
    text = (
        "１　日程\n"
        "（１）企画提案書の提出期限　令和8年5月27日（水）正午\n"
        "（２）契約締結　令和8年6月下旬（予定）\n"
        "２　次年度以降の取扱い\n"
        "　県は、履行状況が良好であると認めるときは、本受託者と随意契約により契約を締結することがある（最長で令和11年3月31日まで）。\n"
    )
    assert found(text) == [
        ("submission", "2026-05-27", "12:00", "datetime"),
        ("contract", "2026-06-01", None, "late_month"),
    ]


# --- a last-day note in one item is of that item's deadline -------------------------------------------------


def test_the_deadline_days_noon_in_the_proposals_item_leaves_the_applications_window_at_the_daily_close():
    text = (
        "１　日程\n"
        "　⑥　参加申込書の受付期間　　令和7年9月1日（月曜日）から9月10日（水曜日）まで\n"
        "　⑦　参加資格確認結果の通知　令和7年9月17日（水曜日）\n"
        "　⑧　企画提案書の提出期限　　令和7年10月3日（金曜日）正午\n"
        "\n"
        "　※　⑥の受付時間は、土曜日、日曜日及び祝日を除く午前9時から午後5時まで（正午から午後1時までを除く。）とする。\n"
        "\n"
        "８　企画提案書の提出\n"
        "（１）提出期限　2025年10月3日（金）正午（必着）\n"
        "（２）提出方法　持参又は郵送。持参の受付時間は上記に同じ。ただし、提出期限の日は正午までとする。\n"
    )
    assert found(text) == [
        ("application", "2025-09-10", "17:00", "datetime"),
        ("result", "2025-09-17", None, "date"),
        ("submission", "2025-10-03", "12:00", "datetime"),
    ]


# --- what was said at a briefing, put up later --------------------------------------------------------------


def test_what_a_briefing_or_visit_told_put_up_on_a_day_is_no_step():
    text = (
        "４　見学会\n"
        "（１）日時　令和9年5月10日（月）午後2時から\n"
        "（２）留意事項　見学会での説明内容は、5月12日(水)に町ホームページに掲載します。\n"
        "５　説明会\n"
        "（１）日時　令和9年5月11日（火）午前10時から\n"
        "（２）説明会の資料及び説明会で出された質疑の概要は、2027年5月13日（木）を目途に機構ホームページに掲載する。\n"
    )
    assert found(text) == [
        ("other", "2027-05-10", "14:00", "datetime"),
        ("other", "2027-05-11", "10:00", "datetime"),
    ]


# --- an answer's mark is no step's name ---------------------------------------------------------------------


def test_an_answer_restating_a_deadline_after_its_mark_names_that_deadlines_step():
    text = (
        "５　参加申込み\n"
        "（３）提出期限　令和８年７月２９日（水）午後５時１５分\n"
        "\n"
        "質問に対する回答\n"
        "番号１\n"
        "　質問：名簿に未登録の場合、いつまでに入札参加資格審査申請書を提出すればよいか。\n"
        "　回答：参加申込書の提出期限である令和８年７月２９日（水）午後５時１５分までに、参加申込書と併せて提出してください。\n"
    )
    assert found(text) == [("application", "2026-07-29", "17:15", "datetime")]


# --- the work's own stages, after the contract --------------------------------------------------------------


def test_a_work_stage_the_words_put_after_the_contract_is_no_step():
    text = (
        "１　日程\n"
        "（１）企画提案書の提出期限　2027年6月7日（月）12時\n"
        "（２）契約締結　2027年7月上旬（予定）\n"
        "２　構築工程\n"
        "　⑴　要件定義：契約締結後～2027年9月\n"
        "　⑵　基本設計・詳細設計：2027年9月～2027年11月\n"
    )
    assert found(text) == [
        ("submission", "2027-06-07", "12:00", "datetime"),
        ("contract", "2027-07-01", None, "early_month"),
    ]


# --- what the work finds ------------------------------------------------------------------------------------


def test_the_day_a_surveys_results_are_in_is_no_result_of_the_call():
    text = (
        "１　日程\n"
        "（１）技術提案書の提出期限　令和１０年６月２６日（月）１７時１５分\n"
        "（２）契約の締結　令和１０年７月下旬\n"
        "２　中間報告\n"
        "　　現況調査の結果がまとまった段階（令和１０年１０月末を目途とする。）で中間報告書を提出し、県と今後の進め方を協議する。\n"
    )
    assert found(text) == [
        ("submission", "2028-06-26", "17:15", "datetime"),
        ("contract", "2028-07-01", None, "late_month"),
    ]
