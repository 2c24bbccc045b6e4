"""Change notices read by what they change (round qf): each test a few lines written for its class."""

from tests.extractor_found import found


def test_an_old_date_told_with_the_deed_it_was_set_for_is_superseded():
    text = (
        "令和9年6月1日\n"
        "参加事業者各位\n"
        "日程の変更について\n"
        "次のとおり日程を変更します。\n"
        "・質問への回答\n"
        "　６月８日（火）までに市ホームページで公表するとしておりましたが、６月１５日（火）までに公表します。\n"
    )
    assert found(text) == [("answer", "2027-06-15", None, "date")]


def test_an_earlier_mail_quoted_whole_under_a_forwarded_change_gave_the_old_plan():
    text = (
        "件名: FW: 日程の変更について\n"
        "差出人: 青木 <aoki@example.jp>\n"
        "送信日時: 2027年5月10日(月) 9:00\n"
        "宛先: 営業部 <eigyo@example.jp>\n"
        "\n"
        "皆さん、市から変更の連絡がありましたので転送します。\n"
        "\n"
        "-----Original Message-----\n"
        "From: 市 契約課 <keiyaku@example.jp>\n"
        "Sent: Monday, May 10, 2027 8:30 AM\n"
        "Subject: 日程の変更について\n"
        "\n"
        "提案書の提出期限を５月２８日（金）午後５時に延長します。\n"
        "その他の日程に変更はありません。\n"
        "\n"
        "-----Original Message-----\n"
        "From: 市 契約課 <keiyaku@example.jp>\n"
        "Sent: Friday, April 30, 2027 4:00 PM\n"
        "Subject: RE: 参加申込\n"
        "\n"
        "今後の日程は次のとおりです。\n"
        "　提案書の提出期限　５月２１日（金）午後５時\n"
        "　審査結果の通知　　６月上旬\n"
    )
    assert found(text) == [("submission", "2027-05-28", "17:00", "datetime")]


def test_the_day_a_correction_was_made_in_a_log_of_old_and_new_values_is_no_step():
    text = (
        "■日程\n"
        "質問の受付期間\t令和09年06月01日 09時00分 ～ 令和09年06月10日 17時00分\t［訂正］\n"
        "開札予定日時\t令和09年06月24日 10時00分\n"
        "■訂正履歴\n"
        "回数\t訂正日\t訂正項目\t訂正前\t訂正後\n"
        "1\t令和09年06月03日\t質問の受付期間（終了）\t令和09年06月08日 17時00分\t令和09年06月10日 17時00分\n"
    )
    assert "2027-06-03" not in [day for _, day, _, _ in found(text)]


def test_a_list_of_other_calls_named_in_a_two_word_column_is_no_schedule():
    text = (
        "調達案件名称\t市道改良工事（第3工区）\n"
        "公告日\t令和09年04月10日\n"
        "開札予定日時\t令和09年05月12日 10時00分\n"
        "■同一部署の発注情報\n"
        "公告日\t調達案件名称\t入札方式\t開札予定日\n"
        "令和09年04月10日\t市道改良工事（第3工区）\t一般競争入札\t令和09年05月12日\n"
        "令和09年04月02日\t下水道管更生工事\t一般競争入札\t令和09年04月28日\n"
        "令和09年03月26日\t公園遊具更新工事\t指名競争入札\t令和09年04月20日\n"
    )
    days = [day for _, day, _, _ in found(text)]
    assert "2027-04-28" not in days and "2027-04-20" not in days and "2027-04-02" not in days


def test_the_moment_a_page_was_shown_is_no_step():
    text = (
        "発注情報詳細（工事）\n"
        "表示日時 2027/04/15 09:12:44\n"
        "■案件情報\n"
        "公告日\t令和09年04月10日\n"
        "開札予定日時\t令和09年05月12日 10時00分\n"
    )
    assert "2027-04-15" not in [day for _, day, _, _ in found(text)]


def test_the_words_citing_the_call_a_change_notice_changes_are_no_step_of_the_next_date():
    text = (
        "〇〇体育館改修設計業務委託公募型プロポーザル 日程の変更について\n"
        "令和9年5月10日（月曜日）に公告した「〇〇体育館改修設計業務委託公募型プロポーザル」について、台風の影響により、"
        "令和9年5月20日（木曜日）から体育館を避難所として開設しており、当面の間、避難所としての使用が見込まれます。\n"
        "このため、次のとおり日程を変更します。\n"
        "質問の受付期限【変更】\n"
        "令和9年5月28日（金曜日）午後5時まで\n"
        "（当初：令和9年5月21日（金曜日）午後5時まで）\n"
    )
    assert found(text) == [("question", "2027-05-28", "17:00", "datetime")]


def test_a_sign_up_cited_in_brackets_as_made_is_done():
    text = (
        "〇〇体育館改修設計業務委託公募型プロポーザル 現地見学会の中止及び日程の変更について\n"
        "このため、次のとおり現地見学会を中止し、以降の日程を変更します。\n"
        "既に見学会の参加申込み（令和9年5月14日（金曜日）正午締切）をされた方には、個別にお知らせしています。\n"
        "質問の受付期限【変更】\n"
        "令和9年5月28日（金曜日）午後5時まで\n"
        "（当初：令和9年5月21日（金曜日）午後5時まで）\n"
    )
    assert found(text) == [("question", "2027-05-28", "17:00", "datetime")]
