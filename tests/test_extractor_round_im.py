"""Notices that change a call (round im): the opening of the call a change notice changes, told in words that end in
that call's name; a call resumed after a suspension, its dates from before the suspension and the day it was suspended.
Each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- the opening of the changed call, told in words that name it -------------------------------------------


def test_the_day_a_call_has_been_open_since_named_before_its_quoted_title_is_no_publication_of_the_change():
    text = (
        "水楢町観光案内看板更新業務に係る公募型プロポーザル　参加申込期限の延長について\n"
        "令和11年3月2日\n"
        "水楢町 商工観光課\n"
        "　令和11年2月16日（金）から公募しております「水楢町観光案内看板更新業務に係る公募型プロポーザル」について、"
        "下記のとおり参加申込書の提出期限を延長します。\n"
        "■参加申込書の提出期限\n"
        "　変更前：令和11年3月9日（金）午後5時\n"
        "　変更後：令和11年3月16日（金）午後5時\n"
    )
    assert found(text) == [("application", "2029-03-16", "17:00", "datetime")]


def test_the_day_a_call_opened_then_was_called_off_before_its_quoted_title_is_no_publication_of_the_change():
    text = (
        "【再開】杉ノ木村特産品カタログ制作業務委託の公募型プロポーザルについて\n"
        "　2029年6月4日(月)から募集を開始し、同年6月20日(水)に中止をお知らせしておりました「杉ノ木村特産品カタログ制作業務委託」"
        "に係る公募型プロポーザルについて、下記のとおり手続を再開します。\n"
        "1 再開後の日程\n"
        " 企画提案書の提出期限 2029年7月27日(金)午後5時\n"
    )
    assert found(text) == [("submission", "2029-07-27", "17:00", "datetime")]


def test_the_day_a_call_opened_named_before_the_call_it_changes_is_no_step_run_onto_one_line():
    text = (
        "　　　　　　　　　　　　　　　　　　　令和11年9月3日\n"
        "榛名台市営プールの指定管理者募集に係る\n"
        "施設見学会の延期について（お知らせ）\n"
        "\n"
        "　令和11年8月20日に募集を開始した榛名台市営プールの指定管理者の募集に\n"
        "ついて、施設見学会を下記のとおり延期します。\n"
        "\n"
        "１　延期後の日程\n"
        "　日　時　令和11年9月18日（火）午後2時から\n"
    )
    assert ("other", "2029-08-20", None, "date") not in found(one_line(text))
    assert ("published", "2029-08-20", None, "date") not in found(text)


# --- a call resumed after a suspension ----------------------------------------------------------------------


def test_a_column_of_the_dates_before_the_suspension_gives_no_step():
    text = (
        "白萩市観光サイト改修業務委託に係る公募型プロポーザルの再開について\n"
        "　令和11年4月2日(月)に公告した標記プロポーザルについて、下記のとおり手続を再開します。\n"
        "2　再開後のスケジュール\n"
        "手続\t中断前の日程\t再開後の日程\n"
        "質問の受付期限\t令和11年4月9日(月)17:00\t（終了）\n"
        "参加申込書の提出期限\t令和11年4月23日(月)17:00\t令和11年5月21日(月)17:00\n"
        "企画提案書の提出期限\t令和11年5月7日(月)17:00\t令和11年6月4日(月)17:00\n"
    )
    assert found(text) == [
        ("application", "2029-05-21", "17:00", "datetime"),
        ("submission", "2029-06-04", "17:00", "datetime"),
    ]


def test_a_paper_handed_in_before_the_call_was_called_off_gives_no_step():
    text = (
        "【再開】栃尾町広報動画制作業務委託に係る公募型プロポーザルの再開について\n"
        "1 再開後の日程\n"
        " 企画提案書の提出期限 2029年10月19日(金)午後5時\n"
        "2 中止前に手続を行った事業者の取扱い\n"
        " (1) 中止前に提出された参加申込書(受付期限 2029年8月24日(金))は有効とします。\n"
    )
    assert found(text) == [("submission", "2029-10-19", "17:00", "datetime")]


def test_the_day_the_call_was_suspended_from_gives_no_step():
    text = (
        "白萩市観光サイト改修業務委託に係る公募型プロポーザルの再開について\n"
        "　令和11年4月2日(月)に公告した「白萩市観光サイト改修業務委託に係る公募型プロポーザル」については、仕様の見直しが"
        "必要となったため、令和11年4月16日(月)から公募手続を一時中断しておりました。このたび、下記のとおり再開します。\n"
        "参加申込書の提出期限（変更後）\t令和11年5月21日(月)17:00\n"
    )
    assert found(text) == [("application", "2029-05-21", "17:00", "datetime")]


# --- the council's vote told again in a notice of a change --------------------------------------------------


def test_the_council_session_a_designation_waits_for_told_in_a_correction_gives_no_step():
    text = (
        "楓野市立体育館指定管理者募集要項の正誤表\n"
        "１．募集要項 ６ページ　「７ 選定結果の通知」\n"
        "　誤　令和11年9月下旬（予定）\n"
        "　正　令和11年10月上旬（予定）\n"
        "※上記以外の日程に変更はありません。\n"
        "※指定管理者の指定は、令和11年12月の市議会定例会における議決を経て行います。\n"
    )
    assert found(text) == [("result", "2029-10-01", None, "early_month")]


def test_the_council_session_told_under_a_change_table_gives_no_step_run_onto_one_line():
    text = (
        "ホーム > 事業者向け > 指定管理者制度 > 楓野市河川公園指定管理者募集要項の変更について\n"
        "楓野市河川公園指定管理者募集要項の変更について\n"
        "ページ番号：2231\n"
        "更新日：2029年7月10日\n"
        "令和11年7月3日に公表した楓野市河川公園指定管理者募集要項について、次のとおり変更しました。\n"
        "変更箇所（【】内が変更部分）\n"
        "頁\t項目\t変更後\t変更前\n"
        "3\t6（1）現地説明会の日時\t【令和11年7月24日（火）】午後2時から\t令和11年7月17日（火）午後2時から\n"
        "3\t6（2）現地説明会の参加申込期限\t【令和11年7月20日（金）】午後5時まで\t令和11年7月13日（金）午後5時まで\n"
        "上記以外の事項\n"
        "・上記以外の募集要項の記載事項に変更はありません。\n"
        "施設の概要（参考）\n"
        "名称：楓野市河川公園\n"
        "指定期間：令和12年4月1日から令和17年3月31日まで（5年間）\n"
        "※指定管理者の指定は、令和11年12月の市議会定例会の議決を経て行う予定です。\n"
        "関連ファイル\n"
        "新旧対照表（PDF：98KB）\n"
    )
    assert ("other", "2029-12-01", None, "month") not in found(one_line(text))
