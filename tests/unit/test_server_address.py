"""Settings > Database's server (issue 16.3): the URL it makes (TLS unless on this PC),
what is checked, and where each part is kept (the password in the credential store)."""

from __future__ import annotations

import argparse
from urllib.parse import unquote, urlsplit

import pytest

from salon_desk import config, credentials
from salon_desk.commands import database_target
from salon_desk.services.server_address import (
    AddressInvalid,
    AddressProblem,
    ServerAddress,
    is_local,
    url,
    validate,
)


def test_a_server_elsewhere_is_reached_over_tls_only() -> None:
    chain = ServerAddress("10.0.0.5", "chain", "jingan", 5433)
    assert url(chain, "s3cret") == "postgresql://jingan:s3cret@10.0.0.5:5433/chain?sslmode=require"
    here = ServerAddress("localhost", "chain", "jingan")
    assert url(here, "s3cret") == "postgresql://jingan:s3cret@localhost:5432/chain"
    assert is_local("127.0.0.1") and is_local("::1") and not is_local("salon.example.com")


def test_a_password_with_any_characters_survives_the_url() -> None:
    typed = "p@ss:w/rd 你好#?"
    made = url(ServerAddress("db.example.com", "chain", "jing an"), typed)
    assert unquote(urlsplit(made).password or "") == typed
    assert unquote(urlsplit(made).username or "") == "jing an"


def test_each_missing_part_is_named() -> None:
    assert validate(ServerAddress(" ", "", "", 0)) == {
        "host": AddressProblem.HOST_REQUIRED,
        "port": AddressProblem.PORT_RANGE,
        "database": AddressProblem.DATABASE_REQUIRED,
        "user": AddressProblem.USER_REQUIRED,
    }
    with pytest.raises(AddressInvalid):
        url(ServerAddress("", "chain", "jingan"), "x")


def test_the_saved_server_is_what_the_app_opens_with_its_kept_password(memory_keyring) -> None:
    no_db = argparse.Namespace(db=None)
    assert database_target(no_db) == str(config.default_database())
    chain = ServerAddress("10.0.0.5", "chain", "jingan")
    config.save_server({"host": "10.0.0.5", "port": 5432, "database": "chain", "user": "jingan"})
    credentials.save_password(chain.account, "s3cret")
    assert database_target(no_db) == url(chain, "s3cret")
    assert "s3cret" not in config.preferences_file().read_text(encoding="utf-8")
    assert database_target(argparse.Namespace(db="/tmp/x.db")) == "/tmp/x.db"  # --db wins
    config.save_server(None)
    assert database_target(no_db) == str(config.default_database())


def test_back_to_the_own_file_forgets_the_saved_servers_password(qtbot, memory_keyring) -> None:
    from salon_desk.ui.settings.database_tab import DatabaseTab

    chain = ServerAddress("10.0.0.5", "chain", "jingan")
    config.save_server({"host": "10.0.0.5", "port": 5432, "database": "chain", "user": "jingan"})
    credentials.save_password(chain.account, "s3cret")
    tab = DatabaseTab()
    qtbot.addWidget(tab)
    assert tab.server.isChecked() and tab.host.text() == "10.0.0.5"
    tab.user.setText("someone else")  # typed, then the own file chosen after all
    tab.own_file.setChecked(True)
    assert tab.save() is True
    assert config.saved_server() is None and memory_keyring == {}
