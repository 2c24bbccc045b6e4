"""A table's heading and head left on the line above its rows in a notice run onto one line (round fn): when the rest
of the notice is put back only in part, the blank line just before the first row of a table or schedule found begins
a line, and a head of cells parted by tabs begins its own under the heading; a sheet's head row as many tabs wide as
the rows under it begins a line after the row above it, blank line or none. Each test a few lines written for its
case, as written and run onto one line."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

# a page's prose whose line breaks nothing tells (no outline marker, no sentence's end before a line): the notice is
# put back in part, and its blank lines are not cut by themselves
_HEAD = (
    "霧ヶ丘市観光パンフレット作成業務 公募型プロポーザル\n"
    "ページ番号 2087 更新日 令和9年5月28日\n"
    "\n"
    "霧ヶ丘市では 観光客の誘致と市内周遊の促進を目的として\n"
    "観光パンフレットの企画 取材 撮影 デザイン及び印刷を\n"
    "一括して行う事業者を 公募型プロポーザル方式により\n"
    "選定します 参加を希望される事業者の方は 実施要領を\n"
    "よくお読みいただき 期限までに書類をご提出ください\n"
    "\n"
    "業務の概要\n"
    "業務名 霧ヶ丘市観光パンフレット作成業務\n"
    "事業期間：\n"
    "　設計期間　契約締結日から令和10年2月29日まで\n"
    "提案上限価格：3,850,000円（消費税及び地方消費税を除く。）\n"
    "\n"
)

_DATE_FIRST = (
    "選定スケジュール\n"
    "日程\n"
    "内容\n"
    "令和9年6月1日(火)\n"
    "実施要領の公表\n"
    "令和9年6月10日(木)\n"
    "質問書の提出期限\n"
    "令和9年6月17日(木)\n"
    "質問への回答\n"
    "令和9年6月28日(月)\n"
    "企画提案書の提出期限\n"
    "令和9年7月上旬\n"
    "プレゼンテーション審査\n"
    "令和9年7月中旬\n"
    "審査結果の通知\n"
    "\n"
    "問合せ先 霧ヶ丘市 商工観光部 観光振興課\n"
)

_TABBED = (
    "別紙 当初の日程(実施要領第6から抜粋)\n"
    "公告\t令和9年6月1日(火)\n"
    "質問書の提出期限\t令和9年6月10日(木)午後5時\n"
    "質問への回答\t令和9年6月17日(木)\n"
    "企画提案書の提出期限\t令和9年6月28日(月)正午\n"
    "審査結果の通知\t令和9年7月中旬\n"
    "\n"
    "問合せ先 霧ヶ丘市 商工観光部 観光振興課\n"
)


def _lines(text: str) -> list[str]:
    again = relined(one_line(text))
    assert again is not None
    return again[0].splitlines()


def test_a_schedules_heading_and_head_after_a_blank_line_are_a_line_of_their_own():
    lines = _lines(_HEAD + _DATE_FIRST)
    assert lines[lines.index("選定スケジュール") + 1 : lines.index("選定スケジュール") + 3] == [
        "日程 内容",
        "令和9年6月1日(火) 実施要領の公表",
    ]


def test_a_schedule_under_its_own_heading_reads_as_written():
    text = _HEAD + _DATE_FIRST
    assert sorted(found(one_line(text))) == sorted(found(text))


def test_a_tabbed_tables_first_row_begins_its_own_line_under_the_heading():
    lines = _lines(_HEAD + _TABBED)
    assert "別紙 当初の日程(実施要領第6から抜粋)" in lines
    assert "公告\t令和9年6月1日(火)" in lines


_SHEET = (
    "スケジュール(別紙1のシートを貼り付け)\n"
    "作成日\t2027/5/20\n"
    "No.\t項目\t開始日\t終了日\t時刻\n"
    "1\t実施要領の公表\t2027/6/1(火)\t\t\n"
    "2\t質問の受付\t2027/6/1(火)\t2027/6/10(木)\t17:00\n"
    "3\t質問への回答\t\t2027/6/17(木)\t\n"
    "4\t企画提案書の提出\t2027/6/21(月)\t2027/6/28(月)\t12:00\n"
    "5\t審査結果の通知\t\t2027/7/16(金)\t\n"
    "\n"
    "問合せ先 霧ヶ丘市 商工観光部 観光振興課\n"
)


def test_a_sheets_head_row_begins_its_own_line_after_the_row_above_it():
    lines = _lines(_HEAD + _SHEET)
    assert "No.\t項目\t開始日\t終了日\t時刻" in lines


# --- a note's mark at a row's end, in a notice whose lines are put back whole ------------------------------------------

_NOTED = (
    "霧ヶ丘市公告第４１号\n\n霧ヶ丘市観光パンフレット作成業務に係る公募型プロポーザルの実施について\n\n"
    "　霧ヶ丘市観光パンフレット作成業務の受託候補者を公募型プロポーザル方式により選定するため、次のとおり公告する。\n\n"
    "令和９年６月１日\n霧ヶ丘市長　山辺　和彦\n\n"
    "１　業務概要\n（１）業務名　霧ヶ丘市観光パンフレット作成業務\n（２）履行期間　契約締結日から令和１０年２月２９日（火）まで\n"
    "（３）提案上限額　３，８５０，０００円（消費税及び地方消費税を含む。）\n\n"
    "２　参加資格\n（１）地方自治法施行令第１６７条の４の規定に該当しない者\n（２）霧ヶ丘市の入札参加資格者名簿に登録されている者\n\n"
    "３　日程\n　本プロポーザルの日程は次のとおりとする。時刻は、表の下の注によるものとする。\n\n"
    "　　手続　　　　　　　　　期日　　　　　　　　　注\n"
    "　　実施要領の公表　　　　令和９年６月１日（火）\n"
    "　　質問書の提出期限　　　令和９年６月１０日（木）　※１\n"
    "　　参加申込書の提出期限　令和９年６月１４日（月）　※１ ※２\n"
    "　　企画提案書の提出期限　令和９年６月２８日（月）　※２\n"
    "　　審査結果の通知　　　　令和９年７月中旬\n"
    "\n"
    "　※１　いずれも午後５時までに電子メールで提出すること。\n"
    "　※２　持参に限る。受付時間は午前９時から午後５時までとする。\n\n"
    "４　問い合わせ先\n　霧ヶ丘市商工観光部観光振興課\n　電話　000-0000-0000\n"
)


def test_a_notes_mark_at_a_rows_end_stays_in_its_row():
    lines = _lines(_NOTED)
    assert "\u3000\u3000質問書の提出期限\u3000\u3000\u3000令和９年６月１０日（木）\u3000※１" in lines
    assert "\u3000\u3000参加申込書の提出期限\u3000令和９年６月１４日（月）\u3000※１ ※２" in lines
    assert "\u3000※１\u3000いずれも午後５時までに電子メールで提出すること。" in lines


def test_a_row_marked_for_a_note_reads_as_written():
    assert sorted(found(one_line(_NOTED))) == sorted(found(_NOTED))
