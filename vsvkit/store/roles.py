"""Who sees what on a shared server: regions, the VSVs in them, users and their roles.

Mixed into :class:`vsvkit.store.Store`. Identity comes from JupyterHub (the hub's answer for
the server's token, :func:`vsvkit.store.identity.hub_identity`); vsvkit stores no password,
only the name, the role (:data:`~vsvkit.store.models.ROLES`), the region and a trainer's VSVs.

- an **admin** sees every VSV and manages users and regions;
- a **trainer** sees the VSVs assigned to them (and those of their region, when they have one);
- an **adviser** sees the VSVs of their region.

A name the store does not know sees nothing. :meth:`RoleRecords.access` says what one user may
see; :mod:`vsvkit.store.scope` holds every method of a store opened for a user to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd
from sqlalchemy import delete, insert, select

from vsvkit.errors import StoreError
from vsvkit.store import models as m
from vsvkit.store.connection import Connected

__all__ = ["Access", "RoleRecords", "USER_COLUMNS", "REGION_COLUMNS"]

#: Columns of :meth:`RoleRecords.users`.
USER_COLUMNS = ("name", "role", "region", "vsvs")
#: Columns of :meth:`RoleRecords.regions`.
REGION_COLUMNS = ("name", "vsvs", "advisers")


@dataclass(frozen=True)
class Access:
    """What one user of a shared server may see.

    Attributes
    ----------
    user : str
        The JupyterHub user name.
    role : str or None
        One of :data:`~vsvkit.store.models.ROLES`; None for a name the store does not know.
    region : str or None
    vsvs : frozenset of str
        The VSVs the user sees by name (every VSV for an admin: :attr:`everything`).
    """

    user: str
    role: str | None
    region: str | None = None
    vsvs: frozenset[str] = frozenset()

    @property
    def everything(self) -> bool:
        return self.role == "admin"

    def allows(self, vsv: str) -> bool:
        """True when the user may see (and work on) the sessions of ``vsv``."""
        return self.everything or str(vsv) in self.vsvs


def _name(value, what: str) -> str:
    """``value`` as a name of a ``what`` (``user``, ``region``, ``vsv``): 1-200 characters,
    no control characters."""
    text = str(value or "").strip()
    if not text or len(text) > 200 or any(ord(c) < 32 for c in text):
        shown = str(value) if len(str(value)) <= 60 else f"{str(value)[:60]}..."
        raise StoreError(key="roles_bad_name", what_key=f"roles_what_{what}", value=shown)
    return text


class RoleRecords(Connected):
    """Methods for users, roles and regions (see :class:`vsvkit.store.Store`)."""

    def add_region(self, name: str) -> str:
        """Add a region; a region that exists is refused."""
        region = _name(name, "region")
        with self.writing() as conn:
            if conn.execute(select(m.regions).where(m.regions.c.name == region)).first():
                raise StoreError(key="roles_region_exists", region=region)
            conn.execute(insert(m.regions).values(name=region))
        return region

    def remove_region(self, name: str) -> None:
        """Remove a region and its VSV assignments; refused while users belong to it."""
        region = self._region(name)
        with self.writing("store_op_delete") as conn:
            users = conn.execute(select(m.users.c.name).where(m.users.c.region == region))
            names = sorted(r.name for r in users)
            if names:
                raise StoreError(key="roles_region_in_use", region=region, users=", ".join(names))
            conn.execute(delete(m.vsv_regions).where(m.vsv_regions.c.region == region))
            conn.execute(delete(m.regions).where(m.regions.c.name == region))

    def assign_vsvs(self, region: str, vsvs: Iterable[str]) -> list[str]:
        """Put VSVs in ``region`` (a VSV in another region moves); returns the names."""
        name = self._region(region)
        chosen = list(dict.fromkeys(_name(v, "vsv") for v in vsvs))
        with self.writing() as conn:
            conn.execute(delete(m.vsv_regions).where(m.vsv_regions.c.vsv.in_(chosen)))
            if chosen:
                conn.execute(insert(m.vsv_regions), [{"vsv": v, "region": name} for v in chosen])
        return chosen

    def regions(self) -> pd.DataFrame:
        """Every region with its VSVs and advisers (:data:`REGION_COLUMNS`), by name."""
        with self.reading() as conn:
            names = [r.name for r in conn.execute(select(m.regions).order_by(m.regions.c.name))]
            vsvs = conn.execute(select(m.vsv_regions).order_by(m.vsv_regions.c.vsv)).all()
            advisers = conn.execute(
                select(m.users.c.name, m.users.c.region)
                .where(m.users.c.role == "adviser")
                .order_by(m.users.c.name)
            ).all()
        rows = [
            {
                "name": n,
                "vsvs": [r.vsv for r in vsvs if r.region == n],
                "advisers": [r.name for r in advisers if r.region == n],
            }
            for n in names
        ]
        return pd.DataFrame(rows, columns=list(REGION_COLUMNS))

    def add_user(
        self, name: str, role: str, *, region: str | None = None, vsvs: Iterable[str] = ()
    ) -> tuple[Access, bool]:
        """Give a JupyterHub user a role; a user that exists is changed to this.

        An adviser needs a region; an admin takes neither region nor VSVs. Returns the user's
        access and whether the user existed.
        """
        user = _name(name, "user")
        if role not in m.ROLES:
            raise StoreError(key="roles_bad_role", role=str(role), allowed=", ".join(m.ROLES))
        chosen = list(dict.fromkeys(_name(v, "vsv") for v in vsvs))
        if role == "admin" and (region or chosen):
            raise StoreError(key="roles_admin_sees_all")
        if role == "adviser" and not region:
            raise StoreError(key="roles_adviser_region")
        if role == "adviser" and chosen:
            raise StoreError(key="roles_adviser_vsvs")
        where = None if region is None else self._region(region)
        with self.writing() as conn:
            existed = conn.execute(select(m.users).where(m.users.c.name == user)).first()
            conn.execute(delete(m.users).where(m.users.c.name == user))
            conn.execute(delete(m.user_vsvs).where(m.user_vsvs.c.user_name == user))
            conn.execute(insert(m.users).values(name=user, role=role, region=where))
            if chosen:
                conn.execute(insert(m.user_vsvs), [{"user_name": user, "vsv": v} for v in chosen])
        return self.access(user), existed is not None

    def remove_user(self, name: str) -> None:
        """Take a user's role away (the JupyterHub account stays; it then sees nothing)."""
        user = _name(name, "user")
        with self.writing("store_op_delete") as conn:
            if not conn.execute(select(m.users).where(m.users.c.name == user)).first():
                raise StoreError(key="roles_unknown_user", user=user)
            conn.execute(delete(m.user_vsvs).where(m.user_vsvs.c.user_name == user))
            conn.execute(delete(m.users).where(m.users.c.name == user))

    def users(self) -> pd.DataFrame:
        """Every user with role, region and assigned VSVs (:data:`USER_COLUMNS`), by name."""
        with self.reading() as conn:
            rows = conn.execute(select(m.users).order_by(m.users.c.name)).all()
            assigned = conn.execute(select(m.user_vsvs).order_by(m.user_vsvs.c.vsv)).all()
        data = [
            {
                "name": r.name,
                "role": r.role,
                "region": r.region,
                "vsvs": [a.vsv for a in assigned if a.user_name == r.name],
            }
            for r in rows
        ]
        return pd.DataFrame(data, columns=list(USER_COLUMNS))

    def access(self, name: str) -> Access:
        """What the user ``name`` may see, read from the store now."""
        user = str(name)
        with self.reading() as conn:
            row = conn.execute(select(m.users).where(m.users.c.name == user)).first()
            if row is None:
                return Access(user=user, role=None)
            own = conn.execute(select(m.user_vsvs.c.vsv).where(m.user_vsvs.c.user_name == user))
            vsvs = {r.vsv for r in own}
            if row.region is not None:
                region = select(m.vsv_regions.c.vsv).where(m.vsv_regions.c.region == row.region)
                vsvs |= {r.vsv for r in conn.execute(region)}
        return Access(user=user, role=row.role, region=row.region, vsvs=frozenset(vsvs))

    def _region(self, name) -> str:
        region = _name(name, "region")
        with self.reading() as conn:
            if not conn.execute(select(m.regions).where(m.regions.c.name == region)).first():
                known = [r.name for r in conn.execute(select(m.regions).order_by(m.regions.c.name))]
                raise StoreError(
                    key="roles_unknown_region", region=region, known=", ".join(known) or "-"
                )
        return region
