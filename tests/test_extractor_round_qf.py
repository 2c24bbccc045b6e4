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
