"""Hard-wrapped text (a PDF column, a fax's OCR, a mail body wrapped at a fixed width) (round ba): a wrap that cuts a
table's row between its cells, a row of tab-parted cells, a boxed row, English words and a spaced date. Each notice
is read as written and hard-wrapped at 40 and 60 characters, and gives the same steps."""

from tenders.extractor.scoring import SHAPES
from tests.extractor_found import found

WRAPPED = ("as-written", "wrapped-40", "wrapped-60")


def found_in_each_shape(text: str) -> dict[str, list[tuple]]:
    return {shape: found(SHAPES[shape](text)) for shape in WRAPPED}


PREAMBLE = (
    "　若葉台市（以下「市」という。）は、市立図書館の蔵書管理システムの更新に係る業務について、その受託者を公募型プロポーザル方式により選定するため、次のとおり実施要領を定める。\n"
    "　本業務は、現行システムの賃貸借期間の満了に伴い、クラウド型のシステムへ移行するとともに、利用者の予約及び貸出の手続をオンラインで完結できるようにするものである。\n"
    "　参加を希望する者は、本要領のほか、仕様書及び様式集をよく読み、各手続の期限までに必要な書類を提出すること。期限後に提出された書類は受け付けない。\n"
)


# --- a space-aligned row cut in the gap between two cells ---------------------------------------------------

HORIZONTAL_SCHEDULE = (
    "若葉台市立図書館蔵書管理システム更新業務 公募型プロポーザル実施要領\n"
    "\n" + PREAMBLE + "\n"
    "３　日程（いずれも令和９年）\n"
    "\n"
    "　公告　　　　　　　質問期限　　　　　回答　　　　　　　参加申込期限　　　提案書提出期限　　ヒアリング\n"
    "　６月１日(火)　　　６月８日(火)　　　６月１１日(金)　　６月１５日(火)　　６月２９日(火)　　７月７日(水)\n"
    "　　　　　　　　　　１７時まで　　　　　　　　　　　　　１７時まで　　　　正午まで　　　　　１３時３０分から\n"
    "\n"
    "４　問合せ先\n"
    "　若葉台市 教育委員会 図書館 管理係　電話 000-0000-0000\n"
)


def test_a_schedule_laid_out_with_spaces_and_cut_in_its_gaps_keeps_each_step_under_its_date():
    expected = [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-08", "17:00", "datetime"),
        ("answer", "2027-06-11", None, "date"),
        ("application", "2027-06-15", "17:00", "datetime"),
        ("submission", "2027-06-29", "12:00", "datetime"),
        ("hearing", "2027-07-07", "13:30", "datetime"),
    ]
    for shape, got in found_in_each_shape(HORIZONTAL_SCHEDULE).items():
        assert got == expected, shape


# --- a row drawn between bars cut before its closing bar ----------------------------------------------------

BOXED_SCHEDULE = (
    "若葉台市立図書館蔵書管理システム更新業務 公募型プロポーザル実施要領\n"
    "\n" + PREAMBLE + "\n"
    "３　提出書類及び提出期限\n"
    "┌────────────────────┬──────────────────┬──────────┐\n"
    "│手続　　　　　　　　　　　　　　　　　　│提出期限（いずれも午後5時まで）　　│提出方法　　　　　　│\n"
    "├────────────────────┼──────────────────┼──────────┤\n"
    "│質問書の提出　　　　　　　　　　　　　　│令和9年6月8日(火)　　　　　　　　　│電子メール　　　　　│\n"
    "│参加申込書の提出　　　　　　　　　　　　│令和9年6月15日(火)　　　　　　　　│持参又は郵送　　　　│\n"
    "│企画提案書の提出　　　　　　　　　　　　│令和9年6月29日(火)　　　　　　　　│持参　　　　　　　　│\n"
    "└────────────────────┴──────────────────┴──────────┘\n"
    "\n"
    "４　問合せ先\n"
    "　若葉台市 教育委員会 図書館 管理係　電話 000-0000-0000\n"
)


def test_a_boxed_row_cut_before_its_closing_bar_keeps_the_time_its_header_gives():
    expected = [
        ("question", "2027-06-08", "17:00", "datetime"),
        ("application", "2027-06-15", "17:00", "datetime"),
        ("submission", "2027-06-29", "17:00", "datetime"),
    ]
    for shape, got in found_in_each_shape(BOXED_SCHEDULE).items():
        assert got == expected, shape


# --- a row of tab-parted cells cut by the wrap --------------------------------------------------------------

TAB_SCHEDULE = (
    "[R9_蔵書管理システム_プロポーザル日程.xlsx]\n"
    "\n"
    "項目\t内容\n"
    "件名\t若葉台市立図書館蔵書管理システム更新業務\n"
    "目的\t現行システムの賃貸借期間の満了に伴い、クラウド型のシステムへ移行し、利用者の予約及び貸出の手続をオンラインで完結できるようにする。\n"
    "参加資格\t若葉台市の競争入札参加資格者名簿（令和9・10年度）に登録され、平成31年度以降に地方公共団体の図書館システムを構築した実績を有すること。\n"
    "提案上限額\t38,500,000円（消費税及び地方消費税を含む。契約期間全体の総額とする。）\n"
    "\n"
    "No.\t手続\t開始日\t曜\t終了日\t曜\t時刻\t方法\t備考\n"
    "1\t実施要領等の公表\t2027/06/01\t火\t\t\t\t\t市ホームページ\t様式集もダウンロードできる\n"
    "2\t質問書の受付\t2027/06/01\t火\t2027/06/08\t火\t17:00\t電子メール\t様式第3号\n"
    "3\t参加申込書の提出\t2027/06/01\t火\t2027/06/15\t火\t17:00\t持参・郵送\t郵送は期限必着\n"
    "4\t企画提案書の提出\t2027/06/16\t水\t2027/06/29\t火\t12:00\t持参\t正本1部・副本8部\n"
    "※\t持参の受付時間は9:00～17:00（12:00～13:00を除く）。土曜日、日曜日及び祝日は受け付けない。\n"
)


def test_a_row_of_tab_parted_cells_cut_by_the_wrap_keeps_its_end_date_and_time():
    expected = [
        ("published", "2027-06-01", None, "date"),
        ("question", "2027-06-08", "17:00", "datetime"),
        ("application", "2027-06-15", "17:00", "datetime"),
        ("submission", "2027-06-29", "12:00", "datetime"),
    ]
    for shape, got in found_in_each_shape(TAB_SCHEDULE).items():
        assert got == expected, shape


# --- English words cut before their space, a year cut inside its digits -------------------------------------

ENGLISH_NOTICE = (
    "Wakabadai City Library - Request for Proposals for the Renewal of the Library Management System\n"
    "\n"
    "1. Purpose\n"
    "The City invites proposals for the renewal of its library management system, including the migration of the catalogue data and the training of the library staff.\n"
    "\n"
    "+------------------------------------------------------------------+\n"
    "| KEY DATES (Japan Standard Time)                                  |\n"
    "| Questions due ............. 5:00 p.m., Tuesday, June 8           |\n"
    "| Proposals due ............. 12:00 noon, Tuesday, June 29         |\n"
    "| (All dates in 2027.)                                             |\n"
    "+------------------------------------------------------------------+\n"
    "\n"
    "3. Other matters\n"
    "The contract is expected to be concluded in March 2028, and the system shall be maintained by the contractor for five years after its acceptance by the City.\n"
    "The present request does not oblige the City to conclude any contract, and the City may cancel it at any time before the contract is concluded.\n"
)


def test_english_words_cut_before_their_space_go_on_with_the_line_above():
    expected = [
        ("question", "2027-06-08", "17:00", "datetime"),
        ("submission", "2027-06-29", "12:00", "datetime"),
        ("contract", "2028-03-01", None, "month"),
    ]
    for shape, got in found_in_each_shape(ENGLISH_NOTICE).items():
        assert got == expected, shape


# --- a spaced date cut between a number and its unit --------------------------------------------------------


def test_a_date_spaced_out_and_cut_between_a_number_and_its_unit_is_one_date_again():
    text = (
        "5 ． ヒアリング\n"
        "　( 1 ) 実施期間　　 令和 9 年 7 月 5 日 ( 月 ) から 7\n"
        " 月 7 日 ( 水 ) まで\n"
        "　( 2 ) 場所　　 若葉台市役所 3 階 会議室\n"
    )
    assert found(text) == [("hearing", "2027-07-05", None, "date")]  # (its first day: INDEX)


# --- an event held over several days with its daily hours in the row ----------------------------------------


def test_a_site_visit_held_over_several_days_ends_at_the_closing_hour_its_row_gives():
    text = (
        "３　日程\n"
        "│１│現場確認（任意）　│６月１日（火）～６月４日（金）　│各日午前１０時～午後４時（要予約）│\n"
        "│２│見積書の提出期限　│６月１１日（金）正午　　　　　　│持参又は郵送　　　　　　　　　　　│\n"
        "令和９年５月２４日\n"
    )
    assert found(text) == [
        ("other", "2027-06-04", "16:00", "datetime"),
        ("submission", "2027-06-11", "12:00", "datetime"),
    ]
