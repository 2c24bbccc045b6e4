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


# --- a table laid out in columns (pdftotext -layout) whose row a page break cut, run onto one line ---------------

PAGED_TABLE = (
    "            青葉台市観光案内サイト改修業務 公募型プロポーザル実施要領\n"
    "\n"
    "4 日程\n"
    "  本プロポーザルは、次の日程により実施する。\n"
    "\n"
    "       項   目                       日   程                       備   考\n"
    "     実施要領等の公表              令和9年5月10日(月)            市ホームページに掲載\n"
    "\n"
    "     質問書の提出期限              令和9年5月17日(月)            電子メールに限る\n"
    "                                   午後5時まで                   (様式第3号)\n"
    "\n"
    "     質問に対する回答              令和9年5月21日(金)まで        市ホームページに掲載\n"
    "\n"
    "     参加表明書の提出期限          令和9年5月28日(金)            持参又は郵送\n"
    "\n"
    "\n"
    "                                      - 2 -\n"
    "\f青葉台市観光案内サイト改修業務 公募型プロポーザル実施要領\n"
    "\n"
    "       項   目                       日   程                       備   考\n"
    "                                   午後5時まで(必着)             (郵送は書留郵便に限る)\n"
    "\n"
    "     参加資格確認結果の通知        令和9年6月2日(水)             電子メールにより通知\n"
    "\n"
    "     企画提案書の提出期限          令和9年6月18日(金)            持参又は郵送\n"
    "                                   正午まで(必着)\n"
    "\n"
    "     プレゼンテーション審査        令和9年6月下旬(予定)          日時・場所は参加者に\n"
    "                                                                 別途通知する\n"
    "\n"
    "     審査結果の通知                令和9年7月上旬(予定)          電子メールにより通知\n"
)


def test_a_time_a_page_break_put_under_the_head_again_stays_with_its_row_in_one_line():
    for text in (PAGED_TABLE, one_line(PAGED_TABLE)):
        got = found(text)
        assert ("application", "2027-05-28", "17:00", "datetime") in got
        assert ("application", "2027-05-28", None, "date") not in got
        assert ("submission", "2027-06-18", "12:00", "datetime") in got


SPACED_HEAD_TABLE = (
    "2 入札参加資格\n"
    "  (1) 地方自治法施行令第167条の4の規定に該当しない者であること。\n"
    "\n"
    "3 入札手続等の日程\n"
    "\n"
    "      手   続                    日時・期間                     方法・場所\n"
    "\n"
    "      入札説明書等の交付          令和9年4月5日(月)から          市ホームページからダウン\n"
    "                                  令和9年4月23日(金)まで         ロード\n"
    "\n"
    "      仕様書に関する質問の        令和9年4月12日(月)             電子メールに限る（質問書\n"
    "      受付期限                    正午                           様式第2号）\n"
    "\n"
    "      入札書の提出期限            令和9年4月26日(月)             郵便入札\n"
    "                                  午後5時(必着)\n"
    "\n"
    "      開札                        令和9年4月28日(水)             市役所本庁舎3階\n"
    "                                  午前10時                       入札室\n"
    "\n"
    "4 入札方法等\n"
    "   入札書は、入札説明書に定める封筒に封入し、郵送により提出すること。\n"
)


def test_a_heads_name_spaced_out_still_heads_the_columns_in_one_line():
    got = found(one_line(SPACED_HEAD_TABLE))
    assert ("question", "2027-04-12", "12:00", "datetime") in got
    assert ("question", "2027-04-12", None, "date") not in got
