"""``vsvkit serve --room``: the laptop's address on the network the phones share."""

from __future__ import annotations

import socket

import pytest

import vsvkit.app.serve as app_serve
import vsvkit.app.venue as venue
from vsvkit.i18n import t


def test_the_address_of_the_default_route_comes_first(monkeypatch):
    class Probe:
        def __init__(self, *a):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def connect(self, address):
            assert address == ("192.0.2.1", 9)  # a documentation address: nothing is sent

        def getsockname(self):
            return ("10.0.0.7", 50000)

    monkeypatch.setattr(venue.socket, "socket", Probe)
    assert venue.network_address() == "10.0.0.7"


def test_no_network_means_none(monkeypatch):
    class NoRoute:
        def __init__(self, *a):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *a):
            return False

        def connect(self, address):
            raise OSError("Network is unreachable")

    monkeypatch.setattr(venue.socket, "socket", NoRoute)
    monkeypatch.setattr(
        venue.socket,
        "getaddrinfo",
        lambda *a, **k: [(socket.AF_INET, 0, 0, "", ("127.0.0.1", 0))],
    )
    assert venue.network_address() is None


def test_terminal_qr_is_text():
    qr = venue.terminal_qr("http://10.0.0.7:8866/stem")
    assert len(qr.splitlines()) > 10 and "█" in qr


@pytest.mark.parametrize("address", ["10.0.0.7", None])
def test_serve_room_binds_to_the_network_or_says_it_has_none(
    address, monkeypatch, tmp_path, capsys
):
    import vsvkit.app.voila_app as voila_app

    (tmp_path / "workshop.ipynb").write_text(
        '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
    )
    launched = []

    class FakeVoila:
        @classmethod
        def launch_instance(cls, argv=None, config=None):
            launched.append(config)

    monkeypatch.setattr(voila_app, "app_class", lambda: FakeVoila)
    monkeypatch.setattr(venue, "network_address", lambda: address)
    app_serve.serve(notebooks_dir=tmp_path, db="sqlite:////tmp/v.db", room=True, port=8877)
    out = capsys.readouterr().out
    [config] = launched
    public = config.KernelEnvManager.kernel_env["VSVKIT_PUBLIC_URL"]
    if address:
        assert config.Voila.ip == address and public == f"http://{address}:8877"
        assert t("serve_room_votes", url=f"http://{address}:8877/stem") in out
        assert "?token=" in out  # the trainer's pages keep a token on the network
    else:
        assert t("serve_room_no_network") in out
        assert config.Voila.ip == "127.0.0.1" and public == "http://127.0.0.1:8877"
