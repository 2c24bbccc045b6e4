import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from tenders.extractor import extract
from tenders.extractor.scoring import SHAPES, Totals, score_file
from tenders.text.documents import SUFFIXES, DocumentError, decode_text, read_document


def notices_in(folder: Path) -> list[tuple[Path, Path]]:
    """Each answer NAME.json with its notice NAME.txt (or .pdf, .docx) in a folder."""
    pairs = []
    for answer in sorted(folder.glob("*.json")):
        document = next((answer.with_suffix(s) for s in SUFFIXES if answer.with_suffix(s).exists()), None)
        if document is not None:
            pairs.append((document, answer))
    return pairs


class Command(BaseCommand):
    help = (
        "Score the extractor on folders of notices with hand-checked answers (NAME.txt/.pdf/.docx + NAME.json): "
        "per file what was missed and what was extra; totals precision, recall, F1 and kind accuracy."
    )

    def add_arguments(self, parser):
        parser.add_argument("folders", nargs="+", type=Path)
        parser.add_argument(
            "--shape",
            choices=sorted(SHAPES),
            default="as-written",
            help="read each notice in another shape first (one-line: every line break a space; blank-lines, indented, "
            "wrapped-40/60, cells-on-lines), to measure that the extractor reads the shapes conversion tools give alike",
        )

    def handle(self, *args, folders, shape, **options):
        scores = []
        for folder in folders:
            if not folder.is_dir():
                raise CommandError(f"{folder}: フォルダがありません。")
            pairs = notices_in(folder)
            if not pairs:
                raise CommandError(f"{folder}: 答え（NAME.json）と文書（NAME.txt など）の組がありません。")
            for document, answer_file in pairs:
                try:
                    text = decode_text(document.read_bytes()) if document.suffix == ".txt" else read_document(document)
                    answer = json.loads(answer_file.read_text(encoding="utf-8"))
                except (OSError, DocumentError, ValueError) as exc:
                    raise CommandError(f"{document}: {exc}") from None
                proposed = extract(SHAPES[shape](text)).as_json()["milestones"]
                score = score_file(document.name, answer.get("milestones") or [], proposed)
                scores.append(score)
                self.report(score)
        totals = Totals(scores)
        self.stdout.write(
            f"\nfiles {len(scores)}  matched {totals.true_positive}  "
            f"missed {sum(len(s.missed) for s in scores)}  extra {sum(len(s.extra) for s in scores)}"
        )
        self.stdout.write(
            f"precision {totals.precision:.3f}  recall {totals.recall:.3f}  F1 {totals.f1:.3f}  "
            f"kind accuracy {totals.kind_accuracy:.3f}"
        )

    def report(self, score):
        wrong = score.wrong_kind
        status = "ok" if not (score.missed or score.extra or wrong) else ""
        self.stdout.write(f"{score.name}: {len(score.matched)} matched {status}".rstrip())
        for point in score.missed:
            self.stdout.write(f"  missed {point}")
        for point in score.extra:
            self.stdout.write(f"  extra  {point}")
        for answer, proposed in wrong:
            self.stdout.write(f"  kind   {proposed.kind} for {answer}")
