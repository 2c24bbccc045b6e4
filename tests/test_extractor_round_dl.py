"""Forms met now and then around a call (round dl): a task board's export, a chat or a spoken memo that reports the
day of the call's notice."""

from tests.extractor_found import found

# --- a task board's export ---------------------------------------------------------------------------------


def test_a_board_cards_due_column_is_the_teams_own_day():
    text = (
        '"リスト","カード名","説明","期限","担当"\n'
        '"対応中","技術提案書作成","提出期限:2026年11月20日(金)午後5時(必着)\n正本1部・副本5部","2026-11-16","山本"\n'
        '"完了","質問の準備","質問受付:2026年11月6日(金)正午まで(電子メール)","2026-11-04","佐々木"\n'
        '"完了","公告確認","公告日:2026年10月26日(月)","2026-10-27","佐々木"\n'
    )
    days = [day for _, day, _, _ in found(text)]
    assert "2026-11-16" not in days and "2026-11-04" not in days and "2026-10-27" not in days
    assert ("submission", "2026-11-20", "17:00", "datetime") in found(text)


# --- the day of the call's notice, as a chat reports it ----------------------------------------------------


def test_a_day_the_notice_is_dated_with_is_its_publication():
    text = "北浜町の観光案内看板設置業務、2026年6月3日付けで公告が出てました!\n質問は6月10日(水)17時まで。\n"
    assert found(text)[0] == ("published", "2026-06-03", None, "date")
    text = "公告は令和8年6月3日付けで、\n質問は6月10日(水)17時まで。\n"
    assert found(text)[0] == ("published", "2026-06-03", None, "date")
