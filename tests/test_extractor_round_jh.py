"""Change notices, their layout (round jh): an unnumbered 「変更箇所」 key before the cited notice, the plan as it was
told in a bracket 「（当初は、…）」, a page of answers dated by its 「更新日」, and a 正誤表 set with spaces; each test a few
lines written for its device."""

from tests.extractor_found import found

# --- 「変更箇所　公告第388号　9　入札書の提出」: the place changed, keyed without a number ----------------------------


def test_an_unnumbered_place_changed_key_before_the_cited_notice_names_the_step_not_a_publication():
    text = (
        "条件付一般競争入札の実施に係る公告の一部変更について\n"
        "　令和9年5月24日付け碧浜県公告第388号で公告した入札について、下記のとおり公告の一部を変更する。\n"
        "2　変更内容\n"
        "　(1)\n"
        "　　変更箇所　　公告第388号　9　入札書の提出　(1)　提出期限\n"
        "　　変更前　　　令和9年6月29日（火）午後5時（必着）\n"
        "　　変更後　　　令和9年7月13日（火）午後5時（必着）\n"
    )
    assert found(text) == [("submission", "2027-07-13", "17:00", "datetime")]


# --- 「（当初は、７月２３日（木）に…を予定していました。）」: the old plan told in a bracket -------------------------


def test_a_bracket_that_tells_the_plan_as_it_was_after_a_comma_gives_no_step():
    text = (
        "指定管理者の公募期間の延長について\n"
        "　プレゼンテーション審査及び選定結果の通知も延期します。プレゼンテーション審査は令和８年８月６日（木）に、"
        "選定結果の通知は令和８年８月中旬に行う予定です（当初は、７月２３日（木）にプレゼンテーション審査を、"
        "７月下旬に結果の通知を予定していました。）。\n"
    )
    assert found(text) == [
        ("hearing", "2026-08-06", None, "date"),
        ("result", "2026-08-01", None, "mid_month"),
    ]


# --- a page of answers dated 「更新日」: the questions it answers were asked before it ------------------------------


def test_a_page_of_answers_dated_by_its_update_day_gives_no_step_of_the_questions_it_answers():
    text = (
        "温泉保養施設指定管理者の公募期間の延長及び質問への回答について\n"
        "更新日：２０２６年６月３０日\n"
        "\n"
        "１　公募期間の延長について\n"
        "　応募書類の提出期限を、令和８年７月１０日（金）午後５時から、令和８年７月２４日（金）午後５時まで延長いたします。\n"
        "２　質問への回答について\n"
        "　６月１２日（金）から６月２６日（金）までに受け付けた質問について、次のとおり回答します（質問数６件）。\n"
    )
    assert found(text) == [("submission", "2026-07-24", "17:00", "datetime")]


# --- a 正誤表 set with spaces: a table's last two columns, no two-column page -------------------------------------

SEIGOHYO = (
    "              公募型プロポーザル実施要領等の訂正について\n"
    "\n"
    "  令和10年1月17日に公表した公募型プロポーザル実施要領について、記載に誤りがありましたので、下記の訂正表\n"
    "のとおり訂正します。\n"
    "\n"
    "                                   訂 正 表\n"
    "\n"
    " No.  資料名      頁   行         誤                                  正\n"
    " ─────────────────────────────────────────────────────────────────────────────\n"
    "  1   実施要領    3     5   参加表明書(様式第3号)                参加表明書(様式第2号)\n"
    "  2   実施要領    4    22   (3) 質問に対する回答                 (3) 質問に対する回答\n"
    "                            令和10年2月7日(月)までに県ホーム     令和10年2月9日(水)までに県ホーム\n"
    "                            ページに掲載                         ページに掲載\n"
    "  3   実施要領    5    11   (6) 企画提案書の提出期限             (6) 企画提案書の提出期限\n"
    "                            令和10年2月28日(月)午後5時          令和10年3月1日(水)午後5時\n"
    "                            (必着)                               (必着)\n"
    "  4   実施要領    6     3   提出部数 正本1部、副本5部           提出部数 正本1部、副本7部\n"
    "  5   仕様書      2    14   県立図書館本館及び分館3館           県立図書館本館及び分館2館\n"
    "  6   評価基準    1     9   合計 100点                           合計 120点\n"
    "\n"
    "1 訂正の理由\n"
    "  (1) No.2 及び No.3 は、日程を見直したことによるものです。\n"
    "  (2) No.1 及び No.4 から No.6 までは、記載誤りによるものです。\n"
)


def test_a_correction_table_tab_separated_takes_the_step_the_corrected_cell_names():
    text = (
        "実施要領の訂正について\n"
        "No.\t資料名\t誤\t正\n"
        "3\t実施要領\t質問に対する回答 令和10年2月7日(月)まで\t質問に対する回答 令和10年2月9日(水)まで\n"
    )
    assert found(text) == [("answer", "2028-02-09", None, "date")]


def test_steps_restated_as_the_call_papers_give_them_are_no_steps_of_the_correction():
    text = SEIGOHYO + (
        "3 その他\n"
        "  (1) 質問書の提出期限(令和10年2月2日(水)午後5時)、プレゼンテーション審査(令和10年3月中旬予定)その他の日程は、\n"
        "      実施要領に記載のとおりです。\n"
    )
    assert found(text) == [
        ("answer", "2028-02-09", None, "date"),
        ("submission", "2028-03-01", "17:00", "datetime"),
    ]
