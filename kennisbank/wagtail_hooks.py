from wagtail import hooks

from kennisbank import drafts, page_cache

from . import reports

hooks.register("after_create_page", drafts.mark_autosaved)
hooks.register("after_edit_page", drafts.unmark_saved_on_purpose)
hooks.register("before_create_page", drafts.make_way_for_a_new_page)
hooks.register("before_serve_page", page_cache.note_page)


@hooks.register("register_admin_urls")
def register_report_urls():
    return reports.urlpatterns


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return reports.menu_item()
