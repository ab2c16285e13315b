"""Who a process runs for on a shared server: the JupyterHub user, asked of the hub itself.

JupyterHub starts each user's server with an API token of that user
(``JUPYTERHUB_API_TOKEN``) and the hub's API address (``JUPYTERHUB_API_URL``); the kernels and
terminals of that server inherit both. :func:`hub_identity` asks the hub whose token it is
(``GET /user``), so the name cannot be changed by setting ``JUPYTERHUB_USER``: only the hub's
answer counts. (Code the user runs in their own server can change its environment, e.g. point
``JUPYTERHUB_API_URL`` elsewhere, as it can use its own SQL: README, "On a shared server".)
Outside JupyterHub (no token) there is no identity and no roles. Read here, in the store, and
not at the edges as other settings are: a store opened anywhere in a user's server — the app,
a notebook cell, the command line — is held to that user, whatever the caller passes.
"""

from __future__ import annotations

import json
import logging
import os
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from vsvkit.errors import StoreError

__all__ = ["HubIdentity", "hub_identity", "TOKEN_ENV", "API_URL_ENV"]

log = logging.getLogger(__name__)

TOKEN_ENV = "JUPYTERHUB_API_TOKEN"
API_URL_ENV = "JUPYTERHUB_API_URL"
#: Set by JupyterHub in a user's server; alone it proves nothing, but without a token beside it
#: the store refuses to open rather than open for everyone.
USER_ENV = "JUPYTERHUB_USER"
#: Seconds to wait for the hub's answer.
TIMEOUT_S = 10


@dataclass(frozen=True)
class HubIdentity:
    """The owner of a JupyterHub token: a user (``kind="user"``) or a hub service."""

    name: str
    kind: str

    @property
    def is_user(self) -> bool:
        return self.kind == "user"


@lru_cache(maxsize=8)
def _ask_hub(api_url: str, token: str) -> HubIdentity:
    request = urllib.request.Request(
        api_url.rstrip("/") + "/user", headers={"Authorization": f"token {token}"}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:  # noqa: S310
            model = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as err:
        reason = getattr(err, "reason", None) or err
        raise StoreError(key="hub_unreachable", url=api_url, reason=str(reason)) from err
    name = model.get("name") if isinstance(model, dict) else None
    if not name:
        raise StoreError(key="hub_unreachable", url=api_url, reason="no name in the answer")
    return HubIdentity(name=str(name), kind=str(model.get("kind", "user")))


def hub_identity(environ: Mapping[str, str] | None = None) -> HubIdentity | None:
    """The JupyterHub user (or service) this process runs for; None outside JupyterHub.

    Raises
    ------
    StoreError
        Inside JupyterHub when the hub does not answer, or a user's server has no token: a
        store is not opened without knowing for whom.
    """
    env = os.environ if environ is None else environ
    token, api_url = env.get(TOKEN_ENV, ""), env.get(API_URL_ENV, "")
    if token and api_url:
        return _ask_hub(api_url, token)
    if env.get(USER_ENV):  # a user's server that lost its token: not opened for anyone
        raise StoreError(key="hub_no_token", user=env[USER_ENV], token=TOKEN_ENV)
    return None
