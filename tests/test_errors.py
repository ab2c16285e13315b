"""Tests of vsvkit.errors: the specific classes are raised, messages in both languages."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

import vsvkit.mirror
import vsvkit.plan
from vsvkit.errors import PlanError, PrivacyError, StoreError, VsvkitError
from vsvkit.mirror import build_mirror
from vsvkit.plan import Action, export_plan
from vsvkit.store import Store


def test_privacy_and_plan_errors_are_vsvkit_errors():
    assert issubclass(PrivacyError, VsvkitError) and issubclass(PlanError, VsvkitError)
    assert not issubclass(PrivacyError, PlanError) and not issubclass(PlanError, PrivacyError)
    # the modules that raise them name the same classes (older imports keep working)
    assert vsvkit.mirror.PrivacyError is PrivacyError
    assert vsvkit.plan.PlanError is PlanError


def _hidden_group(store: Store) -> tuple[int, str, str, str]:
    """(session, grouping, group, status) of the first group a sample session does not show."""
    for session in store.sessions()["id"]:
        mirror = build_mirror(store, int(session))
        for grouping, table in mirror.groups.items():
            for group, status in zip(table["group"], table["status"]):
                if status != "shown":
                    return int(session), grouping, group, status
    raise AssertionError("the sample sessions show every group")


def test_mirror_filtered_on_a_hidden_group_raises_privacy_error(demo_store):
    session, grouping, group, status = _hidden_group(demo_store)
    with pytest.raises(PrivacyError) as info:
        build_mirror(demo_store, session, subset=(grouping, group))
    err = info.value
    assert type(err) is PrivacyError
    k = build_mirror(demo_store, session).k
    grouping_nl = {"profession": "beroepsgroep", "echelon": "echelon"}[grouping]
    assert err.message("nl") == (
        f"De groep '{group}' ({grouping_nl}) wordt in deze sessie niet apart getoond (minder "
        f"dan {k} deelnemers, of verborgen ter bescherming van kleinere groepen)."
    ), status
    assert (
        str(err)
        == err.message("en")
        == (
            f"group '{group}' ({grouping}) is not shown on its own in this session (fewer than "
            f"{k} respondents, or hidden to protect smaller groups)"
        )
    )


@pytest.mark.parametrize(
    "kwargs, nl, en",
    [
        ({"what": ""}, "wat: zeg wat er gedaan wordt; nu ''", "what: must say what will be done"),
        ({"who": 3}, "wie: moet tekst zijn, niet 3", "who: must be text, got 3"),
        ({"measure": 3}, "hoe weten we dat het werkt: moet tekst zijn", "measure: must be text"),
        ({"due": "morgen"}, "klaar op: 'morgen' is geen datum", "due: 'morgen' is not a date"),
        ({"status": "klaar"}, "status: 'klaar' is niet toegestaan; kies uit open", None),
    ],
)
def test_invalid_action_raises_plan_error_in_both_languages(kwargs, nl, en):
    with pytest.raises(PlanError) as info:
        Action(**{"domain": "COO", "what": "iets", **kwargs})
    assert type(info.value) is PlanError
    assert info.value.message("nl").startswith(nl)
    assert info.value.message("en") == str(info.value)
    if en is not None:
        assert str(info.value).startswith(en)


def test_plan_check_and_export_raise_plan_error(instrument, tmp_path):
    with pytest.raises(PlanError) as info:
        Action("XYZ", "iets").check(instrument)
    assert info.value.message("nl").startswith("domein: 'XYZ' is geen domein van integratiemeter")
    with pytest.raises(PlanError) as info:
        export_plan(pd.DataFrame(), tmp_path / "plan.csv", instrument=instrument)
    assert info.value.message("nl").startswith("In de plantabel ontbreken de kolom(men) domain")
    assert type(info.value) is PlanError


def test_a_rule_key_is_filled_from_the_other_parameters(tmp_path, instrument):
    # vsvkit.store refuses responses naming a profession the instrument does not have
    responses = SimpleNamespace(
        respondents=pd.DataFrame({"respondent": [1], "profession": ["XX"], "echelon": ["overig"]}),
        answers=pd.DataFrame(columns=["respondent", "item", "value", "dont_know"]),
        remarks=pd.DataFrame(columns=["domain", "text"]),
    )
    store = Store(str(tmp_path / "store.sqlite"))
    try:
        with pytest.raises(StoreError) as info:
            store.add_session(responses, vsv="VSV Test", date="2026-01-05", instrument=instrument)
    finally:
        store.close()
    roles = sorted(r.code for r in instrument.roles)
    assert str(info.value) == (
        f"cannot store these responses: respondents.profession has XX; allowed: {roles}"
    )
    assert info.value.message("nl") == (
        "Deze antwoorden kunnen niet worden opgeslagen: respondents.profession bevat XX; "
        f"toegestaan: {roles}."
    )
