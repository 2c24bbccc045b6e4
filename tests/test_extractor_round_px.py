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


# --- a correction that restates the whole call, its reason naming the steps it moves (no marks in the text) ----

RESTATED = (
    "鶴見川水道組合公告第９号\n"
    "　令和９年８月２日付け公告第６号で公告した一般競争入札について、次のとおり訂正する。\n"
    "　令和９年８月１６日\n"
    "鶴見川水道組合\n"
    "１　訂正の理由\n"
    "　仕様書の一部に誤りがあったため、質問の受付期限及び入札書の提出期間を変更する。\n"
    "２　訂正の内容\n"
    "　公告第６号の本文を別記のとおりとする（下線部は訂正箇所）。\n"
    "（別記）訂正後の公告文\n"
    "３　入札参加資格確認申請\n"
    "（１）受付期間　令和９年８月２日（月）から令和９年８月１０日（火）午後５時まで\n"
    "（２）資格確認結果の通知　令和９年８月１３日（金）までに通知する。\n"
    "４　質問\n"
    "（１）質問の受付期限　令和９年８月２４日（火）午後５時\n"
    "５　入札書の提出\n"
    "（１）提出期間　令和９年８月３０日（月）午前９時から令和９年９月１日（水）正午まで\n"
)


def test_a_restated_call_keeps_only_the_steps_its_reason_names_as_changed():
    expected = [
        ("question", "2027-08-24", "17:00", "datetime"),
        ("submission", "2027-09-01", "12:00", "datetime"),
    ]
    assert found(RESTATED) == expected
    assert found(one_line(RESTATED)) == expected
