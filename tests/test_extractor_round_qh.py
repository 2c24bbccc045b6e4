"""A notice run onto one line read as its lines read (round qh): each test a few lines written for its class."""

from tenders.extractor.relining import prose_breaks

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
