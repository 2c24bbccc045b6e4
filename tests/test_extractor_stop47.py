"""Stop 47: the lead's mends after merging, each with invented texts as its test."""

from tests.extractor_found import found

# A schedule change whose closing words name steps as the first of the others that stand (「…（…）をはじめ、…その他の
# 日程に変更はありません」): those steps stand too, so the change notice proposes only the step it moves.
POSTPONED_BRIEFING = """件名：【日程変更】朝霧市観光案内アプリ構築業務 公募型プロポーザル説明会の延期について

参加を申し込まれた事業者各位

朝霧市観光交流課です。降雪の予報のため、説明会の日程を次のとおり変更します。

■ 説明会の日時
　変更前　2028年1月12日(水) 14:00～15:00
　変更後　2028年1月19日(水) 14:00～15:00
■ 会場（変更なし）
　朝霧市役所 本庁舎4階 第2会議室

なお、質問の受付期限（1月14日(金)17:00）、企画提案書の提出期限（2028年2月4日(金)17:00必着）をはじめ、募集要項に記載のその他の日程に変更はありません。

朝霧市 観光交流課 担当 山田（電話 000-0000-0000 / kanko@example.jp）
"""

MOVED_SITE_VISIT = """令和10年1月7日

波見町 地域交通計画策定支援業務 公募型プロポーザル 現地見学会の日程変更について

波見町総務課

現地見学会の日程を下記のとおり変更しますのでお知らせします。

記
1 変更する事項　現地見学会の実施日
　変更前　令和10年1月18日（火）午前10時
　変更後　令和10年1月25日（火）午前10時
2 その他
　参加表明書の提出期限（令和10年1月28日（金）正午）を含め、実施要領に定めるその他の日程に変更はありません。
"""


def test_steps_named_first_among_the_others_that_stand_are_not_proposed():
    assert found(POSTPONED_BRIEFING) == [("other", "2028-01-19", "14:00", "datetime")]


def test_steps_included_among_the_others_that_stand_are_not_proposed():
    assert found(MOVED_SITE_VISIT) == [("other", "2028-01-25", "10:00", "datetime")]
