"""A cancellation read as one line (round fl): the notice's heading, its mail's subject or its page's title run into
the words after it once its line breaks are spaces, still tells that the whole call is withdrawn."""

from tests.extractor_found import found, one_line


def test_a_cancelled_call_s_heading_run_into_its_first_sentence():
    text = (
        "ホーム ＞ 事業者向け情報 ＞ 入札・契約\n"
        "\n"
        "【中止】架空市図書館予約システム更新業務委託公募型プロポーザルの中止について\n"
        "\n"
        "　令和9年4月5日（月）付けで公告しました「架空市図書館予約システム更新業務委託公募型プロポーザル」について、"
        "仕様を見直すため手続を中止します。\n"
        "\n"
        "１　中止前の日程\n"
        "　　質問の受付期限　　令和9年4月12日（月）午後5時\n"
        "　　企画提案書の提出期限　　令和9年4月26日（月）正午\n"
        "　　プレゼンテーション審査　　令和9年5月10日（月）\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []


def test_a_cancelled_call_s_heading_with_its_page_s_date_after_it():
    text = (
        "架空町観光パンフレット作成業務委託に係る公募型プロポーザルの中止について\n"
        "\n"
        "更新日：2027年6月2日\n"
        "\n"
        "　令和9年5月20日（木曜日）に公告しました標記プロポーザルにつきまして、予算の見直しに伴い手続を中止することとしました。\n"
        "　当初お示ししていた次の日程は、すべて取り消します。\n"
        "・参加表明書の提出期限　令和9年6月4日（金曜日）午後5時\n"
        "・企画提案書の提出期限　令和9年6月18日（金曜日）午後5時\n"
        "・審査結果の通知　令和9年7月上旬\n"
    )
    assert found(one_line(text)) == []


def test_a_page_s_title_after_its_menus_and_before_its_date():
    text = (
        "本文へ\n"
        "架空町 Kaku Town\n"
        "くらしの情報 観光・イベント 町政情報 事業者向け情報\n"
        "ホーム > 事業者向け情報 > 入札・契約 > 入札公告 > 入札の中止について（架空町民体育館屋根改修工事）\n"
        "入札の中止について（架空町民体育館屋根改修工事）\n"
        "最終更新日：2026年9月14日\n"
        "架空町公告第31号\n"
        "令和8年9月1日付け架空町公告第27号で公告した次の工事の入札は、中止する。\n"
        "1 中止前の日程（参考）\n"
        "(1) 入札参加資格確認申請書の提出期限 令和8年9月15日(火)午後5時\n"
        "(2) 入札書の提出期限 令和8年9月29日(火)午後5時\n"
        "(3) 開札日時 令和8年9月30日(水)午前10時\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []


def test_a_mail_s_subject_cut_from_its_field_name():
    text = (
        "From: 架空地域電力 総務部 <bid@example.jp>\n"
        "To: bid@example.jp\n"
        "Bcc: 参加申込事業者各位\n"
        "Date: Mon, 7 Jun 2027 10:00:00 +0900\n"
        "Subject:\n"
        "【重要】「庁舎LED化業務委託」公募型プロポーザルの中止について\n"
        "\n"
        "参加申込事業者 各位\n"
        "\n"
        "令和9年5月24日に公告いたしました「庁舎LED化業務委託」公募型プロポーザルにつきまして、本日付けで手続を中止いたします。\n"
        "\n"
        "■当初スケジュール\n"
        "・企画提案書提出期限　令和9年6月21日（月）17時\n"
        "・プレゼンテーション　令和9年6月28日（月）\n"
        "・結果通知　令和9年7月5日（月）\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []


def test_a_call_withdrawn_and_made_again_is_a_call():
    text = (
        "架空市庁舎清掃業務委託の一般競争入札の中止及び再公告について\n"
        "\n"
        "更新日：2027年2月1日\n"
        "\n"
        "令和9年1月10日付けで公告した標記入札は中止し、次のとおり再度公告します。\n"
        "\n"
        "1 入札参加申請書の提出期限 令和9年2月15日(月)午後5時\n"
        "2 入札書の提出期限 令和9年2月26日(金)午後5時\n"
    )
    assert [kind for kind, *_ in found(one_line(text))][-2:] == ["application", "submission"]
    # (the heading withdrawn alone, the run-on reading of it still tells the call withdrawn)
    withdrawn = text.replace("の中止及び再公告について", "の中止について").replace("し、次のとおり再度公告します", "します")
    assert found(one_line(withdrawn)) == []
