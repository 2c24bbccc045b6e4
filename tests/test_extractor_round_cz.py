"""Change notices read as one line, round cz: the old and new dates of a 訂正公告 or 変更 notice kept apart when the
notice's line breaks are gone (a PDF's text layer, a portal page copied as one line)."""

import datetime as dt

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import steps

_PREAMBLE = (
    "令和9年5月10日に公表した「北川市観光案内アプリ構築業務委託公募型プロポーザル実施要領」について、"
    "日程の一部を次のとおり訂正します。\n\n訂正の理由\n"
    "質問の受付期間中に多くの質問が寄せられ、回答の作成に時間を要することから、質問への回答日を延期し、"
    "あわせて以降の日程を訂正します。\n\n"
)

_CLOSING = (
    "その他\n・訂正後の実施要領を下記に掲載しています。訂正の箇所は赤字で表示しています。\n"
    "・業務期間(契約締結日から令和10年3月31日まで)及び提案上限額に変更はありません。\n"
    "・企画提案書の提出方法(持参に限る。受付時間は閉庁日を除く午前8時30分から午後5時まで)に変更はありません。\n\n"
    "お問い合わせ\n北川市 商工観光部 観光課 企画係\n〒000-0000 北川市本町1番1号\n電話:000-0000-0000\n"
)


def one_line(text: str) -> list[tuple]:
    return steps(SHAPES["one-line"](text))


def test_a_tab_table_of_the_dates_before_and_after_a_change_keeps_its_head_off_the_heading_above():
    text = (
        "北川市観光案内アプリ構築業務委託公募型プロポーザルの日程の訂正について\n\n"
        + _PREAMBLE
        + "訂正内容(実施要領「5 日程」)\n"
        "項目\t当初(令和9年5月10日公表)\t第1回訂正(令和9年5月14日)\t第2回訂正(今回)\n"
        "質問への回答\t令和9年5月20日(木)\t令和9年5月24日(月)\t令和9年5月27日(木)\n"
        "企画提案書の提出期限\t令和9年6月4日(金)正午\t令和9年6月8日(火)正午\t令和9年6月11日(金)正午\n"
        "プレゼンテーション審査\t令和9年6月15日(火)\t令和9年6月18日(金)\t令和9年6月22日(火)\n\n" + _CLOSING
    )
    for found in (steps(text), one_line(text)):
        assert ("answer", dt.date(2027, 5, 27), None, "date") in found
        assert ("submission", dt.date(2027, 6, 11), dt.time(12, 0), "datetime") in found
        assert ("hearing", dt.date(2027, 6, 22), None, "date") in found
        days = {day for _, day, _, _ in found}
        assert not days & {dt.date(2027, 5, 20), dt.date(2027, 5, 24), dt.date(2027, 6, 4), dt.date(2027, 6, 8)}


def test_a_two_column_table_of_the_old_and_new_text_keeps_its_rows_where_a_row_repeats_its_left_cell():
    text = (
        "北川市観光案内アプリ構築業務委託企画提案募集要項の一部改正について\n\n"
        + _PREAMBLE
        + "募集要項 新旧対照表\n(下線部分は改正部分)\n\n"
        "改正後\t改正前\n"
        "第4 (略)\t第4 (略)\n"
        "第5 参加申込\t第5 参加申込\n"
        "第6 スケジュール\t第6 スケジュール\n"
        "募集要項の公表 令和9年5月10日(月)\t募集要項の公表 令和9年5月10日(月)\n"
        "参加申込書の提出期限 令和9年6月4日(金)\t参加申込書の提出期限 令和9年5月28日(金)\n"
        "企画提案書の提出期限 令和9年6月18日(金)\t企画提案書の提出期限 令和9年6月11日(金)\n"
        "審査結果の通知 令和9年7月上旬\t審査結果の通知 令和9年6月下旬\n"
        "備考 この表の日程は予定であり、変更する場合がある。\t備考 この表の日程は予定であり、変更する場合がある。\n\n" + _CLOSING
    )
    for found in (steps(text), one_line(text)):
        assert ("application", dt.date(2027, 6, 4), None, "date") in found
        assert ("submission", dt.date(2027, 6, 18), None, "date") in found
        assert ("result", dt.date(2027, 7, 1), None, "early_month") in found
        days = {day for _, day, _, _ in found}
        assert not days & {dt.date(2027, 5, 28), dt.date(2027, 6, 11), dt.date(2027, 6, 1)}


def test_a_markdown_table_of_the_old_and_new_text_keeps_the_outline_markers_its_cells_begin_with():
    text = (
        "北川市観光交流センター指定管理者募集要項の一部改正について\n\n" + _PREAMBLE + "募集要項 新旧対照表\n\n"
        "| 改正後 | 改正前 |\n"
        "|---|---|\n"
        "| ８　募集日程 | ８　募集日程 |\n"
        "| (1) 質問の受付　令和９年５月２４日（月）から令和９年５月３１日（月）午後５時まで |"
        " (1) 質問の受付　令和９年５月２４日（月）から令和９年５月２８日（金）午後５時まで |\n"
        "| (2) 申請書類の受付　令和９年６月１４日（月）から令和９年６月１８日（金）まで |"
        " (2) 申請書類の受付　令和９年６月７日（月）から令和９年６月１１日（金）まで |\n"
        "| (3) 第１次審査（書類審査）　令和９年７月上旬 | (3) 第１次審査（書類審査）　令和９年６月下旬 |\n\n" + _CLOSING
    )
    for found in (steps(text), one_line(text)):
        assert ("submission", dt.date(2027, 6, 18)) in {(kind, day) for kind, day, _, _ in found}
        days = {day for _, day, _, _ in found}
        assert dt.date(2027, 5, 31) in days
        assert not days & {dt.date(2027, 5, 28), dt.date(2027, 6, 11)}


def test_the_mark_of_the_block_as_it_stood_is_a_line_of_its_own_above_the_heading_it_quotes():
    items = (
        "　(1) 参加申込書の提出期限\n　　　令和9年6月{}日（金）午後5時\n"
        "　(2) 企画提案書の提出期限\n　　　令和9年6月{}日（金）正午\n"
        "　(3) プレゼンテーション審査\n　　　令和9年{}\n"
    )
    text = (
        "北川市告示第二百十号\n\n"
        + _PREAMBLE
        + "３　訂正内容\n　　下線部を訂正する。（訂正後のスケジュールを全て掲載する。）\n\n"
        + "【訂正前】\n６　スケジュール\n"
        + items.format(4, 18, "6月下旬")
        + "\n【訂正後】\n６　スケジュール\n"
        + items.format(11, 25, "7月上旬")
        + "\n"
        + _CLOSING
    )
    for found in (steps(text), one_line(text)):
        assert ("application", dt.date(2027, 6, 11), dt.time(17, 0), "datetime") in found
        assert ("submission", dt.date(2027, 6, 25), dt.time(12, 0), "datetime") in found
        assert ("hearing", dt.date(2027, 7, 1), None, "early_month") in found
        days = {day for _, day, _, _ in found}
        assert not days & {dt.date(2027, 6, 4), dt.date(2027, 6, 18)}


def test_an_update_history_of_stamped_items_ends_at_the_blank_line_after_it():
    text = (
        "北川市観光振興計画策定支援業務委託 公募型プロポーザルの実施について\n\n"
        "【更新履歴】\n"
        "【更新】2027年8月12日　スケジュールを変更しました。変更箇所は下表の【変更】をご確認ください。\n"
        "【掲載】2027年7月30日　公募を開始しました。\n\n"
        "北川市では、観光振興計画の策定にあたり、専門的な知見を有する事業者から企画提案を受け、"
        "最も適した事業者を選定するため、公募型プロポーザルを実施します。\n\n"
        "業務概要\n業務名\n北川市観光振興計画策定支援業務委託\n委託期間\n契約締結日から2028年3月17日（金曜日）まで\n\n"
        "スケジュール\n項目\n日程\n"
        "質問回答\n2027年8月19日（木曜日）【変更】\n（変更前：2027年8月13日（金曜日））\n"
        "企画提案書提出期限\n2027年9月3日（金曜日）正午【変更】\n（変更前：2027年8月27日（金曜日）正午）\n"
        "審査結果通知\n2027年9月下旬\n\n"
        "提出先・問合せ先\n北川市 産業観光部 観光振興課\n電話：000-0000-0000\n"
    )
    for found in (steps(text), one_line(text)):
        assert ("answer", dt.date(2027, 8, 19), None, "date") in found
        assert ("submission", dt.date(2027, 9, 3), dt.time(12, 0), "datetime") in found
        assert ("result", dt.date(2027, 9, 1), None, "late_month") in found


def test_a_change_tables_rows_begin_with_their_items_marks_in_one_line():
    text = (
        "【訂正】川辺町集会所指定管理者募集要項の一部訂正について\n"
        "令和8年10月20日付けで公告しました募集要項について、下記のとおり訂正します。\n"
        "訂正箇所\n"
        "項目\t訂正前\t訂正後\n"
        "5(2) 現地説明会の日時\t令和8年11月10日(火)午前10時から\t令和8年11月12日(木)午前10時から\n"
        "7(1) 申請書類の提出期限\t令和8年11月27日(金)午後5時\t令和8年12月4日(金)午後5時\n"
        "訂正理由\n"
        "会場において設備点検が入ることとなったため、日程を変更します。あわせて、提出期限を延長します。\n"
        "お問い合わせ 川辺町 総務課 電話:000-0000-0000 " + "このページの情報はお役に立ちましたか? " * 8 + "\n"
    )
    for found in (steps(text), one_line(text)):
        assert ("other", dt.date(2026, 11, 12), dt.time(10, 0), "datetime") in found
        assert ("submission", dt.date(2026, 12, 4), dt.time(17, 0), "datetime") in found
        assert not [step for step in found if step[1] in (dt.date(2026, 11, 10), dt.date(2026, 11, 27))]
