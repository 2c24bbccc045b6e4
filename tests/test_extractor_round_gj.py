"""Chat exports in one line (round gj): each test a few lines written for its class."""

from tests.extractor_found import found, one_line

# --- a chat export's post header after a blank line: its stamp and its speaker a line of their own ---------------

_CHATTER = (
    "資料は共有フォルダの案件別ディレクトリに置いておきます。ファイル名の付け方は前回の案件に合わせてください。\n"
    "体制表と実績一覧は先月版を流用して、担当者の異動だけ直せば使えると思います。よろしくお願いします。\n"
    "見積の前提条件は発注者の仕様書の記載どおりとし、不明な点は質問で確認してから積算に反映する方針でいきましょう。\n"
)


def test_a_stamped_post_header_ends_before_the_post_in_one_line():
    text = (
        "チャット: 【案件】川霧市 観光サイト改修\n"
        "\n"
        "[2027/03/02 09:10] 野口 直人\n"
        "川霧市の観光サイト改修のプロポーザル、本日公告です。\n"
        "・企画提案書の提出期限 3月26日(金) 17時\n"
        "\n"
        "[2027/03/02 09:31] 三宅 葵\n"
        "了解です。社内レビューは3/19にします。\n" + _CHATTER + "\n"
        "[2027/03/04 16:45] 野口 直人\n"
        "質問書はさきほどメールで出しました。\n" + _CHATTER
    )
    expected = ("submission", "2027-03-26", "17:00", "datetime")
    assert expected in found(text)
    assert expected in found(one_line(text))
    assert ("question", "2027-03-04", "16:45", "datetime") not in found(one_line(text))  # (the post's stamp: no step)


def test_a_speaker_before_the_stamp_heads_a_post_in_one_line():
    text = (
        "チャット名:【公共】灯台町 広報誌制作\n"
        "\n"
        "堀内 早苗 2027/05/10 10:05\n"
        "灯台町の広報誌制作、公告出ました。\n"
        "参加申込書:5月21日(金)17時まで\n" + _CHATTER + "\n"
        "今井 航 2027/05/12 15:20\n"
        "参加申込書、本日持参で提出しました。\n"
        "\n"
        "堀内 早苗 2027/05/13 09:02\n"
        "ありがとうございます!\n" + _CHATTER
    )
    expected = ("application", "2027-05-21", "17:00", "datetime")
    assert expected in found(text)
    assert expected in found(one_line(text))
    assert ("application", "2027-05-12", "15:20", "datetime") not in found(one_line(text))  # (the post's stamp: no step)
