from wagtail import hooks

from . import reports


@hooks.register("register_admin_urls")
def register_report_urls():
    return reports.urlpatterns


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return reports.menu_item()
