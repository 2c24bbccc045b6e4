"""Round ig: a notice run onto one line whose lines are not put back whole keeps its paragraphs' bounds (a blank line
run together after a sentence's end or a closed bracket), and a keyed row after such a bound begins its line as it did
with the paragraphs run together."""

from tenders.extractor.relining import key_rows, paragraph_bounds, relined

PAGE = """ホーム > 事業者の方へ > 商工・観光 > 補助・助成制度

令和9年度 浜風町空き店舗活用支援補助金の補助事業者を募集します

ページ番号 2003317　更新日：2027年4月6日

印刷する

　浜風町では、商店街の空き店舗を活用して新たに出店する事業者を支援するため、令和9年度浜風町空き店舗活用支援補助金の補助事業者を募集します。

募集スケジュール

募集開始日　令和9年4月6日（火）
申請受付期間　令和9年5月10日（月）～5月21日（金）
審査会　令和9年6月中旬
交付決定の通知　令和9年6月下旬

補助対象者

・町内の空き店舗に新たに出店する個人又は法人
・出店後3年以上営業を継続する見込みのある者

補助率・上限額

改装費の3分の2以内
上限額　200万円（賃借料のみの場合は60万円）
※交付決定前に着工・契約した工事は補助対象外です。

事業実施期間

交付決定日から令和10年2月25日（金）まで
※事業完了後、令和10年3月10日（金）までに実績報告書を提出していただきます。

申請方法

受付期間　令和9年5月10日（月曜日）から5月21日（金曜日）まで
提出先　浜風町役場 産業振興課（本庁舎2階）
"""


def one_line(text: str) -> str:
    return text.replace("\n", " ")


def test_a_paragraph_ended_by_a_sentence_is_a_line_of_its_own_when_the_notice_is_not_put_back_whole():
    lines = relined(one_line(PAGE))[0].split("\n")
    assert "※交付決定前に着工・契約した工事は補助対象外です。" in lines  # (not run on into the period's heading)
    assert any(line.startswith("事業実施期間") for line in lines)
    assert any(line.startswith("申請方法") for line in lines)


def test_a_closed_bracket_ends_a_paragraph_too():
    closed = "提出先は浜風町役場の産業振興課（本庁舎2階）  申請方法の詳細は募集要項によります。"
    assert paragraph_bounds(closed) == [closed.index("申請方法")]
    opened = "提出先は浜風町役場の産業振興課 本庁舎2階  申請方法の詳細は募集要項によります。"
    assert paragraph_bounds(opened) == []  # (a heading's or a cell's end: the lines' other cuts tell it)


def test_no_bound_where_the_two_spaces_may_be_a_one_space_indent_a_cell_gap_or_a_date_cell():
    # a form's fields each indented one space: short lines, their breaks and indents two spaces each
    assert paragraph_bounds("提出日 令和 年 月 日  団体名  参加者氏名(4名まで)  参加希望日 □9月17日") == []
    # a table spaced into columns: a wider gap near
    assert paragraph_bounds("(1)施設見学会の開催（予定）   当初  令和8年1月27日   延期後  令和8年2月17日") == []
    # a date's cell before the two spaces (its row's next cell after them)
    assert paragraph_bounds("No.1 受付日 令和8年5月11日(月)  質問 充電ケーブルの長さに指定はあるか。") == []
    # a number or a rule after them (words after them: a paragraph)
    words = "次のとおりお知らせいたします。  提出書類の様式は町ホームページに掲載します。"
    assert paragraph_bounds(words) == [words.index("提出書類")]
    assert paragraph_bounds("次のとおりお知らせいたします。  2026年4月1日 公告") == []
    assert paragraph_bounds("次のとおりお知らせいたします。  ――――――――――――") == []


def test_a_keyed_row_after_a_paragraph_bound_still_begins_its_line():
    line = "公告日：令和8年4月1日 質問締切：令和8年4月10日まで電子メールで受け付けます。  変更のない事項 提出期限：令和8年4月20日"
    bound = line.index("変更のない事項")
    key = line.index("提出期限：")
    assert bound in paragraph_bounds(line)
    assert key in key_rows(line, [bound], {bound})  # (the rows keyed 「：」 read across the paragraph's bound)
    assert key not in key_rows(line, [bound])  # (a bound taken as a piece's start: the key first in its piece)
