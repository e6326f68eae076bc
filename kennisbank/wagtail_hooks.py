from wagtail import hooks

from kennisbank import drafts

hooks.register("after_create_page", drafts.mark_autosaved)
hooks.register("after_edit_page", drafts.unmark_saved_on_purpose)
hooks.register("before_create_page", drafts.make_way_for_a_new_page)
