"""A procedure's steps written as numbered sentences, each date in a bracket at its sentence's end, and a notice's
sections as an excerpt or a one-line text gives them (round fa): each test a few lines written for its case, as
written and run onto one line."""

from tenders.extractor.relining import cut_points
from tests.extractor_found import found, one_line

# a description of the work whose tasks are a nested 「1)」 list, then the procedure's section
_WORK = (
    "雲雀野市観光案内板多言語化業務 簡易公募型プロポーザル説明書\n"
    "\n"
    "1. 業務概要\n"
    "(1) 業務名 雲雀野市観光案内板多言語化業務\n"
    "(2) 履行期間 契約締結日の翌日から令和10年3月17日（金）まで\n"
    "(3) 業務内容\n"
    "1) 既設案内板の現況調査\n"
    "2) 翻訳文の作成及びネイティブチェック\n"
    "3) 報告書作成\n"
    "2. 手続の流れ\n"
    "手続は次の順序により行い、各手続の期限は、それぞれ末尾の括弧内に示すとおりとする。\n"
)

# --- the step named at the start of a long sentence, a key naming no step in the bracket at its end ----------------

_FLOW = (
    "(1) 本説明書に関して質問がある者は、質問書（様式－3）を作成し、電子メールにより担当課あてに提出するものとし、\n"
    "電話による質問は受け付けない（提出期限 令和9年6月7日（月）17時00分）。\n"
    "(2) 前号の質問に対する回答は、質問者の名称を伏せた上で、市ホームページに掲載するものとする（掲\n"
    "載期限 令和9年6月11日（金）まで）。\n"
    "(3) 本業務への参加を希望する者は、参加表明書（様式－1）に、業務実績調書（様式－2）から技術者調書（様式－4）\n"
    "までを添付し、電子メールにより提出しなければならない（提出期限 令和9年6月18日（金）16時00分）。\n"
)
_FLOW_FOUND = [
    ("question", "2027-06-07", "17:00", "datetime"),
    ("answer", "2027-06-11", None, "date"),
    ("application", "2027-06-18", "16:00", "datetime"),
]


def test_a_bracketed_key_at_a_sentences_end_takes_the_step_its_sentence_opens_with():
    # (「…掲載するものとする（掲載期限 …）」: the answer, not a deadline of no kind; 「…提出しなければならない（提出期限
    # …）」: the 参加表明書 of the sentence's topic, not a bare hand-in)
    assert found(_WORK + _FLOW) == _FLOW_FOUND
    assert found(one_line(_WORK + _FLOW)) == _FLOW_FOUND


def test_a_bracketed_last_day_of_an_act_done_in_turn_takes_the_step_of_its_sentence():
    text = (
        "第6 質問\n"
        "仕様書に関する質問は、質問書（様式第4号）により、令和9年2月17日（水）正午までに電子メールで提出すること。"
        "回答は、質問を受け付けた都度、市ホームページに掲載する（最終掲載は2月22日（月）までに行う。）。\n"
    )
    assert found(text) == [
        ("question", "2027-02-17", "12:00", "datetime"),
        ("answer", "2027-02-22", None, "date"),
    ]


# --- 「1)」 items nested under 「(3)」, then the next section 「2.」 of the outer list, in a one-line text -------------

_SCHEDULE = (
    "(1) 質問の受付期限 令和9年6月7日（月）17時00分\n"
    "(2) 参加表明書の提出期限 令和9年6月18日（金）16時00分\n"
    "(3) 企画提案書の提出期限 令和9年7月2日（金）16時00分\n"
    "3. 提出先 雲雀野市 観光交流課（電子メール hibarino-kanko@example.jp）\n"
    "提出された書類は返却しない。提出後の差し替え及び再提出は認めない。書類の作成及び提出に係る費用は、提出者の負担とする。\n"
)
_SCHEDULE_FOUND = [
    ("question", "2027-06-07", "17:00", "datetime"),
    ("application", "2027-06-18", "16:00", "datetime"),
    ("submission", "2027-07-02", "16:00", "datetime"),
]


def test_a_one_line_text_opens_the_next_section_after_a_nested_list_of_numbers_in_brackets():
    # (「3) 報告書作成 2. 手続の流れ」: 「1)」 and 「2.」 are lists of their own; the steps are the procedure's, not the work's)
    assert found(_WORK + _SCHEDULE) == _SCHEDULE_FOUND
    assert found(one_line(_WORK + _SCHEDULE)) == _SCHEDULE_FOUND


# --- an excerpt of a notice that opens inside section 4, its sections 5, 6 and 7 after ------------------------------

_EXCERPT = (
    "（4）提案上限額　8,800,000円（消費税及び地方消費税を含む。）\n"
    "上限額を超える提案は失格とする。見積額の内訳は、様式5により人件費、諸経費及び一般管理費に分けて記載すること。\n"
    "\n"
    "5　参加申込\n"
    "（1）提出書類　参加申込書（様式1）、会社概要（様式2）\n"
    "（2）提出期限　令和9年6月18日（金）17時00分\n"
    "（3）提出方法　電子メール（hibarino-kanko@example.jp）\n"
    "\n"
    "6　質問の受付\n"
    "（1）受付期限　令和9年6月9日（水）17時00分\n"
    "（2）提出方法　質問書（様式3）を電子メールで送付すること。\n"
    "\n"
    "7　企画提案書の提出\n"
    "（1）提出期限　令和9年7月2日（金）17時00分（必着）\n"
    "（2）提出部数　正本1部、副本6部\n"
    "（3）提出場所　雲雀野市 観光交流課（市役所本庁舎3階）\n"
    "持参の場合の受付時間は、平日の9時00分から17時00分まで（12時から13時までを除く。）とする。\n"
    "提出された書類は返却しない。提出後の差し替え及び再提出は認めない。\n"
)
_EXCERPT_FOUND = [
    ("question", "2027-06-09", "17:00", "datetime"),
    ("application", "2027-06-18", "17:00", "datetime"),
    ("submission", "2027-07-02", "17:00", "datetime"),
]


def test_an_excerpt_opened_inside_a_section_keeps_its_sections_over_their_items():
    # (「(4) 提案上限額」 first, then 「5 参加申込」 / 「(2) 提出期限」: the section's number is the outer item)
    assert found(_EXCERPT) == _EXCERPT_FOUND


def test_a_one_line_excerpt_cuts_its_sections_numbered_past_one():
    # (「… 5 参加申込 (1) … 6 質問の受付 (1) 受付期限 …」: two numbers in turn open the excerpt's list)
    assert found(one_line(_EXCERPT)) == _EXCERPT_FOUND


def test_a_number_named_or_an_item_cited_opens_no_section_of_an_excerpt():
    # (「No. 3 …」「No. 4 …」 and 「公告 3.(2) … 公告 4.(5)」: no sections of the text, however they follow in turn)
    named = "TENDER NOTICE No. 3 Container Berth Dredging (Regulation No. 4 of 1962 applies)"
    cited = "訂正箇所 公告 3.(2) 質問の受付期限 公告 4.(5) 入札書の受領期限"
    assert cut_points(named) == []
    assert cut_points(cited) == []
    assert [line[at:][:4] for line in ["前文 5 参加申込 (1) 書類 6 質問 (1) 期限"] for at in cut_points(line)] == [
        "5 参加",
        "(1) ",
        "6 質問",
        "(1) ",
    ]
