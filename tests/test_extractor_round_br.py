"""A notice run onto one line (round br): the line breaks put back where an indent, a sentence's end, a rule or a
date alone tells them, a list nested in one of its own style, a tab-separated table's rows; each test a notice
written for its class, read as written and run onto one line."""

from tenders.extractor import relining
from tenders.extractor.relining import cut_points, line_breaks, relined
from tenders.extractor.scoring import SHAPES
from tests.extractor_found import found

# --- the lines under an item, told by their indent ---------------------------------------------------------

SPACED_KEYS = (
    "汐留町議会中継システム保守業務の一般競争入札について\n"
    "\n"
    "１　業務名\n"
    "　　汐留町議会中継システム保守業務（令和９年度）\n"
    "２　入札参加資格\n"
    "　　汐留町の令和９・１０年度競争入札参加資格者名簿（役務）に登録されていること。\n"
    "３　仕様説明会\n"
    "　　期　日　令和９年６月１５日（火曜日）\n"
    "　　時　刻　午後２時から午後３時まで\n"
    "　　場　所　汐留町役場３階　第２会議室\n"
    "　　申　込　出席を希望する者は、次の期限までに電子メールで申し込むこと。\n"
    "　　　　　　期　日　令和９年６月１１日（金曜日）\n"
    "　　　　　　時　刻　正午まで\n"
    "　　その他　説明会への出席は入札参加の条件としない。\n"
    "４　質問の受付\n"
    "　　期　日　令和９年６月１８日（金曜日）\n"
    "　　時　刻　午後５時まで\n"
    "　　回　答　令和９年６月２３日（水曜日）に町ホームページに掲載する。\n"
    "５　入札及び開札\n"
    "　　期　日　令和９年７月２日（金曜日）\n"
    "　　時　刻　午前１０時\n"
    "　　場　所　汐留町役場３階　入札室\n"
)


def test_the_spaced_keys_under_an_item_keep_their_times_as_one_line():
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](SPACED_KEYS))
        assert ("other", "2027-06-15", "14:00", "datetime") in got, shape
        assert ("other", "2027-06-11", "12:00", "datetime") in got, shape
        assert ("question", "2027-06-18", "17:00", "datetime") in got, shape
        assert ("answer", "2027-06-23", None, "date") in got, shape
        assert ("submission", "2027-07-02", "10:00", "datetime") in got, shape
        assert ("question", "2027-06-23", None, "date") not in got, shape  # (the answer's day is no question's)
        assert not [step for step in got if step[1] == "2027-06-18" and step[2] is None], shape  # (its time kept)


def test_an_indent_after_a_line_break_starts_a_line_and_a_column_gap_does_not():
    line = SHAPES["one-line"](SPACED_KEYS)
    starts = [line[at : at + 9] for at in line_breaks(line)]
    assert "\u3000\u3000時\u3000刻\u3000午後２" in starts  # (the indent kept on its line)
    assert not relining._INDENTED.search("受付期間       \u3000\u3000令和９年") or not relining._after_break(
        "受付期間       \u3000", 10
    )


def test_a_sentence_ended_before_a_space_starts_a_line():
    line = "　提出は持参に限る。 受付期限は令和９年７月２日（金）午後５時までとする。 質問は電子メールで受け付ける。"
    assert [line[at:][:4] for at in sorted(relining.indent_and_sentence_cuts(line))] == ["受付期限", "質問は電"]


# --- a notice put back in part is read as it was run together -------------------------------------------------


def test_breaks_that_leave_most_lines_joined_are_not_taken_as_the_notices_own():
    indented = SHAPES["one-line"](SPACED_KEYS)
    cut = {*cut_points(indented), *relining.indent_and_sentence_cuts(indented)}
    assert relining._whole(indented, cut, relining._joined_spaces(indented))
    unindented = SHAPES["one-line"](SPACED_KEYS.replace("\n\u3000\u3000", "\n"))  # (each line of an item flush left)
    lines = {*cut_points(unindented), *relining.indent_and_sentence_cuts(unindented)}
    assert not relining._whole(unindented, lines, relining._joined_spaces(unindented))


# --- a list nested in one of its own style ------------------------------------------------------------------

NESTED_NUMBERS = (
    "三雲南衛生組合公告第７号\n"
    "\n"
    "三雲南衛生組合が使用する処理用薬品の単価契約について、次のとおり一般競争入札を行うので公告する。\n"
    "\n"
    "１　入札に付する事項\n"
    "（１）件名　令和９年度　三雲南クリーンセンター　処理用薬品単価契約\n"
    "（２）品目及び予定数量　下表のとおり\n"
    "\n"
    "1\t液体苛性ソーダ\t25%\t182,000\tkg\n"
    "2\t消石灰\tJIS特号\t96,500\tkg\n"
    "3\t高分子凝集剤\tカチオン系\t2,400\tkg\n"
    "\n"
    "２　入札参加資格\n"
    "（１）地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    "（２）組合の令和９・１０年度競争入札参加資格者名簿に登録されていること。\n"
    "\n"
    "３　質問及び回答\n"
    "（１）受付期限　令和９年２月１９日（金）15:00（電子メールに限る。）\n"
    "（２）回答　令和９年２月２５日（木）に組合ホームページに掲載する。\n"
    "\n"
    "４　入札及び開札\n"
    "（１）入札日時　令和９年３月５日（金）10:00\n"
    "（２）入札場所　三雲南クリーンセンター管理棟２階　大会議室\n"
    "（３）開札　入札終了後直ちに、入札者立会いのもと行う。\n"
    "\n"
    "５　問合せ先\n"
    "（１）三雲南衛生組合事務局　総務課　契約担当　電話000-0000-0000\n"
)


def test_an_outer_list_goes_on_after_a_list_of_its_style_nested_in_it():
    line = SHAPES["one-line"](NESTED_NUMBERS)
    starts = [line[at : at + 7] for at in cut_points(line)]
    assert "２\u3000入札参加資" in starts and "３\u3000質問及び回" in starts and "４\u3000入札及び開" in starts
    assert not [start for start in starts if start.startswith("25%")]  # (a cell's quantity no item)
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](NESTED_NUMBERS))
        assert ("question", "2027-02-19", "15:00", "datetime") in got, shape
        assert ("answer", "2027-02-25", None, "date") in got, shape
        assert ("submission", "2027-03-05", "10:00", "datetime") in got, shape


def test_a_screen_readers_row_and_cell_numbers_are_not_an_outer_list_going_on():
    line = "表 開始 行 1 手続 列 1 公告 列 2 5月1日 行 2 手続 列 1 質問 列 2 5月8日 行 3 手続 列 1 回答 列 2 5月12日"
    starts = [line[at:][:3] for at in cut_points(line)]
    assert starts.count("2 手") == 1 and starts.count("3 手") == 0  # (「行 3」 follows no open list's 2 at once)


def test_a_day_written_before_an_english_month_is_no_item_number():
    line = "Tour period: 24 October – 1 November 2026 Deadline for questions: 12:00 noon, Wednesday, 10 June 2026"
    assert cut_points(line) == []


# --- a tab-separated table's rows, a date and its time in one cell ---------------------------------------------

TAB_TABLE = (
    "若葉川市地域交通計画策定支援業務委託に係る公募型プロポーザルの実施について\n"
    "若葉川市では、地域交通計画の策定を支援する事業者を公募型プロポーザルにより選定します。\n"
    "参加を希望する方は、実施要領をご確認のうえ、期限までに必要書類を提出してください。\n"
    "履行期間 契約締結日から2022年(令和4年)3月25日(金曜日)まで\n"
    "スケジュール\n"
    "日程\t内容\n"
    "2021/6/1(火)\t公募開始(実施要領等の公表)\n"
    "2021/6/7(月) 12:00\tオンライン説明会 参加申込締切\n"
    "2021/6/8(火) 14:00〜15:00\tオンライン説明会(Zoom)\n"
    "2021/6/15(火) 17:00\t質問書提出締切\n"
    "2021/6/21(月)\t質問回答(市ホームページに掲載)\n"
    "2021/6/25(金) 17:00\t参加表明書提出締切\n"
    "2021/7/9(金) 17:00\t企画提案書提出締切\n"
    "2021年7月下旬\t審査結果通知\n"
)


def test_a_tab_tables_row_keeps_its_date_and_time_together_as_one_line():
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](TAB_TABLE))
        assert ("published", "2021-06-01", None, "date") in got, shape
        assert ("other", "2021-06-07", "12:00", "datetime") in got, shape
        assert ("question", "2021-06-15", "17:00", "datetime") in got, shape
        assert ("answer", "2021-06-21", None, "date") in got, shape
        assert ("application", "2021-06-25", "17:00", "datetime") in got, shape
        assert ("submission", "2021-07-09", "17:00", "datetime") in got, shape
        assert ("result", "2021-07-01", None, "late_month") in got, shape
        assert ("published", "2021-06-07", None, "date") not in got, shape  # (a row's date, not the row above's)


def test_a_tab_cells_break_is_not_between_a_date_and_its_time():
    assert relining._row_break_in_cell("公募開始 2021/6/7(月) 12:00") == len("公募開始 ")
    assert relining._row_break_in_cell("備考 7月1日（木）～ 8月20日（金）") == len("備考 ")
    assert relining._row_break_in_cell("期\u3000間（自）") == -1  # (a word spaced out: no line break)


# --- rules across the page, a date alone above a blank line ----------------------------------------------------

LETTER = (
    "令和９年２月１４日\n"
    "\n"
    "事業者各位\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　　蕗ノ台村総務課長　　谷内　房子\n"
    "\n"
    "　　　令和９年度「広報ふきのだい」編集・印刷業務の見積合わせについて（お知らせ）\n"
    "\n"
    "　標記業務について、下記のとおり見積合わせを実施しますので、参加を希望される方は期限までにお申込みください。\n"
    "──────────────────────────────\n"
    "\n"
    "１．日程\n"
    "　◇ 仕様書等の配布\n"
    "　　　２月１７日（水曜）から３月４日（木曜）まで\n"
    "　◇ 見積参加申込書の提出\n"
    "　　　２月２６日（金曜）午後５時まで\n"
    "　◇ 見積書の提出\n"
    "　　　３月１０日（水曜）正午まで\n"
    "──────────────────────────────\n"
    "２．見積合わせの方法\n"
    "　　見積書は、所定の様式に記入し、代表者印を押印のうえ、封筒に入れて総務課へ持参してください。\n"
    "　　郵送、ファクシミリ及び電子メールによる提出は受け付けません。\n"
    "３．問合せ先　蕗ノ台村総務課　電話000-0000-0000\n"
)


def test_a_letters_date_above_a_blank_line_is_no_step():
    for shape in ("as-written", "one-line"):
        got = found(SHAPES[shape](LETTER))
        assert ("published", "2027-02-17", None, "date") in got, shape
        assert ("application", "2027-02-26", "17:00", "datetime") in got, shape
        assert ("submission", "2027-03-10", "12:00", "datetime") in got, shape
        assert not [step for step in got if step[1] == "2027-02-14"], shape  # (the letter's own date)


def test_a_rule_across_the_page_and_a_date_alone_stand_on_lines_of_their_own():
    text, _, _ = relined(SHAPES["one-line"](LETTER))
    lines = text.split("\n")
    assert lines[0] == "令和９年２月１４日"
    assert "──────────────────────────────" in lines
    assert relining.date_line_cuts("受付日 令和9年5月13日(木)  午後5時 質問") == []  # (a date and its time)


# --- the day the details of a step are told, an item marked after a chart ---------------------------------


def test_the_day_the_time_and_way_of_a_hearing_are_told_is_no_step():
    text = (
        "６　企画書の提出\n"
        "　⑴　提出期限　令和９年６月１７日（木）17:00\n"
        "　⑵　企画書審査\n"
        "　　　企画書提出者に対し、企画書の内容についてヒアリングを行う。実施時刻及び方法（対面又はオンライン）は、"
        "令和９年６月２１日（月）までに連絡する。\n"
    )
    assert found(text) == [("submission", "2027-06-17", "17:00", "datetime")]


def test_an_item_marked_under_a_chart_takes_the_step_after_its_date():
    text = (
        "３　手続の流れ\n"
        "　質問の受付　　　　　　　├━━━━━②\n"
        "　契約締結　　　　　　　　　　　　　　　　╞═══③═══╡\n"
        "\n"
        "　①　R9.5.10(月)　　　　　公告、説明書の交付開始（交付はR9.6.23(水)まで）\n"
        "　②　R9.5.19(水) 17:00　　質問書の提出期限\n"
        "　③　令和９年７月下旬　　　契約締結（予定）\n"
    )
    got = found(text)
    assert ("published", "2027-05-10", None, "date") in got
    assert ("question", "2027-05-19", "17:00", "datetime") in got
    assert ("contract", "2027-07-01", None, "late_month") in got
    assert ("contract", "2027-05-10", None, "date") not in got  # (the chart's row above names no step of item ①)
