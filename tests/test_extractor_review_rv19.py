"""Review rv19 of rounds iq, iu, ir, it and iq2: a row's place before its date is no letter's dateline, a column
of dates named after words may be the last row's label, a news list's headlines are no cells of dates, papers named by
their act in a long paragraph (a long line's words looked for once, not once a date), and closed calls or rounds alone
on a page. Each test a text written for its form."""

import importlib

from tests.extractor_found import found, one_line

extract_module = importlib.import_module("tenders.extractor.extract")

# --- a letter's dateline (round it): not a row's place before its date ----------------------------------------


def test_a_rows_place_before_its_date_is_no_dateline():
    # 「Pre-proposal conference      Online, 5 June 2029」: the words before the place key the row's step
    text = (
        "REQUEST FOR PROPOSALS\n"
        "Website renewal\n"
        "\n"
        "Schedule\n"
        "Pre-proposal conference      Online, 5 June 2029, 10:00\n"
        "Proposals due                12:00, 19 June 2029\n"
    )
    expected = [("other", "2029-06-05", "10:00", "datetime"), ("submission", "2029-06-19", "12:00", "datetime")]
    assert found(text) == expected
    assert found(one_line(text)) == expected


def test_a_keyed_rows_place_before_its_date_is_no_dateline():
    text = (
        "INVITATION TO BID\n"
        "Dredging of the inner basin\n"
        "\n"
        "Site visit:  North Pier, 12 May 2029 at 10:00\n"
        "Bid opening:  Main Office, 26 May 2029 at 14:00\n"
        "Bids due: 26 May 2029 at 12:00\n"
    )
    assert ("other", "2029-05-12", "10:00", "datetime") in found(text)
    assert ("other", "2029-05-26", "14:00", "datetime") in found(text)


def test_a_letters_dateline_after_its_contact_line_still_gives_no_step():
    text = (
        "CALL FOR EXPRESSIONS OF INTEREST\n"
        "Harbour water quality survey\n"
        "\n"
        "1. EOIs must be received by 16:00 (JST) on Monday, 14th May 2029.\n"
        "\n"
        "CONTACT\n"
        "Tel.: 000-0000-0000 (Monday to Friday, 09:30-17:30 JST)\n"
        "\n"
        "Kobe, 2nd April 2029\n"
        "Director, Kobe Office\n"
    )
    assert found(one_line(text)) == [("application", "2029-05-14", "16:00", "datetime")]


# --- a table read a column at a time (round ir) ---------------------------------------------------------------


def test_a_last_rows_label_named_like_a_column_of_dates_is_read_as_its_label():
    # 「納入期限」 right over the dates: the last row's label (three labels, three dates), no name of the dates' column
    text = (
        "物品購入に係る一般競争入札公告\n"
        "\n"
        "3 日程\n"
        "入札書提出期限\n"
        "開札日時\n"
        "納入期限\n"
        "令和9年5月20日(木)正午\n"
        "令和9年5月21日(金)午前10時\n"
        "令和9年9月30日(木)\n"
        "\n"
        "4 その他\n"
    )
    assert found(text) == [("submission", "2027-05-20", "12:00", "datetime"), ("other", "2027-05-21", "10:00", "datetime")]


def test_a_period_as_the_last_rows_label_keeps_the_table():
    # 「業務期間」 (its dates a contract's term) the last of four labels over four dates: the rows are paired
    text = (
        "庁舎清掃業務委託 公募型プロポーザル実施要領\n"
        "\n"
        "5 スケジュール\n"
        "参加表明書の提出期限\n"
        "企画提案書の提出期限\n"
        "ヒアリング\n"
        "業務期間\n"
        "令和9年5月15日(月)午後5時\n"
        "令和9年6月5日(月)午後5時\n"
        "令和9年6月15日(木)\n"
        "令和9年7月1日(土)から令和10年3月31日(金)まで\n"
        "\n"
        "6 問合せ先\n"
    )
    assert found(text) == [
        ("application", "2027-05-15", "17:00", "datetime"),
        ("submission", "2027-06-05", "17:00", "datetime"),
        ("hearing", "2027-06-15", None, "date"),
    ]


def test_a_news_lists_headlines_after_their_days_are_no_cells_of_dates():
    # a page's menu over its news (「令和9年4月1日 入札情報ページをリニューアルしました」): no table of steps and dates
    text = (
        "入札・契約情報\n"
        "\n"
        "入札参加資格申請\n"
        "入札結果の公表\n"
        "電子入札システム\n"
        "お知らせ\n"
        "令和9年4月1日 入札情報ページをリニューアルしました\n"
        "令和9年3月15日 様式を更新しました\n"
        "令和9年3月1日 お知らせを掲載しました\n"
        "\n"
        "庁舎清掃業務委託の一般競争入札\n"
        "入札書の提出期限 令和9年5月20日(木)正午\n"
    )
    assert found(text) == [("submission", "2027-05-20", "12:00", "datetime")]


# --- papers named by their act (round iu), in a paragraph longer than a line is read whole ---------------------


def test_papers_named_by_their_act_in_a_long_paragraph_hand_in_the_application():
    rules = "提案者は、本指針及び仕様書に定める条件を遵守し、誠実に業務を遂行する能力を有する者でなければなりません。" * 50
    text = (
        "鷺ノ浦町みなと緑地 公募設置等指針\n"
        "\n"
        "第2 公募の手続\n"
        f"　{rules}応募を希望する事業者は、まず参加資格審査の申請を行ってください。申請書類（様式2から様式4まで）の受付期間"
        "は令和9年7月5日(月)から7月9日(金)午後5時までとし、提出方法は持参に限ります。\n"
    )
    assert found(text) == [("application", "2027-07-09", "17:00", "datetime")]


class _Scanned(str):
    """A line that counts the characters looked through for a word in it (``in``, ``find``)."""

    scanned = 0

    def __contains__(self, part):
        _Scanned.scanned += len(self)
        return str.__contains__(self, part)

    def find(self, *args):
        _Scanned.scanned += len(self)
        return str.find(self, *args)


def test_a_long_lines_papers_and_notes_are_looked_for_once_a_line(monkeypatch):
    # a paragraph of one line with a paper's window in each sentence: its papers' list (``papers_listed``), the sentence
    # before them (``act_told_before``) and its note marks (``text_candidates``) looked for in bounded characters a date,
    # not the whole line each time (quadratic in a notice of one line)
    real = extract_module.Reader.__init__

    def counted(self, *args, **kwargs):
        real(self, *args, **kwargs)
        self.lines = [_Scanned(line) for line in self.lines]

    monkeypatch.setattr(extract_module.Reader, "__init__", counted)
    text = "11月中旬を目途に、基本協定を締結します。申請書類の受付期間は令和9年6月1日から6月10日までとします。" * 200
    _Scanned.scanned = 0
    extract_module.extract(text)
    assert 0 < _Scanned.scanned <= 40 * len(text)


# --- calls or rounds closed (round it) -----------------------------------------------------------------------


def test_a_page_of_closed_calls_alone_gives_no_step():
    text = (
        "入札・契約情報（物品）\n"
        "\n"
        "【受付終了案件】\n"
        "◇案件番号：R9-物-012 庁舎用コピー用紙の購入\n"
        "入札書提出期限 令和9年4月20日(火)正午\n"
        "開札日時 令和9年4月21日(水)午前10時\n"
        "◇案件番号：R9-物-015 公用車の購入\n"
        "入札書提出期限 令和9年4月27日(火)正午\n"
    )
    assert found(text) == []


def test_a_closed_round_alone_dated_gives_no_step():
    # the first round's window over, the second's days not yet told
    text = "市民会館指定管理者の募集\n\n第1次募集（受付は終了しました）\n募集期間 令和9年4月1日から令和9年4月30日まで\n\n第2次募集\n今後掲載します\n"
    assert found(text) == []
