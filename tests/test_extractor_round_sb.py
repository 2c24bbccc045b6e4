"""Round sb: change notices and 質問回答書 read run onto one line (a PDF's text layer, a portal page copied whole) as they
read as written: a value keyed in brackets 「（変更後）」 ends its line before the sentence that follows it, a heading
between two rules of horizontal bars 「――――」 is a line of its own, and a page's news list under its heading
「新着情報」 is read as a list of posts, no steps."""

from tests.extractor_found import found, one_line

# A 質問回答書 whose answer moves the deadline, its old and new value keyed in brackets, the hearing moved in the
# sentence after the new value (one line: 「（変更後）6月11日（金）午後5時 これに伴い、…」)
QA_MOVES_DEADLINE = (
    "令和9年5月20日\n"
    "柚ノ木町観光パンフレット制作業務委託 公募型プロポーザルに関する質問への回答\n"
    "柚ノ木町 企画観光課\n"
    "令和9年5月1日付けで公告した標記プロポーザルについて、令和9年5月14日（金）までに受け付けた質問に対し、次のとおり回答します。\n"
    "番号\n"
    "質問内容\n"
    "回答\n"
    "1\n"
    "パンフレットの部数を教えてください。\n"
    "日本語版5,000部、英語版2,000部を予定しています。\n"
    "2\n"
    "写真撮影の時間が足りないため、提案書の提出期限を延長していただけないでしょうか。\n"
    "同趣旨の質問が複数あったことから、企画提案書の提出期限を次のとおり延長します。\n"
    "（変更前）6月4日（金）午後5時\n"
    "（変更後）6月11日（金）午後5時\n"
    "これに伴い、プレゼンテーション審査の実施日を6月16日（水）から6月23日（水）に変更します。\n"
    "3\n"
    "納品場所はどこですか。\n"
    "柚ノ木町役場2階 企画観光課です。\n"
    "以上\n"
)

QA_MOVES_DEADLINE_STEPS = [
    ("submission", "2027-06-11", "17:00", "datetime"),
    ("hearing", "2027-06-23", None, "date"),
]


def test_bracketed_new_value_ends_before_the_next_sentence():
    assert found(QA_MOVES_DEADLINE) == QA_MOVES_DEADLINE_STEPS
    assert found(one_line(QA_MOVES_DEADLINE)) == QA_MOVES_DEADLINE_STEPS


# A trade paper's article on a change, then its digest of other calls under a heading between two rules of horizontal
# bars (「――――」): the digest's days are other calls' news, no steps of this one
ARTICLE_WITH_DIGEST = (
    "週刊 地域入札ジャーナル 電子版\n"
    "［発注動向］2027年11月5日号\n"
    "\n"
    "梨ヶ丘町 観光計画策定支援の提案期限を延長\n"
    "\n"
    "梨ヶ丘町は4日、公募型プロポーザルで委託先を選定している「梨ヶ丘町観光振興計画策定支援業務」について、企画提案書の提出期限を延長すると発表した。\n"
    "\n"
    "訂正の内容は次のとおり。\n"
    "\u3000\u3000項目\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000訂正前\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000訂正後\n"
    "\u3000\u3000企画提案書提出期限\u300011月12日（金）午後5時\u300011月26日（金）午後5時\n"
    "\n"
    "――――――――――――――――――――――――――――――\n"
    "■自治体発注短信\n"
    "――――――――――――――――――――――――――――――\n"
    "\n"
    "▽栗林市\u3000県立高校の端末更新で、11月15日にサウンディング型市場調査の説明会を開く。申し込みは11月11日まで。\n"
    "▽桃園町\u3000庁内ネットワーク更新の一般競争入札を3日に開札し、市内の通信工事会社が落札した。\n"
    "\n"
    "――――――――――――――――――――――――――――――\n"
    "本紙記事の無断転載・複製を禁じます。\n"
)


def test_heading_between_bar_rules_keeps_the_digest_apart_on_one_line():
    assert found(one_line(ARTICLE_WITH_DIGEST)) == [("submission", "2027-11-26", "17:00", "datetime")]


# A portal's change page, the site's news list under 「新着情報」 below it, each post a day and its title
PAGE_WITH_NEWS = (
    "ホーム > 新着情報 > 【日程変更】桐野町ふるさと納税サイト運営業務委託 プロポーザルのプレゼンテーション審査日程の変更について\n"
    "【日程変更】桐野町ふるさと納税サイト運営業務委託 プロポーザルのプレゼンテーション審査日程の変更について\n"
    "掲載日：2026年6月24日\n"
    "令和8年6月1日付けで公告しました「桐野町ふるさと納税サイト運営業務委託」に係る公募型プロポーザルについて、審査会場が使用できなくなったため、プレゼンテーション審査の日程を次のとおり変更します。\n"
    "■プレゼンテーション審査\n"
    "（変更前）令和8年7月7日（火曜日）午後1時から\n"
    "（変更後）令和8年7月14日（火曜日）午後1時30分から\n"
    "このページに関するお問い合わせ\n"
    "企画課 ふるさと納税係\n"
    "電話番号：000-0000-0000\n"
    "受付時間：午前8時30分から午後5時15分まで\n"
    "新着情報\n"
    "2026年6月26日 町民体育館の臨時休館について\n"
    "2026年6月22日 入札結果（6月分）を掲載しました\n"
    "2026年6月19日 桐野町図書館システム更新業務委託 一般競争入札の公告について\n"
    "2026年6月15日 令和8年度 住民税の納税通知書を発送しました\n"
    "新着情報一覧へ\n"
)

PAGE_WITH_NEWS_STEPS = [("hearing", "2026-07-14", "13:30", "datetime")]


def test_news_list_under_its_heading_gives_no_steps_on_one_line():
    assert found(PAGE_WITH_NEWS) == PAGE_WITH_NEWS_STEPS
    assert found(one_line(PAGE_WITH_NEWS)) == PAGE_WITH_NEWS_STEPS
