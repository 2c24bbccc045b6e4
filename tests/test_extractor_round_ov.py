"""Calls of issuers and procurement types met less often (round ov): each test a few lines written for its device."""

from tests.extractor_found import found, one_line


def _column(lines: list[str], width: int = 21) -> list[str]:
    """Each line cut every ``width`` characters, as a gazette's narrow column prints it (no regard for words)."""
    cut = []
    for line in lines:
        while len(line) > width:
            cut, line = [*cut, line[:width]], line[width:]
        cut.append(line)
    return cut


# --- a gazette's page: a narrow column of kanji numerals, an English summary beside it ------------------------------


_CALL = [
    "入札公告（一般競争入札）",
    "次のとおり一般競争入札に付します。",
    "令和九年六月四日",
    "分任支出負担行為担当官",
    "南河原税務署長　本田　修",
    "１　調達内容",
    "（１）購入等件名及び数量　南河原税務署庁舎清掃業務　一式",
    "（２）調達件名の特質等　入札説明書による。",
    "（３）履行期間　令和九年十月一日から令和十年九月三十日まで",
    "（４）履行場所　入札説明書による。",
    "（５）入札方法　落札決定に当たっては、入札書に記載された金額に当該金額の十パーセントに相当する額を加算した"
    "金額をもって落札価格とするので、入札者は、見積もった契約金額の百十分の百に相当する金額を入札書に記載すること。",
    "２　競争参加資格",
    "（１）予算決算及び会計令第七十条及び第七十一条の規定に該当しない者であること。",
    "（２）令和七・八・九年度財務省競争参加資格（全省庁統一資格）において「役務の提供等」のＡ、Ｂ又はＣの等級に"
    "格付けされている者であること。",
    "（３）財務省から指名停止の措置を受けている期間中の者でないこと。",
    "３　入札書の提出場所等",
    "（１）入札書の提出場所、契約条項を示す場所、入札説明書の交付場所及び問合せ先　〒〇〇〇—〇〇〇〇　"
    "南河原市中央三—四—五　南河原税務署総務課",
    "（２）入札説明書の交付期間及び方法　本公告の日から令和九年七月二十八日まで、上記３（１）の交付場所において交付する。",
    "（３）入札説明会の日時及び場所　令和九年六月十五日午前十時　南河原税務署二階会議室",
    "（４）入札説明書に関する質問の受付期限　令和九年六月二十五日午後五時",
    "（５）競争参加資格の確認のための書類の提出期限　令和九年七月九日午後五時",
    "（６）入札書の受領期限　令和九年七月二十八日午後五時",
    "（７）開札の日時及び場所　令和九年八月四日午前十一時　南河原税務署二階会議室",
    "４　その他",
    "（１）契約手続において使用する言語及び通貨　日本語及び日本国通貨。",
    "（２）入札保証金及び契約保証金　免除。",
    "（３）契約書作成の要否　要。",
    "（４）詳細は入札説明書による。",
    "５　Summary",
]
_SUMMARY = [
    "（１）Nature and quantity of the services to be required: Cleaning of the office building of Minamikawara Tax "
    "Office, 1 set",
    "（２）Time-limit for the submission of application forms and relevant documents for the qualification: 5:00 P.M. "
    "9 July, 2027",
    "（３）Time-limit for tender: 5:00 P.M. 28 July, 2027",
    "（４）Contact point for the notice: General Affairs Section, Minamikawara Tax Office, 3-4-5 Chuo, "
    "Minamikawara-shi 000-0000 Japan. TEL 000-0000-0000",
]
_NEXT_CALL = [
    "入札公告（一般競争入札）",
    "次のとおり一般競争入札に付します。",
    "令和九年六月四日",
    "分任支出負担行為担当官",
    "北峰刑務所長　佐伯　守",
    "１　調達内容",
    "（１）購入等件名及び数量　被収容者用副食　一式",
    "（２）納入期間　令和九年十月一日から令和十年三月三十一日まで",
    "（３）入札方法　入札金額は、一キログラム当たりの単価で行う。落札決定に当たっては、",
]
_TAIL_BEFORE = [
    "（７）Time-limit for tender: 5:00 P.M. 20 July, 2027",
    "（８）Contact point for the notice: Contract Section, Kitamine Customs, 2-2 Minato, Kitamine-shi 000-0000 Japan. "
    "TEL 000-0000-0000",
]
_STEPS = [
    ("published", "2027-06-04", None, "date"),  # the papers handed out from the notice's own day
    ("other", "2027-06-15", "10:00", "datetime"),
    ("question", "2027-06-25", "17:00", "datetime"),
    ("application", "2027-07-09", "17:00", "datetime"),
    ("submission", "2027-07-28", "17:00", "datetime"),
    ("other", "2027-08-04", "11:00", "datetime"),
]


def test_a_gazette_column_wrapped_at_its_width_beside_an_english_summary_set_unwrapped():
    # the Japanese column cut every 21 characters (「本公告の」 / 「日から…」, 「令和九年六」 / 「月十五日…」), the English
    # summary's items each one long line: the lines of English tell nothing of the column's width
    page = "\n".join(
        [
            "令和9年6月4日　金曜日　　　官　　　報　　　（号外政府調達第101号）",
            "",
            *_column(_CALL),
            *_SUMMARY,
            "",
            *_column(_NEXT_CALL),
        ]
    )
    assert found(page) == _STEPS
    assert found(one_line(page)) == _STEPS  # (the notice's date in kanji numerals after its preamble's 「。」: its own line)


def test_a_gazette_page_of_calls_opens_with_the_tail_of_the_notice_before():
    # the page starts with the last items of the summary of a notice on the page before (its tender deadline), then two
    # calls each under its title 「入札公告（一般競争入札）」 and 「次のとおり…」: what stands above the first is no step
    page = "\n".join(
        [
            "令和9年6月4日　金曜日　　　官　　　報　　　（号外政府調達第101号）",
            "",
            *_TAIL_BEFORE,
            "",
            *_column(_CALL),
            *_SUMMARY,
            "",
            *_column(_NEXT_CALL),
        ]
    )
    assert found(page) == _STEPS
    assert found(one_line(page)) == _STEPS
    unwrapped = "\n".join([*_TAIL_BEFORE, "", *_CALL, *_SUMMARY, "", *_NEXT_CALL])
    assert found(unwrapped) == _STEPS


def test_a_call_alone_keeps_what_stands_above_its_title():
    # one notice only (no page of several): the lines above its title are the page's, read as before
    text = "\n".join(
        ["公告日　令和9年6月4日", "質問の受付期限　令和9年6月25日（金）午後5時", "", *_CALL[:2], "詳細は入札説明書による。"]
    )
    assert ("question", "2027-06-25", "17:00", "datetime") in found(text)


# --- an era's name cut after its first letter ------------------------------------------------------------------------


def test_an_era_cut_after_its_first_letter_goes_on_with_the_year_on_the_next_line():
    text = "（１）質問の受付期限　令和九年六月二十五日午後五時\n（２）入札書の受領期限　令\n和九年七月二十八日午後五時\n"
    expected = [("question", "2027-06-25", "17:00", "datetime"), ("submission", "2027-07-28", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected  # (「令 和九年」: the break a space)
    text = "・参加申込書の提出期限：令\n和9年6月11日（金）17時\n・企画提案書の提出期限：令\n和9年7月2日（金）17時\n"
    expected = [("application", "2027-06-11", "17:00", "datetime"), ("submission", "2027-07-02", "17:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_the_window_from_the_notice_day_with_its_end_cut_inside_the_era():
    # 「本公告の日から令」 / 「和九年七月二十八日まで」: the window opens on the notice's day, not on its end
    text = (
        "入札公告\n次のとおり一般競争入札に付します。\n令和九年六月四日\n分任支出負担行為担当官\n南河原税務署長　本田　修\n"
        "（１）入札説明書の交付期間　本公告の日から令\n和九年七月二十八日まで\n"
        "（２）入札書の受領期限　令和九年七月二十八日午後五時\n"
    )
    assert found(text) == [("published", "2027-06-04", None, "date"), ("submission", "2027-07-28", "17:00", "datetime")]


# --- a page read as one line: sub-items 「㈠」, a numeral in kanji cut inside ----------------------------------------


_CHANGE = (
    "変　更　公　告\n"
    "令和九年九月一日付けで公告した一般競争入札（高速液体クロマトグラフ　一式）について、次のとおり公告の一部を変更する。\n"
    "　令和九年九月十三日\n"
    "国立大学法人汐入大学\n"
    "契約担当役　理事　三浦　敏行\n"
    "記\n"
    "一　変更の理由\n"
    "　　仕様書の一部を改めたため、入札参加者の検討期間を確保するものである。\n"
    "二　変更の内容\n"
    "㈠　入札説明書の交付期間\n"
    "　（変更前）令和九年九月一日から令和九年十月八日まで\n"
    "　（変更後）令和九年九月一日から令和九年十月十五日まで\n"
    "㈡　仕様書等に関する質問の受付期限\n"
    "　（変更前）令和九年九月十七日（金）午後五時\n"
    "　（変更後）令和九年九月二十四日（金）午後五時\n"
    "㈢　競争参加資格の確認結果の通知\n"
    "　（変更前）令和九年九月二十四日（金）までに書面により通知する。\n"
    "　（変更後）令和九年十月\n"
    "一日（金）までに書面により通知する。\n"
    "㈣　入札書の受領期限\n"
    "　（変更前）令和九年十月八日（金）午後五時\n"
    "　（変更後）令和九年十月十五日（金）午後五時\n"
    "三　その他\n"
    "㈠　本公告による変更以外の事項は、令和九年九月一日付け入札公告のとおりとする。\n"
    "㈡　問合せ先　国立大学法人汐入大学財務部契約課　電話　000-0000-0000\n"
)


def test_a_change_notice_read_as_one_line_keeps_its_bracketed_kanji_items_apart():
    # 「㈠」「㈡」 (one character each) open the items on a page read as one line, as 「（一）」 would (the result's
    # row no part of the papers' window above it); 「令和九年十月」 / 「一日」 cut inside the date
    expected = [
        ("question", "2027-09-24", "17:00", "datetime"),
        ("result", "2027-10-01", None, "date"),
        ("submission", "2027-10-15", "17:00", "datetime"),
    ]
    assert found(_CHANGE) == expected
    assert found(one_line(_CHANGE)) == expected


def test_a_kanji_numeral_cut_by_a_space_inside_a_date():
    text = "（３）入札書の受領期限　令和九年六月二十 八日（月）午後五時\n（４）開札の日時　令和九年七月一日（木）午前十 一時\n"
    assert found(text) == [
        ("submission", "2027-06-28", "17:00", "datetime"),
        ("other", "2027-07-01", "11:00", "datetime"),
    ]


def test_a_title_spaced_out_on_its_line_opens_a_notice_of_the_gazette_page():
    # 「入　札　公　告」 over 「次のとおり…」, then an award's notice: the tail of the notice on the page before (its
    # deadlines, 〔前頁より続く〕) stands above the call's title and is no step of it
    page = "\n".join(
        [
            "〔前頁より続く〕",
            "　⑸　入札書の受領期限　令和九年七月二十日十七時",
            "　⑹　開札の日時及び場所　令和九年七月二十一日十時　北峰税関会議室",
            "",
            "入　札　公　告",
            "　次のとおり一般競争入札に付します。",
            "　　令和九年六月四日",
            "　　　　　　南河原税務署長　本田　修",
            "　⑴　入札説明書の交付期間　本公告の日から令和九年七月二十八日まで",
            "　⑵　入札書の受領期限　令和九年七月二十八日十七時",
            "　⑶　開札の日時及び場所　令和九年八月四日十一時　南河原税務署二階会議室",
            "",
            "落札者等の公示",
            "　次のとおり落札者等について公示します。",
            "　　令和九年六月四日",
            "　　　　　　北峰刑務所長　佐伯　守",
            "１　落札者を決定した日　令和九年五月二十日",
        ]
    )
    assert found(page) == [
        ("published", "2027-06-04", None, "date"),
        ("submission", "2027-07-28", "17:00", "datetime"),
        ("other", "2027-08-04", "11:00", "datetime"),
    ]
