# Production image: the locked runtime dependencies, collected static files, gunicorn.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=kennisbank.settings.production
WORKDIR /app

COPY requirements/base.txt requirements/base.txt
RUN pip install --no-cache-dir --require-hashes -r requirements/base.txt

# .dockerignore leaves out development-only code (devtools/, tests/), secrets and local state.
COPY . .
# collectstatic needs settings to import; these values exist only for this build step.
RUN SECRET_KEY=collectstatic DATABASE_URL=sqlite:////tmp/build.sqlite3 ALLOWED_HOSTS=localhost \
    SITE_URL=http://localhost EMAIL_HOST=localhost STRIPE_SECRET_KEY=build STRIPE_WEBHOOK_SECRET=build \
    STRIPE_PRICE_ID=build STRIPE_YEARLY_PRICE_ID=build python manage.py collectstatic --no-input \
    && useradd --create-home kennisbank
USER kennisbank

EXPOSE 8000
CMD ["gunicorn", "kennisbank.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "30"]
