"""The site as a whole: the home page and site-wide settings."""

from django.conf import settings
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page

from articles.blocks import PARAGRAPH_FEATURES, CalloutBlock
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
    subpage_types = ["articles.ArticleIndexPage", "articles.KnowledgeBasePage", "kennisbank.InformationPage"]

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


class InformationBodyBlock(blocks.StreamBlock):
    """Text with headings and the odd highlighted passage: what a privacy statement or contact page needs."""

    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"), features=PARAGRAPH_FEATURES, template="blocks/paragraph.html"
    )
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=120, icon="title", template="blocks/heading.html"
    )
    callout = CalloutBlock()


class InformationPage(KnownViewRestrictionsMixin, Page):
    """A page about the site itself (privacy statement, terms, about, contact), linked from the footer
    through the site settings."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(InformationBodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["kennisbank.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("information page")
        verbose_name_plural = _("information pages")


def footer_page(label):
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=label,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


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
    privacy_page = footer_page(_("privacy statement"))
    terms_page = footer_page(_("terms and conditions"))
    about_page = footer_page(_("about Kennisbank"))
    contact_page = footer_page(_("contact"))

    panels = [
        FieldPanel("tagline"),
        MultiFieldPanel(
            [FieldPanel("pro_invitation_title"), FieldPanel("pro_invitation_text")],
            heading=_("Pro invitation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("footer_text"),
                PageChooserPanel("privacy_page"),
                PageChooserPanel("terms_page"),
                PageChooserPanel("about_page"),
                PageChooserPanel("contact_page"),
            ],
            heading=_("Footer"),
            help_text=_(
                "The footer of every page links to these pages, in this order. A link whose page is not "
                "chosen or not published is left out."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")


# The footer's links to the chosen pages, in this order, each with the words the footer shows.
FOOTER_LINKS = (
    ("privacy_page", _("Privacy statement")),
    ("terms_page", _("Terms and conditions")),
    ("about_page", _("About Kennisbank")),
    ("contact_page", _("Contact")),
)


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
