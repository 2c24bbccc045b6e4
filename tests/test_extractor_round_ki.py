"""Change notices run onto one line (round ki): the devices their line breaks carried put back, each test a short
invented notice read in the one-line shape (a PDF's text layer, a portal page copied without its line breaks)."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

# --- an English item's heading over its keyed rows 「Original:」 「Amended:」 -------------------------------------

AMENDMENT = (
    "Harbourside Museum Trust\n"
    "ADDENDUM No. 1 to Invitation to Tender HMT-ITT-2026-11 (Gallery Lighting Renewal)\n"
    "\n"
    "This addendum forms part of the tender documents and must be read together with them. Tenderers are asked to\n"
    "note the following changes, made because the site survey report was published later than planned.\n"
    "\n"
    "1. Time-limit for the receipt of tenders (ITT Section 4.2)\n"
    "   Original:  Friday, 9 October 2026, 17:00\n"
    "   Amended:   Friday, 16 October 2026, 17:00\n"
    "\n"
    "2. Opening of tenders (ITT Section 4.5)\n"
    "   Original:  Monday, 12 October 2026, 10:00\n"
    "   Amended:   Monday, 19 October 2026, 10:00\n"
    "\n"
    "3. All other terms of the Invitation to Tender remain unchanged.\n"
)


def test_an_english_heading_over_its_original_and_amended_rows_gives_the_amended_step():
    assert found(AMENDMENT) == found(one_line(AMENDMENT))
    got = found(one_line(AMENDMENT))
    assert ("submission", "2026-10-16", "17:00", "datetime") in got
    assert ("other", "2026-10-19", "10:00", "datetime") in got
    # the values the addendum replaced are no steps
    assert not any(date in ("2026-10-09", "2026-10-12") for _, date, *_ in got)


def test_the_first_keyed_row_begins_its_line_under_the_heading():
    lines = relined(one_line(AMENDMENT))[0].splitlines()
    assert "Original:  Friday, 9 October 2026, 17:00" in lines
    assert any(line.endswith("Time-limit for the receipt of tenders (ITT Section 4.2)") for line in lines)


def test_a_key_inside_a_sentence_begins_no_line():
    # one space before 「Note:」 (no indent under a heading): the sentence's words stay on their line
    text = one_line(AMENDMENT.replace("3. All other", "3. Changes apply as from today. Note: all other"))
    lines = relined(text)[0].splitlines()
    assert any("Changes apply as from today. Note: all other" in line for line in lines)


# --- a table of the dates before and after a change, copied one cell a line ---------------------------------

CELLS = (
    "若葉台市告示第214号\n"
    "\n"
    "若葉台市公民館予約システム更新業務委託公募型プロポーザルの日程の変更について\n"
    "\n"
    "令和9年4月20日付けで公告した標記プロポーザルについて、仕様書の一部を差し替えたため、次のとおり日程を変更する。\n"
    "差し替えた仕様書は、予約システムの利用者数の見込み、既存データの移行件数及び窓口端末の台数を改めたものであり、\n"
    "参加を予定する事業者が提案内容及び見積額を見直す期間を確保するため、質問書及び企画提案書の提出期限を延ばす。\n"
    "既に質問書を提出した事業者は、差し替え後の仕様書に基づいて改めて提出することができる。\n"
    "\n"
    "令和9年5月7日\n"
    "\n"
    "1 変更の内容\n"
    "\n"
    "区分\n"
    "変更前\n"
    "変更後\n"
    "質問書の提出期限\n"
    "令和9年5月12日（水）午後5時\n"
    "令和9年5月19日（水）午後5時\n"
    "企画提案書の提出期限\n"
    "令和9年6月2日（水）正午\n"
    "令和9年6月9日（水）正午\n"
    "\n"
    "2 その他\n"
    "上記以外の事項に変更はない。問合せは若葉台市総務部情報政策課（電話000-0000-0000）まで。\n"
)


def test_a_change_table_copied_one_cell_a_line_gives_the_new_dates():
    got = found(one_line(CELLS))
    assert got == found(CELLS)
    assert ("question", "2027-05-19", "17:00", "datetime") in got
    assert ("submission", "2027-06-09", "12:00", "datetime") in got
    assert not any(date in ("2027-05-12", "2027-06-02") for _, date, *_ in got)  # the old column's


def test_the_table_ends_at_its_blank_line():
    lines = relined(one_line(CELLS))[0].splitlines()
    assert "区分" in lines and "変更後" in lines
    assert any(line.startswith("2 その他 上記以外の事項") for line in lines)  # (the words under it run on as they came)


def test_old_and_new_in_a_sentence_make_no_table():
    text = one_line(CELLS).replace("区分 変更前 変更後", "変更前 の日程は次のとおり。")
    lines = relined(text)[0].splitlines()
    assert "変更前" not in lines
