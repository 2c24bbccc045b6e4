"""Round gv: a part of a month (上旬 / 中旬 / 下旬) parted from its month by a line break, as written and in one line."""

import datetime as dt

from tenders.extractor.dates import find_mentions
from tests.extractor_found import one_line, steps

SCHEDULE = (
    "令和9年度 さくら野町観光パンフレット制作業務 公募型プロポーザル実施要領\n"
    "本要領は、さくら野町観光パンフレット制作業務の受託者を公募型プロポーザル方式により選定するために必要な事項を定める。\n"
    "日程\n"
    "実施要領の公表\n"
    "令和9年5月10日\n"
    "(月)\n"
    "質問書の提出期限\n"
    "令和9年5月19日\n"
    "(水)午後5時まで\n"
    "企画提案書の提出期限\n"
    "令和9年6月4日\n"
    "(金)正午まで\n"
    "プレゼンテーション審査\n"
    "令和9年6月\n"
    "中旬(予定)\n"
    "審査結果の通知\n"
    "令和9年6月\n"
    "下旬(予定)\n"
    "参加資格\n"
    "(1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    "(2) さくら野町の競争入札参加資格者名簿に登録されている者であること。\n"
    "(3) 過去5年間に地方公共団体の観光パンフレットを制作した実績を有する者であること。\n"
    "その他 提出された書類は返却しない。提出書類の作成に要する費用は提案者の負担とする。\n"
    "問合せ先 さくら野町役場 商工観光課 観光振興係 電話 000-0000-0000 電子メール kanko@example.jp\n"
    "受付時間は、土曜日、日曜日及び祝日を除く午前8時30分から午後5時15分までとする。\n"
)


def test_a_part_of_the_month_run_onto_its_month_by_a_space_is_read_with_it():
    (mention,) = find_mentions("審査結果の通知 令和9年6月 下旬(予定)")
    assert (mention.year, mention.month, mention.precision) == (2027, 6, "late_month")


def test_a_month_and_its_part_on_two_lines_run_into_one_line_stay_one_date():
    found = steps(one_line(SCHEDULE))
    assert ("hearing", dt.date(2027, 6, 1), None, "mid_month") in found
    assert ("result", dt.date(2027, 6, 1), None, "late_month") in found


def test_a_sentence_wrapped_between_a_month_and_its_part_keeps_the_part():
    text = (
        "令和9年度 みなと市広報誌編集業務 企画提案の募集\n"
        "1 公告 令和9年4月12日(月)\n"
        "2 企画提案書の提出期限 令和9年5月14日(金)午後5時\n"
        "3 契約の締結\n"
        "    選定された者と協議の上、契約の締結は令和9年6月\n"
        "                                  上旬を予定しています。\n"
    )
    assert ("contract", dt.date(2027, 6, 1), None, "early_month") in steps(text)


HEARING_NOTICE = (
    "令和9年度 あおば市窓口案内システム構築業務 公募型プロポーザル\n"
    "1 日程\n"
    "(1) 企画提案書の提出期限 令和9年8月20日(金)午後5時\n"
    "(2) プレゼンテーション審査 令和9年9月9日(木)\n"
    "{told}\n"
    "(3) 審査結果の通知 令和9年9月下旬\n"
)


def test_the_day_about_which_a_hearings_timetable_is_mailed_is_no_step():
    found = steps(HEARING_NOTICE.format(told="・プレゼンテーションの時間割は 9/6（月）ごろメールでお知らせします"))
    assert [day for _, day, _, _ in found] == [dt.date(2027, 8, 20), dt.date(2027, 9, 9), dt.date(2027, 9, 1)]


def test_the_day_about_which_a_hearings_time_slot_is_told_to_each_party_is_no_step():
    found = steps(HEARING_NOTICE.format(told="　時間帯は企画提案書の提出者に9月6日頃に電子メールで連絡します。"))
    assert [day for _, day, _, _ in found] == [dt.date(2027, 8, 20), dt.date(2027, 9, 9), dt.date(2027, 9, 1)]
