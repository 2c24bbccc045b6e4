"""Change notices (round px): a cancellation told in a letter's title under its head, a correction restating the
whole call whose reason names the steps it moves, a team channel's pasted change table, a meeting update quoting
the old one, a town's news of a postponement told in prose."""

from tests.extractor_found import found, one_line

# --- a letter that calls the whole call off, its title under its number, date, addressees and sender ----------


def test_a_letter_titled_as_the_calls_cancellation_has_no_milestones():
    text = (
        "潮見機構第８８号\n"
        "令和９年３月２日\n"
        "\n"
        "「潮見港資料調査業務」\n"
        "参加表明書提出者　各位\n"
        "\n"
        "独立行政法人潮見港湾史研究機構\n"
        "契約担当役　理事　森本　一郎\n"
        "\n"
        "公募型プロポーザルの中止について（通知）\n"
        "\n"
        "　令和９年２月１日付けで公示したプロポーザルについて、本日をもって手続を中止します。\n"
        "手続\t当初の日程\t状況\n"
        "企画提案書の提出期限\t令和９年３月１０日（水）正午\t中止\n"
        "ヒアリング\t令和９年３月１７日（水）\t中止\n"
        "提出書類の返却の申出は、令和９年３月９日（火）までにお申し出ください。\n"
    )
    assert found(text) == []
    assert found(one_line(text)) == []
