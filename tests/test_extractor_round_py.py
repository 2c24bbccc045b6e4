"""Change notices read in round py: a sheet's questions and answers pasted as tab-parted text, a 新旧対照表 of two prose
columns, a 追記 that extends a window by 延長前 / 延長後 lines, an old schedule quoted under a heading that names its
paper's day, and a schedule whose row keeps its old value in 【 】 after its daily hours."""

import datetime as dt

from tenders.extractor.labels import kind_of
from tests.extractor_found import one_line, steps


def test_a_pasted_sheet_of_answers_keeps_its_header_past_a_quoted_cell_of_many_lines():
    text = (
        "令和9年8月2日\n"
        "海風市 企画課\n"
        "海風市広報支援業務委託 質問に対する回答書\n"
        "\n"
        "No.\t資料\t質問内容\t回答\n"
        '1\t仕様書\t現地を確認できますか。\t"次のとおり現地確認会を開催します。\n'
        "・日時　令和9年8月9日（月）午前10時から\n"
        "・場所　市役所3階会議室\n"
        "・申込　前日までに電話で\n"
        '参加は任意です。"\n'
        '2\t要領\t提案書の提出期限を延長できますか。\t"企画提案書の提出期限を令和9年8月20日（金）正午に変更します。\n'
        'これに伴い、ヒアリングの実施日を8月25日（水）から8月31日（火）に変更します。"\n'
        '3\t要領\t審査結果の通知及び契約締結の時期を教えてください。\t"審査結果は当初8月下旬に通知する予定としていましたが、\n'
        '9月上旬に通知する予定です。"\n'
    )
    found = steps(text)
    assert ("submission", dt.date(2027, 8, 20), dt.time(12, 0), "datetime") in found
    assert ("hearing", dt.date(2027, 8, 31), None, "date") in found
    assert ("result", dt.date(2027, 9, 1), None, "early_month") in found
    # (the question's cell names no step of the answer's dates; 「当初8月下旬」 is the old plan)
    assert not any(kind == "contract" for kind, *_ in found)
    assert ("result", dt.date(2027, 8, 1), None, "late_month") not in found
    assert ("submission", dt.date(2027, 8, 31), None, "date") not in found


NEW_OLD_TABLE = (
    "潮見市市民ホール指定管理者募集要項の一部改正について\n"
    "令和9年7月20日\n"
    "潮見市　文化振興課\n"
    "\n"
    "令和9年7月1日から配布している「潮見市市民ホール指定管理者募集要項」について、募集日程の一部を改正しました。\n"
    "\n"
    "新旧対照表\n"
    "| 改正後 | 改正前 |\n"
    "|---|---|\n"
    "| (1) 募集要項の配布　令和9年7月1日（木）から令和9年8月27日（金）まで | (1) 募集要項の配布　令和9年7月1日（木）から令和9年8月13日（金）まで |\n"
    "| (2) 質問の受付　令和9年8月6日（金）午後5時まで | (2) 質問の受付　令和9年7月30日（金）午後5時まで |\n"
    "| (3) 選定結果の通知　令和9年10月中旬 | (3) 選定結果の通知　令和9年9月下旬 |\n"
    "| (4) 基本協定の締結　令和9年12月（市議会の議決後） | (4) 基本協定の締結　令和9年12月（市議会の議決後） |\n"
)


def test_a_new_and_old_table_gives_only_its_changed_rows():
    for text in (NEW_OLD_TABLE, one_line(NEW_OLD_TABLE)):
        found = steps(text)
        assert ("question", dt.date(2027, 8, 6), dt.time(17, 0), "datetime") in found
        assert ("result", dt.date(2027, 10, 1), None, "mid_month") in found
        # (the papers' window, its end alone moved, opened with the call; the 協定 row reads the same in both columns)
        assert not any(kind == "contract" for kind, *_ in found)
        assert text is not NEW_OLD_TABLE or not any(kind == "published" for kind, *_ in found)
        assert ("question", dt.date(2027, 7, 30), dt.time(17, 0), "datetime") not in found


def test_an_addendums_extended_window_replaces_the_row_it_extends_and_a_new_step_said_not_extended_stays():
    text = (
        "波佐見町民センターの指定管理者募集の日程変更について\n"
        "\n"
        "【追記】個別見学の期間を延長しました（令和3年6月4日）\n"
        "先にお知らせした施設の個別見学について、申込みが多いことから、見学の期間を次のとおり延長します。\n"
        "延長前　令和3年6月7日（月）から6月18日（金）まで\n"
        "延長後　令和3年6月7日（月）から6月25日（金）まで\n"
        "なお、応募予定届の提出期限（6月18日（金）午後5時）は延長しません。\n"
        "\n"
        "【第2報】新たな募集日程について\n"
        "1　変更後の日程\n"
        "(1)個別見学（新たに設けるもの）\n"
        "令和3年6月7日（月）から6月18日（金）まで\n"
        "(2)応募予定届の提出（新たに設けるもの）\n"
        "令和3年6月18日（金）午後5時まで\n"
        "(3)質問の受付\n"
        "令和3年6月25日（金）午後5時まで\n"
        "(4)選定結果の通知\n"
        "令和3年8月中旬\n"
        "\n"
        "（参考）当初の募集日程\n"
        "質問の受付　令和3年4月16日（金）午後5時まで\n"
        "選定結果の通知　令和3年6月下旬\n"
    )
    found = steps(text)
    assert ("other", dt.date(2021, 6, 25), None, "date") in found
    assert ("application", dt.date(2021, 6, 18), dt.time(17, 0), "datetime") in found
    assert ("question", dt.date(2021, 6, 25), dt.time(17, 0), "datetime") in found
    assert ("result", dt.date(2021, 8, 1), None, "mid_month") in found
    assert ("other", dt.date(2021, 6, 18), None, "date") not in found  # (the window before its extension)
    assert not any(day.year == 2021 and day.month == 4 for _, day, *_ in found)


def test_an_old_schedule_whose_heading_names_its_papers_day_keeps_each_label_with_its_own_date_in_one_line():
    text = (
        "若潮市体育館の指定管理者募集の日程変更について\n"
        "令和3年5月28日\n"
        "4月7日付けでお知らせしたとおり延期していた指定管理者の募集手続について、新たな日程が決まりましたのでお知らせします。"
        "当初予定していた現地説明会は開催せず、説明会で配布する予定であった資料は、募集要項等のページに掲載しています。\n"
        "1　変更後の日程\n"
        "(0)応募予定届の提出（新設）\n"
        "令和3年6月18日（金）午後5時まで\n"
        "(1)質問の受付\n"
        "令和3年6月25日（金）午後5時まで\n"
        "(2)指定申請書の受付\n"
        "令和3年7月12日（月）から7月16日（金）まで\n"
        "(3)選定結果の通知\n"
        "令和3年8月中旬\n"
        "\n"
        "（参考）当初の募集日程（令和3年3月22日公表時）\n"
        "募集要項の配布　令和3年3月22日（月）から\n"
        "質問の受付　令和3年4月16日（金）午後5時まで\n"
        "指定申請書の受付　令和3年5月10日（月）から5月14日（金）まで\n"
        "選定結果の通知　令和3年6月下旬\n"
        "対象施設\n"
        "若潮市体育館（若潮市本町1番地）　昭和60年開館、平成28年度改修\n"
        "現在の指定管理者による管理期間は、平成29年4月1日から令和4年3月31日までです。\n"
    )
    found = steps(one_line(text))
    assert ("application", dt.date(2021, 6, 18), dt.time(17, 0), "datetime") in found
    assert ("question", dt.date(2021, 6, 25), dt.time(17, 0), "datetime") in found
    assert ("result", dt.date(2021, 8, 1), None, "mid_month") in found
    # (the old schedule's rows, their labels before their dates, all the old version's)
    assert not any((day.year, day.month) in ((2021, 3), (2021, 4), (2021, 5)) for _, day, *_ in found)
    assert ("result", dt.date(2021, 6, 1), None, "late_month") not in found


def test_a_rows_old_value_in_brackets_after_its_daily_hours_leaves_the_rows_below_their_own_labels():
    text = (
        "報道発表資料\n"
        "令和9年2月4日\n"
        "鳴海県 施設整備課\n"
        "鳴海県立アリーナ整備運営事業の入札スケジュールの変更について\n"
        "事業費の見直しに伴い、入札スケジュールを変更しますので、お知らせします。\n"
        "今後のスケジュール（予定）\n"
        "【 】内は変更前の予定です。\n"
        "・構成員等変更届の提出期限\n"
        "令和9年2月26日（金）17時まで ※新規\n"
        "・提案書類の受付\n"
        "令和9年5月12日（水）から5月14日（金）まで（各日10時から17時まで）\n"
        "【令和9年3月24日（水）から3月26日（金）まで】\n"
        "・事業者ヒアリング\n"
        "令和9年6月中旬【令和9年4月下旬】\n"
        "・落札者の決定・公表\n"
        "令和9年7月上旬【令和9年5月下旬】\n"
        "・基本協定の締結\n"
        "令和9年7月下旬【令和9年6月上旬】\n"
        "・事業契約の締結（県議会の議決）\n"
        "令和9年9月 変更なし\n"
    )
    found = steps(text)
    assert ("other", dt.date(2027, 2, 26), dt.time(17, 0), "datetime") in found
    assert ("hearing", dt.date(2027, 6, 1), None, "mid_month") in found
    assert ("result", dt.date(2027, 7, 1), None, "early_month") in found
    assert ("contract", dt.date(2027, 7, 1), None, "late_month") in found
    assert ("result", dt.date(2027, 6, 1), None, "mid_month") not in found  # (no row takes the next row's label)
    assert ("contract", dt.date(2027, 7, 1), None, "early_month") not in found


def test_kinds_of_an_intent_to_apply_a_site_visit_and_a_groups_change_of_members():
    assert kind_of("応募予定届の提出") == "application"
    assert kind_of("参加予定届の提出期限") == "application"
    assert kind_of("個別見学") == "other"
    assert kind_of("構成員等変更届の提出期限") == "other"
