"""Editorial content: articles, the article index, the knowledge base and its topics, authors and themes."""

import math

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from membership.access import can_read_full

from .blocks import ArticleBodyBlock, TopicBodyBlock
from .follows import ArticleMail, DigestMail, Follow  # noqa: F401 -- the follow models live with their rules
from .readership import DailyReads, count_read_after_response  # noqa: F401 -- DailyReads lives with its counting
from .widgets import SearchableSelectMultiple

WORDS_PER_MINUTE = 220


class Theme(models.Model):
    """A group of knowledge-base topics ("Leiderschap", "Verandermanagement", ...)."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    def __str__(self):
        return self.name


class Author(index.Indexed, ClusterableModel):
    """An author or expert. Only editors (Wagtail admin) set the verified-expert flag."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    organisation = models.CharField(_("organisation"), max_length=120, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    expertise = ParentalManyToManyField(
        "articles.TopicPage", verbose_name=_("expertise"), blank=True, related_name="experts"
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author_profile",
    )
    is_verified_expert = models.BooleanField(
        _("verified expert"),
        default=False,
        help_text=_("Set by the editors after checking the person's expertise."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("expertise", widget=SearchableSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("user"), FieldPanel("is_verified_expert")],
            heading=_("Account and verification"),
        ),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.SearchField("role"),
        index.AutocompleteField("name"),
        index.FilterField("is_verified_expert"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("author_detail", kwargs={"slug": self.slug})

    @property
    def initials(self):
        parts = [part for part in self.name.split() if part[:1].isupper()]
        return "".join(part[0] for part in (parts[:1] + parts[-1:] if len(parts) > 1 else parts)) or "?"


PRO_HELP_TEXT = _(
    "Everyone sees the title and the public teaser (an article's lead, a topic's summary and teaser): on "
    "the page, in lists, search results, the RSS feed and when the page is shared. Only Pro members, "
    "editors and moderators read the rest and the discussion under it; other visitors get an invitation "
    "to try Pro in its place."
)


class SocialMetaMixin(models.Model):
    """How a page is shared (its image) and what search engines are told (canonical address, noindex).

    Rendered into the page head by kennisbank.seo; the site's default image is a SharingSettings field.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when the page is shared on social media and in chat apps; 1200 by 630 pixels works "
            "best. Without one, the site's default image is used."
        ),
    )
    canonical_url = models.URLField(
        _("canonical URL"),
        blank=True,
        help_text=_(
            "Only when this text appeared first elsewhere: the address of the original, so search engines "
            "credit it. Leave empty otherwise."
        ),
    )
    noindex = models.BooleanField(
        _("hide from search engines"),
        default=False,
        help_text=_("Asks search engines not to list this page. The page itself stays on the site."),
    )

    promote_panels = [
        *Page.promote_panels,
        MultiFieldPanel(
            [FieldPanel("social_image"), FieldPanel("canonical_url"), FieldPanel("noindex")],
            heading=_("Sharing and search engines"),
        ),
    ]

    class Meta:
        abstract = True

    def get_sitemap_urls(self, request=None):
        if self.noindex or self.canonical_url:
            return []  # search engines are told to skip this page, or to look at the original
        return super().get_sitemap_urls(request)


@register_setting(icon="image")
class SharingSettings(BaseSiteSetting):
    """The site's default social image. Here rather than in kennisbank.SiteSettings: it belongs with the
    pages' own social images."""

    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without its own social image is shared; 1200 by 630 pixels works best."
        ),
    )

    select_related = ["default_social_image"]
    panels = [FieldPanel("default_social_image")]

    class Meta:
        verbose_name = _("sharing on social media")


class ProContentMixin(models.Model):
    """A page with a public teaser and a body that the access policy may withhold.

    The decision is made here once per request (`can_read_full` in the context) so templates only
    present; the body is not rendered at all for readers without access. The discussion under the page
    follows the same policy (templates show it with `{% discussion page %}`).
    """

    is_pro = models.BooleanField(_("Pro only"), default=False, help_text=PRO_HELP_TEXT)

    class Meta:
        abstract = True

    def teaser_text(self) -> str:
        raise NotImplementedError

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["can_read_full"] = can_read_full(request.user, self)
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.is_pro:  # what this page sends depends on who asks, even for anonymous visitors
            patch_cache_control(response, private=True)
            if can_read_full(request.user, self):  # Pro text: not kept on disk after logout either
                patch_cache_control(response, no_store=True)
        count_read_after_response(request, response, self)
        return response


class KnownViewRestrictionsMixin:
    """Lets whoever routed the request hand the page its view restrictions when they are known already
    (kennisbank/site_lookups.py keeps "none" per generation), saving Wagtail's two queries per request."""

    known_view_restrictions = None

    def get_view_restrictions(self):
        if self.known_view_restrictions is not None:
            return self.known_view_restrictions
        return super().get_view_restrictions()


class ChildRoutingMixin:
    """Routes to a child in one query for its own type, found by slug among its thousands of siblings.

    Wagtail's `Page.route` reads the child as a Page and then again as its specific type. A child of
    another type (none is allowed, but one may exist) or none at all goes the general way.
    """

    def routed_child_model(self):
        raise NotImplementedError

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        model = self.routed_child_model()
        try:
            child = model.objects.child_of(self).get(slug=path_components[0])
        except model.DoesNotExist:
            return super().route(request, path_components)
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])


class ArticleIndexPage(KnownViewRestrictionsMixin, ChildRoutingMixin, SocialMetaMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["articles.ArticlePage"]
    max_count = 1
    menu_label = _("Articles")  # the menu in English; in Dutch the editors' title

    class Meta:
        verbose_name = _("article index")

    def routed_child_model(self):
        return ArticlePage

    def articles(self):
        return (
            ArticlePage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-publication_date", "-pk")
            .prefetch_related(*card_prefetches())
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        topic = None
        if topic_slug := request.GET.get("onderwerp"):
            topic = TopicPage.objects.live().filter(slug=topic_slug).first()
            if topic is None:
                raise Http404
            articles = articles.filter(topics=topic)
        context["active_topic"] = topic
        # Read when the template shows them: not at all when the shared fragment has them (fragments.py).
        per_page = settings.ARTICLES_PER_PAGE
        context["page_obj"] = SimpleLazyObject(lambda: paginate(request, articles, per_page))
        context["topics"] = TopicPage.objects.live().order_by("title").only("title", "slug")
        return context


def paginate(request, queryset, per_page):
    """A page of results; junk gives the first page, a number past the end gives the last one.

    The page's rows are read whole only after a subquery found their ids in order (on the articles'
    publication order index): sorting whole rows (bodies included) to find page 500 of 10 000 articles
    would spill to disk on every request.
    """
    paginator = Paginator(queryset.prefetch_related(None).values_list("pk", flat=True), per_page)
    try:
        page = paginator.page(request.GET.get("pagina", 1))
    except PageNotAnInteger:
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
    page.object_list = list(queryset.filter(pk__in=page.object_list))
    return page


class ArticlePage(KnownViewRestrictionsMixin, SocialMetaMixin, ProContentMixin, Page):
    lead = models.TextField(
        _("lead"), max_length=400, help_text=_("The public teaser: shown to everyone, in lists and feeds.")
    )
    authors = ParentalManyToManyField(Author, verbose_name=_("authors"), related_name="articles")
    topics = ParentalManyToManyField(
        "articles.TopicPage", verbose_name=_("topics"), blank=True, related_name="articles"
    )
    publication_date = models.DateField(_("publication date"), default=timezone.localdate)
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    reading_minutes = models.PositiveSmallIntegerField(
        _("reading time in minutes"), default=1, editable=False
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldPanel("authors", widget=SearchableSelectMultiple),
        FieldPanel("publication_date"),
        FieldPanel("topics", widget=SearchableSelectMultiple),
        FieldPanel("body"),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("is_pro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.FilterField("is_pro"),
        index.FilterField("publication_date"),
    ]
    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        # Lists of articles (index, home, author, topic) are newest first: read in index order, a deep page
        # of the index does not sort every article.
        indexes = [models.Index(fields=["-publication_date", "-page_ptr"], name="article_publication_order")]

    def save(self, *args, **kwargs):
        self.reading_minutes = estimate_reading_minutes(self.body)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # A scheduled article appears on its go-live date: a publication date before it would make it show,
        # sort and feed as the day it was written. A later date is the editor's choice and stays.
        if self.go_live_at is not None:
            go_live_date = timezone.localdate(self.go_live_at)
            if self.publication_date is None or self.publication_date < go_live_date:
                self.publication_date = go_live_date

    def teaser_text(self):
        return self.lead

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read when the template shows them: not at all when the shared fragments have them (fragments.py).
        context["article_authors"] = SimpleLazyObject(self.authors_shown)
        context["article_topics"] = SimpleLazyObject(self.topics_shown)
        return context

    def authors_shown(self) -> list:
        authors = Author.objects.filter(pk__in=chosen_ids(self.authors))
        return list(authors.select_related("photo").prefetch_related("photo__renditions"))

    def topics_shown(self) -> list:
        topics = TopicPage.objects.live().defer_streamfields().filter(pk__in=chosen_ids(self.topics))
        return list(topics.order_by("title"))


def chosen_ids(relation):
    """The ids in a page's many-to-many relation, usable in a query as `pk__in`.

    In a preview the relation holds the editor's unsaved choices in memory (modelcluster's FakeQuerySet, a
    list without manager methods such as `live()`), so pages query their related objects by these ids.
    """
    return relation.values_list("id", flat=True)


def card_prefetches():
    """What a list of article cards needs, fetched once per list rather than once per card."""
    return (
        Prefetch("authors", queryset=Author.objects.only("name", "slug")),
        Prefetch(
            "topics",
            queryset=TopicPage.objects.live()
            .only("title", "slug", "url_path", "path", "depth")
            .order_by("title"),
        ),
    )


def stream_text(stream_value) -> str:
    """The plain text of a StreamField value, from its stored data (no rendering, no queries)."""
    texts = []

    def walk(value):
        if isinstance(value, str):
            texts.append(strip_tags(value))
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in {"type", "id", "image", "url"}:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk([block.get("value") for block in stream_value.raw_data])
    return " ".join(text for text in texts if text)


def estimate_reading_minutes(body) -> int:
    return max(1, math.ceil(len(stream_text(body).split()) / WORDS_PER_MINUTE))


class KnowledgeBasePage(KnownViewRestrictionsMixin, ChildRoutingMixin, SocialMetaMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["articles.TopicPage"]
    max_count = 1
    menu_label = _("Knowledge base")  # the menu in English; in Dutch the editors' title

    class Meta:
        verbose_name = _("knowledge base")

    def routed_child_model(self):
        return TopicPage

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = SimpleLazyObject(self.themes)  # read only when not in the shared fragment
        return context

    def themes(self):
        topics = (
            TopicPage.objects.live()
            .public()
            .child_of(self)
            .select_related("theme")
            .only("title", "slug", "url_path", "path", "depth", "summary", "theme", "is_pro")
            .order_by("theme__sort_order", "theme__name", "title")
        )
        themes = {}
        for topic in topics:
            themes.setdefault(topic.theme, []).append(topic)
        return list(themes.items())


class TopicPage(KnownViewRestrictionsMixin, SocialMetaMixin, ProContentMixin, Page):
    """A knowledge-base topic ("onderwerp"): a public summary and teaser, a Pro body, related articles."""

    theme = models.ForeignKey(Theme, verbose_name=_("theme"), on_delete=models.PROTECT, related_name="topics")
    summary = models.CharField(_("one-line summary"), max_length=200)
    teaser = models.TextField(_("teaser"), help_text=_("Public introduction, shown to everyone."))
    body = StreamField(TopicBodyBlock(), verbose_name=_("Pro body"), blank=True)
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)
    is_pro = models.BooleanField(_("Pro only"), default=True, help_text=PRO_HELP_TEXT)  # Pro by default

    content_panels = [
        *Page.content_panels,
        FieldPanel("theme"),
        FieldPanel("summary"),
        FieldPanel("teaser"),
        FieldPanel("body"),
        FieldPanel("last_reviewed"),
        InlinePanel("related_articles", label=_("Related articles")),
    ]
    settings_panels = [*Page.settings_panels, FieldPanel("is_pro")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("teaser"),
        index.FilterField("is_pro"),
    ]
    parent_page_types = ["articles.KnowledgeBasePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def teaser_text(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when not in the shared fragment (kennisbank/fragments.py).
        related = SimpleLazyObject(self.related_article_lists)
        context["curated_articles"] = SimpleLazyObject(lambda: related["curated"])
        context["more_articles"] = SimpleLazyObject(lambda: related["more"])
        return context

    def related_article_lists(self) -> dict:
        # Filtered in Python: in a preview the links are the editor's unsaved rows, in memory.
        links = self.related_articles.select_related("article")
        curated = [link.article for link in links if link.article.live]
        prefetch_related_objects(curated, *card_prefetches())
        curated_ids = {article.pk for article in curated}
        if self.pk is None:  # a new topic in a preview: no article can point at it yet
            linked = ArticlePage.objects.none()
        else:
            linked = ArticlePage.objects.live().public().filter(topics=self).order_by("-publication_date")
        latest = linked.prefetch_related(*card_prefetches())[:12]
        more = [article for article in latest if article.pk not in curated_ids]
        return {"curated": curated, "more": more}


class TopicRelatedArticle(Orderable):
    topic = ParentalKey(TopicPage, on_delete=models.CASCADE, related_name="related_articles")
    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("article", "articles.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")


class SiteDocument(AbstractDocument):
    """A downloadable file; Pro documents are served only to readers the access policy allows."""

    is_pro = models.BooleanField(
        _("Pro only"),
        default=False,
        help_text=_(
            "Only Pro members, editors and moderators can download it; others are sent to the Pro page."
        ),
    )

    admin_form_fields = (*WagtailDocument.admin_form_fields, "is_pro")

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class Bookmark(models.Model):
    """A member's saved article or topic ("Bewaard"): saved from the page, listed at /account/bewaard/."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE, related_name="bookmarks"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(_("saved at"), auto_now_add=True)

    class Meta:
        verbose_name = _("bookmark")
        verbose_name_plural = _("bookmarks")
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="bookmark_once_per_member")]
        indexes = [models.Index(fields=["user", "-created_at"], name="bookmark_newest_first")]


# What a member can save: pages with a public teaser that the access policy answers for.
BOOKMARKABLE = (ArticlePage, TopicPage)
