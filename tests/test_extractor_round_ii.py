"""A schedule table spaced into columns (no bars, no tabs), read in one line (round ii): its rows put back where a row
runs on past a row's usual length only by its columns' spaces."""

from tenders.extractor.relining import relined
from tests.extractor_found import found, one_line

_PREAMBLE = (
    "柳瀬町観光振興計画策定支援業務委託 公募型プロポーザル実施要領\n\n"
    "1 業務の概要\n"
    " (1) 業務名 柳瀬町観光振興計画策定支援業務委託\n"
    " (2) 履行期間 契約締結日から令和10年3月19日まで\n"
    " (3) 提案上限額 8,800,000円(消費税及び地方消費税を含む。)\n\n"
    "2 参加資格\n"
    " (1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    " (2) 柳瀬町の競争入札参加資格者名簿に登録されている者であること。\n"
    " (3) 過去5年間に地方公共団体の観光計画の策定支援業務を元請として受託した実績を有する者であること。\n"
    " (4) 会社更生法に基づく更生手続開始の申立てがなされていない者であること。\n\n"
)
_AFTER = "\n4 提出先\n 柳瀬町 商工観光課 観光係\n"


def _lines(text: str) -> list[str]:
    again = relined(one_line(text))
    assert again is not None
    return [line.strip() for line in again[0].splitlines()]


def test_a_table_written_date_first_with_a_place_column_keeps_its_rows_in_one_line():
    text = (
        _PREAMBLE + "3 日程\n"
        " 年        月日       曜日   時刻     手続                               場所・方法\n"
        " 令和9年   6月7日     月              要領の公表                         町ホームページ\n"
        "           6月15日    火     17:00    質問の提出期限                     電子メール\n"
        "           6月22日    火              質問への回答                       町ホームページ\n"
        "           6月29日    火     17:00    参加申込書の提出期限               持参又は郵送\n"
        "           7月13日    火     12:00    企画提案書の提出期限               持参に限る\n"
        "           7月27日    火     10:00    プレゼンテーション                 役場2階 会議室\n"
        "           8月上旬                    審査結果の通知                     書面\n" + _AFTER
    )
    lines = _lines(text)
    assert any(line.startswith("6月15日") and line.endswith("電子メール") for line in lines)
    assert any(line.startswith("7月27日") and "プレゼンテーション" in line for line in lines)
    assert found(one_line(text)) == found(text)


def test_a_year_cell_begins_the_row_it_stands_in():
    text = (
        _PREAMBLE + "3 日程\n"
        " 年        月日       曜日   時刻     手続                               場所・方法\n"
        " 令和9年   11月8日    月              要領の公表                         町ホームページ\n"
        "           11月16日   火     17:00    質問の提出期限                     電子メール\n"
        "           12月6日    月     17:00    企画提案書の提出期限               持参に限る\n"
        " 令和10年  1月11日    火     13:00    プレゼンテーション                 役場2階 会議室\n"
        "           1月下旬                    審査結果の通知                     書面\n" + _AFTER
    )
    lines = _lines(text)
    assert any(line.startswith("令和10年") and "1月11日" in line for line in lines)
    assert ("hearing", "2028-01-11", "13:00", "datetime") in found(one_line(text))


def test_a_table_written_label_first_with_a_remark_column_keeps_its_rows_in_one_line():
    text = (
        _PREAMBLE + "3 日程\n"
        "  参加申込    6/14(月)         窓口でも可\n"
        "  質問        6/18(金)まで     電子メールのみ\n"
        "  提案書      7/2(金) 17時     持参のみ\n"
        "  審査会      7月中旬          会場は役場3階\n"
        "  結果        7月末\n" + _AFTER
    )
    lines = _lines(text)
    assert any("参加申込" in line and line.endswith("窓口でも可") for line in lines)
    assert any(line.startswith("質問") and line.endswith("電子メールのみ") for line in lines)
    assert any(line.startswith("提案書") and line.endswith("持参のみ") for line in lines)
