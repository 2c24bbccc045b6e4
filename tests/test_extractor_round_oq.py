"""A separate change notice has no publication of its own (round oq): the call's 公告日 a portal's record restates is the
call's, told by what makes the text a change notice (the head of the change notice attached below a portal's record,
citing the call's day; a field of the change notice's own day)."""

from tests.extractor_found import found


def kinds_found(text: str) -> set[str]:
    return {kind for kind, *_ in found(text)}


# --- a portal's record of a call with its change notice attached below it -----------------------------------------


def test_a_portal_record_with_its_change_notice_attached_keeps_no_publication():
    record = (
        "入札情報サービス\n"
        "案件詳細\n"
        "※本案件は公告内容が変更されています。\n"
        "案件名称\t東浜地区排水路改修工事\n"
        "公告日\t2027/05/10\n"
        "添付\t変更公告（第1号）.pdf\n"
        "■日程\n"
        "質問書受付締切日時\t2027/05/31 17:00\t★\n"
        "開札予定日時\t2027/06/10 10:00\t★\n"
        "――――――――――――\n"
        "【添付】変更公告（第1号）\n"
    )
    for cited in (
        "令和9年5月10日付けで公告した一般競争入札について、公告の一部を次のとおり変更する。\n",
        "令和９年５月１０日付け東浜町公告第８号で公告した条件付一般競争入札について、次のとおり訂正する。\n",
    ):
        text = (
            record
            + cited
            + (
                "（１）質問書の提出期限\n"
                "　変更前　令和9年5月24日（月）午後5時\n"
                "　変更後　令和9年5月31日（月）午後5時\n"
                "（２）開札の日時\n"
                "　変更前　令和9年6月3日（木）午前10時\n"
                "　変更後　令和9年6月10日（木）午前10時\n"
            )
        )
        assert "published" not in kinds_found(text)
        assert ("question", "2027-05-31", "17:00", "datetime") in found(text)


# --- the change's own day in a field of the record ------------------------------------------------------------


def test_a_field_of_the_change_day_dates_the_change_and_not_the_call():
    for field in ("変更公告日\t令和09年06月18日", "訂正公告日：2027年6月18日", "修正公示日　令和9年6月18日"):
        text = (
            "調達案件情報（変更公告）\n"
            "調達案件名称\t港北地区護岸補修工事\n"
            "公告日\t令和09年06月01日\n"
            f"{field}\n"
            "■変更内容\n"
            "項目名\t変更前\t変更後\n"
            "入札書受付締切日時\t令和09年06月22日 17時00分\t令和09年06月29日 17時00分\n"
            "開札予定日時\t令和09年06月24日 10時00分\t令和09年07月01日 10時00分\n"
        )
        assert "published" not in kinds_found(text), field
        assert ("submission", "2027-06-29", "17:00", "datetime") in found(text)
