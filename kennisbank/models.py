"""The site as a whole: the home page and site-wide settings."""

from django.conf import settings
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page

from articles.models import ArticlePage, KnownViewRestrictionsMixin, TopicPage, card_prefetches

LATEST_ARTICLES_ON_HOME = 6


class HomePage(KnownViewRestrictionsMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)
    featured_article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("featured article"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        PageChooserPanel("featured_article", "articles.ArticlePage"),
        InlinePanel("featured_topics", label=_("Knowledge-base topics"), max_num=9),
    ]
    max_count = 1
    subpage_types = ["articles.ArticleIndexPage", "articles.KnowledgeBasePage"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when not in the shared fragment (kennisbank/fragments.py).
        sections = SimpleLazyObject(self.sections)
        for name in ("featured_article", "latest_articles", "featured_topics"):
            context[name] = SimpleLazyObject(lambda name=name: sections[name])
        return context

    def sections(self) -> dict:
        featured = self.featured_article
        if featured is not None and not featured.live:
            featured = None
        latest = ArticlePage.objects.live().public().order_by("-publication_date", "-pk")
        if featured is not None:
            latest = latest.exclude(pk=featured.pk)
        # Filtered in Python: in a preview the chosen topics are the editor's unsaved rows, in memory.
        items = self.featured_topics.select_related("topic", "topic__theme")
        return {
            "featured_article": featured,
            "latest_articles": list(latest.prefetch_related(*card_prefetches())[:LATEST_ARTICLES_ON_HOME]),
            "featured_topics": [item.topic for item in items if item.topic.live],
        }


class HomePageTopic(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_topics")
    topic = models.ForeignKey(TopicPage, on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("topic", "articles.TopicPage")]


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    tagline = models.CharField(_("tagline"), max_length=160, blank=True)
    pro_invitation_title = models.CharField(_("Pro invitation title"), max_length=120, blank=True)
    pro_invitation_text = models.TextField(
        _("Pro invitation text"),
        blank=True,
        help_text=_(
            "Shown at the paywall and on the home page. Leave out the offer itself: the site adds the one "
            "that fits the visitor (a free month, Pro at the regular price, or updating a failed payment)."
        ),
    )
    footer_text = models.TextField(_("footer text"), blank=True)

    panels = [
        FieldPanel("tagline"),
        MultiFieldPanel(
            [FieldPanel("pro_invitation_title"), FieldPanel("pro_invitation_text")],
            heading=_("Pro invitation"),
        ),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site settings")


class AutosavedDraft(models.Model):
    """A page that Wagtail's autosave created from a new-page form before its editor saved it on purpose.

    An editor who leaves that form leaves the page behind; kennisbank/drafts.py keeps such a draft from
    holding its slug against the next attempt and removes it once abandoned. Saving, submitting or
    publishing the page on purpose deletes this mark.
    """

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("autosaved draft")
        verbose_name_plural = _("autosaved drafts")
