"""Run the saved searches once against KKJ_API_URL, or add one: for cron users and checks."""

from django.core.management.base import BaseCommand, CommandError

from tenders.discovery import runs, services
from tenders.discovery.models import SavedSearch
from tenders.models import Team


class Command(BaseCommand):
    help = "Run the saved searches once on the 官公需情報ポータルサイト (one line per new result), or add one with --save."

    def add_arguments(self, parser):
        parser.add_argument("--team", help="Only this team's searches (its name).")
        parser.add_argument("--query", default="", help="Keywords of a search to add (with --save).")
        parser.add_argument("--prefecture", default="", help="Two-digit prefecture codes, comma-separated (with --save).")
        parser.add_argument("--organization", default="", help="Issuer (with --save).")
        parser.add_argument("--name", default="", help="Name of the search to add (default: the keywords).")
        parser.add_argument("--save", action="store_true", help="Add a saved search instead of running them.")

    def handle(self, *args, team=None, query="", prefecture="", organization="", name="", save=False, **options):
        chosen = None
        if team:
            chosen = Team.objects.filter(name=team).first()
            if chosen is None:
                raise CommandError(f"チーム「{team}」はありません。")
        if save:
            if chosen is None:
                raise CommandError("--save には --team が必要です。")
            search = SavedSearch(
                team=chosen,
                name=(name or query or organization or prefecture)[:100],
                query=query,
                prefectures=prefecture,
                organization=organization,
            )
            try:
                services.saved_search_save(search)
            except Exception as exc:  # a ValidationError's messages, in Japanese
                raise CommandError(f"保存できませんでした：{'; '.join(getattr(exc, 'messages', [str(exc)]))}") from None
            self.stdout.write(f"保存しました：{search.team} / {search.name}")
            return
        searches = SavedSearch.objects.filter(enabled=True).select_related("team").order_by("team__name", "name")
        if chosen is not None:
            searches = searches.filter(team=chosen)
        report = runs.run(list(searches))
        for item in report.new:
            entry = item.entry
            self.stdout.write(
                f"{item.team}\t{entry.issued_on()}\t{entry.organization_name}\t{entry.project_name}\t{entry.source_url}"
            )
        for failure in report.failures:
            self.stderr.write(failure)
        if report.failures and not report.new:
            raise CommandError(f"{len(report.failures)}件の検索が失敗しました。")
