"""A notice run onto one line read as its lines read (round qh): each test a few lines written for its class."""

from tenders.extractor.relining import prose_breaks
from tests.extractor_found import found, one_line

# --- a portal page's heading behind a bracketed stamp ----------------------------------------------------------


def test_a_stamped_heading_about_a_step_is_a_line_of_its_own_on_one_line():
    line = (
        "ホーム > 入札・契約  【9月2日追記】延期後のプレゼンテーション審査の日程について 8月26日にお知らせしたとおり延期"
        "していたプレゼンテーション審査について、日程が決まりましたのでお知らせします。  1　日時 令和8年9月16日(水曜日)午前10時から"
    )
    heading = line.index("【")
    sentence = line.index(" 8月26日")
    assert {heading, sentence} <= set(prose_breaks(line, []))
    # (a heading without a stamp: 24 characters before its 「について」 at most, as before)
    assert prose_breaks("案内  見積依頼の手続について 下記のとおり", []) == [4, 15]
    assert prose_breaks("案内  市民会館運営業務委託に係る公募型プロポーザルの実施について 下記のとおり", []) == []


# --- a change's old value keyed 「当初」 -------------------------------------------------------------------------


def test_the_old_day_keyed_as_first_planned_is_no_step_of_a_change_on_one_line():
    text = (
        "現地説明会の延期について（お知らせ）\n"
        "  先に募集を開始した指定管理者の募集について、台風の接近が見込まれることから、現地説明会を下記のとおり延期します。\n"
        "記\n"
        "１  延期する説明会\n"
        "    市営住宅指定管理者募集 現地説明会\n"
        "    当初日程  令和７年９月５日（金）午前10時から\n"
        "\n"
        "２  延期後の日程\n"
        "    現地説明会  令和７年９月17日（水）午前10時から正午まで\n"
        "    集合場所  市営東団地 集会所（東町三丁目８番）\n"
        "\n"
        "３  説明会の参加申込期限\n"
        "    延期前  令和７年９月３日（水）午後５時     延期後  令和７年９月15日（月）午後５時\n"
        "\n"
        "４  その他\n"
        "    既に参加申込書を提出された団体は、改めて提出する必要はありません。\n"
        "    延期後の日程に参加できない場合は、その旨を電子メールで御連絡ください。\n"
        "【問い合わせ先】\n"
        "    市建設部住宅課 管理係  電話  000-0000-0000  電子メール jutaku@example.jp\n"
    )
    assert ("other", "2025-09-05", "10:00", "datetime") not in found(text)
    assert ("other", "2025-09-05", "10:00", "datetime") not in found(one_line(text))
    assert ("other", "2025-09-17", "10:00", "datetime") in found(one_line(text))
