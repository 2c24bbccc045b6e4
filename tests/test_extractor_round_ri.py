"""What a bid team's own papers print around a call (round ri): a question form's quoted dates, an office's handling
record, an e-application system's stamps; each test a few lines written for its class."""

from tests.extractor_found import found

SCHEDULE = "・公示日：令和9年5月6日（木）\n・参加表明書の提出期限　令和9年5月20日（木）午後3時\n"


def test_a_question_forms_cells_quote_the_papers_dates():
    # the form's columns name the paper and its page, then the question: the dates it quotes are its subject
    text = (
        "番号\t資料名・頁\t項目\t質問内容\n"
        "１\t実施要領　４頁\t第８　技術提案書の提出\t令和９年６月１１日（金）午後３時の提出期限について、"
        "電子データ（ＰＤＦ）は電子メールでの送付も認められるでしょうか。\n"
        "２\t仕様書　２頁\t第３　履行期間\t履行期間は契約締結日の翌日から令和１１年３月１６日（金）までとされていますが、"
        "中間報告の時期（例えば令和１０年１月末頃）について想定があればご教示ください。\n"
    )
    assert found(text) == []


def test_an_answer_keyed_with_the_place_in_the_papers_is_the_answer():
    text = SCHEDULE + "・回答：要領第６の⑵　令和9年5月14日（金）までに市ホームページに掲載\n"
    assert ("answer", "2027-05-14", None, "date") in found(text)


def test_a_deadline_restated_by_its_moment_gives_no_hour_to_a_window():
    # a mailing's 「市の期限」 under the papers it sends restates the 入札書 deadline; the 閲覧 window ends that day untimed
    text = (
        "■2 日程\n"
        "　・仕様書の閲覧　　　　　　令和9年8月2日（月）から8月27日（金）まで（市ホームページからダウンロード）\n"
        "　・入札書の提出期限　　　　令和9年8月27日（金）午後4時（郵送・必着）\n"
        "\n"
        "■4 発送方法\n"
        "　第2便：入札書・工事費内訳書（二重封筒）\n"
        "　　　　　一般書留／速達\n"
        "　　　　　市の期限　令和9年8月27日（金）午後4時 必着\n"
    )
    assert found(text) == [
        ("other", "2027-08-27", None, "date"),
        ("submission", "2027-08-27", "16:00", "datetime"),
    ]


def test_an_office_part_of_a_form_and_a_papers_keeping_are_its_record():
    text = SCHEDULE + (
        "\n■4 庶務記入欄\n"
        "　受付　　　2027/5/12 10:15　庶務課 北村\n"
        "　発送　　　2027/5/18 16:40　中央郵便局　お問い合わせ番号 0000-1111-2222\n"
        "\n保存期限：2033年3月31日\n"
    )
    assert found(text) == [
        ("published", "2027-05-06", None, "date"),
        ("application", "2027-05-20", "15:00", "datetime"),
    ]


def test_an_e_application_systems_stamps_are_no_steps():
    text = (
        "手続き名\t汐町運動公園 指定管理者募集 参加申込\n"
        "到達番号\t2027060100123\n"
        "申請日時\t2027年6月3日 14:05\n"
        "受付期間\t2027年5月17日 9:00 ～ 2027年6月11日 17:00\n"
        "説明会申込の到達番号\t2027052000077（2027年5月20日申請）\n"
    )
    assert found(text) == [("application", "2027-06-11", "17:00", "datetime")]
