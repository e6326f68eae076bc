"""Django's ModelBackend with a member's permissions read in one query instead of two.

Every page a signed-in member sees asks at least one permission (Wagtail's user bar asks for admin access;
the discussion asks for moderation, the knowledge base for Pro access granted by permission). Django reads
the member's own permissions and their groups' separately; this reads both at once and keeps them on the
user object as Django does (`_perm_cache`, one request long). The rules are Django's: nothing for an
inactive member, everything for a superuser."""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q


class OneQueryPermissionsBackend(ModelBackend):
    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            user_obj._perm_cache = {
                f"{app_label}.{codename}"
                for app_label, codename in permissions.values_list("content_type__app_label", "codename")
                .order_by()
                .distinct()
            }
        return user_obj._perm_cache
