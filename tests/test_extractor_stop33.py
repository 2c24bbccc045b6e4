"""Stop 33, mends made by the lead between rounds."""

import datetime as dt

from tests.extractor_found import steps


def test_a_change_notice_citing_its_calls_day_with_a_weekday_keeps_only_the_changed_step():
    text = (
        "国立大学法人北浜大学\n"
        "ホーム ＞ 調達・契約情報 ＞ 公募型プロポーザル ＞ 公告の一部変更について\n"
        "公告の一部変更について（学内ネットワーク更新業務）\n"
        "公開日：2026年9月4日\n"
        "2026年8月3日（月）付けで公告した「学内ネットワーク更新業務に係る公募型プロポーザル」について、"
        "下記のとおり公告の一部を変更します。\n"
        "記\n"
        "１ 変更内容\n"
        "（１）ヒアリングの実施日時\n"
        "（変更前）\n"
        "2026年9月24日（木）午前10時から\n"
        "（変更後）\n"
        "2026年10月1日（木）午後1時30分から\n"
        "２ 変更のない事項（参考）\n"
        "以下の日程は変更ありません。\n"
        "・参加表明書の提出期限　2026年8月28日（金）17:00（必着）（受付終了）\n"
        "・契約締結予定日　2026年10月30日（金）\n"
    )
    # the steps restated as unchanged are no milestones of the change
    assert steps(text) == [("hearing", dt.date(2026, 10, 1), dt.time(13, 30), "datetime")]
