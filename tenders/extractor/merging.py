"""The last stage of the extraction: the candidates read for one step merged into one milestone (``merge``).

A step is often given more than once: in the schedule's table and again in the body, in Japanese and in an English
summary, as 下旬 and as a day, by its paper's name and by a bare 「提出期限」. One candidate stands for each step (a
table row's label first, ``SOURCE_RANK``), keeping a time given anywhere; whether two labels name the same step is
``same_step``. Plain functions of ``Candidate`` lists: the reader (``tenders.extractor.extract``) calls ``merge`` once
its filters are done.
"""

from __future__ import annotations

import collections
import datetime as dt
import re

from tenders.extractor import labels as L
from tenders.extractor.candidates import Candidate
from tenders.extractor.dates import Mention
from tenders.extractor.labels import ACCEPTED, PARTICLE
from tenders.extractor.normalize import ENDED_AFTER, nfkc
from tenders.extractor.segments import HEAD_LINES
from tenders.proposal import window

SOURCE_RANK = {"table": 0, "labelled": 1, "context": 2, "listed": 2, "sentence": 3}


STEP_WORDS = 4  # characters two labels of one step share at least (「基本協定の締結」 and 「仮契約の締結」 share none)


# 「見学の期間を次のとおり延長します」 / 「延長前 6月8日から6月19日まで」: the old window named by the step's days
PERIOD_OF_STEP = re.compile(r"(?<=\S\S)の?期間$")


def same_step(label: str, superseded: list[str]) -> bool:
    """The candidate's step is one of the steps a superseded date was read under (or that step is unknown): 「（変更前）
    11月上旬」 under 「基本協定の締結」 puts out no 「優先交渉権者の決定 11月上旬」, nor another contract's date."""
    if not superseded:
        return True
    # (「回答は「」 before 「11月17日(火)まで」→「…」: the quote the old value opens is no word of the step)
    core = "".join(PARTICLE.sub("", nfkc(L.clean_label(label)).rstrip("「『“ ")).split())
    paper = step_paper(label)
    for other in superseded:
        theirs = "".join(PARTICLE.sub("", nfkc(L.clean_label(other)).rstrip("「『“ ")).split())
        theirs = PERIOD_OF_STEP.sub("", theirs) if theirs.endswith("期間") else theirs  # 「見学の期間」: the 見学's days
        if not core or not theirs or core in theirs or theirs in core:
            return True
        if any(core[i : i + STEP_WORDS] in theirs for i in range(len(core) - STEP_WORDS + 1)):
            return True
        if paper and paper == step_paper(other):
            return True  # 「質問書（様式第5号）」 and 「質問の提出期限」: the same paper, by its deadline or its form
    return False


# 「質問書（様式第5号）」「質問の提出期限」「質問受付」: the words around the paper a step hands in
PAPER_WORDS = re.compile(
    r"[(（][^()（）]{0,30}[)）]|(?:の)?(?:提出|受付)?(?:期限|締切|締め切り)(?:日|日時)?$|(?:の)?(?:提出|受付)$"
)


def step_paper(label: str) -> str:
    """The paper a step's label names without its form's bracket and the words of its deadline (「質問書（様式第5号）」
    and 「質問の提出期限」: 「質問」); '' for a label that names no more than a deadline."""
    paper = PAPER_WORDS.sub("", "".join(nfkc(L.clean_label(label)).split()))
    paper = PAPER_WORDS.sub("", paper)
    return paper.removesuffix("書").removesuffix("の")


def given_day(mention: Mention) -> tuple:
    """A mention's date with the part of the month it names (「7月中旬」 and 「7月下旬」 both date the 1st)."""
    return mention.date(), mention.precision if mention.precision.endswith("month") else None


# 「Submissions received after … will not be considered」「arriving no later than」「期限を過ぎて到着したものは受け付けない」:
# a sentence that says what happens to a paper handed in late, or by when it must arrive
LATE_CLAUSE = re.compile(
    r"(?i:\b(?:received|arriving|delivered)\s(?:after|later\sthan)\b|\barriving\s(?:no\s)?later\sthan\b)"
    r"|(?:過ぎて|期限後に|締切後に)\s{0,2}(?:到着|到達|届)"
)
CALL_PERIOD = re.compile(r"^(?:応募|募集|公募)(?:の)?期間\s{0,2}(?:は|:)?$")
# the paper a label names (「入札書の受領期限」「Tenders submitted by mail」): a step of its own, not a restatement
PAPER_NAMED = re.compile(
    r"(?:提案|企画|申込|申請|入札|見積|応募|表明|意思|意向|質問|確認)(?:書|票)|(?i:\b(?:tenders?|bids?|proposals?|quotations?"
    r"|applications?|offers?|questions?|letters?|EOIs?|expressions?\sof\sinterest|documents?|forms?)\b)"
)


def late_restated(candidate: Candidate) -> bool:
    """A submission dated only by a late clause (「…を過ぎて到着したものは受け付けない」) that names no paper."""
    text = candidate.evidence
    if not (("after" in text or "arriv" in text or "到" in text or "届" in text) and LATE_CLAUSE.search(text)):
        return False
    return not PAPER_NAMED.search(candidate.label)


def merge(candidates: list[Candidate]) -> list[Candidate]:
    """One milestone per step: a table row's label wins, a time from anywhere is kept, English repeats dropped."""
    # (「Mid-July 2027」 beside a Japanese 「7月下旬」: both dated the 1st, two days of their own)
    japanese_days = {given_day(c.mention) for c in candidates if not c.mention.english}
    # (not a row 「08-Jan-2027 12:00 JST」 beside a row 「2027.01.08 17:00 JST」: another hour that day, another step)
    hours: dict[tuple, set] = collections.defaultdict(set)
    for candidate in candidates:
        if not candidate.mention.english:
            hours[given_day(candidate.mention)].add(candidate.mention.time)

    def repeated(candidate: Candidate) -> bool:
        mention = candidate.mention
        if not mention.english or given_day(mention) not in japanese_days:
            return False
        told = hours[given_day(mention)]
        return candidate.source != "table" or mention.time is None or mention.time in told or None in told

    repeats = [c for c in candidates if repeated(c)]
    candidates = [c for c in candidates if not repeated(c)]
    by_kind_day: dict[tuple, list[Candidate]] = {}  # (looked up per repeat, not a pass over all candidates for each)
    for candidate in candidates if repeats else []:
        by_kind_day.setdefault((candidate.kind, candidate.mention.date()), []).append(candidate)
    # (each kind and day's steps and whether they are one untimed step, read once and again only after a time was given:
    # a sheet's thousands of rows of one step on one day, each repeated, looked through once, not once per repeat)
    times_given, steps_read = 0, {}
    for repeat in repeats:  # 「Deadline for the application form: 5:00 p.m. (JST), Friday, 30 April 2027」 in the English
        # summary of a table's 「令和9年4月30日（金） 参加申込書の提出期限」: the repeat's time goes to the step, the more
        # precise value (when it is the one step of its kind that day, given without a time: ``timed_to``)
        if repeat.mention.time is None or not repeat.mention.day:
            continue
        key = (repeat.kind, repeat.mention.date())
        read = steps_read.get(key)
        if read is None or read[0] != times_given:
            same = [c for c in by_kind_day.get(key, []) if c.mention.date() == key[1]]
            read = steps_read[key] = (times_given, same, bool(same) and one_untimed_step(same))
        if read[2]:
            timed_to(repeat, read[1])
            times_given += 1
    named_moments = {(c.mention.date(), c.mention.time, c.mention.day) for c in candidates if not L.is_vague(c.label)}
    named_days = {(day, given) for day, _, given in named_moments}

    def named(candidate: Candidate) -> bool:  # 「応募締切」 is that day's named step, unless its time differs
        # (a day's 「11月1日」 and 「11月下旬」, whose date is its first day: a day, no step named on it)
        day, time, given = candidate.mention.date(), candidate.mention.time, candidate.mention.day
        return (day, given) in named_days and (
            time is None or (day, time, given) in named_moments or (day, None, given) in named_moments
        )

    dropped = [c for c in candidates if L.is_vague(c.label) and named(c)]
    candidates = [c for c in candidates if not (L.is_vague(c.label) and named(c))]
    by_step: dict[tuple, list[Candidate]] = {}
    for candidate in candidates if dropped else []:
        by_step.setdefault((candidate.kind, candidate.mention.date()), []).append(candidate)
    for candidate in dropped:
        # (「町の期限 令和9年6月28日（月）午後5時 必着」 under a mailing's 「第2便：入札書」: the moment of a step named on its
        # day, 入札書の提出期限, restated; no hour for the 閲覧 window that ends that day)
        if (candidate.mention.date(), candidate.mention.time, candidate.mention.day) in named_moments:
            continue
        timed_to(candidate, by_step.get((candidate.kind, candidate.mention.date()), []))
    # 「ただし、当該書類は、6月9日17時00分までに上記3(1)の場所へ提出することができる」: a sentence that names a hand-in
    # only by its verb, at the moment a named paper of the call is due, speaks of that paper
    # (「Submissions received after 4 PM on Friday, 11th June will not be considered」「同日の17時00分を過ぎて到着したもの
    # は、いかなる理由があっても受け付けない」: the late clause restates the moment a named paper is due, no hand-in of its own)
    late = {id(c) for c in candidates if c.kind == "submission" and c.mention.time is not None and late_restated(c)}
    handed_in: dict[tuple, set[str]] = {}
    for candidate in candidates:
        if (
            candidate.kind in ACCEPTED
            and candidate.mention.time is not None
            and not L.is_weak(candidate.label)
            and id(candidate) not in late
        ):
            handed_in.setdefault((candidate.mention.date(), candidate.mention.time), set()).add(candidate.kind)
    for candidate in candidates:
        named_kinds = (
            handed_in.get((candidate.mention.date(), candidate.mention.time)) if candidate.kind == "submission" else None
        )
        if (
            named_kinds
            and len(named_kinds) == 1
            and candidate.mention.time is not None
            and (L.is_weak(candidate.label) or id(candidate) in late)
        ):  # (a bare 「提出期限」「受付期限」 too: 「様式第4号 質問書」…「※受付期限 5月28日17時15分」, the question's moment)
            candidate.kind = next(iter(named_kinds))  # (its notes, 「持参」, go with that step's)
    # 「参加意思確認書の提出期限 2月4日17時00分」 beside 「公募期間は、1月14日から2月4日までとする」: the call's period ends
    # at the one paper due on its last day (its late clause, 「同日の17時00分を過ぎて到着したもの」, restating that moment)
    for candidate in candidates if late else []:
        if candidate.kind == "submission" and candidate.mention.time is None and CALL_PERIOD.match(L.unspaced(candidate.label)):
            due = {k for (day, _), kinds in handed_in.items() if day == candidate.mention.date() for k in kinds}
            if len(due) == 1 and "submission" not in due:
                candidate.kind = next(iter(due))
    # 「質問受付期間 | 1月12日～1月19日」 in the schedule, and under 「■5 質問」 its 「(1) 受付期間 1月12日から1月19日17時00分まで」:
    # a hand-in named only by its verb, on the day a named step of the schedule is given without a time, is that step
    undated_steps: dict[dt.date, set[str]] = {}
    for candidate in candidates:
        if candidate.kind in ACCEPTED and candidate.mention.time is None and not L.is_weak(candidate.label):
            undated_steps.setdefault(candidate.mention.date(), set()).add(candidate.kind)
    for candidate in candidates if undated_steps else []:
        kinds = undated_steps.get(candidate.mention.date()) if candidate.mention.time is not None else None
        if (
            kinds
            and len(kinds) == 1
            and candidate.kind in ACCEPTED
            and candidate.kind not in kinds
            and L.is_weak(candidate.label)
            and not handed_in.get((candidate.mention.date(), candidate.mention.time))
        ):
            candidate.kind = next(iter(kinds))
    restated_step(candidates)
    groups: dict[tuple, list[Candidate]] = {}

    def step_key(candidate: Candidate) -> tuple:
        precision = candidate.mention.precision
        return candidate.kind, candidate.mention.date(), "day" if precision in ("datetime", "date") else precision

    # 「案件1 | 2月26日 17時」「案件2 | 2月26日 17時」: each lot's step is a step of its own, even on the same day;
    # the same step given elsewhere without a lot is one of them
    lots: dict[tuple, list[str]] = {}
    for candidate in candidates:
        if candidate.lot is not None and candidate.lot not in lots.setdefault(step_key(candidate), []):
            lots[step_key(candidate)].append(candidate.lot)
    for candidate in candidates:
        key = step_key(candidate)
        lot = candidate.lot if candidate.lot is not None else (lots[key][0] if lots.get(key) else None)
        groups.setdefault((*key, lot), []).append(candidate)
    merged = []
    for group in [part for group in groups.values() for part in events_apart(group)]:
        # (「(3) 方式　企画競争（公示日 2027年12月6日）」 below the head and the schedule's 「① 説明書の交付 2027年12月6日～」:
        # the day told as another notice's, dropped below, is not the one the step keeps)
        best = min(group, key=lambda c: (other_notice_day(c), SOURCE_RANK[c.source], c.line_no))
        timed = next((c for c in group if c.mention.time is not None), None)
        if timed is not None and best.mention.time is None and not notice_day(best, timed, group):
            best.mention.time, best.mention.precision = timed.mention.time, "datetime"
        notes = []
        for candidate in group:
            notes += [n for n in candidate.notes if n not in notes]
        best.notes = [w for w in L.DELIVERY_WORDS if w in notes]
        if "電子メール" in best.notes and "メール" in best.notes:
            best.notes.remove("メール")
        best.warnings = list(dict.fromkeys(w for c in group for w in c.warnings))
        best.since = all(c.since for c in group)  # (a lower bound only if every telling of that day is one)
        merged.append(best)
    # 「契約締結 令和9年4月上旬」 in the schedule beside 「契約締結は、…令和9年4月1日以降とする」 in the body: the day the step
    # comes on or after, restated as a lower bound of the step dated elsewhere, is no day of its own
    bounded = [c for c in merged if not c.since and c.mention.date()]
    merged = [
        c
        for c in merged
        if not (
            c.since
            and c.mention.date()
            and any(
                o.kind == c.kind and o.lot == c.lot and window(o.mention.precision, o.mention.date())[1] >= c.mention.date()
                for o in bounded
            )
        )
    ]
    # a step given both as 下旬 and as a day is the day; 「プレゼンは8/23(月)〜8/27(金)のうち1日」 beside 「プレゼン 8月下旬予定」:
    # the days the step takes one of (the day told later) within the part of the month it is given as, that part
    fuzzy = [c for c in merged if c.mention.precision.endswith("_month")]
    among = {
        id(c)
        for c in merged
        if fuzzy and c.window and "うち" in c.evidence and ONE_DAY_AMONG.search(c.evidence)
        if any(
            f.kind == c.kind and f.mention.date() <= c.mention.date() <= window(f.mention.precision, f.mention.date())[1]
            for f in fuzzy
        )
    }
    merged = [c for c in merged if id(c) not in among]
    precise = {(c.kind, c.mention.date()) for c in merged if c.mention.precision in ("datetime", "date")}

    def given_as_a_day(candidate: Candidate) -> bool:
        first, last = window(candidate.mention.precision, candidate.mention.date())
        return any((candidate.kind, first + dt.timedelta(days=n)) in precise for n in range((last - first).days + 1))

    merged = [c for c in merged if c.mention.precision in ("datetime", "date") or not given_as_a_day(c)]
    # 「事業仮契約は、…令和8年6月市議会定例会で議決を得たときに本契約としての効力を生じる」 beside the schedule's 「事業契約の
    # 締結 令和8年6月下旬」: a month a sentence names in passing, its step dated within it more precisely, is that step;
    # so is a month a table or a list gives to the same step (「令和7年12月 契約、基本設計着手」 beside 「契約締結 12月下旬」),
    # not to another of that kind (「基本協定の締結 6月」 beside 「事業契約の締結 6月下旬」, 「指定議案の提出 12月」 beside
    # 「指定の告示 12月下旬」)
    finer = collections.defaultdict(list)
    for candidate in merged:
        if candidate.mention.precision != "month" and candidate.mention.date():
            finer[(candidate.kind, candidate.mention.date().replace(day=1))].append(candidate.label)

    def said_finer(candidate: Candidate) -> bool:
        labels = finer.get((candidate.kind, candidate.mention.date()))
        if not labels or candidate.source == "sentence":
            return bool(labels)
        steps = [candidate.label, *(part for part in L.PARTS.split(candidate.label) if L.kind_of(part) == candidate.kind)]
        return any(same_step(step, labels) for step in steps)  # (「契約、基本設計着手」: its part that names the step)

    merged = [c for c in merged if c.mention.precision != "month" or not said_finer(c)]
    # a related notice's day below the head is no publication of this one, even where this one gives none (in the head,
    # 「Procurement of … (Date of notice: 2026/01/05)」 is the notice's own title)
    merged = [c for c in merged if not other_notice_day(c)]
    published = [c for c in merged if c.kind == "published"]
    days = [c.mention.date() for c in published if c.mention.precision in ("datetime", "date")]
    if days and len(published) > len(days):  # 「前年度の成果物（2026年12月公表）」 before a call opened 2027年11月5日: the
        # publication of an earlier work, a month the call's own publication day comes long after
        past = {id(c) for c in published if window(c.mention.precision, c.mention.date())[1] < min(days) - PAST_MONTH}
        merged = [c for c in merged if id(c) not in past]
        published = [c for c in published if id(c) not in past]
    rounds: dict[str, list[Candidate]] = {}
    for candidate in published if len(published) > 1 else []:  # 「募集要項の公表（第1回）」「…（第2回）」: a call of
        named = ROUND_NAMED.search(candidate.label)  # two rounds, each opened on a day of its own (a steps × rounds table)
        rounds.setdefault(named.group(1) if named else "", []).append(candidate)
    listed = [c for c in published if c.mention.day and LISTED_CALL_DAY.match(L.unspaced(c.label))]
    if len(listed) > 1 and len({c.mention.date() for c in listed}) == len(listed):  # 「公告日 令和9年6月7日」 over one call's
        # steps, 「公告日 令和9年5月10日」 over another's (「公告日（…業務）」 in a list of calls a row each): each call's own
        merged = [c for c in merged if c.kind != "published" or any(c is own for own in listed)]
    elif len(rounds) > 1 and "" not in rounds:
        firsts = {
            id(min(group, key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no)))
            for group in rounds.values()
        }
        merged = [c for c in merged if c.kind != "published" or id(c) in firsts]
    elif len(published) > 1:  # one publication per notice: the first (公告 and 配布開始 days apart)
        # (「入札公告（入札説明書等の公表）」 on a day: the call's own, before which a 「年報（令和9年3月公表）」 is another paper's)
        own = [c for c in published if not OTHER_NOTICE_DAY.search(c.label)]  # (a text run onto one line: all in its head)
        named = [c for c in own if c.mention.day and CALL_NOTICE.search(L.unspaced(c.label))]
        first = min(named or own or published, key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no))
        merged = [c for c in merged if c.kind != "published" or c is first]
    return sorted(merged, key=lambda c: (window(c.mention.precision, c.mention.date())[0], c.line_no))


# 「Maintenance of Ocean Observation Buoy Network (Date of notice: 2025/12/19)」「…の調達（公告日：令和7年12月19日）」: the
# day another notice (a related one listed, an earlier procedure told of) was published, bracketed after its title
OTHER_NOTICE_DAY = re.compile(
    r"(?i)[^\s(（][^()（）]{3,}[(（]\s{0,2}(?:date\s{1,2}of\s{1,2}notice|notice\s{1,2}date|公告日|公示日)\s{0,2}[:：]?\s{0,2}$"
)


# 「8/23(月)〜8/27(金)のうち1日」「…のうちいずれか1日」: a window of days the step takes one of
ONE_DAY_AMONG = re.compile(r"のうち\s{0,2}(?:いずれか\s{0,2})?(?:の\s{0,2})?[1１一]\s{0,2}日")


# the leading words of a label that names a deadline by its noun alone (「受付期限の日付(」 → 「受付期限」)
SHORT_NAME = re.compile(r"[^\s(の、]{3,12}")


def restated_step(candidates: list[Candidate]) -> None:
    """「※No.1は受付期限の時刻のみの訂正です。受付期限の日付(8月7日)に変更はありません。」 below 「4(1) 質問の受付期限 8月7日
    (金)正午」: a step named again later by the tail of its name (no paper of its own, no time), on its day, is that
    step; read alone, 「受付期限」 would be a submission of its own."""
    timed: dict[dt.date, list[Candidate]] = {}
    for candidate in candidates:
        if candidate.mention.time is not None:
            timed.setdefault(candidate.mention.date(), []).append(candidate)
    if not timed:
        return
    for candidate in candidates:
        if (
            candidate.kind != "submission"
            or candidate.mention.time is not None
            or candidate.mention.date() not in timed
            or not L.is_weak(candidate.label)
            or L.is_generic(candidate.label)
        ):
            continue
        short = SHORT_NAME.match(L.unspaced(L.clean_label(candidate.label)).strip())
        if not short:
            continue
        named = {
            other.kind
            for other in timed[candidate.mention.date()]
            if other.line_no < candidate.line_no and short.group() in other.label and short.group() != other.label.strip()
        }
        if len(named) == 1:
            candidate.kind = next(iter(named))


def notice_day(best: Candidate, timed: Candidate, group: list[Candidate]) -> bool:
    """「公告日 2027/09/01」 and 「入札説明書等ダウンロード期間 2027/09/01 09:00 ～」 (a portal's fields): the notice is dated a
    day; the hour the papers are first handed out is the window's, not the notice's. (When the notice's text states
    that hour again, 「交付期間は、6月1日午前9時から」, the call is taken to open at that moment.)"""
    if best.kind != "published":
        return False
    # (「Date of this notice: Monday, June 1, 2026」 and 「The tender documentation is available … from 9:00 a.m., Monday,
    # June 1, 2026 until …」: an English notice's day, and the hour its papers are first handed out)
    opens = timed.window or EN_OPENS_FROM.search(timed.label) is not None
    if not opens or not (NOTICE_DAY_LABEL.search(L.unspaced(L.clean_label(best.label))) or EN_NOTICE_DAY.search(best.label)):
        return False
    return sum(1 for c in group if c.mention.time == timed.mention.time) < 2


ROUND_NAMED = re.compile(r"第\s{0,2}(\d{1,2}|[一二三四五六七八九十])\s{0,2}回")  # 「（第2回）」: a round of the call
# 「公告日」「公告日（雪代市立図書館システム更新業務）」: a call's day of publication keyed as such, the call named after it
# (not a state of the day: 「公告日（予定）」 beside the 「公告日」 it came to, 「公告日（当初）」「公告日（変更後）」)
LISTED_CALL_DAY = re.compile(
    r"^(?:公告|公示)日(?:[(（](?![^()（）]*(?:予定|当初|訂正|変更|前回|再公告|再度|本公告|事前|参考|延期))[^()（）]{2,40}[)）])?$"
)
NOTICE_DAY_LABEL = re.compile(r"(?:公告|公示|告示)(?:日|年月日)?$")
EN_NOTICE_DAY = re.compile(r"(?i:\bdate\sof\s(?:this\s|the\s)?(?:notice|issue|publication|announcement)\b|\bnotice\sdate\b)")
EN_OPENS_FROM = re.compile(r"(?i:\bavailable\b.{0,40}\bfrom)\s{0,2}$")
# 「入札公告」「公告日」「公募開始」: the call's own publication named (not 「実施方針の公表」, nor a paper's 「…公表」)
CALL_NOTICE = re.compile(r"^[^()（）は]{0,12}?(?:公告|公示|告示)(?:日|年月日)?(?:[(（]|$)|^(?:公募|募集)(?:の)?開始")
PAST_MONTH = dt.timedelta(days=92)  # a month a publication of its own ends this long before the call's publication day


EVENT_WHEN_WORDS = re.compile(r"日時|日程|期日|開催|実施|予定|\s")


def timed_to(vague: Candidate, same: list[Candidate]) -> None:
    """「現地説明会の参加申込 7月10日まで」 in the schedule, 「申込方法：7月10日午後5時までに、参加申込書を…」 under the
    briefing: a deadline that names no step, dropped for the step named on its day (``same``: the candidates of its kind
    that day), gives that step its time when it is the only step of its kind that day and none of them has a time."""
    if vague.mention.time is None or not vague.mention.day:
        return
    if one_untimed_step(same):
        for candidate in same:
            candidate.mention.time, candidate.mention.precision = vague.mention.time, "datetime"


def one_untimed_step(same: list[Candidate]) -> bool:
    """``same`` (the candidates of a kind on a day) name one step, none of them with a time."""
    return len({L.unspaced(L.clean_label(c.label)) for c in same}) == 1 and all(c.mention.time is None for c in same)


# the steps an award notice gives the bidders it did not choose (理由の説明請求, 苦情申立て, the days the contract waits)
EN_RECOURSE_STEP = re.compile(r"(?i)\b(debriefing|complaint|standstill)s?\b")


def events_apart(group: list[Candidate]) -> list[list[Candidate]]:
    """「説明会 日時 8月20日午後1時30分」「現地見学会 日時 同日午後3時」: events of one kind on one day that start at
    different times and name different steps are steps of their own; the group's other candidates (「説明会・現地見学会
    8月20日」 in the schedule) go with the first. Any other group is one step."""
    if group[0].kind not in ("other", "hearing"):
        return [group]
    if group[0].kind == "other" and len(group) > 1:
        recourse: dict[str, list[Candidate]] = {}
        unnamed: list[Candidate] = []  # (the rest, gathered as they come: not looked up in the parts one by one)
        for candidate in group:
            named = EN_RECOURSE_STEP.search(candidate.label) if candidate.label.isascii() else None
            if named:
                recourse.setdefault(named.group(1).lower(), []).append(candidate)
            else:
                unnamed.append(candidate)
        if len(recourse) > 1:  # 「Complaints … shall be submitted by 23:59 JST on Friday, 4 February」 and 「The Standstill
            # Period … ends at 23:59 JST on Friday, 4 February」: an award notice's recourse steps, each its own though
            # they share the moment (a step told twice, by the same name, stays one)
            parts = list(recourse.values())
            parts[0] += unnamed
            return parts
    by_time: dict[dt.time, list[Candidate]] = {}
    for candidate in group:
        if candidate.mention.time is not None and L.is_event(candidate.label):
            by_time.setdefault(candidate.mention.time, []).append(candidate)
    if len(by_time) == 1:
        # 「応募説明会 7月15日午前10時」「施設見学会 7月15日 応募説明会終了後に実施」: the event held after the other one,
        # its time not given, is a step of its own
        timed = {EVENT_WHEN_WORDS.sub("", L.unspaced(L.clean_label(c.label))) for c in group if c.mention.time}
        after = [
            c
            for c in group
            if c.mention.time is None
            and L.is_event(c.label)
            and ENDED_AFTER.search(c.evidence)
            and all(
                (name := EVENT_WHEN_WORDS.sub("", L.unspaced(L.clean_label(c.label)))) and name not in other and other not in name
                for other in timed
            )
        ]
        if after:
            return [[c for c in group if c not in after], after]
    if len(by_time) < 2:
        return [group]
    names = [{EVENT_WHEN_WORDS.sub("", L.unspaced(L.clean_label(c.label))) for c in at} for at in by_time.values()]
    for one, other in ((a, b) for i, a in enumerate(names) for b in names[i + 1 :]):
        if any(not x or not y or x in y or y in x for x in one for y in other):
            return [group]  # (one step given twice, or a step and its part)
    parts = [list(at) for _, at in sorted(by_time.items())]
    parts[0] += [c for c in group if not any(c in part for part in parts)]
    return parts


def other_notice_day(candidate: Candidate) -> bool:
    """A publication below the head whose label tells the day as another notice's (``OTHER_NOTICE_DAY``)."""
    return candidate.kind == "published" and candidate.line_no > HEAD_LINES and bool(OTHER_NOTICE_DAY.search(candidate.label))
