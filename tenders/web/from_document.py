"""New notice from a document: paste or upload, review the proposal beside the source, save at once."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _, gettext_lazy
from django.views import defaults

from tenders.extractor import extract
from tenders.models import Team
from tenders.services import atomic_keeping_files, notice_document_add
from tenders.text.cleaning import clean_line
from tenders.text.documents import MAX_BYTES, MAX_TEXT_CHARS, TextTooLong, accept_text
from tenders.web import reading, staging
from tenders.web.forms import NoticeEditor
from tenders.web.notices import warn_about_schedule


class DocumentForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Document"),
        required=False,
        help_text=gettext_lazy(".pdf (with text), .docx or .txt (UTF-8 or Shift_JIS), up to 20 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx,.txt,application/pdf"}),
    )
    text = forms.CharField(
        label=gettext_lazy("…or paste the text"), required=False, strip=False, widget=forms.Textarea(attrs={"rows": 8})
    )

    def clean(self):
        cleaned = super().clean()
        upload, text = cleaned.get("file"), cleaned.get("text") or ""
        if not upload and not clean_line(text):  # nothing, or only spaces and control characters
            raise forms.ValidationError(_("Choose a file or paste the notice's text."))
        if upload:
            if upload.size > MAX_BYTES:
                raise forms.ValidationError(_("The file is larger than 20 MB."))
            # read in the worker (tenders.web.reading), in a child process with a time and memory budget
            cleaned["document_name"], cleaned["document_data"] = clean_line(upload.name) or "document", upload.read()
            cleaned["document_text"] = None
        else:
            try:
                text = accept_text(text)
            except TextTooLong as exc:
                raise forms.ValidationError(too_long_message(exc.length)) from None
            cleaned["document_text"], cleaned["document_name"], cleaned["document_data"] = text, _("pasted text") + ".txt", None
        return cleaned


def too_long_message(length: int) -> str:
    return _("The text is too long (%(length)s characters; the limit is %(limit)s). Paste only the parts with the schedule.") % {
        "length": f"{length:,}",
        "limit": f"{MAX_TEXT_CHARS:,}",
    }


def proposal_initial(proposal, user):
    notice = {
        "title": proposal.title,
        "issuer": proposal.issuer,
        "owner": user.pk,
        "team": Team.objects.of(user).values_list("pk", flat=True).first(),
    }
    milestones = [
        {
            "kind": m.kind,
            "label": m.label,
            "precision": m.precision,
            "date": m.date,
            "time": m.time,
            "delivery_note": m.note,
            "source_excerpt": m.evidence,
        }
        for m in proposal.milestones
    ]
    return notice, milestones


def source_lines(text: str, evidence: list[dict]):
    marked = {item["line"]: n for n, item in enumerate(evidence, start=1)}
    return [(number, line, marked.get(number)) for number, line in enumerate(text.splitlines(), start=1)]


@login_required
def notice_from_document(request):
    """Step 1 reads the document (nothing is saved); step 2 (``token``) saves the reviewed notice."""
    token = request.POST.get("token")
    if request.method == "POST" and token:
        return save_staged(request, token)

    if request.method == "GET" and request.GET.get("reading"):
        return read_upload(request, request.GET["reading"])
    form = DocumentForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid() and form.cleaned_data["document_text"] is None:  # an upload
        token = reading.start(
            user=request.user, filename=form.cleaned_data["document_name"], data=form.cleaned_data["document_data"]
        )
        return read_upload(request, token)
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["document_text"]
        token = staging.stage(
            user=request.user, filename=form.cleaned_data["document_name"], text=text, data=form.cleaned_data["document_data"]
        )
        return review_new(request, text, token)
    return render(request, "tenders/notice_from_document.html", {"form": form})


def read_upload(request, token: str):
    """An upload being read in the worker: the waiting line (htmx polls ``read_upload_status``), then
    the review screen, or the form again with the reason it could not be read."""
    state = staging.reading(token, user=request.user)
    if state is None:
        messages.error(request, _("The document is no longer available (over a day old?). Upload it again."))
        return redirect("tenders:notice_from_document")
    if state.text is not None:
        return review_new(request, state.text, token)
    if state.error is not None:
        staging.remove(state.folder)
        return render(request, "tenders/notice_from_document.html", {"form": DocumentForm(), "error": state.error})
    status_url, here = reading_urls(token)
    return reading.waiting(
        request,
        title=state.filename,
        status_url=status_url,
        reload_url=here,
        message=_("Reading the document…"),
        note=_("The review screen opens when the document is read."),
    )


@login_required
def read_upload_status(request):
    """The waiting line, polled: once the document is read (or could not be), htmx goes on."""
    token = request.GET.get("reading", "")
    state = staging.reading(token, user=request.user)
    status_url, here = reading_urls(token)
    if state is None or state.text is not None or state.error is not None:
        return reading.done(here)
    return reading.still_waiting(request, status_url=status_url, reload_url=here, message=_("Reading the document…"))


def reading_urls(token: str) -> tuple[str, str]:
    """The waiting line's polled URL and this page's URL for an upload being read."""
    query = "?" + urlencode({"reading": token})
    return reverse("tenders:notice_from_document_status") + query, reverse("tenders:notice_from_document") + query


def review_new(request, text: str, token: str, *, initial: dict | None = None, **options):
    """The review screen of a freshly staged document: the extractor's proposal, ``initial`` over it."""
    result = extract(text)
    notice_initial, milestone_initial = proposal_initial(result.proposal, request.user)
    notice_initial.update({name: value for name, value in (initial or {}).items() if value})
    editor = NoticeEditor(user=request.user, initial=notice_initial, milestones=milestone_initial)
    return review(request, editor, text, result, token, **options)


def save_staged(request, token: str, *, after_save=None, **options):
    """Save the reviewed notice with its staged document (and the documents staged beside it), all or
    nothing; ``after_save(notice)`` runs inside the same transaction (another app's record of it)."""
    document = staging.staged(token, user=request.user)
    if document is None:
        messages.error(request, _("The document is no longer available (over a day old?). Upload it again."))
        return redirect("tenders:notice_from_document")
    editor = NoticeEditor(request.POST, user=request.user)
    if editor.is_valid():
        # a failed save leaves no file
        with atomic_keeping_files(), document.original_file() as original, document.attachments() as attached:
            notice = editor.save()
            notice_document_add(notice=notice, filename=document.filename, text=document.text, content=original)
            for name, content, text in attached:
                notice_document_add(notice=notice, filename=name, text=text, content=content)
            if after_save is not None:
                after_save(notice)
        document.discard()
        messages.success(request, _("The notice was saved with its document."))
        warn_about_schedule(request, notice)
        return redirect("tenders:notice_detail", pk=notice.pk)
    result = extract(document.text)
    return review(request, editor, document.text, result, token, **options)


def review(request, editor, text, result, token, *, action: str = "", source=None):
    """The review screen; ``action`` is where it saves (this page by default), ``source`` a credit line
    ({"name", "url"}) shown above the document."""
    context = {
        "editor": editor,
        "token": token,
        "warnings": result.warnings,
        "lines": source_lines(text, result.evidence),
        "evidence": result.evidence,
        "action": action or reverse("tenders:notice_from_document"),
        "source": source,
    }
    return render(request, "tenders/notice_review.html", context)


def bad_request(request, exception):
    """The site's 400 page, except for a paste or upload over the request size limit on this page
    (Django refuses it before any view runs): there the person gets the form again, with a message."""
    if (
        isinstance(exception, RequestDataTooBig)
        and request.path == reverse("tenders:notice_from_document")
        and getattr(getattr(request, "user", None), "is_authenticated", False)
    ):
        error = _(
            "What was sent is larger than %(size)s MB. Paste only the parts with the schedule, or upload the file instead."
        ) % {"size": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)}
        return render(request, "tenders/notice_from_document.html", {"form": DocumentForm(), "error": error}, status=413)
    return defaults.bad_request(request, exception)
