"""
Settings shared by every environment.

Everything that differs between machines comes from environment variables
(README lists them). Development needs none; production refuses to start
without its secrets (see production.py).
"""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from safereturn.base.security_headers import add_static_file_headers

from .environment import env_bool, env_int, env_list, env_path, env_str

# site/settings/base.py -> site/ is the project package, its parent the repository.
PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


# Applications ---------------------------------------------------------------

INSTALLED_APPS = [
    # Project apps first so their templates and commands win.
    "safereturn.accounts",
    "safereturn.organisation",
    "safereturn.base",
    "campaigns",
    "courses",
    "casework",
    # Wagtail and its contrib apps.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "safereturn.accounts.wagtail_users.SafeReturnUsersAppConfig",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Background work (safereturn.base.periodic and each app's tasks).
    "django_tasks",
    "django_tasks_db",
    # Security.
    "axes",
    "csp",
    # Second factor for staff (safereturn.accounts): TOTP apps and backup codes.
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    # Django.
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

# Order matters, and each position is deliberate:
# - the page cache sits outermost so that it stores responses with every
#   security header already set, and answers a hit before any other work;
# - whitenoise answers static files before anything else runs;
# - compression sits inside the cache so compressed bytes are what is stored.
MIDDLEWARE = [
    "safereturn.base.middleware.PublicPageCacheUpdateMiddleware",
    # Outside the cache, so that cached pages also answer If-None-Match with 304.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "safereturn.base.middleware.PublicPageCacheFetchMiddleware",
    "safereturn.base.middleware.SecurityHeadersMiddleware",
    "safereturn.base.middleware.ContentSecurityPolicyMiddleware",
    "safereturn.base.middleware.PublicCompressionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Staff sessions, after authentication (they read request.user) and
    # messages (a sign-out for inactivity leaves one): django-otp marks which
    # second factor verified the session; then each session is checked
    # against its record (ended elsewhere, idle, too old) and its activity
    # noted; then a user who must use a second factor and has not is sent to
    # the door. All three do nothing without a session cookie, so anonymous
    # pages never touch the session.
    "django_otp.middleware.OTPMiddleware",
    "safereturn.accounts.middleware.StaffSessionMiddleware",
    "safereturn.accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Axes last, as its documentation asks, so it sees the final auth result.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "safereturn.urls"
WSGI_APPLICATION = "safereturn.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Data -----------------------------------------------------------------------

# SQLite is the embedded default so that `make run` needs nothing installed;
# production and CI point DATABASE_URL at PostgreSQL.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and a writer work at once (gunicorn workers, the admin).
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Two caches: "default" for small shared values (settings, fragments) and
# "pages" for whole public responses, which is cleared on every publish.
# REDIS_URL switches both to a shared Redis, as any multi-process or
# multi-machine deployment needs.
REDIS_URL = env_str("REDIS_URL")
# Wagtail also keeps image renditions in a "renditions" cache: it writes the
# renditions of every image it shows back to that cache on each request, so it
# must be cheap to write to (memory or Redis, never files). A rendition never
# changes once made; an hour in one process's memory is safe.
if REDIS_URL:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"safereturn-{alias}",
            "TIMEOUT": 600,
            # A Redis that hangs must not hang every request with it.
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
        for alias in ("default", "pages", "renditions")
    }
else:
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": alias,
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
        for alias in ("default", "pages", "renditions")
    }
    CACHES["renditions"]["TIMEOUT"] = 3600

# Whole-page caching of anonymous GETs (safereturn.base.middleware); a change
# an editor publishes replaces cached pages at once (safereturn.base.caching).
CACHE_MIDDLEWARE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)

# Background work --------------------------------------------------------------

# Two task backends (django-tasks). Wagtail's own tasks (search and reference
# index) use "default" and run at once, inside the request, as they always
# have. The project's own work (e-mails, exports, statistics, anything that
# must not hold a request) is queued with `backend="background"` in the
# database and run by `manage.py db_worker --backend background`, which
# `make run` starts beside the web server (README, "Background work").
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Accounts -------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"

AUTHENTICATION_BACKENDS = [
    # Axes first: it refuses locked-out credentials before any other backend.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Argon2 first: new and changed passwords are hashed with it, and older
# PBKDF2 hashes are rehashed with Argon2 at their owner's next sign-in.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]

# One door for everyone who signs in (safereturn.accounts): the staff
# sign-in under "/tai-khoan/" ("/en/account/"). Wagtail's admin login and its
# front-end login for private pages lead there too.
LOGIN_URL = "accounts:sign_in"
# Where a sign-in without a `next` address lands: "My account".
LOGIN_REDIRECT_URL = "accounts:home"
LOGOUT_REDIRECT_URL = "accounts:sign_in"
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
# Administrators never choose a person's password: every new account gets an
# invitation link, valid for INVITATION_DAYS days and usable once.
WAGTAILUSERS_PASSWORD_ENABLED = False
INVITATION_DAYS = env_int("INVITATION_DAYS", 7)

# Sessions end after a time without any request the person made (Wagtail's
# editing-session pings, autosaves, preview refreshes and the warning's own
# checks do not count), and in any case SESSION_ABSOLUTE_SECONDS after
# sign-in. The limit is that of the most sensitive area the user can reach
# (safereturn.accounts.policy): "restricted" for the admin and casework,
# "learner" for everyone else. A warning shows SESSION_IDLE_WARNING_SECONDS
# before, where JavaScript runs.
SESSION_IDLE_TIMEOUTS = {
    "restricted": env_int("SESSION_IDLE_SECONDS_RESTRICTED", 15 * 60),
    "learner": env_int("SESSION_IDLE_SECONDS_LEARNER", 60 * 60),
}
SESSION_IDLE_WARNING_SECONDS = env_int("SESSION_IDLE_WARNING_SECONDS", 2 * 60)
SESSION_ABSOLUTE_SECONDS = env_int("SESSION_ABSOLUTE_SECONDS", 10 * 60 * 60)

# Sign-in failures from one address across every account: past this many in
# the window, that address may not try again until the window closes
# (safereturn.base.ratelimit). High enough for an office behind one address.
SIGN_IN_ADDRESS_LIMIT = {
    "failures": env_int("SIGN_IN_ADDRESS_FAILURES", 50),
    "window": 15 * 60,
}
# Forgotten-password requests per address (each sends at most one e-mail).
PASSWORD_RESET_ADDRESS_LIMIT = {"requests": 10, "window": 60 * 60}

# Second factor (django-otp). Wrong codes wait 1, 2, 4... seconds per device.
OTP_TOTP_ISSUER = "Trở về an toàn"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
BACKUP_CODE_COUNT = 10
# Authentication backends whose sessions count as verified by a second
# factor. Empty everywhere but in the test settings (Django's force_login).
SECOND_FACTOR_TRUSTED_BACKENDS = []

# The security log keeps this many days (`prune_security_log`, daily).
SECURITY_LOG_RETENTION_DAYS = env_int("SECURITY_LOG_RETENTION_DAYS", 730)

# E-mail: invitations, password resets, second-factor resets (README, "E-mail").
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Trở về an toàn <no-reply@localhost>")

# django-axes: a username is locked for an hour after 5 failures from one
# address, so a stranger elsewhere cannot lock an official out, and a
# provincial office behind one shared address is not locked out as a whole.
# Axes has one limit for every rule, so spreading guesses over many names
# from one address is for the front server to rate-limit (README).
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/locked_out.html"
# Axes keeps a row per failing (username, address) for the cool-off; it does
# not log successful sign-ins, and masks names and addresses in its log lines.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "password"]

# The project's own reverse proxies: addresses or CIDR networks, IPv4 or IPv6,
# e.g. TRUSTED_PROXIES=127.0.0.1,::1 for nginx on the same machine. Only a
# request from one of them has its X-Forwarded-For read (the right-most entry
# that is not one of them is the client; safereturn.base.client_address).
# Empty (the default), the header is never read and REMOTE_ADDR is the client.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# django-axes keys lock-outs by the same address as every other limit.
AXES_CLIENT_IP_CALLABLE = "safereturn.base.client_address.client_ip"

# Page and collection passwords (safereturn.base.passwords). Per address and
# restriction: 5 wrong passwords free, then a wait since the last failure of
# 5 s doubling up to 60 s, and every try refused after 20 within the hour that
# began at the first failure. Per restriction, from every address together:
# after 50 failures in 15 minutes each try is slowed by 1 s, never refused.
PASSWORD_GUESS_LIMITS = {
    "free_failures": 5,
    "first_delay": 5,
    "max_delay": 60,
    "max_failures": 20,
    "window": 60 * 60,
    "restriction_failures": 50,
    "restriction_delay": 1,
    "restriction_window": 15 * 60,
}

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_SECONDS
CSRF_COOKIE_HTTPONLY = True
# Gone when the browser closes, not a year later: on a shared or seized phone,
# a CSRF cookie dated from the report form would show the site was visited.
CSRF_COOKIE_AGE = None

# Internationalisation ------------------------------------------------------

LANGUAGE_CODE = "vi"
LANGUAGES = [
    ("vi", "Tiếng Việt"),
    ("en", "English"),
]
# The project's own catalogue first (`make messages` writes it), then the
# Vietnamese of the packages the admin loads, which Django reads before the
# packages' own (`manage.py refresh_vendor_catalogue` writes it).
LOCALE_PATHS = [PROJECT_DIR / "locale", PROJECT_DIR / "locale_vendor"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
# "Translate" creates the translation as a draft: an English page full of
# Vietnamese text never goes live before someone has translated it
# (safereturn.base.translation_workflow asks again before publishing one
# with untranslated text).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# Static and media -----------------------------------------------------------

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env_path("STATIC_ROOT", BASE_DIR / "static_collected")
STATIC_URL = "/static/"

# Two places for uploads, so that a front server or a bucket can publish one
# whole folder and never anything else:
# - MEDIA_ROOT, served at MEDIA_URL, holds image renditions only: resized
#   copies made from originals whose metadata was removed at upload;
# - PRIVATE_MEDIA_ROOT holds what editors upload (original images, documents,
#   files staged by the multiple uploader). It is never served as files:
#   documents go out through Wagtail's permission-checked view, originals
#   never. Casework files live in neither.
MEDIA_ROOT = env_path("MEDIA_ROOT", BASE_DIR / "media")
MEDIA_URL = "/media/"
PRIVATE_MEDIA_ROOT = env_path("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "uploads")

STORAGES = {
    # Strips EXIF, XMP, IPTC and other metadata from every file written to it
    # (safereturn.base.uploads), whichever upload path wrote it.
    "default": {
        "BACKEND": "safereturn.base.uploads.storage.MetadataFreeFileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
    "renditions": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT, "base_url": MEDIA_URL},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"
# The admin's upload forms run the same cleaner first, so that a file it
# refuses (a Word document, a damaged photo) is an error on the form.
WAGTAILIMAGES_IMAGE_FORM_BASE = "safereturn.base.uploads.forms.MetadataFreeImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "safereturn.base.uploads.forms.MetadataFreeDocumentForm"
# Documents always go through Wagtail's view, which checks collection
# privacy, and never out as a storage URL (a bucket's, say).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WHITENOISE_ALLOW_ALL_ORIGINS = False
WHITENOISE_ADD_HEADERS_FUNCTION = add_static_file_headers

# Uploads are bounded: nothing public needs more than a few megabytes.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "odt", "ods", "txt", "mp4", "webm", "vtt"]

# Wagtail --------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Trở về an toàn"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")

WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        # Vietnamese has no stemmer; folding is done by the project (see
        # safereturn.base.search) so the backend must not stem either.
        "SEARCH_CONFIG": "simple",
    }
}

# Pages whose "checked against the law on" date is older than this are
# listed under Reports → Legal check overdue (safereturn.base.legal_review).
LEGAL_REVIEW_MAX_AGE_DAYS = env_int("LEGAL_REVIEW_MAX_AGE_DAYS", 365)

# The time zones an editor may choose in their account: Viet Nam first, UTC,
# then the main destination countries of Vietnamese migrant workers (names
# every browser's Intl knows; tests/base/test_time_zones.py checks).
WAGTAIL_USER_TIME_ZONES = [
    "Asia/Ho_Chi_Minh",
    "UTC",
    "Asia/Shanghai",
    "Asia/Taipei",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Asia/Phnom_Penh",
    "Asia/Vientiane",
    "Asia/Yangon",
    "Asia/Bangkok",
    "Asia/Kuala_Lumpur",
    "Asia/Singapore",
    "Asia/Dubai",
    "Asia/Riyadh",
    "Europe/Moscow",
    "Europe/Berlin",
    "Europe/London",
    "Australia/Sydney",
]

# The admin must not call out: no release check, no avatars from Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_COMMENTS_ENABLED = True
# The admin keeps Vietnamese letters in slugs; BasePage.clean folds them to ASCII.
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_FINDERS = []  # no oEmbed look-ups to third parties

WAGTAIL_PASSWORD_RESET_ENABLED = False  # no e-mail is configured by default
# Password forms in the site's own look, with quick exit and the hotlines.
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "base/password_required.html"  # noqa: S105  (a template name)
WAGTAILDOCS_PASSWORD_REQUIRED_TEMPLATE = "base/document_password_required.html"  # noqa: S105

# Security -------------------------------------------------------------------

# Restricted areas (safereturn.base.areas): never cached, never compressed,
# `no-store` and `noindex`, out of robots.txt and the sitemap. One line per
# area: a path from the site's root ("/admin/"), or a path inside the language
# prefixes, translated where the area's address is ("_util/" is "/_util/" and
# "/en/_util/").
RESTRICTED_AREAS = [
    "/admin/",  # Wagtail's admin
    "/documents/authenticate_with_password/",  # a private document collection's password form
    "_util/",  # Wagtail's page password and sign-in forms, in every language
    "/casework/",
    "/health/",  # the load balancer's probe: never cached, never indexed
    _("account/"),  # the staff door: sign-in, second factor, "My account" (safereturn.accounts)
    _("learning/"),  # learners' pages: "My learning", quiz attempts and results (courses)
]

SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites never learn that a visitor came from here (a link followed from
# an anti-trafficking site can itself put someone at risk).
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Nothing is framed, except Wagtail's live preview, whose views set SAMEORIGIN themselves.
X_FRAME_OPTIONS = "DENY"

# One policy for the whole site: only our own origin, no inline script or
# style, nothing from any other origin.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "media-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Wagtail's admin (signed-in staff only) initialises its image, document and
# page choosers and its date pickers with inline scripts whose text varies
# with each field, so no hash or nonce can cover them, and wagtail-localize's
# translation editor injects its styles at run time. Under /admin/ alone,
# inline scripts and styles are allowed, and previews may show data: and blob:
# images. Every other directive stays as strict as on public pages.
ADMIN_CSP_EXTRA = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["data:", "blob:"],
}
# Wagtail's live preview shows the page in a frame of the admin itself: the
# admin's screens, and the preview of a page (rendered as a fake request for
# its public address), may be framed by the site's own origin only.
ADMIN_CSP_REPLACE = {"frame-ancestors": ["'self'"]}
PREVIEW_CSP_REPLACE = {"frame-ancestors": ["'self'"]}

PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

# Logging: never log request bodies or query strings of casework and forms.
# Every handler carries the personal-data filter (casework.logging), which
# blanks decrypted casework values, query strings, e-mail addresses, phone
# and ID numbers in every line. Django's own loggers go through these
# handlers too ("django" passes its lines up to the root's): left alone they
# would keep Django's default handlers, which have no such filter
# (runserver's lines carry query strings).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "casework.logging.PersonalDataFilter"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["personal_data"]},
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["personal_data"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": [], "level": "INFO"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}


# Courses --------------------------------------------------------------------

# Days before a course's due date when its learners get one reminder by
# e-mail (`send_course_reminders`, daily); another follows once it is overdue.
COURSES_REMINDER_DAYS_BEFORE = env_int("COURSES_REMINDER_DAYS_BEFORE", 3)
# Essays' texts are deleted this many days after they are marked (or after
# the attempt, for an essay left unanswered), by `delete_old_essays` (daily);
# their marks and comments stay.
COURSES_ESSAY_RETENTION_DAYS = env_int("COURSES_ESSAY_RETENTION_DAYS", 180)
# Whatever its state (never marked, attempt never submitted), an essay's text
# is deleted this many days after its attempt started.
COURSES_ESSAY_MAX_DAYS = env_int("COURSES_ESSAY_MAX_DAYS", 365)
# Holders of a certificate that expires are reminded this many days before,
# on "My learning" and once by e-mail (`send_certificate_reminders`, daily).
COURSES_CERTIFICATE_REMINDER_DAYS = env_int("COURSES_CERTIFICATE_REMINDER_DAYS", 30)
# Look-ups of the public certificate verification page per address
# (safereturn.base.ratelimit): past this many in the window, it answers 429.
COURSES_CERTIFICATE_LOOKUP_LIMIT = {"lookups": env_int("COURSES_CERTIFICATE_LOOKUPS", 30), "window": 10 * 60}
# Quiz statistics are computed in the background and shown with the time
# they were computed; opening a report older than this queues a new run.
COURSES_STATISTICS_MAX_AGE_SECONDS = env_int("COURSES_STATISTICS_MAX_AGE_SECONDS", 15 * 60)
# The public certificate verification page ("/chung-chi/", "/en/certificate/")
# names a person: like a restricted area, never cached or compressed,
# `no-store` and `noindex`, out of robots.txt and the sitemap (areas.py). It
# stays open to everyone; only the headers and caches treat it apart.
RESTRICTED_AREAS.append(_("certificate/"))


# Casework data ---------------------------------------------------------------
# README, "Casework data: keys, audit and backups".

# Keys of casework's encryption at rest (FIELD_ENCRYPTION_KEYS: field values
# and documents) and of its keyed hashes for exact matching (FIELD_HASH_KEYS),
# never derived from SECRET_KEY. Each is a list of "id:key" entries (in the
# environment: comma-separated), `key` being 32 random bytes in URL-safe
# base64; the first entry encrypts (or hashes), every entry decrypts (or
# matches). `manage.py generate_field_keys` prints new ones. Production
# requires both (production.py); development falls back to these fixed keys.
# DEVELOPMENT ONLY: published in the repository, they protect nothing.
DEVELOPMENT_ONLY_FIELD_ENCRYPTION_KEYS = ["dev-only-1:b4XtW3pWbpkcexmlePnbZsGrtQ1bmsE0-9L0E72I124="]
DEVELOPMENT_ONLY_FIELD_HASH_KEYS = ["dev-only-h1:mpBeHYmPukzB9i5aa03hBedEMjovgUzingRz_OnBd1M="]
FIELD_ENCRYPTION_KEYS = env_list("FIELD_ENCRYPTION_KEYS", DEVELOPMENT_ONLY_FIELD_ENCRYPTION_KEYS)
FIELD_HASH_KEYS = env_list("FIELD_HASH_KEYS", DEVELOPMENT_ONLY_FIELD_HASH_KEYS)

# Casework documents, encrypted before they are written (casework.storage),
# in a folder of their own outside MEDIA_ROOT and PRIVATE_MEDIA_ROOT that
# nothing serves; with several servers, a private bucket (README).
CASEWORK_STORAGE_ROOT = env_path("CASEWORK_STORAGE_ROOT", BASE_DIR / "var" / "casework")
STORAGES["casework"] = {
    "BACKEND": "casework.storage.EncryptedFileSystemStorage",
    "OPTIONS": {"location": CASEWORK_STORAGE_ROOT},
}

# Requests under these paths carry personal data: error pages hide their
# form fields, query strings and local variables (casework.reporting).
PERSONAL_DATA_PATHS = ["/casework/"]
# Error pages (the technical 500 page in DEBUG, error e-mails) never show
# decrypted values, and hide more on PERSONAL_DATA_PATHS (casework.reporting).
DEFAULT_EXCEPTION_REPORTER = "casework.reporting.PersonalDataExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "casework.reporting.PersonalDataExceptionReporterFilter"

# Casework pages (a restricted area, RESTRICTED_AREAS) are stricter than the
# public site: nothing is allowed unless named, no inline script or style at
# all, scripts, styles and images from this origin only (the inactivity
# warning's script and its status checks), forms post only here, nothing
# frames them and no <base> can redirect their links (casework.decorators).
CASEWORK_CONTENT_SECURITY_POLICY = {
    "default-src": ["'none'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "connect-src": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
}


# Reports from the public -----------------------------------------------------
# The report page ("/gui-tin-bao/", "/en/send-a-report/": campaigns.ReportPage)
# and the follow-up with its code (the same address, by POST) are a restricted
# area: never cached or compressed, `no-store`, `noindex`. Its page must have
# this slug in each language (ReportPage.clean says so to the editor).
RESTRICTED_AREAS.append(_("send-a-report/"))
# Error pages and error e-mails hide the form fields and variables of its requests (casework.reporting),
# in both languages (the same addresses as the line above, as RESTRICTED_AREAS gives them).
PERSONAL_DATA_PATHS += ["/gui-tin-bao/", "/en/send-a-report/"]
# Reports sent per client address in one clock hour (counted on a keyed hash
# of the address, in the cache, until the hour ends): with the browser's proof of
# work, and without JavaScript (a signed, time-stamped form instead, filled in
# no faster than PUBLIC_REPORT_MIN_FILL_SECONDS), which is stricter.
PUBLIC_REPORT_LIMITS = {
    "with_proof_of_work": env_int("PUBLIC_REPORTS_PER_HOUR", 10),
    "without_javascript": env_int("PUBLIC_REPORTS_PER_HOUR_WITHOUT_JS", 3),
    "follow_up_lookups": env_int("PUBLIC_REPORT_CODE_LOOKUPS_PER_HOUR", 20),
    "window": 60 * 60,
}
PUBLIC_REPORT_MIN_FILL_SECONDS = env_int("PUBLIC_REPORT_MIN_FILL_SECONDS", 5)
# Leading zero bits the browser's proof of work must find (about 2**bits hashes).
PUBLIC_REPORT_POW_BITS = env_int("PUBLIC_REPORT_POW_BITS", 14)
# Dismissed reports are deleted this many days after (`delete_dismissed_reports`, daily).
PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS = env_int("PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS", 90)
# Who is told (by e-mail, every five minutes, with no personal data) that urgent reports came in; empty: nobody.
PUBLIC_REPORTS_ON_CALL_EMAIL = env_str("PUBLIC_REPORTS_ON_CALL_EMAIL", "")
# Emergency ("break-glass") access to a case outside one's places lasts this many hours (casework.emergency).
BREAK_GLASS_HOURS = env_int("BREAK_GLASS_HOURS", 4)
# An export of cases may be downloaded by whoever asked for it for this many hours, then its file is deleted.
EXPORT_HOURS = env_int("EXPORT_HOURS", 24)
