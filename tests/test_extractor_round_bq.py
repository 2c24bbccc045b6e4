"""Forms a bid team meets now and then (round bq): each test a few lines written for its class."""

from tests.extractor_found import found

# --- a page set in two columns, read across, over two pages ------------------------------------------------

LEFT = [
    "１　目的",
    "　本町は、令和５年度に策定した観光振興計画",
    "に基づき、周遊促進のための案内標識を整備す",
    "る。本業務はその設計を行うものである。",
    "",
    "２　概要",
    "(1) 業務名　案内標識設計業務",
    "(2) 業務期間",
    "　　契約締結日から令和９年２月26日（金）まで",
    "(3) 上限額　4,400,000円",
    "",
    "３　資格",
    "(1) 地方自治法施行令第167条の４に該当しない者",
    "(2) 名簿（令和７・８年度）に登録されている者",
]
RIGHT = [
    "４　日程",
    "(1) 質問の締切",
    "　　令和８年６月９日（火）",
    "　　午後３時まで",
    "(2) 参加申込の締切",
    "　　令和８年６月16日（火）",
    "　　午後５時まで",
    "(3) 提案書の締切",
    "　　令和８年７月１日（水）",
    "　　正午まで（必着）",
    "(4) 審査結果の通知",
    "　　令和８年７月下旬（予定）",
    "",
    "５　提出先",
]


def _across(left: list[str], right: list[str]) -> str:
    width = 48
    lines = []
    for at in range(max(len(left), len(right))):
        one = left[at] if at < len(left) else ""
        other = right[at] if at < len(right) else ""
        pad = width - sum(2 if ord(c) > 0x2000 else 1 for c in one)
        lines.append(one + " " * pad + other if other else one)
    return "\n".join(lines)


def test_a_two_column_page_read_across_over_two_pages_reads_each_page_column_by_column():
    text = (
        "白浜町告示第７号\n\n　　案内標識設計業務の公募について\n\n"
        + _across(LEFT, RIGHT)
        + "\n\n                              － １ －\n\f\n"
        + "白浜町観光案内標識設計業務　公募型プロポーザル実施要領（令和８年度）\n\n"
        + _across(
            [
                "６　審査",
                "(1) 審査は選定委員会が行う。",
                "(2) ヒアリングは１者20分とする。",
                "(3) 評価項目は別表のとおり",
                "　　とする。",
            ],
            [
                "７　その他",
                "(1) 費用は提案者の負担とする。",
                "(2) 標識の設置は令和９年度を",
                "　　予定している。",
                "(3) 問合せは電子メールによる。",
            ],
        )
        + "\n\n                              － ２ －\n"
    )
    assert found(text) == [
        ("question", "2026-06-09", "15:00", "datetime"),
        ("application", "2026-06-16", "17:00", "datetime"),
        ("submission", "2026-07-01", "12:00", "datetime"),
        ("result", "2026-07-01", None, "late_month"),
    ]  # (not the work's end 令和９年２月26日)


# --- a table's footnotes give the times of its cells ---------------------------------------------------------


def test_an_asterisked_or_bracketed_footnote_gives_the_time_of_its_cell():
    text = (
        "| 手続 | 日時 | 方法 |\n"
        "|---|---|---|\n"
        "| 見学会の申込 | 2026年10月2日(金) *1 | フォーム |\n"
        "| 参加表明書の提出期限 | 2026年10月9日(金) *2 | 持参 |\n"
        "| 提案書の提出期限 | 2026年10月23日(金)（注3） | 持参 |\n"
        "| 審査 | 2026年11月上旬 *4 | 会議室 |\n"
        "*1 申込は同日15時00分までにフォームから行うこと。\n"
        "*2 16時00分必着。\n"
        "（注3）正午必着（郵送不可）。\n"
        "*4 日時は個別に通知する。\n"
    )
    assert found(text) == [
        ("other", "2026-10-02", "15:00", "datetime"),
        ("application", "2026-10-09", "16:00", "datetime"),
        ("submission", "2026-10-23", "12:00", "datetime"),
        ("hearing", "2026-11-01", None, "early_month"),
    ]


# --- a record of questions and answers that moves dates ------------------------------------------------------


def test_a_question_under_its_mark_quotes_dates_and_a_table_of_before_and_after_keeps_the_new_ones():
    text = (
        "港北市観光案内業務 公募型プロポーザル\n"
        "説明会 質疑応答記録\n"
        "                                                令和８年９月４日\n"
        "                                                港北市 観光振興課\n"
        "\n"
        "【質問１】\n"
        "　提案書の提出期限（９月25日（金）午後５時）を延ばせないか。\n"
        "【回答１】\n"
        "　提案書の提出期限を令和８年10月２日（金）午後５時とします。\n"
        "\n"
        "変更後の日程\n"
        "　　項　目　　　　　　当　初　　　　　　　　　　変　更　後\n"
        "　　説明会　　　　　　令和８年９月２日（水）　　（開催済み）\n"
        "　　提案書の提出期限　令和８年９月25日（金）　　令和８年10月２日（金）\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　￣￣￣￣￣￣￣￣￣\n"
        "　　ヒアリング　　　　令和８年10月上旬　　　　　令和８年10月中旬\n"
        "　　　　　　　　　　　　　　　　　　　　　　　　￣￣￣￣￣￣￣\n"
        "　　契約締結　　　　　令和８年10月下旬　　　　　（変更なし）\n"
    )
    assert found(text) == [
        ("submission", "2026-10-02", "17:00", "datetime"),
        ("hearing", "2026-10-01", None, "mid_month"),
    ]  # (not the record's date 9月4日, the quoted 9月25日 nor the old 10月上旬; since the change-notice convention of
    # INDEX.md a 質疑応答記録 that moves dates gives only what it changes: no 説明会 (開催済み) nor 契約締結 (変更なし))


# --- a team's wiki page: its history, its own tasks, a section's heading --------------------------------------


def test_a_wiki_pages_history_and_internal_tasks_are_no_steps_and_a_sections_heading_names_its_step():
    text = (
        "## スケジュール\n"
        "| 項目 | 日程 |\n"
        "|---|---|\n"
        "| 公告 | 2026-11-02（月） |\n"
        "| 提案書の提出期限 | 2026-11-27（金）17:00 |\n"
        "\n"
        "### 見学会の申込締切について\n"
        "- フォームの受付は **2026-11-10（火）12:00** まで。\n"
        "\n"
        "## 課内タスク（非公表）\n"
        "- [ ] 評価表の作成 — **課内締切 11/20（金）**\n"
        "- [ ] 委員会の日程調整 — 12月3日（木）で調整中\n"
        "\n"
        "#### 編集履歴\n"
        "| 版 | 日時 | 内容 |\n"
        "|---|---|---|\n"
        "| 2 | 2026-11-02 08:55 | 公告にあわせて更新 |\n"
        "| 1 | 2026-10-20 10:00 | 作成 |\n"
    )
    assert found(text) == [
        ("published", "2026-11-02", None, "date"),
        ("other", "2026-11-10", "12:00", "datetime"),
        ("submission", "2026-11-27", "17:00", "datetime"),
    ]


# --- a portal's page: the issuer's other cases --------------------------------------------------------------


def test_the_issuers_past_cases_on_a_portals_page_are_other_calls():
    text = (
        "公告日　　2026/06/08(月)\n"
        "締切日　　2026/06/26(金) ※参加申込書\n"
        "\n"
        "▼ 公告本文\n"
        "┃ (1) 参加申込書の提出期限　令和8年6月26日(金)午後5時\n"
        "┃ (2) 提案書の提出期限　　　令和8年7月10日(金)午後5時\n"
        "\n"
        "▼ この発注機関の過去の案件\n"
        "・同市 観光パンフレット作成業務　公告日 2026/05/29(金)　締切 2026/06/12(金)【受付終了】\n"
    )
    assert found(text) == [
        ("published", "2026-06-08", None, "date"),
        ("application", "2026-06-26", "17:00", "datetime"),
        ("submission", "2026-07-10", "17:00", "datetime"),
    ]


# --- a chart's legend of numbered dates ---------------------------------------------------------------------


def test_a_charts_numbered_legend_names_its_own_steps_and_a_bracketed_aside_is_not_the_step():
    text = (
        "３　日程表\n"
        "　質問の受付　　　　├━━━━①\n"
        "　提案書の受付　　　　　　├━━━━━━②\n"
        "　契約締結　　　　　　　　　　　　　╞═③═╡\n"
        "\n"
        "　①　R8.9.7(月) 17:00　　　質問書の提出期限\n"
        "　②　R8.9.28(月) 12:00　　 提案書の提出期限（受付開始はR8.9.14(月)）\n"
        "　③　令和８年10月下旬　　　契約締結（予定）\n"
    )
    assert found(text) == [
        ("question", "2026-09-07", "17:00", "datetime"),
        ("submission", "2026-09-28", "12:00", "datetime"),
        ("contract", "2026-10-01", None, "late_month"),
    ]


# --- a spreadsheet's window with each day's hours ----------------------------------------------------------


def test_a_windows_hours_cell_closes_it_at_their_end_not_at_the_offices_hours():
    text = (
        "No,項目,開始日,曜日,終了日,曜日,時刻,方法\n"
        "1,申請書類の受付,2026/10/5,(月),2026/10/16,(金),9:30～16:30,持参\n"
        ",,,,,,,\n"
        "受付時間,平日 8:30～17:15,,,,,,\n"
    )
    assert found(text) == [("submission", "2026-10-16", "16:30", "datetime")]


# --- the writer's own plan, a step named in two words -------------------------------------------------------


def test_a_writers_own_intention_is_no_step_of_the_call():
    text = "参加申込書の提出期限　令和8年8月21日（金）午後5時\n" "申込書は早めに8月18日（火）に持参しようと思います。\n"
    assert found(text) == [("application", "2026-08-21", "17:00", "datetime")]


def test_a_step_named_in_two_words_on_a_slide_keeps_its_kind():
    text = (
        "スケジュール\n"
        "質問受付 締切　　　　令和8年9月11日（金）17:00\n"
        "質問回答 公表　　　　令和8年9月18日（金）\n"
        "提案書 提出締切　　　令和8年10月2日（金）17:00\n"
    )
    assert found(text) == [
        ("question", "2026-09-11", "17:00", "datetime"),
        ("answer", "2026-09-18", None, "date"),
        ("submission", "2026-10-02", "17:00", "datetime"),
    ]
