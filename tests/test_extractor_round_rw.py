"""Round rw: a window opened in a fax's space-aligned table and wrapped with its end, its daily hours and a note under
it; a goods inspection's period under the heading that names it (「確認期間」 under 「…の現車確認」); a PDF comment
summary's replacement comments; a slide's table of a schedule's editions (第1版 | 第2版); a portal API's list of call
records read as a feed."""

import datetime as dt
import importlib

from tests.extractor_found import one_line, steps

# (the module, not the function the package exports under its name)
Reader = importlib.import_module("tenders.extractor.extract").Reader

FAX_TABLE = (
    "指名通知書\n"
    "　　　　　　　　　　　　　　　　記\n"
    "３　日程\n"
    "　項　　目　　　　　　日　　時　　　　　　　　　　　　　　場　所\n"
    "　仕様書の閲覧　　　　令和９年５月１７日（月）から　　　　　契約課窓口\n"
    "　　　　　　　　　　　５月２８日（金）まで　　　　　　　　　（本庁舎４階）\n"
    "　　　　　　　　　　　午前８時３０分から午後５時１５分まで\n"
    "　　　　　　　　　　　（閉庁日を除く。）\n"
    "　質問の受付　　　　　令和９年５月２４日（月）正午まで　　　電子メール\n"
    "　入札及び開札　　　　令和９年６月４日（金）午前１０時　　　第３会議室\n"
)


def test_a_window_wrapped_over_three_lines_of_a_spaced_table_is_its_row():
    found = steps(FAX_TABLE)
    # the window's end with the end of its daily hours, the step its row names
    assert ("other", dt.date(2027, 5, 28), dt.time(17, 15), "datetime") in found
    assert ("question", dt.date(2027, 5, 24), dt.time(12, 0), "datetime") in found
    assert ("submission", dt.date(2027, 6, 4), dt.time(10, 0), "datetime") in found
    # the window's first day and the daily hours' start are no step of their own
    assert not [step for step in found if step[1] == dt.date(2027, 5, 17)]
    assert not [step for step in found if step[2] == dt.time(8, 30)]


GOODS_SHOWN = (
    "件名：見積依頼（公用車購入）の日程変更について\n\n"
    "■新たに設ける手続\n"
    "３．{heading}\n"
    "　現車確認を希望される方は、次のとおりお越しください。\n"
    "　{key}　令和９年３月８日（月）から３月１０日（水）まで（予約順にご案内します）\n"
    "　　　　　　各日午前１０時から午後３時まで（正午から午後１時までを除く）\n"
    "　予約　　　３月５日（金）午後５時までに、電話で予約してください。\n"
    "４．見積書の提出期限\n"
    "　令和９年３月１５日（月）正午\n"
)


def test_a_goods_inspection_period_under_its_heading_is_the_step_its_last_day_and_hour():
    for key in ("確認期間", "期間"):
        found = steps(GOODS_SHOWN.format(heading="展示車両の現車確認", key=key))
        assert ("other", dt.date(2027, 3, 10), dt.time(15, 0), "datetime") in found
        assert ("other", dt.date(2027, 3, 5), dt.time(17, 0), "datetime") in found
        assert ("submission", dt.date(2027, 3, 15), dt.time(12, 0), "datetime") in found
        # (the hours left out of each day, and the window's first day, are no step)
        assert not [step for step in found if step[1] == dt.date(2027, 3, 8)]
        assert not [step for step in found if step[2] in (dt.time(12, 0), dt.time(13, 0)) and step[0] == "other"]


def test_a_key_that_names_another_step_than_its_heading_takes_no_heading():
    # 「確認期間」 under 「入札説明会」: the key's word is not the heading's; no step is named
    found = steps(
        GOODS_SHOWN.format(heading="入札説明会", key="確認期間").replace(
            "　現車確認を希望される方は、次のとおりお越しください。\n", ""
        )
    )
    assert not [step for step in found if step[1] == dt.date(2027, 3, 10)]
    assert ("submission", dt.date(2027, 3, 15), dt.time(12, 0), "datetime") in found


COMMENT_SUMMARY = (
    "注釈の概要\n"
    "文書：清掃業務委託_見積依頼書（変更箇所注釈付き）.pdf\n"
    "注釈の数：3\n\n"
    "ページ：1\n"
    "────────────────────────────────────\n"
    "庁舎清掃業務委託　見積依頼書\n"
    "１　質問の受付期限　令和９年４月９日（金）午後５時\n"
    "２　見積書の提出期限　令和９年４月１６日（金）午後５時\n"
    "３　見積合わせ　令和９年４月２０日（火）午前１０時\n"
    "────────────────────────────────────\n"
    "番号：1　作成者：keiyaku01　件名：取り消し線　日付：2027/04/05 9:12:30\n"
    "（注釈テキストなし）\n\n"
    "番号：2　作成者：keiyaku01　件名：テキストを置換　日付：2027/04/05 9:12:30\n"
    "令和９年４月２３日（金）午後５時\n\n"
    "番号：3　作成者：keiyaku01　件名：テキストを置換　日付：2027/04/05 9:13:02\n"
    "令和９年４月２７日（火）午前１０時\n"
)


def test_a_comment_summary_s_replacements_stand_for_the_page_s_days_they_replace():
    for text in (COMMENT_SUMMARY, one_line(COMMENT_SUMMARY)):
        found = steps(text)
        assert ("submission", dt.date(2027, 4, 23), dt.time(17, 0), "datetime") in found
        assert ("other", dt.date(2027, 4, 27), dt.time(10, 0), "datetime") in found
        assert ("question", dt.date(2027, 4, 9), dt.time(17, 0), "datetime") in found  # (no comment on it: it stands)
        # the days replaced, and the comments' own stamps, are no step
        assert not [step for step in found if step[1] in (dt.date(2027, 4, 16), dt.date(2027, 4, 20), dt.date(2027, 4, 5))]


EDITIONS = (
    "市立図書館指定管理者募集　説明会資料\n\n"
    "6. 第1版からの変更点（日程）\n"
    "項目　　　　　　　　　　　　第1版（6/20配布）　　　　　　第2版（7/5更新）\n"
    "申請書類の受付　　　　　　　2027年8月2日（月）17時まで　　2027年8月16日（月）17時まで\n"
    "第一次審査結果の通知　　　　2027年8月20日（金）　　　　　2027年9月3日（金）\n"
    "プレゼンテーション審査　　　2027年9月上旬　　　　　　　　2027年9月下旬\n"
    "契約の締結　　　　　　　　　2027年10月上旬　　　　　　　2027年10月下旬\n"
)


def test_a_table_of_a_schedule_s_editions_keeps_the_later_edition_s_days():
    found = steps(EDITIONS)
    assert ("submission", dt.date(2027, 8, 16), dt.time(17, 0), "datetime") in found
    assert ("result", dt.date(2027, 9, 3), None, "date") in found
    assert ("contract", dt.date(2027, 10, 1), None, "late_month") in found
    # the first edition's days no longer hold
    assert not [step for step in found if step[1] == dt.date(2027, 8, 2)]
    assert ("contract", dt.date(2027, 10, 1), None, "early_month") not in found


def _record(number: int, name: str, description: str) -> str:
    return (
        "    <SearchResult>\n"
        f"      <ResultId>{number}</ResultId>\n"
        f"      <ProjectName>{name}</ProjectName>\n"
        "      <CityName>汐見市</CityName>\n"
        f"      <ProjectDescription>{description}</ProjectDescription>\n"
        "    </SearchResult>\n"
    )


PORTAL_ANSWER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<Results>\n  <SearchResults>\n    <SearchHits>3</SearchHits>\n'
    + _record(
        1, "【変更】汐見市立体育館清掃業務委託（令和10年度）", "汐見市公告第９１号 公告内容の変更について 開札日時を変更する。"
    )
    + _record(2, "汐見市立体育館清掃業務委託（令和10年度）", "汐見市公告第８５号 一般競争入札の実施について（公告）")
    + _record(3, "市民会館警備業務委託（令和10年度）入札結果", "入札結果 開札日 令和６年９月２６日（木）")
    + "  </SearchResults>\n</Results>\n"
)


def test_a_portal_answer_s_records_are_a_feed_its_change_tag_naming_the_call_changed():
    reader = Reader(PORTAL_ANSWER)
    titles = [title for _, title in reader.feed_items]
    assert titles[0].startswith("【変更】") and len(titles) == 3
    others, own = reader.feed_call
    lines = reader.lines
    # the call's own record is the one that tells no change; another call's record is apart from it
    assert own is not None and "公告第85号" in "\n".join(lines[own[0] : own[1]])
    assert any("市民会館警備業務委託" in lines[index] for index in others)
    assert not any("汐見市立体育館" in lines[index] for index in others)
    # without the tag, the list tells no change: no call read apart
    untagged = Reader(PORTAL_ANSWER.replace("【変更】", ""))
    assert untagged.feed_call == (set(), None)
