"""Round na: change notices that give only the changed dates. An English amendment keyed line by line (「Before
amendment:」 / 「After amendment:」, 「Prior to correction:」 / 「After correction:」, 「Original text:」 / 「As amended:」), the
key opening its line and a value or a whole sentence after it, keeps only the new values, each with the step of its
item; and a 新旧対照表 whose text layer gives its head (「項目」 / 「変更前」 / 「変更後」, or 「旧」 / 「新」) and its cells one
under the other, a step's name or a value wrapped onto the next line, is read row by row, its new column alone. Each
test a few lines written for its device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


AMENDED_KEYS = (
    "AMENDMENT No. 3 to the Invitation to Tender (supply of a 3D printer)\n"
    "\n"
    "1. Time-limit for tender\n"
    "   Before the change: 10 September 2027, 17:00\n"
    "   After the change: 17 September 2027, 17:00\n"
    "2. Notification of the result of the qualification review\n"
    "   Before amendment: By 3 September 2027\n"
    "   After amendment:  By Friday, September 10, 2027 (by e-mail)\n"
)


def test_before_and_after_amendment_keys_keep_the_new_values():
    assert both(AMENDED_KEYS) == [
        ("result", "2027-09-10", None, "date"),
        ("submission", "2027-09-17", "17:00", "datetime"),
    ]


AMENDED_SENTENCES = (
    "CORRIGENDUM No. 2\n"
    "Request for Proposals for the digital archive platform of the Harbour Museum\n"
    "\n"
    "(a) Closing date for clarification requests\n"
    "    Prior to correction: The Museum will accept requests until 5:00 p.m., Monday, 17 May 2027.\n"
    "    After correction: The Museum will accept requests until 5:00 p.m., Monday, 24 May 2027.\n"
    "\n"
    "(b) Deadline for proposals\n"
    "    Original text: Proposals shall reach the Museum by 12:00 noon, Friday, 4 June 2027.\n"
    "    As amended: Proposals shall reach the Museum by 12:00 noon, Friday, 11 June 2027.\n"
)


def test_a_sentence_after_the_old_key_is_old_and_after_the_new_key_takes_the_item_step():
    assert both(AMENDED_SENTENCES) == [
        ("question", "2027-05-24", "17:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]


STACKED_TABLE = (
    "潮見台町告示第41号\n"
    "潮見台町観光案内アプリ開発業務委託に係る公募型プロポーザルの日程を次のとおり変更する。\n"
    "\n"
    "項目\n"
    "変更前\n"
    "変更後\n"
    "\n"
    "参加表明書の提出期\n"
    "限\n"
    "令和9年9月3日(金)\n"
    "午後5時\n"
    "令和9年9月10日(金)\n"
    "午後5時\n"
    "\n"
    "企画提案書の提出期限\n"
    "令和9年9月24日(金)\n"
    "正午\n"
    "令和9年10月1日(金)\n"
    "正午（必着）\n"
    "\n"
    "プレゼンテーション\n"
    "令和9年10月上旬\n"
    "令和9年10月中旬（予定）\n"
)


def test_a_new_old_table_of_one_cell_a_line_keeps_its_new_column():
    assert found(STACKED_TABLE) == [
        ("application", "2027-09-10", "17:00", "datetime"),
        ("submission", "2027-10-01", "12:00", "datetime"),
        ("hearing", "2027-10-01", None, "mid_month"),
    ]


def test_the_new_column_first_and_the_heads_new_and_old_read_the_same():
    text = (
        STACKED_TABLE.replace("項目\n変更前\n変更後\n", "新\n旧\n")
        .replace(
            "令和9年9月3日(金)\n午後5時\n令和9年9月10日(金)\n午後5時\n",
            "令和9年9月10日(金)\n午後5時\n令和9年9月3日(金)\n午後5時\n",
        )
        .replace(
            "令和9年9月24日(金)\n正午\n令和9年10月1日(金)\n正午（必着）\n",
            "令和9年10月1日(金)\n正午（必着）\n令和9年9月24日(金)\n正午\n",
        )
        .replace("令和9年10月上旬\n令和9年10月中旬（予定）\n", "令和9年10月中旬（予定）\n令和9年10月上旬\n")
    )
    assert found(text) == found(STACKED_TABLE)
