# Shimekiri image: the same image runs the web server (gunicorn) and the worker (qcluster).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 STATIC_ROOT=/app/var/static MEDIA_ROOT=/app/var/media

WORKDIR /app
COPY pyproject.toml README.md ./
COPY config config
COPY tenders tenders
COPY calendars calendars
COPY templates templates
COPY static static
COPY manage.py ./
RUN pip install . \
 && SECRET_KEY=build-only-placeholder-key-not-used-at-run-time-0123456789abcdef CHAT_SECRET_KEY=YnVpbGQtb25seS1jaGF0LWtleS1uZXZlci11c2VkISE= SITE_URL=https://build.invalid python manage.py collectstatic --noinput -v0 \
 && useradd --create-home --uid 1000 shimekiri \
 && mkdir -p /app/var/media && chown -R shimekiri /app/var

USER shimekiri
EXPOSE 8000
CMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
