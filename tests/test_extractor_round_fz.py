"""Times that stand apart from their day's row (round fz): each test a short notice written for its class."""

from tests.extractor_found import found, one_line

# --- a web page's section heading, then its key of the day, run onto one line ------------------------------

SECTIONED_PAGE = (
    "白浪市立青少年の家 指定管理者の募集について\n"
    "\n"
    "　白浪市では、白浪市立青少年の家の管理運営を行う指定管理者を募集します。応募を希望する団体は、募集要項をよく"
    "お読みのうえ、必要書類を提出してください。指定期間は令和10年4月1日から5年間です。\n"
    "\n"
    "募集日程\n"
    "項目\t日程\n"
    "募集要項の配布\t令和9年6月1日（火曜日）から\n"
    "施設見学会\t令和9年6月15日（火曜日）\n"
    "申請書類の受付\t令和9年7月12日（月曜日）～7月16日（金曜日）\n"
    "選定結果の通知\t令和9年9月中旬\n"
    "\n"
    "募集要項の配布\n"
    "\n"
    "　募集要項及び様式は、このページからダウンロードできます。市役所本庁舎3階の生涯学習課窓口でも配布します。\n"
    "\n"
    "施設見学会\n"
    "\n"
    "　日時：6月15日（火曜日）午後1時30分から午後3時まで\n"
    "　集合場所：白浪市立青少年の家 1階 ロビー（駐車場 20台）\n"
    "\n"
    "申請書類の受付\n"
    "\n"
    "　受付期間：7月12日（月曜日）から7月16日（金曜日）午後5時まで\n"
    "　提出方法：生涯学習課の窓口へ持参してください。\n"
    "\n"
    "ダウンロード\n"
    "\n"
    "募集要項（PDF：512KB）\n"
    "様式集（Word：80KB）\n"
    "施設の利用状況 令和6年度 令和7年度（Excel：35KB）\n"
    "\n"
    "お問い合わせ\n"
    "\n"
    "白浪市 教育委員会 生涯学習課 青少年係\n"
    "電話：000-000-0000 ファクス：000-000-0001\n"
)


def test_a_sections_key_of_the_day_gives_its_heading_the_time_in_one_line():
    for text in (SECTIONED_PAGE, one_line(SECTIONED_PAGE)):
        got = found(text)
        assert ("other", "2027-06-15", "13:30", "datetime") in got
        assert ("other", "2027-06-15", None, "date") not in got
        assert ("submission", "2027-07-16", "17:00", "datetime") in got
