"""Round qy: a call's schedule given as a calendar whose marked days a legend names: a month's grid with its legend
beside the rows and below it (circled numbers, two entries on a line), and a table of weeks whose cells carry their month."""

from tests.extractor_found import found

# A month's grid drawn with spaces, the year in two calendars over it, its legend beside the weekdays and the rows
# (「① 公告…」 right of 「土」), the last entries under the grid, two on a line parted by an ideographic space
MONTH_GRID = (
    "青柳町 図書館案内サイト構築業務 公募型プロポーザル\n"
    "\n"
    "日程表\n"
    "2029年（令和11年）5月\n"
    "    日     月     火     水     木     金     土       ① 公告・実施要領の配布開始\n"
    "                 1      2      3      4     5       ② 質問書 受付締切（17時）\n"
    "     6    7①      8      9     10     11    12       ③ 質問への回答\n"
    "    13     14     15    16②     17     18    19\n"
    "    20     21     22     23    24③     25    26\n"
    "    27     28    29④     30     31\n"
    "\n"
    "④ 企画提案書 提出締切（正午 必着）　　⑤ プレゼンテーション審査\n"
)

MONTH_GRID_STEPS = [
    ("published", "2029-05-07", None, "date"),
    ("question", "2029-05-16", "17:00", "datetime"),
    ("answer", "2029-05-24", None, "date"),
    ("submission", "2029-05-29", "12:00", "datetime"),
]


def test_month_grid_with_its_legend_beside_and_below():
    assert found(MONTH_GRID) == MONTH_GRID_STEPS


# A table of weeks (weekdays only), each cell a day with its month and a mark, a row's label first, the legend below it
WEEK_GRID = (
    "令和11年度 柳原町 観光動画制作業務 企画提案募集要項\n"
    "公告日　令和11年1月15日（月）\n"
    "\n"
    "4　スケジュール\n"
    "週\t月\t火\t水\t木\t金\n"
    "第1週\t1/15 ◆\t1/16\t1/17\t1/18\t1/19\n"
    "第2週\t1/22\t1/23\t1/24 ■\t1/25\t1/26\n"
    "第3週\t1/29\t1/30\t1/31\t2/1\t2/2 ★\n"
    "第4週\t2/5\t2/6 ◎\t2/7\t2/8\t2/9\n"
    "\n"
    "【凡例】\n"
    "◆　公告・募集要項の公表\n"
    "■　質問の受付締切（15時まで）\n"
    "★　企画提案書の提出締切（正午まで）\n"
    "◎　プレゼンテーション審査\n"
)

WEEK_GRID_STEPS = [
    ("published", "2029-01-15", None, "date"),
    ("question", "2029-01-24", "15:00", "datetime"),
    ("submission", "2029-02-02", "12:00", "datetime"),
    ("hearing", "2029-02-06", None, "date"),
]


def test_week_grid_cells_with_their_month_named_by_a_legend():
    assert found(WEEK_GRID) == WEEK_GRID_STEPS
