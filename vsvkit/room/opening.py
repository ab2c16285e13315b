"""Starting to present a workshop, before the presenter view's widgets are there.

The presenter view (:mod:`vsvkit.widgets.presenter`) lives in the app's kernel and appears
only once Voilà's page has loaded its scripts and drawn its widgets, about a second after the
page itself. The presenter view's own address (``workshop.ipynb?presentatie``) need not wait
for that: its page asks the server from its head, and the server calls
:func:`start_presenting`, which marks the session as the workshop being presented and gives
the room its first view at once. A workshop presented before goes on at
the step it was left on; a new one opens on its welcome step, which needs no scores or charts
and is drawn here. When the widgets are there, the presenter view takes the room over from
the store (:meth:`vsvkit.store.Store.room`), as it does after a reload.
"""

from __future__ import annotations

from vsvkit.i18n import DEFAULT_LANG, Lang
from vsvkit.room.agenda import Agenda
from vsvkit.room.render import welcome_html
from vsvkit.sessions import session_instrument

__all__ = ["start_presenting"]


def start_presenting(store, session_id: int, lang: Lang = DEFAULT_LANG):
    """Present ``session_id`` in the room now; returns the room's state
    (:class:`vsvkit.store.RoomState`).

    Raises :class:`~vsvkit.errors.StoreError` for a session the store does not hold (or that
    the store's user may not see) and for one whose instrument it does not hold.

    Examples
    --------
    >>> import vsvkit as vk
    >>> store = vk.open_store("sqlite://")
    >>> ids = vk.load_demo(store)
    >>> state = start_presenting(store, 1)
    >>> state.step, state.presenting, "Programma" in state.html
    ('welcome', True, True)
    """
    state = store.room(session_id)
    if state is not None and state.presenting and state.html:
        return state
    if state is not None and state.html:
        store.save_room(
            session_id,
            step=state.step,
            revealed=state.revealed,
            black=state.black,
            html=state.html,
        )
        return store.room(session_id)
    session = store.session(session_id)
    instrument = session_instrument(store, session_id)
    shown = session.n_respondents >= instrument.effective_min_group_size(session.min_group_size)
    agenda = Agenda(
        tuple(session.domain_codes),
        state.agenda if state is not None else {},
        state.used if state is not None else {},
    )
    html = welcome_html(session, instrument if shown else None, agenda, lang)
    store.save_room(session_id, step="welcome", html=html)
    return store.room(session_id)
