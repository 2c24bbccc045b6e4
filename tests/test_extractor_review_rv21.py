"""Review rv21 of rounds iz to jd: a clause that moves a day but cites no item's words, or a number alone (its day had
been dropped as an item named elsewhere, by every line or by the same digit in any words), a restated schedule's
「新設」 status cell in a table drawn with bars as in one with tabs, and an English key of the tender documents in lower
case. Each test a text written for its form."""

from tests.extractor_found import found

# --- a clause that moves a day, no item's words cited before it (round jc) ------------------------------------

_AMENDING_HEAD = (
    "令和8年度○○業務委託に係る公募型プロポーザルの実施について（変更）\n"
    "\n"
    "令和8年12月1日付けで公告した標記プロポーザルについて、次のとおり変更する。\n"
    "\n"
)


def test_a_clause_citing_no_item_still_moves_its_day():
    # (the words before the pair are none: no item to find elsewhere, the day is the notice's)
    text = _AMENDING_HEAD + "「令和９年１月２２日（金）午後５時」を「令和９年１月２９日（金）午後５時」に改める。\n"
    assert found(text) == [("other", "2027-01-29", "17:00", "datetime")]


def test_a_clause_citing_an_item_by_its_mark_alone_still_moves_its_day():
    text = _AMENDING_HEAD + "(3)中「令和９年１月２２日（金）午後５時」を「令和９年１月２９日（金）午後５時」に改める。\n"
    assert found(text) == [("other", "2027-01-29", "17:00", "datetime")]


def test_a_clause_citing_an_item_by_number_as_before():
    text = _AMENDING_HEAD + "６(2)中「令和９年１月２２日（金）午後５時」を「令和９年１月２９日（金）午後５時」に改める。\n"
    assert found(text) == [("other", "2027-01-29", "17:00", "datetime")]


def test_a_number_cited_alone_is_not_named_by_the_same_digit_in_other_words():
    # (「６中」: the item 6, looked for as a line's heading; 「（受付番号6）」 in the notice's words is no such item)
    text = (
        _AMENDING_HEAD.replace("標記プロポーザル", "標記プロポーザル（受付番号6）")
        + "６中「令和９年１月２２日（金）午後５時」を「令和９年１月２９日（金）午後５時」に改める。\n"
    )
    assert found(text) == [("other", "2027-01-29", "17:00", "datetime")]


def test_an_item_cited_by_number_and_named_as_a_heading_elsewhere_is_read_there():
    text = (
        _AMENDING_HEAD
        + "第十項中「令和９年１月２２日」を「令和９年１月２９日」に改める。\n\n変更箇所\n・第十項（委託期間の終期）\n"
    )
    assert found(text) == []


# --- a restated schedule's status cell 「新設」 in a table drawn with bars (round je) ----------------------------


def test_rows_marked_new_in_a_barred_status_column_are_steps_of_the_change():
    text = (
        "入札の日程変更について（お知らせ）\n"
        "\n"
        "| No. | 手続 | 日時 | 備考 |\n"
        "|---|---|---|---|\n"
        "| 1 | 質問書の提出期限 | 2026年12月9日(水) 17時00分 | 受付終了 |\n"
        "| 2 | 質問に対する回答 | 2026年12月16日(水) | 実施済 |\n"
        "| 3 | 追加質問書の提出期限 | 2027年1月6日(水) 17時00分 | 新設 |\n"
        "| 4 | 追加質問に対する回答 | 2027年1月8日(金)まで | 新規 |\n"
        "| 5 | 入札書の提出期限 | 2027年2月10日(水) 17時00分 | 変更 |\n"
        "| 6 | 落札者の決定 | 2027年2月下旬(予定) | 変更なし |\n"
    )
    assert found(text) == [
        ("question", "2027-01-06", "17:00", "datetime"),
        ("answer", "2027-01-08", None, "date"),
        ("submission", "2027-02-10", "17:00", "datetime"),
    ]


# --- an English key of the tender documents, in any case (round iz) --------------------------------------------


def test_a_lower_case_key_of_the_tender_documents_is_their_window():
    text = (
        "INVITATION TO TENDER\n"
        "Supply of office furniture\n"
        "\n"
        "rfp documents: 2027.2.15 (Mon) - 2027.3.15 (Mon)\n"
        "Deadline for submission of tenders: 2027-03-30 12:00\n"
    )
    assert found(text) == [("published", "2027-02-15", None, "date"), ("submission", "2027-03-30", "12:00", "datetime")]
