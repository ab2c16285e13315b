"""deploy/jupyterhub_config.py read as JupyterHub reads it, and the Kubernetes values beside it.

The settings come from the hub's environment; the Zero to JupyterHub values give every user's
server the same configuration as the arguments of the TLJH configuration.
"""

from __future__ import annotations

import json

import pytest
import yaml
from traitlets.config.loader import KVArgParseConfigLoader, PyFileConfigLoader

from tests.hub._hub import DEPLOY_CONFIG

VALUES = DEPLOY_CONFIG.parent / "z2jh" / "values.yaml"
ENV = ("VSVKIT_DB", "VSVKIT_HUB_PUBLIC_URL", "VSVKIT_HUB_HOSTS", "VSVKIT_HUB_PYTHON")


def _load(monkeypatch, **env: str):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    loader = PyFileConfigLoader(DEPLOY_CONFIG.name, path=str(DEPLOY_CONFIG.parent))
    return loader.load_config()


def test_the_settings_come_from_the_environment(monkeypatch):
    db = "postgresql+psycopg://vsvkit:geheim@127.0.0.1/vsvkit"
    c = _load(
        monkeypatch,
        VSVKIT_DB=db,
        VSVKIT_HUB_PUBLIC_URL="https://vsv.example.nl/",
        VSVKIT_HUB_HOSTS="vsv.example.org, leden.example.nl",
        VSVKIT_HUB_PYTHON="/opt/tljh/user/bin/python",
    )
    assert c.Spawner.default_url == "/voila/render/vsvkit/workshop.ipynb"
    assert c.Spawner.environment == {
        "VSVKIT_DB": db,
        "VSVKIT_PUBLIC_URL": "https://vsv.example.nl/services/leden",
    }
    (service,) = c.JupyterHub.services
    assert service["name"] == "leden" and service["url"] == "http://127.0.0.1:10101"
    assert service["command"] == [
        "/opt/tljh/user/bin/python",
        "-m",
        "vsvkit.cli.public",
        "--allow-host=vsv.example.nl",
        "--allow-host=vsv.example.org",
        "--allow-host=leden.example.nl",
    ]
    assert service["environment"] == {"VSVKIT_DB": db}
    # nothing secret in the file itself
    assert "geheim" not in DEPLOY_CONFIG.read_text()


def test_without_a_store_the_hub_does_not_start(monkeypatch):
    with pytest.raises(SystemExit, match="VSVKIT_DB"):
        _load(monkeypatch)


def _as_argument(value):
    """A configuration file's value as its command-line arguments read before traitlets
    converts them (``True`` -> ``"True"``, a list of one -> that one, the extensions' dict
    -> one ``name=True`` per argument)."""
    if isinstance(value, dict):
        return {
            k: [f"{name}={on}" for name, on in v.items()]
            if k == "jpserver_extensions"
            else _as_argument(v)
            for k, v in value.items()
        }
    if isinstance(value, list) and len(value) == 1:
        return str(value[0])
    return str(value)


def test_kubernetes_gives_the_user_servers_the_same_configuration(monkeypatch):
    c = _load(monkeypatch, VSVKIT_DB="postgresql+psycopg://u@h/db")
    # the arguments as traitlets reads them (the extensions merged into one dict)
    parsed = KVArgParseConfigLoader(list(c.Spawner.args)).load_config()
    from_args = json.loads(json.dumps(parsed, default=dict))
    values = yaml.safe_load(VALUES.read_text())
    single = values["singleuser"]
    from_files = single["extraFiles"]["vsvkit-server-config"]["data"]
    assert from_args == {section: _as_argument(v) for section, v in from_files.items()}
    assert single["defaultUrl"] == c.Spawner.default_url
    assert values["hub"]["services"]["leden"]["url"].startswith("http://vsvkit-leden:")
