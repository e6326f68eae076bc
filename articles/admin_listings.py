"""Flat admin listings of articles and topics (the "Kennisbank" menu), with the columns and filters
editors sort their work by, and the "New article" menu item."""

from django.db.models import Prefetch
from django.forms import CheckboxSelectMultiple, RadioSelect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_filters import BooleanFilter, DateFromToRangeFilter, ModelMultipleChoiceFilter
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import BooleanColumn, Column, StatusFlagColumn
from wagtail.admin.ui.tables.pages import PageStatusColumn, PageTitleColumn
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ArticlePage, Author, Theme, TopicPage

YES_NO = [("true", _("Yes")), ("false", _("No"))]


class YesNoColumn(BooleanColumn):
    """A tick or cross with the Dutch "Ja"/"Nee" beside it, instead of the raw "True"/"False"."""

    cell_template_name = "articles/admin/yes_no_cell.html"


def names(objects) -> str:
    return ", ".join(str(item) for item in objects)


class PrefetchingIndexView(PageListingViewSet.index_view_class):
    """Authors and topics for a whole page of rows in one query each, not one per row."""

    row_prefetches = ()

    def annotate_queryset(self, pages):
        return super().annotate_queryset(pages).prefetch_related(*self.row_prefetches)


class ArticleIndexView(PrefetchingIndexView):
    row_prefetches = (
        Prefetch("authors", queryset=Author.objects.only("name").order_by("name")),
        Prefetch("topics", queryset=TopicPage.objects.only("title").order_by("title")),
    )


class TopicIndexView(PrefetchingIndexView):
    row_prefetches = ("theme",)


class ArticleFilterSet(PageListingViewSet.filterset_class):
    is_pro = BooleanFilter(label=_("Pro only"), widget=RadioSelect(choices=[("", _("Any")), *YES_NO]))
    publication_date = DateFromToRangeFilter(
        label=capfirst(_("publication date")), widget=DateRangePickerWidget
    )
    authors = ModelMultipleChoiceFilter(
        label=capfirst(_("authors")), queryset=Author.objects.only("name"), widget=CheckboxSelectMultiple
    )
    topics = ModelMultipleChoiceFilter(
        label=capfirst(_("topics")),
        queryset=TopicPage.objects.only("title").order_by("title"),
        widget=CheckboxSelectMultiple,
    )
    live = BooleanFilter(label=_("Published"), widget=RadioSelect(choices=[("", _("Any")), *YES_NO]))

    class Meta:
        model = ArticlePage
        fields = []


class TopicFilterSet(PageListingViewSet.filterset_class):
    is_pro = BooleanFilter(label=_("Pro only"), widget=RadioSelect(choices=[("", _("Any")), *YES_NO]))
    theme = ModelMultipleChoiceFilter(
        label=capfirst(_("theme")), queryset=Theme.objects.all(), widget=CheckboxSelectMultiple
    )
    live = BooleanFilter(label=_("Published"), widget=RadioSelect(choices=[("", _("Any")), *YES_NO]))

    class Meta:
        model = TopicPage
        fields = []


def title_column():
    return PageTitleColumn("title", label=_("Title"), sort_key="title", classname="title")


class ArticleListingViewSet(PageListingViewSet):
    model = ArticlePage
    icon = "doc-full"
    menu_label = _("Articles")
    name = "artikelen"
    menu_order = 120
    add_to_admin_menu = True
    index_view_class = ArticleIndexView
    filterset_class = ArticleFilterSet
    ordering = "-publication_date"
    columns = [
        title_column(),
        StatusFlagColumn("is_pro", label=_("Pro"), true_label=_("Pro"), sort_key="is_pro", width="8%"),
        Column(
            "publication_date",
            label=capfirst(_("publication date")),
            sort_key="publication_date",
            width="12%",
        ),
        Column("authors", label=capfirst(_("authors")), accessor=lambda page: names(page.authors.all())),
        Column("topics", label=capfirst(_("topics")), accessor=lambda page: names(page.topics.all())),
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="12%"),
    ]


class TopicListingViewSet(PageListingViewSet):
    model = TopicPage
    icon = "help"
    menu_label = _("Kennisbank")
    name = "onderwerpen"
    menu_order = 121
    add_to_admin_menu = True
    index_view_class = TopicIndexView
    filterset_class = TopicFilterSet
    ordering = "title"
    columns = [
        title_column(),
        StatusFlagColumn("is_pro", label=_("Pro"), true_label=_("Pro"), sort_key="is_pro", width="8%"),
        Column("theme", label=capfirst(_("theme")), sort_key="theme__name"),
        Column("last_reviewed", label=capfirst(_("last reviewed")), sort_key="last_reviewed", width="12%"),
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="12%"),
    ]


article_listing = ArticleListingViewSet()
topic_listing = TopicListingViewSet()


class NewArticleMenuItem(MenuItem):
    """Straight to the article form: Wagtail's parent chooser skips itself when there is one article index."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_permission(request.user, "add")


def new_article_menu_item():
    return NewArticleMenuItem(
        _("New article"),
        reverse(article_listing.get_url_name("choose_parent")),
        name="new-article",
        icon_name="plus",
        order=ArticleListingViewSet.menu_order - 1,
    )
