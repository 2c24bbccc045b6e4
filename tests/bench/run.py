"""The bench in order: a 1/100 data set for the scaling baseline, then the full one and every figure."""

from __future__ import annotations

import json
import os
import platform
from dataclasses import dataclass
from pathlib import Path

from django.db import connection
from django.utils import timezone

from tenders.models import Milestone, Notice
from tenders.reminders.models import Delivery
from tests.bench import dataset, figures


@dataclass(frozen=True)
class Goal:
    name: str
    what: str
    limit: float
    at_most: bool  # True: figure ≤ limit; False: figure ≥ limit

    def met(self, value: float) -> bool:
        return value <= self.limit if self.at_most else value >= self.limit

    @property
    def text(self) -> str:
        return f"{'≤' if self.at_most else '≥'} {self.limit:g}"


GOALS = [
    Goal("dashboard_queries", "SQL queries, a lead's dashboard (all teams)", 12, True),
    Goal("dashboard_ratio", "dashboard ÷ trivial signed-in page", 3, True),
    Goal("notice_list_ratio", "notice list ÷ dashboard, both viewed again", 2, True),
    Goal("feed_events", "events in the largest team feed", 1000, False),
    Goal("feed_cold_ms", "largest team feed, built from nothing (ms)", 150, True),
    Goal("feed_warm_ratio", "unchanged feed ÷ same bytes as a static file", 2, True),
    Goal("sweep_idle_ms", "reminder sweep with nothing due (ms)", 20, True),
    Goal("sweep_scaling_ratio", "that sweep, full size ÷ 1/100 size", 1.5, True),
    Goal("smtp_mails_per_s", "reminders delivered to aiosmtpd per second", 200, False),
    Goal("smtp_ratio_to_limit", "that ÷ smtplib sending pre-built mails, one connection", 0.5, False),
    Goal("burst_5000_s", "5,000 reminders due at once: last delivery − due moment (s)", 60, True),
    Goal("reminder_latency_max_s", "no backlog: a reminder's delivery − its due moment, max (s)", 60, True),
    Goal("extract_mb_per_s", "extraction of the sample notices (MB/s)", 2, False),
    Goal("extract_scaling_ratio", "extraction of 20 MB ÷ 20 × that of 1 MB (CPU time)", 1.5, True),
    Goal("extract_adversarial_ratio", "one device repeated, 10 × the text ÷ 10 × its time, worst (CPU)", 1.5, True),
    Goal("export_xlsx_s", "every notice and milestone exported as .xlsx (s)", 5, True),  # "a few seconds"
    Goal("export_peak_mb", "peak Python memory of that export (MB, tracemalloc)", 64, True),
    Goal("export_memory_ratio", "that peak, full size ÷ 1/100 size", 10, True),
    Goal("extract_20mb_s", "extraction of 20 MB of text (s)", 5, True),
]


def run(*, scale: float = 1.0, runs: int = 20, warmup: int = 3, output: Path | None = None, say=print) -> dict:
    now = timezone.now()
    result = {
        "database": connection.vendor,
        "measured_through": (
            "pages and the feed built from nothing: django.test.Client (the whole Django stack in process); "
            "the unchanged feed and its static-file baseline: HTTP to gunicorn (one sync worker) on loopback"
        ),
        "scale": scale,
        "runs": runs,
        "warmup": warmup,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "measured_at": now.isoformat(timespec="seconds"),
    }

    small = dataset.Size.at(scale / 100)
    say(f"1/100 data set: {small.notices} notices…")
    dataset.clear()
    built = dataset.build(small, now)
    result["sweep_small_ms"] = figures.sweep_ms(now, runs=runs, warmup=warmup)
    result["dashboard_queries_small"] = figures.dashboard_queries(built["lead"])
    result["notice_list_queries_small"] = figures.notice_list_queries(built["lead"])
    result["export_peak_mb_small"] = figures.export_xlsx(runs=1, warmup=0)["export_peak_mb"]

    size = dataset.Size.at(scale)
    say(f"full data set: {size.notices} notices, {size.milestones} milestones, {size.deliveries} deliveries…")
    dataset.clear()
    built = dataset.build(size, now)
    result["notices"] = Notice.objects.count()
    result["milestones"] = Milestone.objects.count()
    result["deliveries"] = Delivery.objects.filter(status=Delivery.Status.SENT).count()  # the history
    result["planned_reminders"] = Delivery.objects.filter(status=Delivery.Status.PENDING).count()  # what is due next, stored
    due_moments = figures.due_moments(now)  # before the figures below send them

    say("reminder sweep…")
    result["sweep_idle_ms"] = figures.sweep_ms(now, runs=runs, warmup=warmup)
    result["sweep_scaling_ratio"] = result["sweep_idle_ms"] / result["sweep_small_ms"]
    say("dashboard…")
    result["dashboard_queries"] = figures.dashboard_queries(built["lead"])
    result["dashboard_queries_unchanged"] = figures.dashboard_queries(built["lead"], cold=False)
    result |= figures.dashboard(built["lead"], runs=runs, warmup=warmup)
    say("notice list…")
    result["notice_list_queries"] = figures.notice_list_queries(built["lead"])
    result |= figures.notice_list(built["lead"], runs=runs, warmup=warmup)
    say("feed…")
    result |= figures.feed(built["team"], runs=runs, warmup=warmup)
    say("mail…")
    result |= figures.smtp(now, runs=runs, warmup=warmup)
    say("reminder latency…")
    result |= figures.reminder_latency(now, due_moments, runs=runs, warmup=warmup)
    say("a burst of reminders through a real worker…")
    result |= figures.burst(size=max(50, round(5000 * min(1.0, scale))))
    say("extraction…")
    result |= figures.extraction(runs=runs, warmup=warmup, large_mb=20 * min(1.0, scale))
    say("Excel export…")
    result |= figures.export_xlsx(runs=runs, warmup=warmup)
    result["export_memory_ratio"] = result["export_peak_mb"] / result["export_peak_mb_small"]

    result["goals"] = {goal.name: {"goal": goal.text, "met": goal.met(result[goal.name])} for goal in GOALS}
    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    say(table(result))
    return result


def table(result: dict) -> str:
    rows = [
        ("figure", "value", "goal", ""),
        ("notices", f"{result['notices']:,}", "", ""),
        ("milestones", f"{result['milestones']:,}", "", ""),
        ("deliveries", f"{result['deliveries']:,}", "", ""),
    ]
    for goal in GOALS:
        value = result[goal.name]
        shown = f"{value:,}" if isinstance(value, int) else f"{value:,.2f}"
        rows.append((goal.name, shown, goal.text, "ok" if goal.met(value) else "MISSED"))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.append(f"({result['database']}, {result['machine']}, median of {result['runs']} runs)")
    lines.append(f"measured through: {result['measured_through']}")
    return "\n".join(lines)
