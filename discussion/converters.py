"""Ids in our URLs: a number too long to be an id of ours is a 404, not a database overflow (a 500)."""

from django.urls import register_converter


class IdConverter:
    regex = "[0-9]{1,10}"

    def to_python(self, value) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)


register_converter(IdConverter, "id")
