"""Devices of change notices and mails (round mc). Each test an invented text for its class."""

from tests.extractor_found import found, one_line


def test_step_named_before_sono_ta_stands_unchanged():
    text = (
        "山吹県公報　第二千十四号　　令和九年三月十二日　金曜日\n"
        "公　　告\n"
        "山吹県公告第八十七号\n"
        "　令和九年三月二日付け山吹県公告第六十一号（道路台帳整備業務委託に係る一般競争入札の実施）の一部を次のように"
        "変更する。\n"
        "　　令和九年三月十二日\n"
        "　　　　　　　　　　　　山吹県知事　森　田　一　郎\n"
        "　　（入札書の提出期限）\n"
        "　五の㈡中「令和九年三月二十三日（火）正午」を「令和九年三月三十日（火）正午」に改める。\n"
        "　　（備考）\n"
        "　一　入札参加資格の確認結果の通知期日（令和九年三月十九日（金））その他前記以外の事項に変更はない。\n"
    )
    assert found(text) == [("submission", "2027-03-30", "12:00", "datetime")]
    assert ("result", "2027-03-19", None, "date") not in found(one_line(text))


def test_another_bodys_paper_made_public_is_no_step():
    text = (
        "件名：【日程変更】観光動態調査業務 企画提案募集について\n"
        "\n"
        "いつもお世話になっております。\n"
        "標記の募集につきまして、3/4(水)に白浪市より「令和8年 観光入込客数調査（確定値）」が公表されました。\n"
        "最新の数値を反映していただくため、提出期限を下記のとおり変更いたします。\n"
        "\n"
        "・企画提案書の提出期限：2027年3月19日(金) 17:00（変更後）\n"
    )
    expected = [("submission", "2027-03-19", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_step_over_opened_again_by_a_correction_is_kept():
    text = (
        "西風県公告第412号\n"
        "　令和9年8月2日付け西風県公報第1,201号に登載した西風県公告第388号（一般競争入札の実施について）の一部を"
        "次のように訂正する。\n"
        "　　令和9年8月16日\n"
        "　　　　　　　　　　　　西風県知事　桐生　翼\n"
        "１　訂正の内容\n"
        "（1）6の（2）入札書の提出期限中「令和9年8月27日（金）午後5時」を「令和9年9月3日（金）午後5時」に改める。\n"
        "２　その他\n"
        "（1）質問の受付期限（令和9年8月13日（金））は既に経過しているが、本訂正に係る事項に限り、"
        "令和9年8月24日（火）正午まで、電子メールにより質問を受け付ける。\n"
        "（2）上記以外の事項は、西風県公告第388号のとおりとする。\n"
    )
    expected = [
        ("question", "2027-08-24", "12:00", "datetime"),
        ("submission", "2027-09-03", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_event_the_sentence_holds_after_its_topic():
    text = (
        "令和9年度 介護認定支援システム導入業務 公募型プロポーザル 質問回答書\n"
        "No.2 現行システムを確認する機会を設けていただけないでしょうか。\n"
        "現行システムの帳票について、次のとおりオンライン説明会を開催します。参加は任意です。\n"
        "　日時：令和9年5月12日（水）午前10時から午前11時30分まで\n"
        "　方法：Web会議\n"
    )
    assert found(text) == [("other", "2027-05-12", "10:00", "datetime")]


def test_event_named_in_a_sentence_a_narrow_cell_wrapped_before_its_wo():
    text = (
        "令和9年度 窓口予約システム構築業務 公募型プロポーザル 質問回答書\n"
        "No.\n"
        "質問\n"
        "回答\n"
        "3\n"
        "現行システムの画面を確認\n"
        "する機会はありますか。\n"
        "参加表明書を提出した者を\n"
        "対象に、現行システムの画面確認会\n"
        "を次のとおり開催します。\n"
        "日時 令和9年6月3日（木）\n"
        "午後1時30分から午後3時まで\n"
        "会場 市役所本庁舎5階\n"
        "第2会議室\n"
    )
    assert found(text) == [("other", "2027-06-03", "13:30", "datetime")]
