"""Notices of a change to a call the extractor read as calls (round fe): each test a few lines written for its case, as
written and, where it applies, run onto one line."""

from tests.extractor_found import found, one_line

# --- a heading of a change with a tag before it and the day it was posted after it ------------------------------------

_TAGGED_HEADING = (
    "ホーム > 事業者向け情報 > 入札・契約 > 公募型プロポーザル\n"
    "白鷺町図書館システム更新業務委託に係る公募型プロポーザルの実施について\n"
    "ページ番号 2044107　更新日：2027年6月11日\n"
    "【重要】二次審査（プレゼンテーション審査）の日程変更のお知らせ（2027年6月11日掲載）\n"
    "\n"
    "スケジュール\n"
    "・実施要領の公表　令和9年5月20日（木）\n"
    "・参加申込書の提出期限　令和9年6月3日（木）午後5時\n"
    "・プレゼンテーション審査　令和9年7月8日（木）（変更前：令和9年7月1日（木））\n"
)


def test_a_heading_of_a_change_tagged_and_dated_names_the_notice_a_change_of_its_call():
    # (「【重要】…の日程変更のお知らせ（…掲載）」: the heading of a change; only the moved step counts)
    assert found(_TAGGED_HEADING) == [("hearing", "2027-07-08", None, "date")]


_TAGGED_LETTER = (
    "汐風市文化財団第58号\n"
    "令和9年10月4日\n"
    "\n"
    "企画提案募集に参加を申し込まれた事業者　各位\n"
    "\n"
    "公益財団法人汐風市文化財団\n"
    "理事長　森田　和也\n"
    "（公印省略）\n"
    "\n"
    "汐風市民ホール開館記念事業企画運営業務委託に係る企画提案書の提出期限の延長について（お知らせ）\n"
    "\n"
    "　日頃より当財団の事業運営に御理解と御協力を賜り、厚く御礼申し上げます。\n"
    "　現在募集している標記業務の企画提案について、台風の影響により郵便物の配達に遅延が生じているため、"
    "提出期限を下記のとおり延長いたします。\n"
    "\n"
    "記\n"
    "\n"
    "1　延長する期限\n"
    "　企画提案書の提出期限　令和9年10月15日（金）午後5時　→　令和9年10月22日（金）午後5時\n"
    "\n"
    "2　変更のない日程\n"
    "　（1）参加申込書の提出　令和9年10月8日（金）午後5時\n"
    "　（2）審査結果の通知　令和9年11月上旬（予定）\n"
    "\n"
    "3　提出方法\n"
    "　持参の場合の受付時間は、平日の午前9時から午後5時までとします。\n"
)


def test_a_heading_of_a_change_with_an_aside_after_it_names_the_notice_a_change():
    # (「…の延長について（お知らせ）」, longer than a title: the heading of a change, its aside after it; as written and
    # run onto one line, only the moved deadline counts)
    assert found(_TAGGED_LETTER) == [("submission", "2027-10-22", "17:00", "datetime")]
    assert found(one_line(_TAGGED_LETTER)) == [("submission", "2027-10-22", "17:00", "datetime")]


# --- an item's heading whose bracket says the steps under it stand ----------------------------------------------------

_UNCHANGED_ITEM = (
    "霧野町公告第31号\n"
    "\n"
    "入札日程の変更について\n"
    "\n"
    "令和9年8月2日付け霧野町公告第28号で公告した「霧野町浄水場監視装置更新業務」に係る一般競争入札について、日程の一部を次のとおり変更するので公告する。\n"
    "\n"
    "令和9年8月9日\n"
    "\n"
    "霧野町長　瀬川　守\n"
    "\n"
    "1 日程の変更\n"
    "　(1) 入札参加資格確認申請書の提出期限\n"
    "　　変更前\n"
    "　　　令和9年8月13日（金）午後5時まで\n"
    "　　変更後\n"
    "　　　令和9年8月20日（金）午後5時まで\n"
    "　(2) 入札書の提出期限及び開札日時（変更なし）\n"
    "　　入札書の提出期限　令和9年9月2日（木）午後5時まで\n"
    "　　開札日時　　　　　令和9年9月3日（金）午前10時\n"
)


def test_the_steps_under_an_item_heading_marked_unchanged_are_restated():
    # (「(2) 入札書の提出期限及び開札日時（変更なし）」: the rows under it stand as the call gave them)
    assert found(_UNCHANGED_ITEM) == [("application", "2027-08-20", "17:00", "datetime")]


_RESTATED_FROM_CALL = (
    "令和9年6月11日\n"
    "\n"
    "青葉市観光サイト改修業務委託に係る公募型プロポーザル\n"
    "質問に対する回答書\n"
    "\n"
    "令和9年5月28日付けで公告した標記プロポーザルについて、次のとおり回答します。\n"
    "\n"
    "1　スケジュール（実施要領 第5 の再掲）\n"
    "　(1) 質問受付期限　　　　　　令和9年6月7日（月）午後5時\n"
    "　(2) 参加申込書の提出期限　　令和9年6月16日（水）午後5時\n"
    "　(3) プレゼンテーション審査　令和9年7月9日（金）\n"
    "\n"
    "2　質問及び回答\n"
    "No.1\n"
    "　質問　企画提案書の提出期限を延長していただけないでしょうか。\n"
    "　回答　企画提案書の提出期限を令和9年6月30日（水）午後5時に延長します。\n"
)


def test_a_schedule_restated_from_the_call_in_an_answer_to_questions_is_no_milestone():
    # (「1 スケジュール（実施要領 第5 の再掲）」: the call's schedule restated; only the deadline moved counts)
    assert found(_RESTATED_FROM_CALL) == [("submission", "2027-06-30", "17:00", "datetime")]


# --- an English addendum or corrigendum: a change notice though no Japanese word of a change stands in it --------------

_ADDENDUM = (
    "ASAGIRI CITY TOURISM ASSOCIATION\n"
    "\n"
    "ADDENDUM NO. 1\n"
    "to Request for Proposals No. ACTA-2027-05\n"
    "Multilingual Visitor Guide Production\n"
    "\n"
    "Date of this Addendum: July 5, 2027\n"
    "\n"
    "The schedule in Section 4 of the RFP is replaced by the following.\n"
    "\n"
    "| Event | Original Date | Revised Date | Status |\n"
    "|---|---|---|---|\n"
    "| Deadline for written questions | June 25, 2027 (Fri), 5:00 PM | – | Completed |\n"
    "| Site visit | – | July 9, 2027 (Fri) | NEW |\n"
    "| Proposals due | July 16, 2027 (Fri), 4:00 PM | July 23, 2027 (Fri), 4:00 PM | CHANGED |\n"
    "| Notice of award | Early August 2027 | Early August 2027 | No change |\n"
)


def test_an_english_addendum_keeps_only_the_steps_it_creates_or_moves():
    # (「ADDENDUM NO. 1」: a change of the RFP; 「| NEW |」 in the status cell marks a step it creates)
    expected = [("other", "2027-07-09", None, "date"), ("submission", "2027-07-23", "16:00", "datetime")]
    assert found(_ADDENDUM) == expected
    assert found(one_line(_ADDENDUM)) == expected


_CORRIGENDUM_SENTENCES = (
    "CORRIGENDUM No. 2\n"
    "to the Invitation to Bid for Library Shelving\n"
    "\n"
    "| Item | Before correction | After correction |\n"
    "|---|---|---|\n"
    "| Time-limit for tender | 24 May 2027, 5:00 p.m. | 31 May 2027, 5:00 p.m. |\n"
    "\n"
    "Questions on the corrected drawings may be sent until 20 May 2027, 5:00 p.m. Other conditions remain unchanged.\n"
)


def test_an_english_sentence_says_unchanged_only_of_its_own_subject():
    # (「Other conditions remain unchanged.」 after the sentence of a new step's day, on its line: not said of that day)
    assert found(_CORRIGENDUM_SENTENCES) == [
        ("question", "2027-05-20", "17:00", "datetime"),
        ("submission", "2027-05-31", "17:00", "datetime"),
    ]
