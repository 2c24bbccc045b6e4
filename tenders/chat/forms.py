"""The channel form, for a team's leads: a name, what it gets, and the credentials its kind needs
(the kind is chosen before: the form shows that kind's fields only). Credentials are never put back
into the form: a blank field keeps what is stored, whose masked tail is the placeholder. A URL is
checked against SSRF here (and again at every send)."""

from __future__ import annotations

from cryptography.hazmat.primitives import serialization
from django import forms
from django.utils.translation import gettext_lazy as _

from tenders import outbound
from tenders.chat import secrets
from tenders.chat.models import Channel
from tenders.chat.transports import CREDENTIALS

NOT_SECRET = ("room_id", "bot_id", "channel_id", "service_account", "client_id")  # shown back as they are
ALL_CREDENTIALS = tuple(dict.fromkeys(name for names in CREDENTIALS.values() for name in names))  # every kind's fields


class ChannelForm(forms.ModelForm):
    url = forms.CharField(label=_("webhook URL"), required=False, max_length=2000)
    secret = forms.CharField(
        label=_("signing secret"),
        required=False,
        max_length=200,
        help_text=_("At least 16 characters; used for HMAC-SHA256."),
        widget=forms.PasswordInput,
    )
    token = forms.CharField(label=_("API token"), required=False, max_length=500, widget=forms.PasswordInput)
    room_id = forms.CharField(label=_("room ID"), required=False, max_length=40)
    client_id = forms.CharField(label=_("client ID"), required=False, max_length=200)
    client_secret = forms.CharField(label=_("client secret"), required=False, max_length=200, widget=forms.PasswordInput)
    service_account = forms.CharField(label=_("service account"), required=False, max_length=200)
    private_key = forms.CharField(
        label=_("private key (PEM)"), required=False, max_length=10000, widget=forms.Textarea(attrs={"rows": 4})
    )
    bot_id = forms.CharField(label=_("bot ID"), required=False, max_length=40)
    channel_id = forms.CharField(label=_("channel ID"), required=False, max_length=200)

    class Meta:
        model = Channel
        fields = ["name", "sends_reminders", "sends_changes", "sends_summary", "sends_discoveries", "enabled"]

    def __init__(self, *args, kind: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.kind = kind
        self.stored = self.instance.credentials if self.instance.pk else {}
        self.credentials: dict = {}
        for name in ALL_CREDENTIALS:
            if name not in CREDENTIALS[kind]:
                del self.fields[name]
                continue
            field = self.fields[name]
            field.widget.attrs["autocomplete"] = "new-password" if isinstance(field.widget, forms.PasswordInput) else "off"
            if name in self.stored:
                if name in NOT_SECRET:
                    self.initial.setdefault(name, self.stored[name])
                else:
                    shown = "…" if name == "private_key" else secrets.mask(self.stored[name])  # a PEM ends the same for all
                    field.widget.attrs["placeholder"] = _("saved %(mask)s — type only to change") % {"mask": shown}

    def clean(self):
        data = super().clean()
        credentials = {}
        for name in CREDENTIALS[self.kind]:
            value = (data.get(name) or "").strip() or self.stored.get(name, "")
            if not value:
                self.add_error(name, _("Required for this service."))
                continue
            credentials[name] = value
        if (data.get("url") or "").strip():
            try:
                outbound.check_url(credentials["url"], https_only=True)
            except outbound.UnsafeURL as error:
                self.add_error("url", str(error))
        if self.kind == "webhook" and credentials.get("secret") and len(credentials["secret"]) < 16:
            self.add_error("secret", _("At least 16 characters; used for HMAC-SHA256."))
        if self.kind == "chatwork" and credentials.get("room_id") and not credentials["room_id"].isdigit():
            self.add_error("room_id", _("A room ID is a number (the digits after #!rid in the room's address)."))
        if self.kind == "line_works" and (data.get("private_key") or "").strip():
            try:
                serialization.load_pem_private_key(credentials["private_key"].encode(), password=None)
            except (ValueError, TypeError):
                self.add_error("private_key", _("This is not a PEM private key without a passphrase."))
        self.credentials = credentials
        return data

    def save(self, commit=True):
        from tenders.chat.channels import channel_save

        self.instance.kind = self.kind
        return channel_save(self.instance, self.credentials)
