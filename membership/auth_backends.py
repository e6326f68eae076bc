"""The one authentication backend: allauth's email login, with the signed-in member read for each request
in one query together with the facts every page asks about them.

Every page a signed-in member sees asks who they are (the session's user), whether they have Pro (their
subscription), whether they may comment (ban and verified address), some permission (Wagtail's user bar
asks for admin access, the discussion for moderation) and whether they saved or follow what is shown. One
by one that was five to seven queries a page. Here the apps that own such a fact register it
(`read_with_member`, from their AppConfig.ready) as an expression over the user row; `get_user`, which
Django's AuthenticationMiddleware calls once per request, reads the member with all of them. Nothing is
kept between requests: every request reads them anew, as the separate queries did. A request that changes
a fact forgets it (`forget_fact`). A user object from anywhere else (a form, the admin, a test) lacks them,
and whoever asks (`read_fact` answers NOT_READ) queries as before.

Permissions are read in one query instead of Django's two (own and groups'), and not at all when the facts
say the member has neither (most members): the rules are Django's ModelBackend's, nothing for an inactive
member, everything for a superuser, kept on the user object for the request (`_perm_cache`, as Django does).
"""

import itertools
import weakref
from collections.abc import Callable
from dataclasses import dataclass

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connections, router
from django.db.models import BooleanField, Exists, Expression, ExpressionWrapper, OuterRef, Q

NOT_READ = object()
_FACTS: dict[str, Callable[[], Expression]] = {}
HAS_PERMISSIONS = "member_has_permissions"
# The member's query compiled once per process and database (compiling it took longer than running it);
# the member's id takes the stand-in's place among its parameters.
_COMPILED: dict[str, "_MemberQuery"] = {}
_ID_STAND_IN = 7_041_993_517
# On PostgreSQL the query is also prepared, once per connection: planning it took longer than running it.
# The statement is set up on the driver's connection directly, as Django sets up a connection's time zone,
# so it is not one of the request's queries. (A pooler that shares server sessions between clients, such as
# PgBouncer in transaction mode, would lose it: the site connects to PostgreSQL itself.)
_PREPARED_ON: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PREPARATIONS = itertools.count(1)


def read_with_member(attribute: str, expression: Callable[[], Expression]) -> None:
    """Read `expression()` (over the user row: OuterRef("pk") is the member) with every signed-in member, as
    the attribute `attribute` of their user object. Compiled once per process: nothing in it may depend on the
    moment (no `now()` as a parameter)."""
    _FACTS[attribute] = expression
    _COMPILED.clear()
    _PREPARED_ON.clear()


def read_fact(user, attribute):
    """The fact as read with this request's member, or NOT_READ for a user object from anywhere else."""
    return getattr(user, attribute, NOT_READ)  # getattr, not vars(): request.user is a lazy stand-in


def ruled_out(user, attribute) -> bool:
    """Whether the fact, read with this request's member, says no (False when it was not read: ask)."""
    fact = read_fact(user, attribute)
    return fact is not NOT_READ and not fact  # SQLite answers 0 for False


def forget_fact(user, attribute) -> None:
    """For a request that has just changed the fact: whoever asks next in it reads it anew."""
    if hasattr(user, attribute):
        delattr(user, attribute)


def has_permissions():
    """Whether the member has a permission of their own or is in a group (which may give some)."""
    User = get_user_model()
    return ExpressionWrapper(
        Q(Exists(User.user_permissions.through.objects.filter(user=OuterRef("pk"))))
        | Q(Exists(User.groups.through.objects.filter(user=OuterRef("pk")))),
        output_field=BooleanField(),
    )


@dataclass(frozen=True)
class _MemberQuery:
    """The member's query as Django compiles it, with what turning its row into a user takes (as Django's
    ModelIterable does, without working it out again for every request)."""

    sql: str
    parameters: tuple
    id_at: int  # where the member's id goes among the parameters
    field_names: tuple[str, ...]  # the user's fields, the first columns
    facts: dict[str, int]  # attribute -> column
    converters: dict  # column -> (functions, expression): the database's and the fields' own

    def user(self, database: str, row):
        connection = connections[database]
        row = list(row)
        for at, (functions, expression) in self.converters.items():
            for convert in functions:
                row[at] = convert(row[at], expression, connection)
        user = get_user_model().from_db(database, self.field_names, row[: len(self.field_names)])
        for attribute, at in self.facts.items():
            setattr(user, attribute, row[at])
        return user


def _member_query(database: str) -> _MemberQuery:
    if database not in _COMPILED:
        facts = {attribute: expression() for attribute, expression in _FACTS.items()}
        members = get_user_model()._default_manager.db_manager(database).annotate(**facts)
        compiler = members.filter(pk=_ID_STAND_IN).query.get_compiler(database)
        sql, parameters = compiler.as_sql()
        columns = compiler.select
        _COMPILED[database] = _MemberQuery(
            sql=sql,
            parameters=parameters,
            id_at=parameters.index(_ID_STAND_IN),
            field_names=tuple(columns[at][0].target.attname for at in compiler.klass_info["select_fields"]),
            facts=dict(compiler.annotation_col_map),
            converters=compiler.get_converters([expression for expression, _sql, _alias in columns]),
        )
    return _COMPILED[database]


def _prepared_member_query(database: str) -> str | None:
    """The name of the member's query prepared on this connection (taking the member's id as $1), or None
    where the database has no prepared statements."""
    connection = connections[database]
    if connection.vendor != "postgresql":
        return None
    connection.ensure_connection()
    driver_connection = connection.connection
    if (name := _PREPARED_ON.get(driver_connection)) is None:
        query = _member_query(database)
        sql, parameters = query.sql, query.parameters
        stand_in = str(_ID_STAND_IN)
        composed = connection.ops.compose_sql(sql, parameters)  # every other parameter as a literal
        if composed.count(stand_in) != 1:
            return None
        composed = composed.replace(stand_in, "$1")
        name = f"kennisbank_member_{next(_PREPARATIONS)}"  # never one this connection has already
        with driver_connection.cursor() as cursor:
            cursor.execute(f"PREPARE {name} AS {composed}")
        _PREPARED_ON[driver_connection] = name
    return name


class MemberBackend(AuthenticationBackend):
    def get_user(self, user_id):
        """The member with their facts (as attributes), in one query; None for an unknown or inactive one."""
        User = get_user_model()
        database = router.db_for_read(User)
        user_id = User._meta.pk.to_python(user_id)
        query = _member_query(database)
        if prepared := _prepared_member_query(database):
            sql, parameters = f"EXECUTE {prepared}(%s)", (user_id,)
        else:
            at = query.id_at
            sql, parameters = query.sql, (*query.parameters[:at], user_id, *query.parameters[at + 1 :])
        with connections[database].cursor() as cursor:
            cursor.execute(sql, parameters)
            row = cursor.fetchone()
        user = None if row is None else query.user(database, row)
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            if not user_obj.is_superuser and ruled_out(user_obj, HAS_PERMISSIONS):
                user_obj._perm_cache = set()
                return user_obj._perm_cache
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
