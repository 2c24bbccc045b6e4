"""Change notices read in more forms (round iy): a 質問回答書 headed 「…に係る質問への回答について」, or 「質問に対する
回答」 alone under the call's name; the schedule such a sheet restates, its past steps marked done, and the day an answer
tells of a step it restates; an English table's old cell 「(not provided)」 padded to its column. Each test a few lines
written for its form."""

from tests.extractor_found import found, kinds, one_line

# --- a 質問回答書 by its heading ----------------------------------------------------------------------------------

SHEET_BODY = (
    "鷺宮市観光課\n"
    "\n"
    "令和9年8月10日（火）から8月17日（火）までに受け付けた質問について、次のとおり回答します。\n"
    "\n"
    "No.1 質問：企画提案書の提出期限を延長していただけますか。\n"
    "　　 回答：企画提案書の提出期限を令和9年9月10日（金）午後5時に変更します（変更前：令和9年9月3日（金）午後5時）。\n"
    "No.2 質問：見積書の様式は任意ですか。\n"
    "　　 回答：様式第5号を使用してください。\n"
)
MOVED = [("submission", "2027-09-10", "17:00", "datetime")]


def test_a_sheet_headed_as_the_answers_to_a_calls_questions_gives_no_step_of_the_questions_it_answers():
    text = "令和9年8月20日\n\n「鷺宮市観光パンフレット制作業務」\n公募型プロポーザルに係る質問への回答について\n\n" + SHEET_BODY
    assert found(text) == MOVED


def test_the_bare_words_under_the_calls_name_head_a_sheet_of_answers():
    # (the sheet's day over the call's name, or under the words)
    for head in (
        "鷺宮市観光パンフレット制作業務に係る企画提案競技\n{words}\n令和9年8月20日\n",
        "令和9年8月20日\n鷺宮市観光パンフレット制作業務\n{words}\n",
    ):
        for words in ("質問に対する回答", "質 問 へ の 回 答"):
            assert found(head.replace("{words}", words) + "\n" + SHEET_BODY) == MOVED


def test_the_bare_words_after_the_calls_name_on_its_line_head_a_sheet_of_answers():
    # (as written, or the head run onto one line with the sheet's body, its blank lines runs of spaces)
    text = "鷺宮市観光パンフレット制作業務に係る企画提案競技　質問に対する回答\n\n令和9年8月20日\n\n" + SHEET_BODY
    assert found(text) == MOVED
    assert found(one_line(text.replace("　質問", "\n質問"))) == MOVED


def test_a_row_of_a_calls_schedule_labelled_the_answer_is_no_heading_of_a_sheet():
    # (the call's page moves a day in place: its schedule's rows stand, the answer's row over its date among them)
    text = (
        "令和9年6月14日\n"
        "桐原町観光PR業務委託 公募型プロポーザル\n"
        "{above}"
        "質問に対する回答\n"
        "　令和9年6月9日（水）\n"
        "企画提案書の提出期限\n"
        "　令和9年7月2日（金）午後5時（変更前：令和9年6月25日（金）午後5時）\n"
    )
    assert kinds(text.replace("{above}", "1 日程\n")) == ["answer", "submission"]
    question = "1 日程\n質問の受付期限\n　令和9年6月4日（金）午後5時\n"
    assert kinds(text.replace("{above}", question)) == ["question", "answer", "submission"]
    # (a row numbered, its label after its number on its line)
    numbered = text.replace("{above}", "").replace("質問に対する回答", "(1)　質問に対する回答")
    assert kinds(numbered) == kinds(one_line(numbered)) == ["answer", "submission"]


# --- the schedule a sheet of answers restates -------------------------------------------------------------------

SHEET_SCHEDULE = (
    "鷺宮市観光パンフレット制作業務に係る企画提案競技\n"
    "質問に対する回答\n"
    "\n"
    "令和9年8月20日\n"
    "鷺宮市観光課\n"
    "\n"
    "| No. | 質問 | 回答 |\n"
    "| 1 | プレゼンテーションの日時はいつか。 | 令和9年9月24日（金）午前に実施する予定です。 |\n"
    "| 2 | 提出期限を延長していただけないか。 | 別紙のとおり延長します。 |\n"
    "\n"
    "（別紙）変更後のスケジュール\n"
    "・公告　　　　　　　　　令和9年8月2日（月）（終了）\n"
    "・質問の受付期限　　　　令和9年8月17日（火）午後5時（受付終了）\n"
    "・企画提案書の提出期限　令和9年9月10日（金）午後5時【変更】\n"
    "・プレゼンテーション　　令和9年9月24日（金）\n"
    "・契約締結　　　　　　　令和9年10月上旬\n"
)


def test_a_sheets_restated_schedule_with_its_past_steps_marked_done_gives_only_the_rows_it_marks_changed():
    # (the steps marked done are no call's page keeping its log: the sheet restates the schedule)
    assert found(SHEET_SCHEDULE) == MOVED


def test_an_answer_that_tells_a_restated_steps_day_gives_no_step_while_another_step_on_that_day_stands():
    assert kinds(SHEET_SCHEDULE) == ["submission"]
    visit = "| 3 | 現地見学会は開催されるか。 | 令和9年9月24日（金）午前に現地見学会を開催します。 |\n"
    assert kinds(SHEET_SCHEDULE.replace("| 2 |", visit + "| 2 |")) == ["submission", "other"]


# --- an English table's old cell with no value ------------------------------------------------------------------


def test_an_old_cell_not_provided_padded_to_its_column_marks_a_step_the_amendment_creates():
    text = (
        "AMENDMENT NO. 1\n"
        "Request for Proposals No. 27-014 - Visitor Survey Services\n"
        "Date of this Amendment: August 20, 2027\n"
        "\n"
        "1. REVISED SCHEDULE\n"
        "| Item                          | Previous                     | Revised                      |\n"
        "|-------------------------------|------------------------------|------------------------------|\n"
        "| Site visit                    | (not provided)               | August 27, 2027, 10:00 a.m.  |\n"
        "| Deadline for questions        | August 24, 2027              | August 31, 2027              |\n"
        "| Proposal due date             | September 3, 2027, 3:00 p.m. | September 10, 2027, 3:00 p.m. |\n"
        "| Notice of award               | Late September 2027          | Early October 2027           |\n"
    )
    assert kinds(text) == ["other", "question", "submission", "result"]
