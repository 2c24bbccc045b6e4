"""Round lx: change notices of the more set (a restated schedule whose legend of the changed rows' mark is written
with a comma after its subject)."""

from tests.extractor_found import found, one_line

RESTATED = (
    "潮見町観光案内システム構築業務委託\n"
    "公募型プロポーザル　質問回答書\n"
    "\n"
    "令和9年4月12日\n"
    "潮見町　商工観光課\n"
    "\n"
    "１　質問及び回答\n"
    "質問：提案書の作成期間を延ばしてほしい。\n"
    "回答：企画提案書の提出期限を延長します。変更後の日程は２のとおりです。\n"
    "\n"
    "２　変更後の日程\n"
    "　{legend}\n"
    "\n"
    "項目 | 日程\n"
    "公告 | 令和9年3月29日（月）\n"
    "参加申込書の提出期限 | 令和9年4月9日（金）午後5時\n"
    "{mark}企画提案書の提出期限 | 令和9年5月14日（金）正午\n"
    "{mark}ヒアリング審査 | 令和9年5月25日（火）\n"
    "契約締結 | 令和9年6月上旬（予定）\n"
)
MOVED = [("submission", "2027-05-14", "12:00", "datetime"), ("hearing", "2027-05-25", None, "date")]


def test_a_note_mark_legend_with_a_comma_after_its_subject_keeps_the_marked_rows_only():
    # 「※印を付した日程が、今回変更した日程です。」: the comma after 「が」 does not hide the legend
    legend = "※印を付けた日程が、今回延長した日程です。その他の日程に変更はありません。"
    assert found(RESTATED.format(legend=legend, mark="※")) == MOVED


def test_a_symbol_legend_with_a_comma_after_its_subject_keeps_the_marked_rows_only():
    legend = "＊印を付した日程は、今回変更した日程です。その他の日程に変更はありません。"
    assert found(RESTATED.format(legend=legend, mark="＊")) == MOVED


def test_the_legend_without_a_comma_reads_the_same():
    legend = "※印を付した日程が今回変更した日程です。その他の日程に変更はありません。"
    assert found(RESTATED.format(legend=legend, mark="※")) == MOVED


ANSWERED = (
    "潮見町観光案内システム構築業務委託　質問回答書\n"
    "\n"
    "令和9年4月12日\n"
    "\n"
    "No.1\n"
    "質問：企画提案書の提出期限を延ばしてほしい。\n"
    "回答：企画提案書の提出期限を令和9年5月14日（金）正午に延長します。\n"
    "\n"
    "No.2\n"
    "質問：参考見積書に記入する日付は何日にすればよいか。\n"
    "回答：提出日としてください。記入例にある「令和9年4月30日」は{said}の提出期限ですので、読み替えてください。\n"
)


def test_a_date_an_answer_says_is_the_old_value_is_no_step():
    # 「記入例の「4月30日」は変更前の提出期限です」: the date the sentence after it calls the old value
    text = ANSWERED.format(said="変更前")
    expected = [("submission", "2027-05-14", "12:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected
    assert found(ANSWERED.format(said="延長前")) == expected
