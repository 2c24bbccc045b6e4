"""What the lead mended in stop 44 when a merged round read a held-out notice worse, each with an invented text."""

from tests.extractor_found import found, one_line

REVISED_CALL = """霧ヶ丘町観光案内業務委託 公募型プロポーザル実施要領（第２版）

改訂履歴
版｜日付｜内容
第１版｜令和９年４月１日｜初版
第２版｜令和９年４月１５日｜質問回答（同日公表）を踏まえ様式第３号を追加。これに伴い日程を変更（参加表明書の提出期限を４月２０日から４月２６日に延長ほか）。

１　日程
⑴　公告　令和９年４月１日（木）
⑵　参加表明書の提出期限　令和９年４月２６日（月）午後５時【変更】
⑶　企画提案書の提出期限　令和９年５月１４日（金）午後５時【変更】
"""


def test_a_revision_history_row_telling_of_an_answer_gives_no_answer_step():
    """Round mi read a cell that names its step before a bracket holding the date (「質問書の提出期限（6/18 24時）」) as
    that step's; a revision row's account is a sentence (「質問回答（同日公表）を踏まえ…を追加。…（…を4月20日から…に延長）」),
    and the date it moves from is no answer."""
    assert found(REVISED_CALL) == [
        ("published", "2027-04-01", None, "date"),
        ("application", "2027-04-26", "17:00", "datetime"),
        ("submission", "2027-05-14", "17:00", "datetime"),
    ]
    assert ("answer", "2027-04-20", None, "date") not in found(one_line(REVISED_CALL))
