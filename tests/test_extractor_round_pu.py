"""Notices run onto one line (a PDF's text layer, a portal page copied without its line breaks), cut back into lines
(round pu): each test a short text written for its form, read in that shape."""

from tests.extractor_found import found, one_line

# --- a change mail's schedule: each step's bracketed name over its new date and its old one beside it ----------


def test_a_bracketed_step_under_a_date_and_its_old_value_stays_its_own_line():
    text = (
        "件名：入札公告等の変更について（案件番号：2026-0418）\n"
        "下記案件の日程を変更しましたのでお知らせします。\n"
        "■案件情報\n"
        "【案件名称】        市道東西線 舗装補修工事\n"
        "【公告日】          2026/05/11\n"
        "■日程（※印は今回変更された項目です）\n"
        "【質問書受付期間】\n"
        "   2026/05/11 09:00 ～ 2026/05/19 17:00\n"
        "【入札書受付締切日時】\n"
        "  ※2026/06/02 17:00\n"
        "   （変更前：2026/05/26 17:00）\n"
        "【開札予定日時】\n"
        "  ※2026/06/04 10:00\n"
        "   （変更前：2026/05/28 10:00）\n"
        "【事後審査書類提出期限】\n"
        "   落札候補者の通知を受けた日の翌日から起算して2日以内\n"
        "■注意事項\n"
        "・変更後の日程により手続を行ってください。\n"
    )
    read = found(one_line(text))
    assert ("submission", "2026-06-02", "17:00", "datetime") in read
    assert ("other", "2026-06-04", "10:00", "datetime") in read  # (the opening, its name below the row above)
    assert not any(day in ("2026-05-26", "2026-05-28") for _, day, *_ in read)  # (the old values)


# --- a comparison table of tabs: a schedule's rows each opening with an empty cell ---------------------------


QA_SHEET = (
    "港北市立図書館改修基本計画策定業務 公募型プロポーザル　質問回答書\n"
    "\n"
    "令和９年６月１８日\n"
    "港北市　教育委員会　生涯学習課\n"
    "\n"
    "　標記プロポーザルについて受け付けた質問に対し、次のとおり回答します。\n"
    "\n"
    "No.｜質問｜回答\n"
    "１｜提案書の部数を減らしてよいか。｜実施要領のとおり、正本１部、副本６部としてください。\n"
    "２｜既存の閲覧室を見学することは可能か。｜次のとおり施設見学会を開催します。参加は任意です。\n"
    "｜｜(1) 日時　令和９年６月２５日（金）午前１０時から正午まで\n"
    "｜｜(2) 集合場所　港北市立図書館　正面玄関\n"
    "｜｜(3) 申込方法　令和９年６月２３日（水）午後５時までに、電子メールで生涯学習課へ申し込むこと。\n"
    "｜｜(4) 見学会の内容に関する追加の質問は、令和９年６月２９日（火）正午まで受け付け、令和９年７月２日（金）までに回答します。\n"
    "３｜業務の中間報告の時期はいつか。｜令和１０年１月末を目途に中間報告を求める予定です。\n"
    "４｜審査結果はいつ通知されるのか。｜各参加者へ書面で通知します。\n"
    "\n"
    "以上\n"
)


def test_an_answer_going_on_in_rows_of_empty_cells_keeps_its_event_and_deadline():
    read = found(one_line(QA_SHEET))
    assert read == found(QA_SHEET)
    assert ("other", "2027-06-25", "10:00", "datetime") in read  # (the visit the answer announces)
    assert ("other", "2027-06-23", "17:00", "datetime") in read  # (its registration)
    assert ("question", "2027-06-29", "12:00", "datetime") in read
    assert ("answer", "2027-07-02", None, "date") in read
    assert not any(day.startswith("2028-01") for _, day, *_ in read)  # (the work's interim report, no step of the call)


# --- a page's list of news posts parted by rules: each post's day under its rule, over its title --------------


NEWS_LIST = (
    "白浜町ホームページ\n"
    "ホーム ＞ 事業者の方へ ＞ 入札・契約 ＞ お知らせ一覧\n"
    "\n"
    "お知らせ一覧\n"
    "表示件数：10件　　並び順：新しい順\n"
    "\n"
    "――――――――――――――――――――――――\n"
    "2027年2月3日\n"
    "【日程変更】白浜町観光案内アプリ構築業務 公募型プロポーザル 審査の日程変更について\n"
    "担当：観光商工課\n"
    "\n"
    "　令和9年1月12日に公告しました公募型プロポーザルについて、審査の日程を次のとおり変更します。\n"
    "\n"
    "　○プレゼンテーション審査\n"
    "　　（変更前）令和9年2月16日（火）午前10時から\n"
    "　　（変更後）令和9年2月24日（水）午後1時から\n"
    "\n"
    "　○企画提案書の提出期限\n"
    "　　令和9年2月5日（金）正午　※変更はありません。\n"
    "\n"
    "――――――――――――――――――――――――\n"
    "2027年1月28日\n"
    "町民体育館の臨時休館について\n"
    "担当：生涯学習課\n"
    "　町民体育館は、令和9年2月10日（水）から2月12日（金）まで臨時休館します。\n"
    "\n"
    "――――――――――――――――――――――――\n"
    "2027年1月12日\n"
    "白浜町観光案内アプリ構築業務に係る公募型プロポーザルを実施します\n"
    "担当：観光商工課\n"
    "・参加申込書の提出期限　令和9年1月22日（金）午後5時\n"
    "・企画提案書の提出期限　令和9年2月5日（金）正午\n"
    "\n"
    "――――――――――――――――――――――――\n"
    "このページに関するお問い合わせ 白浜町 観光商工課\n"
)


def test_a_news_list_parted_by_rules_is_read_for_its_latest_post_alone():
    read = found(one_line(NEWS_LIST))
    assert read == found(NEWS_LIST)
    assert ("hearing", "2027-02-24", "13:00", "datetime") in read
    assert not any(day in ("2027-01-22", "2027-02-05", "2027-02-12", "2027-02-16") for _, day, *_ in read)


# --- a gazette page run onto one line: a correction's head on the line of its sentence citing the call -------


GAZETTE_PAGE = (
    "令和9年3月1日　月曜日　　　　官　　　　報　　　　（号外政府調達第41号）　　　　　　　　　　5\n"
    "\n"
    "◇落札者等の公示\n"
    "　次のとおり落札者等について公示しま\n"
    "す。\n"
    "　　令和9年3月1日\n"
    "　　　　　　　国立大学法人汐凪大学\n"
    "　　　　　　　　　　学長　大槻　透\n"
    "1　落札に係る物品等の名称及び数量　分\n"
    "析装置　一式\n"
    "2　落札者を決定した日　令和9年1月20\n"
    "日\n"
    "3　一般競争入札公告日　令和8年11月9\n"
    "日\n"
    "\n"
    "◇訂　　正\n"
    "　令和9年2月8日付け官報（号外政府調\n"
    "達第27号）に掲載の国立研究開発法人\n"
    "海洋観測研究機構の入札公告（観測ブイ\n"
    "の購入）中、次のとおり訂正する。\n"
    "　　令和9年3月1日\n"
    "　　　　国立研究開発法人海洋観測研究機構\n"
    "　　　　　　契約担当役　理事　根岸　徹\n"
    "1　3⑶中「令和9年3月5日17時00分」を\n"
    "「令和9年3月12日17時00分」に改める。\n"
    "2　3⑷中「令和9年3月19日17時00分」\n"
    "を「令和9年3月26日17時00分」に改め\n"
    "る。\n"
    "3　Corrigendum\n"
    '⑴　Time-limit for the submission of application forms: for "5:00 p.m., 5 March, 2027" read "5:00 p.m., 12 March, 2027"\n'
    '⑵　Time-limit for tender: for "5:00 p.m., 19 March, 2027" read "5:00 p.m., 26 March, 2027"\n'
    "\n"
    "◇入札公告\n"
    "　次のとおり一般競争入札に付します。\n"
    "　　令和9年3月1日\n"
    "　　　　支出負担行為担当官\n"
    "1　調達内容\n"
    "⑴　購入等件名及び数量　庁舎清掃業務\n"
    "⑵　履行期間　令和9年4月1日から令和\n"
    "10年3月31日まで\n"
)


def test_a_gazette_correction_whose_head_runs_onto_its_sentence_is_the_page_s_notice():
    read = found(one_line(GAZETTE_PAGE))
    assert read == found(GAZETTE_PAGE)
    assert ("application", "2027-03-12", "17:00", "datetime") in read
    assert ("submission", "2027-03-26", "17:00", "datetime") in read
    assert not any(day in ("2027-01-20", "2026-11-09", "2027-03-05", "2027-03-19") for _, day, *_ in read)


# --- a sheet of questions and answers handed over one cell a line, then run onto one line ------------------


QA_CELLS = (
    "汐入町防災行政無線更新基本設計業務 公募型プロポーザルに係る質問回答書\n"
    "\n"
    "令和9年4月14日\n"
    "汐入町総務課\n"
    "\n"
    "受け付けた質問に対し、次のとおり回答します。\n"
    "\n"
    "No.\n"
    "資料名\n"
    "該当箇所\n"
    "質問内容\n"
    "回答\n"
    "1\n"
    "実施要領\n"
    "4（2）\n"
    "参加表明書を電子メールで提出してよいか。\n"
    "電子メールでは受け付けません。4月21日（水）午後5時（必着）までに、持参又は郵送で提出してください。\n"
    "2\n"
    "実施要領\n"
    "6（1）\n"
    "提案書の提出期限を延ばす予定はあるか。\n"
    "予定はありません。令和9年5月12日（水）正午までに、総務課へ持参してください。\n"
    "3\n"
    "仕様書\n"
    "第3\n"
    "既存設備の資料は提供されるのか。\n"
    "契約締結後に貸与します。\n"
    "4\n"
    "仕様書\n"
    "第5（2）\n"
    "屋外拡声子局の現地調査は、受託者がすべての子局について行うという理解でよいか。\n"
    "お見込みのとおりです。調査の日程は、契約締結後に町と協議のうえ決定してください。\n"
    "5\n"
    "評価基準\n"
    "業務実績\n"
    "評価の対象となる同種業務の実績は、元請として受注したものに限るか。\n"
    "元請として受注し、平成29年4月1日以降に履行が完了したものに限ります。\n"
)


def test_a_sheet_of_questions_one_cell_a_line_run_onto_one_line_keeps_its_answers_steps():
    read = found(one_line(QA_CELLS))
    assert ("application", "2027-04-21", "17:00", "datetime") in read
    assert ("submission", "2027-05-12", "12:00", "datetime") in read


# --- a task board's CSV export, its head naming more columns than most sheets, run onto one line ----------


BOARD_CSV = (
    "Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Assignee Email,Start Date,Due Date,Tags,"
    "Notes,Projects,Parent task\n"
    "8800000000000011,2027-05-10,,2027-05-10,【市】質問受付締切,発注者日程,北村 碧,kitamura@example.jp,,2027-05-19,市日程,"
    '"要領p.4:5/19(水)17:00まで。メールのみ。",波見市 観光案内DX業務,\n'
    "8800000000000012,2027-05-10,,2027-05-10,【市】企画提案書 提出期限,発注者日程,北村 碧,kitamura@example.jp,,2027-06-04,市日程,"
    '"要領p.5:6/4(金)正午必着。持参のみ。",波見市 観光案内DX業務,\n'
    "8800000000000013,2027-05-10,,2027-05-12,提案書 社内レビュー,提案書,部長 真田,sanada@example.jp,,2027-05-31,,"
    "5/31(月)13:00〜 会議室A,波見市 観光案内DX業務,\n"
    "8800000000000014,2027-05-10,,2027-05-12,製本・提出(持参),提案書,総務 有馬,arima@example.jp,,2027-06-03,,"
    '"6/3(木)に製本、6/4午前に市役所へ持参。",波見市 観光案内DX業務,\n'
)


def test_a_task_board_csv_run_onto_one_line_is_cut_back_into_its_rows():
    read = found(one_line(BOARD_CSV))
    assert read == found(BOARD_CSV)
    assert ("question", "2027-05-19", "17:00", "datetime") in read
    assert ("submission", "2027-06-04", "12:00", "datetime") in read
    assert not any(day in ("2027-05-31", "2027-06-03") for _, day, *_ in read)  # (the team's own tasks)
