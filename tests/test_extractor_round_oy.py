"""Round oy: a notice read as one line (a PDF text layer, a portal page copied without its line breaks). A kanji numeral
that a line break cut (「令和十 三年」「二十七 日十時」) is read whole; an English corrigendum's old words
(「"…" shall read "…"」) give no step; a gazette's notice that corrects a call (「入札公告（…）の一部訂正」) keeps its steps
among the award notices on its page; a tab table's row that opens with its item's mark (「⑴」「③」) begins at the mark;
an English heading 「NOTICE OF AMENDMENT No. 2 to …」 names the paper a change. Each test a few lines written for its
device (none copied from the development set)."""

import pytest

from tenders.extractor.extract import Reader, changed_heading
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


SCHEDULE_CHANGE_PAGE = (
    "公益財団法人 星浦観光協会\nHOME ＞ お知らせ ＞\n{title} 観光で来る 学会で来る 星浦へ メニュー 観光情報 イベント\n2027.07.02\n"
    "6月4日（金）に公募を開始いたしました「令和9年度 星浦観光プロモーション業務」企画提案競技につきまして、"
    "以下のとおりスケジュールを変更いたします。\n\n"
    "■変更後のスケジュール\n（変更した項目には【変更】を付しています）\n・公募開始：6/4（金）（終了）\n・質問受付：6/11（金）17:00まで（終了）\n"
    "・【変更】企画提案書の提出期限：7/9（金）17:00 → 7/23（金）17:00\n"
    "・【変更】二次審査（プレゼンテーション）：7/21（水） → 8/4（水）\n"
    "■お問い合わせ先\n公益財団法人 星浦観光協会 誘致課\nTEL：000-0000-0000（平日 9:00～17:30）\n"
    "E-mail：bid@example.jp\n\n■関連ファイル\n募集要項（修正版）［PDF 402KB］\n仕様書（修正版）［PDF 288KB］\n"
    "様式集（様式1～様式6）［Word 74KB］\n\n一覧へ戻る\nサイトマップ プライバシーポリシー ウェブアクセシビリティ\n"
)


@pytest.mark.parametrize(
    "title", ["【重要】スケジュール変更（延期）のお知らせ", "【重要】提出期限の延長のお知らせ", "【変更】日程変更のお知らせ"]
)
def test_page_title_run_into_its_menu_still_names_a_change(title):
    pieces = Reader(SCHEDULE_CHANGE_PAGE.format(title=title)).head_pieces()
    assert any(piece.endswith(("お知らせ", "について")) and "観光情報" not in piece for piece in pieces)


def test_page_title_run_into_its_menu_on_one_line():
    text = SCHEDULE_CHANGE_PAGE.format(title="【重要】スケジュール変更（延期）のお知らせ")
    assert both(text) == [("submission", "2027-07-23", "17:00", "datetime"), ("hearing", "2027-08-04", None, "date")]


def test_title_run_into_words_that_name_no_change_is_no_heading():
    text = SCHEDULE_CHANGE_PAGE.format(title="企画提案競技の実施について").replace("【変更】", "")
    assert not any(piece.endswith("について") for piece in Reader(text).head_pieces())


MARKED_SCHEDULE = (
    "星浦県電子入札システム 入札情報公開サービス\n調達案件情報（変更公告）\n\n■調達案件概要\n"
    "調達案件名称\t星浦港泊地浚渫工事\n発注者\t星浦県港湾事務所\n入札方式\t一般競争入札(電子入札)\n"
    "公告日\t令和08年01月09日\n変更公告日\t令和08年01月30日\n\n■変更内容\n"
    "設計図書に誤りがあったため、入札書の受付期間及び開札日時を変更します。\n\n"
    "■日程情報(変更後)\n※印は今回変更した項目です。\n"
    "競争参加資格確認申請書受付締切日時\t令和08年01月20日 17時00分\n"
    "質問書受付締切日時\t令和08年01月27日 17時00分\n"
    "入札書受付締切予定日時\t令和08年02月19日 17時00分{gap}※\n"
    "開札予定日時\t令和08年02月24日 10時00分{gap}※\n"
    "開札場所\t星浦港湾事務所 2階入札室\n\n■変更履歴\n回数\t変更公告日\t変更項目\n"
    "1\t令和08年01月21日\t開札予定日時(令和08年02月12日 10時00分 → 令和08年02月12日 14時00分)\n"
    "2\t令和08年01月30日\t入札書受付締切予定日時、開札予定日時\n\n■添付ファイル\n01_入札公告.pdf\n"
)


@pytest.mark.parametrize("gap", ["\u3000", "\u3000\u3000"])
def test_bare_change_mark_ends_its_row_and_history_is_no_schedule(gap):
    text = MARKED_SCHEDULE.format(gap=gap)
    expected = [("submission", "2026-02-19", "17:00", "datetime"), ("other", "2026-02-24", "10:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_marked_heading_over_tab_rows_is_a_line_of_its_own():
    rows = (
        "入札参加資格確認申請書受付期間\t令和09年09月27日 09時00分 ～ 令和09年10月06日 17時00分\n"
        "資格確認結果通知予定日\t令和09年10月13日\n"
        "質問受付期限\t令和09年10月{question}日 17時00分\n開札予定日時\t令和09年{opening} 10時00分\n"
    )
    text = (
        "■案件情報\n件名\t星浦橋補修工事\n発注機関\t星浦県北部土木事務所\n変更種別\t日程変更\n"
        "変更理由\t設計図書の訂正に伴い、積算期間を確保するため\n工事場所\t星浦県星浦市北町地先\n"
        "工期\t契約締結日の翌日から令和10年3月19日まで\n入札方式\t条件付一般競争入札(事後審査型)\n\n"
        "■変更前\n" + rows.format(question="08", opening="10月25日") + "\n"
        "■変更後\n" + rows.format(question="15", opening="11月01日") + "\n"
        "■問合せ先\n星浦県北部土木事務所 工務課 電話 000-0000-0000\n"
    )
    lines = relined(one_line(text))[0].split("\n")
    assert "■変更前" in lines and "■変更後" in lines
    assert found(one_line(text)) == found(text)
