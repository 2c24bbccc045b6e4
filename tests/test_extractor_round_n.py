"""Dates that are no steps of the call, corrections written as (誤)/(正) pairs, and kinds a row's or item's own
paper decides (round n): each test a few lines written for its class."""

from tests.extractor_found import found, kinds

# --- dates that are no steps of the call --------------------------------------------------------------------


def test_the_councils_sessions_are_no_step():
    text = (
        "令和9年度 清掃工場長寿命化計画策定業務 公募型プロポーザル\n"
        "(1) 参加表明書の提出期限 令和9年7月14日(水)午後5時\n"
        "(2) 組合議会の定例会は、例年10月及び2月に開催している。\n"
    )
    assert found(text) == [("application", "2027-07-14", "17:00", "datetime")]
    text = "1 日程\n・企画提案書の提出期限 令和8年8月3日(月)正午\n・市議会定例会 令和8年9月上旬開会予定\n"
    assert kinds(text) == ["submission"]
    text = "(1) 参加申込書の提出期限 令和8年8月3日(月)正午\n(2) 村議会の臨時会は、令和8年11月中旬に開会される予定です。\n"
    assert kinds(text) == ["application"]


def test_what_the_council_decides_in_a_session_is_still_a_step():
    text = "指定管理者候補者の選定 令和8年10月下旬\n指定の議決(市議会12月定例会) 令和8年12月\n"
    assert kinds(text) == ["result", "other"]


def test_a_closure_given_as_a_sentence_is_no_step():
    text = (
        "｜令和10年5月12日(金)　｜企画提案書の提出締切　　｜午後5時必着\n"
        "※5月3日(水・祝)から5月5日(金・祝)までは、当館事務室が閉室のため、持参による提出はできません。\n"
    )
    assert found(text) == [("submission", "2028-05-12", "17:00", "datetime")]
    text = (
        "企画提案書の提出期限 令和10年3月3日(金)午後5時15分\n"
        "3　令和10年2月29日（火曜）は庁舎の電気設備法定点検のため、午後は町役場での書類の受付を行わない。\n"
    )
    assert found(text) == [("submission", "2028-03-03", "17:15", "datetime")]
    text = (
        "参加申込書の提出期限 令和9年6月18日(金)正午\n"
        "なお、6月12日(土)は、システムメンテナンスのため、電子メールによる提出はできません。\n"
    )
    assert kinds(text) == ["application"]


def test_a_deadline_followed_by_what_is_refused_after_it_is_still_a_step():
    text = "(3) 企画提案書は、令和9年6月19日(土)午後5時までに提出すること。期限後の提出はできません。\n"
    assert found(text) == [("submission", "2027-06-19", "17:00", "datetime")]
