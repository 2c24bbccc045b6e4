"""Change notices read in three more forms (round iv): a change mail's rows that give a step of the plan it quotes
another day, unmarked; the time of a step's new day told in the next clause or sentence of its change; the old day
a step is moved away from (「…の日を3月5日から変更しました」). Each test a few lines written for its form."""

import pytest

from tests.extractor_found import found, one_line

# --- a change mail's rows off the plan its quoted earlier mail gave ---------------------------------------------

CHANGE_MAIL = (
    "From: 汐見台市 企画課 <kikaku@example.jp>\n"
    "To: undisclosed-recipients:;\n"
    "Subject: 【汐見台市】観光ガイドアプリ改修業務 参加表明書の提出期限延長について\n"
    "Date: Mon, 24 Aug 2026 15:10:00 +0900\n"
    "\n"
    "参加予定事業者 各位\n"
    "\n"
    "汐見台市企画課の森下です。\n"
    "仕様書に追記を行ったため、参加表明書の提出期限を延長し、関連する日程を次のとおり変更します。\n"
    "\n"
    "■ 変更後の日程\n"
    "・{question}：9月8日（火）正午\n"
    "・質問への回答　　：9月11日（金）までにメールで回答\n"
    "・参加表明書の提出期限：9月18日（金）17:00\n"
    "　（延長前：9月11日（金）17:00）\n"
    "・プレゼンテーション：10月2日（金）\n"
    "・審査結果の通知　：10月中旬\n"
    "・契約締結　　　　：10月下旬（予定）\n"
    "\n"
    "上記以外の事項に変更はありません。\n"
    "\n"
    "-----Original Message-----\n"
    "From: 汐見台市 企画課 <kikaku@example.jp>\n"
    "Sent: Monday, August 3, 2026 10:00 AM\n"
    "Subject: 【汐見台市】観光ガイドアプリ改修業務 参加登録の受付について\n"
    "\n"
    "> 参加予定事業者 各位\n"
    ">\n"
    "> 今後の日程は次のとおりです。\n"
    "> 　1. 質問の受付期限　　　2026年9月1日（火）正午\n"
    "> 　2. 質問への回答　　　　2026年9月4日（金）\n"
    "> 　3. 参加表明書の提出期限　2026年9月11日（金）17:00\n"
    "> 　4. プレゼンテーション　2026年10月2日（金）\n"
    "> 　5. 審査結果の通知　　　2026年10月中旬\n"
)


@pytest.mark.parametrize("question", ["質問の受付期限", "追加質問の受付期限", "質問書（追加分）の提出期限"])
def test_a_change_mails_unmarked_rows_that_move_a_step_of_the_quoted_plan_are_its_changes(question):
    text = CHANGE_MAIL.replace("{question}", question)
    # the question and the answer moved off the quoted plan's days, no mark beside them; the presentation and the
    # result on the plan's days are restated; the contract, which the plan does not name, stays a restated row
    expected = [
        ("question", "2026-09-08", "12:00", "datetime"),
        ("answer", "2026-09-11", None, "date"),
        ("application", "2026-09-18", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- the time of a step's new day, told in the next clause or sentence of its change ---------------------------

CHANGE_NOTICE = (
    "潮見町告示第４１号\n"
    "\n"
    "　潮見町地域交通計画策定支援業務委託に係る公募型プロポーザルの実施について（令和９年６月１日付け潮見町告示"
    "第３５号）の一部を次のとおり変更する。\n"
    "\n"
    "　　令和９年６月２５日\n"
    "\n"
    "　　　　　　　　　　　　　　　　　　　潮見町長　浜田　一郎\n"
    "\n"
    "１　変更の内容\n"
    "（１）参加申込書の提出期限を令和９年７月２日（金）から令和９年７月９日（金）に{moved}\n"
    "（２）企画提案書の提出期限を令和９年７月１６日（金）から令和９年７月２３日（金）に変更する。\n"
    "　なお、提出場所に変更はない。\n"
    "２　その他\n"
    "　上記以外の事項については、告示第３５号のとおりとする。\n"
)


@pytest.mark.parametrize(
    "moved",
    [
        "変更する。\n　なお、提出期限の時刻（正午）に変更はない。",
        "変更する。なお、提出期限の時刻（正午）に変更はない。",
        "変更し、時刻は従前のとおり正午とする。",
        "延長する。\n　ただし、時刻は正午のままとする。",
    ],
)
def test_the_time_told_after_a_changed_day_is_the_new_days_time(moved):
    text = CHANGE_NOTICE.replace("{moved}", moved)
    # (the other step's sentence after it names no time: its day stays a day)
    expected = [
        ("application", "2027-07-09", "12:00", "datetime"),
        ("submission", "2027-07-23", None, "date"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_the_time_of_another_step_told_after_a_changed_day_is_not_the_new_days():
    moved = "変更し、プレゼンテーションの開始時刻は午後１時とする。"
    assert ("application", "2027-07-09", None, "date") in found(CHANGE_NOTICE.replace("{moved}", moved))


# --- the old day a step is moved away from --------------------------------------------------------------------

UPDATED_PAGE = (
    "ホーム > 事業者の方へ > 入札・契約 > 汐見台市観光ガイドアプリ改修業務委託 公募型プロポーザル\n"
    "汐見台市観光ガイドアプリ改修業務委託 公募型プロポーザル\n"
    "更新日：2027年8月20日\n"
    "お知らせ\n"
    "【令和9年8月20日更新】審査会場の都合により、プレゼンテーションの日程を9月28日(火){moved}。"
    "変更した日程には「(変更)」を付しています。\n"
    "スケジュール\n"
    "公募開始\n"
    "令和9年8月2日(月)\n"
    "質問の受付期限\n"
    "8月13日(金)午後5時まで\n"
    "企画提案書の提出期限\n"
    "9月10日(金)正午まで\n"
    "プレゼンテーション\n"
    "10月5日(火)(変更)\n"
    "審査結果の通知\n"
    "10月中旬(予定)\n"
)


@pytest.mark.parametrize("moved", ["から変更しました", "から延期いたしました", "から1週間繰り下げました"])
def test_a_day_a_step_is_moved_away_from_is_its_old_day(moved):
    text = UPDATED_PAGE.replace("{moved}", moved)
    expected = [
        ("published", "2027-08-02", None, "date"),
        ("question", "2027-08-13", "17:00", "datetime"),
        ("submission", "2027-09-10", "12:00", "datetime"),
        ("hearing", "2027-10-05", None, "date"),
        ("result", "2027-10-01", None, "mid_month"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_day_a_change_starts_from_is_no_old_day():
    # 「10月1日から…を変更します」: the day the change takes effect, its object after it, is no step's old day
    text = UPDATED_PAGE.replace("プレゼンテーションの日程を9月28日(火){moved}", "10月1日(金)から提出先を変更します")
    assert ("hearing", "2027-10-05", None, "date") in found(text)
