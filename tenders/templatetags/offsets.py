"""Reminder offsets on pages in words: 7日前, 3営業日前, 3時間前, 期間の初日 (7 days before, …)."""

from django import template
from django.utils.translation import get_language

from tenders.offsets import describe_code

register = template.Library()


@register.filter
def offset(code: str) -> str:
    return describe_code(code, "en" if (get_language() or "ja").startswith("en") else "ja")
