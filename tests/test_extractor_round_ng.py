"""Round ng: change notices, whole call documents and English documents run onto one line (a PDF's text layer, a
portal page copied) read as they read as written. A table of the dates before and after a change spaced into columns,
with a rule under its head, a step's name wrapped under its words past the item's mark and a period's end wrapped
under its column; a box table drawn with a bold frame and thin inner rules (「┏━┯━┓」「┠─┼─┨」); a PDF's footer
counting its pages (「2 / 5」「Page 3 of 5」) with the file's name, over the next page's running header; a PDF's text
layer writing 日, 月 and 入 as their Kangxi radicals, and a table read column after column under a title with a note
(「手続の日程（参考）」) or heads spaced out a letter a cell (「項 目 日 時」). Each test a few lines written for its
device (none copied from the development set)."""

from tests.extractor_found import found, one_line


def both(text: str) -> list[tuple]:
    as_written = found(text)
    assert found(one_line(text)) == as_written
    return as_written


SPACED_CHANGE = (
    "          入札公告の一部変更について\n"
    "\n"
    "  令和９年２月１日付けで公告した入札について、次のとおり変更する。\n"
    "\n"
    "    項目                          変更前                          変更後\n"
    "  ──────────────────────────────────────────────────────────\n"
    "    (1) 設計図書に対す            令和９年２月15日（月）          令和９年２月22日（月）\n"
    "        る質問の受付期限          午後４時                        午後４時\n"
    "\n"
    "    (2) 入札参加申請書            令和９年２月19日（金）          令和９年２月26日（金）\n"
    "        の提出期限                正午                            正午\n"
    "\n"
    "    (3) 入札書の受付期間          令和９年３月１日（月）午前９時  令和９年３月８日（月）午前９時\n"
    "                                  から令和９年３月３日（水）午    から令和９年３月10日（水）午\n"
    "                                  後３時まで                      後３時まで\n"
    "\n"
    "    (4) 開札の日時                令和９年３月４日（木）午前11時  令和９年３月11日（木）午前11時\n"
    "  ──────────────────────────────────────────────────────────\n"
)


def test_a_spaced_change_table_run_onto_one_line_reads_its_rows():
    expected = [
        ("question", "2027-02-22", "16:00", "datetime"),
        ("application", "2027-02-26", "12:00", "datetime"),
        ("submission", "2027-03-10", "15:00", "datetime"),
        ("other", "2027-03-11", "11:00", "datetime"),
    ]
    assert [step for step in found(SPACED_CHANGE) if step[1] in {s[1] for s in expected}] == expected
    assert found(one_line(SPACED_CHANGE)) == found(SPACED_CHANGE)


BOLD_BOX = (
    "○○市立図書館 指定管理者募集要項 正誤表\n"
    "\n"
    "┏━━━━━━━━┯━━━━━━━━━━━━━━┯━━━━━━━━━━━━━━┓\n"
    "┃箇所            │誤                          │正                          ┃\n"
    "┠────────┼──────────────┼──────────────┨\n"
    "┃説明会の申込期限│令和９年５月10日（月）      │令和９年５月12日（水）      ┃\n"
    "┃                │午後３時まで                │午後３時まで                ┃\n"
    "┠────────┼──────────────┼──────────────┨\n"
    "┃質問の受付期限  │令和９年５月20日（木）      │令和９年５月24日（月）      ┃\n"
    "┃                │午後５時まで                │午後５時まで                ┃\n"
    "┗━━━━━━━━┷━━━━━━━━━━━━━━┷━━━━━━━━━━━━━━┛\n"
)


def test_a_box_table_with_a_bold_frame_run_onto_one_line_reads_its_rows():
    assert both(BOLD_BOX) == [
        ("other", "2027-05-12", "15:00", "datetime"),
        ("question", "2027-05-24", "17:00", "datetime"),
    ]


_PROSE = (
    "本業務の受託者は、業務の実施に当たり関係法令を遵守し、発注者の指示に従って誠実に業務を行うこと。業務上知り得た\n"
    "秘密を他に漏らしてはならない。業務の全部又は主要な部分を第三者に委託してはならない。成果品の著作権は発注者に\n"
    "帰属するものとし、受託者は著作者人格権を行使しないものとする。\n"
)


def _pdf(pages: list[str], name: str, header: str, counter: str) -> str:
    """Pages of a PDF's text layer: each page's footer its counter and the file's name, the next page's running header
    atop it, a form feed between."""
    out = []
    for number, page in enumerate(pages, 1):
        top = "" if number == 1 else header + "\n"
        out.append(top + page + _PROSE + counter.format(page=number, pages=len(pages)) + "\n" + name + "\n")
    return "\f".join(out)


PAGES = [
    "公募型プロポーザル実施要領\n"
    "1 業務名 港湾緑地再整備基本計画策定業務\n"
    "2 履行期間 契約締結日から令和10年3月17日まで\n"
    "3 参加表明書の提出\n"
    "(1) 提出期限 令和9年7月9日(金)午後5時\n"
    "(2) 提出方法 持参又は郵送とする。郵送の場合は書留郵便等の配達の記録が残る方法に限り、提出期限までに必着とす\n"
    "る。電子メール及びファクシミリによる提出は受け付けない。参加表明書の様式は市のホームページから入手すること。\n"
    "(3) 参加資格を満たさない者が提出した参加表明書は無効とし、その旨を提出者に書面で通知する。\n"
    "4 企画提案書に関するプレゼンテーション\n",
    "企画提案書の内容について、配置予定の管理技術者が説明すること。\n"
    "(1) 実施日 令和9年8月4日(水)\n"
    "(2) 時刻及び場所は参加者に個別に通知する。説明の時間は1者あたり30分（説明20分、質疑10分）とし、説明に用いる\n"
    "資料は提出した企画提案書に限る。追加の資料の配布及びパソコンによる画面の投影は認めない。\n"
    "(3) 配置予定の管理技術者が出席しない場合は、企画提案書を無効とする。\n"
    "5 審査結果の通知\n"
    "審査の結果は令和9年8月20日(金)までに書面で通知する。\n",
    "6 その他\n"
    "(1) 提出書類の作成に係る費用は提出者の負担とする。\n"
    "(2) 提出された書類は返却しない。提出書類は審査以外の目的に無断で使用しない。ただし、情報公開条例に基づく開示\n"
    "請求があった場合は、同条例の定めるところにより開示することがある。\n"
    "(3) 本要領に定めのない事項は、発注者と協議のうえ決定する。協議の内容は書面に記録し、双方で確認する。\n"
    "(4) 契約の締結に当たっては、別に定める契約書案によるものとし、その内容について協議に応じる。\n",
]


def test_a_pdf_s_page_counter_and_running_header_are_lines_of_their_own_in_one_line():
    for counter in ("{page} / {pages}", "Page {page} of {pages}", "{page}／{pages}"):
        text = _pdf(PAGES, "R090701_youryou.pdf", "港湾緑地再整備基本計画策定業務 実施要領", counter)
        assert ("hearing", "2027-08-04", None, "date") in both(text)


# a PDF's text layer with 「⽇」「⽉」「⼊」 (Kangxi radicals) for 日, 月 and 入, its table read column after column
RADICAL_COLUMNS = (
    "令和9年4⽉20⽇\n"
    "公園施設長寿命化計画策定業務 ⼊札説明書\n"
    "本業務の受託者は、業務の実施に当たり関係法令を遵守し、発注者の指示に従って誠実に業務を行うこと。業務上知り得た\n"
    "秘密を他に漏らしてはならない。\n"
    "別紙 ⼿続の⽇程（参考）\n"
    "項 目\n⽇ 時\n備 考\n"
    "参加表明書の提出\n質問の受付\n質問への回答\n⼊札書の提出\n開札\n"
    "5⽉10⽇(⽉)～5⽉21⽇(⾦)\n17:00\n5⽉24⽇(⽉)まで\n5⽉31⽇(⽉)まで\n6⽉7⽇(⽉)～6⽉9⽇(水)\n15:00\n6⽉10⽇(木)\n10:00\n"
    "持参又は郵送\n電子メール\nホームページに掲載\n電子⼊札システム\n2階会議室\n"
    "※⽇付はいずれも令和9年。土曜⽇、⽇曜⽇及び祝⽇を除く毎⽇、9時から17時までとする。\n"
    "その他 本要領に定めのない事項は、発注者と協議のうえ決定する。協議の内容は書面に記録し、双方で確認するものとす\n"
    "る。提出された書類は返却しない。提出書類は審査以外の目的に無断で使用しない。\n"
)


def test_a_table_read_column_after_column_in_kangxi_radicals_reads_its_rows_on_one_line():
    steps = both(RADICAL_COLUMNS)
    assert ("question", "2027-05-24", None, "date") in steps
    assert ("answer", "2027-05-31", None, "date") in steps
