"""Change notices read by what they show, not by their title (round so): each test a few lines written for its
device."""

from tests.extractor_found import found, one_line

# --- a notice that shows each step's old and new day is one of a change --------------------------------------


def test_steps_keyed_old_and_new_make_a_change_notice_whatever_its_title():
    text = (
        "関係事業者各位\n\n"
        "雲ノ江市観光案内アプリ改修業務委託公募型プロポーザルについて、下記のとおりお知らせします。\n\n"
        "1　質問の受付期限\n"
        "　変更前：2026年5月15日(金) 17:00\n"
        "　変更後：2026年5月22日(金) 17:00\n\n"
        "2　参加申込書の提出期限\n"
        "　変更前：2026年5月22日(金) 17:00\n"
        "　変更後：2026年5月29日(金) 17:00\n\n"
        "3　企画提案書の提出期限\n"
        "　2026年6月12日(金) 17:00（変更なし）\n"
    )
    expected = [
        ("question", "2026-05-22", "17:00", "datetime"),
        ("application", "2026-05-29", "17:00", "datetime"),
    ]
    assert found(text) == expected
    assert found(one_line(text)) == expected


# --- the call a correction amends, cited by its day and number ----------------------------------------------

CITED_BY_NUMBER = (
    "雲ノ江市告示第２０５号\n\n"
    "　令和８年６月１日付け雲ノ江市告示第１９８号（雲ノ江市広報紙制作業務委託に係る企画提案競技の実施について）"
    "の一部を次のように訂正する。\n\n"
    "　　令和８年６月８日\n\n"
    "　　　　　　　　　　　　雲ノ江市長　山川　一郎\n\n"
    "１　訂正の内容\n"
    "　⑴　告示第１９８号　４⑴　参加申込書の提出期限\n"
    "　　　訂正前：令和８年６月１９日（金）午後５時\n"
    "　　　訂正後：令和８年６月２６日（金）午後５時\n"
    "　⑵　告示第１９８号　５⑴　企画提案書の提出期限\n"
    "　　　訂正前：令和８年７月３日（金）正午\n"
    "　　　訂正後：令和８年７月１０日（金）正午\n\n"
    "２　差替え後の実施要領\n"
    "　　本日（令和８年６月８日）から、市ホームページに掲載する。\n"
)


def test_a_correction_citing_the_call_by_its_day_and_number_keeps_only_the_new_days():
    assert [step for step in found(CITED_BY_NUMBER) if step[0] != "published"] == [
        ("application", "2026-06-26", "17:00", "datetime"),
        ("submission", "2026-07-10", "12:00", "datetime"),
    ]


def test_the_papers_a_change_puts_up_today_are_no_publication():
    assert "published" not in [kind for kind, *_ in found(CITED_BY_NUMBER)]


# --- a page's breadcrumb one crumb a line under its key -----------------------------------------------------


def test_a_page_title_under_a_breadcrumb_laid_out_one_crumb_a_line():
    chrome = "\n".join(
        ["本文へスキップ", "雲ノ江市", "Foreign Language", "文字サイズ 縮小 標準 拡大", "背景色 白 黒 青", "音声読み上げ"]
        + ["サイト内検索", "よくある質問 組織から探す 施設案内 サイトマップ", "くらし・手続き", "子育て・教育"]
        + ["健康・福祉", "防災・安全", "まちづくり・産業", "市政情報", "現在位置", "ホーム", "入札・契約", "プロポーザル情報"]
    )
    text = chrome + (
        "\n雲ノ江市市民会館改修設計業務委託公募型プロポーザルの日程の変更について\n"
        "ページ番号1002345 更新日 2027年9月4日\n"
        "雲ノ江市市民会館改修設計業務委託公募型プロポーザルの日程を次のとおり変更します。\n"
        "質問の受付期限\n"
        "令和9年9月17日（金曜日）午後5時まで\n"
        "（当初：令和9年9月10日（金曜日）午後5時まで）\n"
        "参加表明書の提出期限\n"
        "令和9年9月27日（月曜日）午後5時まで\n"
        "技術提案書の提出期限\n"
        "令和9年10月8日（金曜日）午後5時まで\n"
        "（当初：令和9年10月1日（金曜日）午後5時まで）\n"
    )
    assert found(text) == [
        ("question", "2027-09-17", "17:00", "datetime"),
        ("submission", "2027-10-08", "17:00", "datetime"),
    ]
