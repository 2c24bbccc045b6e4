"""How a person is named on pages: the core's staff_name (display name, full name, login)."""

from django import template

from tenders.models import staff_name

register = template.Library()


@register.filter
def staff(user) -> str:
    return staff_name(user) if user is not None else ""
