from django import forms
from django.utils.translation import gettext_lazy as _

from tenders.discovery.models import SavedSearch
from tenders.models import Team


class SavedSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["team", "name", "query", "prefectures", "category", "procedure_type", "organization", "run_at", "enabled"]
        widgets = {"run_at": forms.TimeInput(attrs={"type": "time"}, format="%H:%M")}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["team"].queryset = Team.objects.led_by(user)
        self.fields["team"].empty_label = None
        self.fields["team"].help_text = _("Only a team's leads edit its saved searches.")
