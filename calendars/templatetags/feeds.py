from django import template

register = template.Library()


@register.simple_tag
def feed_address(feed, user):
    """The URL through which ``user`` reads ``feed`` (see Feed.address_for), or None."""
    return feed.address_for(user)
