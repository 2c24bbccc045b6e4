"""Review rv15 of this session's rules: each fault found, with an invented text of its form."""

from tests.extractor_found import found, one_line

# --- English daily hours split by a break ------------------------------------------------------------------


def test_english_daily_hours_split_by_a_break_close_at_the_second_range():
    """「9:00 to 12:00 and 13:00 to 17:00 (JST) on weekdays」: the window's last day closes at 17:00, as the Japanese
    「午前9時から正午まで及び午後1時から午後5時まで」 does (the first range's end, 12:00, was taken)."""
    text = (
        "Call for Proposals: Translation of the City Guide\n"
        "\n"
        "Schedule\n"
        "Proposals will be accepted from 1 July 2027 to 14 July 2027, 9:00 to 12:00 and 13:00 to 17:00 (JST) on weekdays.\n"
    )
    expected = [("submission", "2027-07-14", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    with_clock = text.replace("9:00 to 12:00 and 13:00 to 17:00 (JST)", "9:00 a.m. to 12:00 noon and 1:00 p.m. to 5:00 p.m.")
    assert found(with_clock) == expected
    # one range keeps its end
    assert found(text.replace(" and 13:00 to 17:00", "")) == [("submission", "2027-07-14", "12:00", "datetime")]


# --- a table keyed by rows 変更前 / 変更後 over columns of steps, run onto one line ---------------------------

CHANGE = (
    "令和9年度 市民課窓口案内業務委託に係る一般競争入札の日程変更について\n"
    "\n"
    "令和9年4月20日\n"
    "桐ケ丘市総務部契約課\n"
    "\n"
    "令和9年4月15日付けで公告した標記入札について、入札説明書の一部に誤りがあったため、下記のとおり日程を変更します。\n"
    "\n"
    "記\n"
    "\n"
    "1 変更する日程\n"
    "\n"
    "{table}\n"
    "\n"
    "2 その他\n"
    "上記以外の事項に変更はありません。入札参加資格確認申請書を既に提出した者は、改めて提出する必要はありません。\n"
    "\n"
    "3 問合せ先\n"
    "〒123-4567 桐ケ丘市中央一丁目2番3号 桐ケ丘市役所本庁舎3階\n"
    "受付時間 平日午前8時30分から午後5時15分まで（正午から午後1時までを除く。）\n"
    "なお、変更後の日程による入札説明書は、市ホームページの入札情報のページに掲載していますので、ご確認ください。\n"
    "桐ケ丘市総務部契約課 契約係 電話 0123-45-6789\n"
)
CHANGE_ROWS = [
    ["項目", "参加申込", "質問", "開札"],
    ["変更前", "5月1日", "5月8日", "5月11日"],
    ["変更後", "5月8日", "5月15日", "5月18日"],
]


def test_a_table_keyed_by_old_and_new_rows_gives_the_new_values_with_their_steps():
    """「項目 | 参加申込 | 質問 | 開札」 / 「変更前 | …」 / 「変更後 | …」 run onto one line: its rows were read as one, an
    old date kept and every step `other`; only the 変更後 values count, each with its column's step."""
    expected = [
        ("application", "2027-05-08", None, "date"),
        ("question", "2027-05-15", None, "date"),
        ("other", "2027-05-18", None, "date"),
    ]
    tables = {
        "pipes": "\n".join(" | ".join(row) for row in CHANGE_ROWS),
        "tabs": "\n".join("\t".join(row) for row in CHANGE_ROWS),
        "edges": "\n".join("| " + " | ".join(row) + " |" for row in CHANGE_ROWS),
    }
    for name, table in tables.items():
        text = CHANGE.format(table=table)
        assert found(text) == expected, name
        assert found(one_line(text)) == expected, name


# --- a group row of a pipe table ---------------------------------------------------------------------------

GROUPS = (
    "令和9年度 広報誌制作業務 公募型プロポーザル実施要領\n"
    "\n"
    "5 スケジュール\n"
    "| 項目 | 日程 |\n"
    "| --- | --- |\n"
    "| 公告 | 令和9年4月1日(木) |\n"
    "| 参加申込書の提出期限 | 令和9年4月15日(木)午後5時 |\n"
    "| 一次審査 | |\n"
    "| 書類審査 | 5月下旬 |\n"
    "| 二次審査 | |\n"
    "| プレゼンテーション | 6月中旬 |\n"
    "| 審査結果通知 | 6月下旬 |\n"
)


def test_a_group_row_is_not_joined_into_the_step_above_it():
    """「| 書類審査 | 5月下旬 |」 over the next group's 「| 二次審査 | |」: the narrow-cell join read the group's heading as the
    rest of the step's name (「書類審査二次審査」, a hearing); the step keeps its own name and kind."""
    expected = [
        ("published", "2027-04-01", None, "date"),
        ("application", "2027-04-15", "17:00", "datetime"),
        ("other", "2027-05-01", None, "late_month"),
        ("hearing", "2027-06-01", None, "mid_month"),
        ("result", "2027-06-01", None, "late_month"),
    ]
    assert found(GROUPS) == expected
    assert found(one_line(GROUPS)) == expected
    unspaced = GROUPS.replace(" | ", "|").replace("| ", "|").replace(" |", "|")
    assert found(unspaced) == expected
    # a name its narrow cell wrapped still has its rest joined (「第一次審査(書類審査)」 / 「結果の通知」)
    wrapped = GROUPS.replace("| 一次審査 | |\n| 書類審査 | 5月下旬 |\n", "| 第一次審査(書類審査) | 5月下旬 |\n| 結果の通知 | |\n")
    assert ("result", "2027-05-01", None, "late_month") in found(wrapped)


# --- a PDF-like row, single spaces between its cells (did not reproduce) --------------------------------------


def test_a_submission_row_does_not_take_the_opening_rows_time():
    """「入札書の提出期限 令和9年6月10日(木)」 over 「開札 令和9年6月11日(金) 午前10時」: the submission keeps its day alone
    (reported as taking 10:00; it did not on this branch's base, kept as a guard)."""
    text = (
        "令和9年度 庁舎清掃業務委託 一般競争入札公告\n"
        "\n"
        "1 公告日 令和9年5月20日(木)\n"
        "入札書の提出期限 令和9年6月10日(木)\n"
        "開札 令和9年6月11日(金) 午前10時\n"
    )
    expected = [
        ("published", "2027-05-20", None, "date"),
        ("submission", "2027-06-10", None, "date"),
        ("other", "2027-06-11", "10:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    assert found(text.replace("(木)\n開札", "(木) 開札")) == expected


# --- an English terms of reference whose deadline sits in its introduction -------------------------------------

INTRODUCTION = (
    "TERMS OF REFERENCE\n"
    "Design of the Harbour Visitor Centre Exhibition\n"
    "\n"
    "1. INTRODUCTION\n"
    "1.1 The City of Northport invites proposals for the design of the exhibition.\n"
    "1.2 Proposals must be submitted no later than 17:00 on Friday, 14 May 2027.\n"
    "\n"
    "5. SCOPE OF WORK\n"
    "5.1 The draft proposal of the layout shall be presented on 12 July 2027.\n"
)


def test_a_specification_keeps_its_proposals_deadline_said_in_its_introduction():
    """A specification's steps were kept only in a section about the call: the introduction's 「Proposals must be
    submitted no later than …」 was dropped and nothing proposed; the work's 「draft proposal … presented」 stays out."""
    expected = [("submission", "2027-05-14", "17:00", "datetime")]
    assert found(INTRODUCTION) == expected
    # run onto one line, the invitation's sentence before the item no longer hides the deadline's
    assert expected[0] in found(one_line(INTRODUCTION))
    # the same sentence under a work's section is the work's (round if's 「6. REPORTS」)
    moved = INTRODUCTION.replace("1.2 Proposals", "5.2 Proposals").split("\n")
    moved.insert(len(moved) - 1, moved.pop(5))
    assert found("\n".join(moved)) == []
    work_only = INTRODUCTION.replace("1.2 Proposals must be submitted no later than 17:00 on Friday, 14 May 2027.\n", "")
    assert found(work_only) == []
