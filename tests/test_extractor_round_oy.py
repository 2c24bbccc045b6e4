"""Round oy: a notice read as one line (a PDF text layer, a portal page copied without its line breaks). A kanji numeral
that a line break cut (「令和十 三年」「二十七 日十時」) is read whole; an English corrigendum's old words
(「"…" shall read "…"」) give no step; a gazette's notice that corrects a call (「入札公告（…）の一部訂正」) keeps its steps
among the award notices on its page; a tab table's row that opens with its item's mark (「⑴」「③」) begins at the mark;
an English heading 「NOTICE OF AMENDMENT No. 2 to …」 names the paper a change. Each test a few lines written for its
device (none copied from the development set)."""

import pytest

from tenders.extractor.extract import changed_heading
from tenders.extractor.kanji import kanji_dates
from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


@pytest.mark.parametrize(
    ("cut", "read"),
    [
        ("令和十 三年七月三十一日", "令和13年7月31日"),
        ("令和九年十 二月二 十日", "令和9年12月20日"),
        ("令和九年六月二十七 日十時三十分", "令和9年6月27 日10時30分"),
        ("令和九年六月二十七日午後二 時", "令和9年6月27日午後2 時"),
    ],
)
def test_kanji_numeral_cut_by_a_space_is_read_whole(cut, read):
    assert kanji_dates(cut) == read


@pytest.mark.parametrize("prose", ["その一 五月十日に", "第七 三年間", "項目二 三月"])
def test_spaced_numerals_that_are_no_one_number_stay_apart(prose):
    assert "15" not in kanji_dates(prose) and "73" not in kanji_dates(prose) and "23" not in kanji_dates(prose)


AWARD = (
    "〔落　　札〕\n落札者等の公示\n次のとおり落札者等について公示します。\n令和九年三月五日\n"
    "支出負担行為担当官　星見森林管理局長　山田　一郎\n⑴　物品等又は特定役務の名称及び数量　{name}\n"
    "⑵　契約に関する事務を担当する部局等の名称及び所在地　星見森林管理局総務企画部経理課\n"
    "⑶　落札者等を決定した日　令和九年二月{day}日\n⑷　落札者等の氏名及び住所　株式会社星見通信　星見県星見市本町一―一\n"
    "⑸　落札金額等　一二、三四〇、〇〇〇円\n⑹　契約相手方の決定方法　一般競争入札\n"
    "⑺　賃貸借期間　令和九年四月一日から令和十\n三年三月三十一日まで\n"
)


@pytest.mark.parametrize("title", ["入札公告（令和九年二月二十日付け第一二三号）の一部訂正", "入札公告の一部訂正"])
def test_gazette_correction_among_award_notices_keeps_its_steps(title):
    text = (
        AWARD.format(name="複合機の賃貸借", day="十")
        + f"〔訂　　正〕\n{title}\n"
        + "令和九年二月二十日付けで掲載した入札公告を次のように訂正する。\n令和九年三月五日\n"
        + "一　入札書の受領期限中「令和九年三月二十三日十七時」を「令和九年三月三十日十七時」に改める。\n"
        + "二　開札の日時中「令和九年三月二十四日十時」を「令和九年三月三十一\n日十時」に改める。\n"
        + AWARD.format(name="巡視艇用燃料（軽油）", day="二十六")
    )
    expected = [("submission", "2027-03-30", "17:00", "datetime"), ("other", "2027-03-31", "10:00", "datetime")]
    assert found(one_line(text)) == expected


@pytest.mark.parametrize(("verb", "opening", "closing"), [("shall read", '"', '"'), ("should read", "“", "”")])
def test_english_corrigendum_old_words_give_no_step(verb, opening, closing):
    text = (
        "Amendment to the Summary\n"
        f"(7) Time-limit for tender: {opening}5:00 p.m. 12\nAugust, 2026{closing} {verb} {opening}5:00 p.m. 19\n"
        f"August, 2026{closing}.\n(8) Time-limit for questions: {opening}5:00 p.m. 3 August, 2026{closing} {verb} "
        f"{opening}5:00 p.m. 10 August, 2026{closing}.\n"
    )
    assert found(one_line(text)) == [
        ("question", "2026-08-10", "17:00", "datetime"),
        ("submission", "2026-08-19", "17:00", "datetime"),
    ]


NOTES = (
    "2 留意事項\n(1) 既に競争参加資格確認書類を提出した者は、再提出を要しません。ただし、訂正後の仕様書に基づき"
    "適合証明書を変更する場合は、訂正後の期限までに差し替えてください。\n"
    "(2) 訂正後の仕様書は、本学ホームページの調達情報欄に掲載します。\n"
    "(3) 本件に関する問合せは、財務部契約課において、平日9時00分から17時00分まで受け付けます。\n"
    "(4) 競争参加資格は、全省庁統一資格の「物品の販売」のA、B又はC等級であること(変更なし)。\n"
    "(5) 本調達は、政府調達に関する協定の適用を受けます。\n"
)


@pytest.mark.parametrize(("mark", "second"), [("⑴", "⑵"), ("①", "②"), ("(1)", "(2)")])
def test_version_table_row_opening_with_its_mark_after_the_head(mark, second):
    text = (
        "入札公告の訂正について\n\n令和10年1月15日付けで公告した入札について、次のとおり訂正します。\n\n"
        "1 訂正事項\n項目\t訂正前\t訂正後\n"
        f"{mark} 入札説明書の交付期間\t令和10年2月1日(木)から令和10年3月5日(日)まで\t令和10年2月1日(木)から令和10年3月12日(日)まで\n"
        f"{second} 入札書の受領期限\t令和10年3月5日(日)17時00分\t令和10年3月12日(日)17時00分\n\n" + NOTES
    )
    lines = relined(one_line(text))[0].split("\n")
    assert "項目\t訂正前\t訂正後" in lines
    assert any(line.startswith(f"{mark} 入札説明書の交付期間") for line in lines)


@pytest.mark.parametrize(
    "heading",
    [
        "NOTICE OF AMENDMENT No. 2 to the Invitation to Tender dated",
        "Notice of Correction",
        "Corrigendum No. 1: Tender for a cryo-electron microscope",
        "Addendum to the Request for Proposals",
    ],
)
def test_english_change_heading_opening_with_its_paper(heading):
    assert changed_heading(heading)


@pytest.mark.parametrize(
    "heading", ["Notice of Award", "Amendments to the contract are made in writing", "Notice of Procurement"]
)
def test_english_heading_naming_no_change(heading):
    assert not changed_heading(heading)
