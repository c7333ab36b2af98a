"""Django's default message storage (a cookie, then the session), minus a cost most pages skip.

Django's cookie storage builds its signer when the storage is made, on every request; only a
request that reads a `messages` cookie or writes messages needs it, and most page views do
neither. Here the signer is made on first use; storing and reading are Django's own.
"""

from __future__ import annotations

from typing import Any

from django.contrib.messages.storage.base import BaseStorage
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.messages.storage.session import SessionStorage
from django.core import signing
from django.utils.functional import cached_property


class LazySignerCookieStorage(CookieStorage):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        BaseStorage.__init__(self, *args, **kwargs)  # CookieStorage's, without the signer

    @cached_property
    def signer(self) -> signing.Signer:
        return signing.get_cookie_signer(salt=self.key_salt)


class LazyFallbackStorage(FallbackStorage):
    storage_classes = (LazySignerCookieStorage, SessionStorage)
