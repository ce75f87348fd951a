"""The site configuration: embedded defaults, overrides, and plain errors."""
from __future__ import annotations

import pytest

from kiosk import config as config_mod
from kiosk.app import refusal
from kiosk.schema import DataError


def test_the_embedded_default_is_the_asnieres_pole(monkeypatch):
    cfg = config_mod.load()
    assert "Asnières" in cfg.site.name
    assert "Teddy Riner" in cfg.site.address and "Courtilles" in cfg.site.transport
    assert cfg.site.hours and cfg.kiosk.mode == "demo" and not cfg.production
    assert "caf.fr" in cfg.allowlist


def test_a_site_file_changes_only_what_it_names(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\npost = "Poste 3"\nmode = "production"\n', encoding="utf-8")
    cfg = config_mod.load(site)
    assert cfg.kiosk.post == "Poste 3" and cfg.production
    assert "Asnières" in cfg.site.name            # the rest comes from the default


def test_the_environment_variable_names_the_site_file(tmp_path, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text('[site]\nname = "Pôle social de Clichy"\n', encoding="utf-8")
    monkeypatch.setenv(config_mod.ENV_VAR, str(site))
    assert config_mod.load().site.name == "Pôle social de Clichy"


@pytest.mark.parametrize("text, where, expected", [
    ('[kiosk]\nidle_countdown_s = 5\n', "kiosk.idle_countdown_s", "from 20 to 600"),
    ('[kiosk]\nmode = "kiosque"\n', "kiosk.mode", "one of demo, production"),
    ('[kiosk]\nlanguages = ["en"]\n', "kiosk.languages", 'includes "fr"'),
    ('[kiosk]\nidel_timeout_s = 60\n', "kiosk.idel_timeout_s", "not a known field"),
    ('[mediator]\npin_hash = "1234"\n', "mediator.pin_hash", "never the PIN itself"),
    ('[mediator]\npin_hash = "scrypt$16384$8$1$salt"\n', "mediator.pin_hash", "kiosk hash-pin"),
    ('[mediator]\npin_hash = "scrypt$16384$8$1$%%%$%%%"\n', "mediator.pin_hash", "damaged"),
    ('[mediator]\npin_hash = "scrypt$2$1$1$c2FsdHNhbHRzYWx0c2FsdA==$c2FsdHNhbHRzYWx0c2FsdA=="\n',
     "mediator.pin_hash", "weak"),
])
def test_an_invalid_value_names_the_key_and_the_expected_form(tmp_path, text, where, expected):
    site = tmp_path / "site.toml"
    site.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as err:
        config_mod.load(site)
    problem = err.value.problems[0]
    assert problem.path == where and expected in problem.message
    assert problem.file == str(site) and problem.line == 2


def test_broken_toml_names_the_line(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\npost = "Poste 2\n', encoding="utf-8")
    with pytest.raises(DataError) as err:
        config_mod.load(site)
    assert err.value.problems[0].line == 2 and "not valid TOML" in str(err.value)


def test_a_missing_site_file_is_said_plainly(tmp_path):
    with pytest.raises(DataError, match="cannot be read"):
        config_mod.load(tmp_path / "nowhere.toml")


def test_production_refuses_to_start_without_a_pin(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\nmode = "production"\n', encoding="utf-8")
    why = refusal(config_mod.load(site))
    assert "kiosk hash-pin" in why and str(site) in why


def test_the_system_site_file_is_used_when_nothing_else_is_named(tmp_path, monkeypatch):
    site = tmp_path / "site.toml"
    site.write_text('[kiosk]\npost = "Poste 4"\n', encoding="utf-8")
    monkeypatch.setattr(config_mod, "system_file", lambda: site)
    monkeypatch.delenv(config_mod.ENV_VAR, raising=False)
    assert config_mod.load().kiosk.post == "Poste 4"
    monkeypatch.setenv(config_mod.ENV_VAR, "")
    assert config_mod.load().kiosk.post == "Poste 1"
    other = tmp_path / "other.toml"
    other.write_text('[kiosk]\npost = "Poste 2"\n', encoding="utf-8")
    assert config_mod.load(other).kiosk.post == "Poste 2"
    monkeypatch.setenv(config_mod.ENV_VAR, str(other))
    assert config_mod.load().kiosk.post == "Poste 2"


@pytest.mark.parametrize("entry, expected", [
    ("fr", "public suffix"), ("com", "public suffix"), ("gouv.fr", "public suffix"),
    ("github.io", "public suffix"), ("*", "wildcard"), ("*.caf.fr", "wildcard"),
    ("https://msa.fr/", "scheme or path"), ("msa.fr/aide", "scheme or path"),
    ("192.0.2.7", "IP address"), ("[::1]", "IP address"), ("caf.fr:443", "port"),
    ("caf fr", "plain letters"), ("xn--caf-dma.fr", "plain letters"), ("", "empty"),
])
def test_an_allowlist_entry_that_opens_too_much_or_nothing_is_refused(tmp_path, entry, expected):
    site = tmp_path / "site.toml"
    site.write_text(f'[web]\nallowlist = ["caf.fr", "{entry}"]\n', encoding="utf-8")
    with pytest.raises(DataError) as err:
        config_mod.load(site)
    [problem] = err.value.problems
    assert problem.path == "web.allowlist[1]" and expected in problem.message
    assert problem.line == 2


def test_registrable_domains_are_accepted(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[web]\nallowlist = ["CAF.fr.", "mesdroitssociaux.gouv.fr", "aidantsconnect.beta.gouv.fr"]\n',
                    encoding="utf-8")
    assert config_mod.load(site).allowlist == ("caf.fr", "mesdroitssociaux.gouv.fr",
                                               "aidantsconnect.beta.gouv.fr")


def test_a_wildcard_never_opens_the_resolver_wall():
    from kiosk.web.policy import resolver_rules
    rules = resolver_rules(("caf.fr", "*", "fr", "192.0.2.7"))
    assert rules == "MAP * ~NOTFOUND, EXCLUDE caf.fr, EXCLUDE *.caf.fr"


def test_kiosk_refuses_to_start_on_an_allowlist_that_opens_everything(tmp_path):
    import subprocess
    import sys
    site = tmp_path / "site.toml"
    site.write_text('[web]\nallowlist = ["gouv.fr"]\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "kiosk", "--config", str(site)], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "web.allowlist[0]" in result.stderr
    assert "public suffix" in result.stderr


def test_the_centres_proxy(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[web]\nproxy = "http://proxy.cg92.fr:3128"\n', encoding="utf-8")
    assert config_mod.load(site).proxy == "proxy.cg92.fr:3128"
    assert config_mod.load().proxy == ""
    for bad in ("https://proxy.cg92.fr:3128", "proxy.cg92.fr", "http://u:p@proxy:3128", "http://p:3128/x"):
        site.write_text(f'[web]\nproxy = "{bad}"\n', encoding="utf-8")
        with pytest.raises(DataError) as err:
            config_mod.load(site)
        assert err.value.problems[0].path == "web.proxy", bad


def test_the_embedded_default_sets_every_declared_key_and_no_other():
    assert config_mod.default_file_problems() == []


def test_a_key_missing_from_or_foreign_to_the_declaration_is_found():
    from kiosk.config_keys import undeclared_or_missing
    from kiosk.schema import load_toml
    data, _ = load_toml(config_mod.default_file())
    del data["scanner"]["resolution"]
    data["web"]["cache"] = True
    assert undeclared_or_missing(data) == ["scanner.resolution: declared, but not in the file",
                                           "web.cache: not a declared key"]


def test_the_defaults_and_bounds_come_from_the_declaration(tmp_path):
    from kiosk.config_keys import KEYS
    defaults = config_mod.Config()
    for key in KEYS:
        section = {"web": None, "documents": None, "webmail": None}.get(key.section, key.section)
        if section is not None:
            assert getattr(getattr(defaults, section), key.name) == key.default, key.path
        if key.kind == "integer":
            site = tmp_path / "site.toml"
            site.write_text(f"[{key.section}]\n{key.name} = {key.high + 1}\n", encoding="utf-8")
            with pytest.raises(DataError) as err:
                config_mod.load(site)
            assert err.value.problems[0].path == key.path
            assert f"from {key.low} to {key.high}" in err.value.problems[0].message
