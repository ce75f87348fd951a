"""The URL policy on plain strings: what opens beside the guide, what is offered on a phone,
what is refused outright. No Qt."""
from __future__ import annotations

import pytest

from kiosk.web.policy import (
    Allowlist, Reason, Verdict, chromium_flags, decide, host_allowed, matched_step, matching_steps,
    page_key, resolver_rules, url_allowed,
)

DOMAINS = ("caf.fr", "service-public.fr", "franceconnect.gouv.fr", "ameli.fr")
ALLOW, BLOCK, PHONE = Verdict.ALLOW, Verdict.BLOCK, Verdict.OFFER_ON_PHONE


@pytest.mark.parametrize("url", [
    "https://caf.fr/", "https://www.caf.fr/allocataires", "https://wwwd.caf.fr/wps/portal",
    "https://connect.caf.fr/connexionappli/dist/?x=1#top", "https://CAF.FR/", "https://caf.fr./",
    "https://app.franceconnect.gouv.fr/api/v1/authorize", "https://www.service-public.fr:443/",
    "wss://www.caf.fr/socket",
])
def test_official_sites_over_https_are_allowed(url):
    decision = decide(url, DOMAINS)
    assert (decision.verdict, decision.reason) == (ALLOW, Reason.ALLOWED)
    assert decision.url == url


def test_plain_http_of_an_official_site_is_upgraded_to_https():
    decision = decide("http://www.caf.fr/allocataires?p=1#x", DOMAINS)
    assert (decision.verdict, decision.reason) == (ALLOW, Reason.UPGRADED)
    assert decision.url == "https://www.caf.fr/allocataires?p=1#x"
    assert decide("http://caf.fr:80/", DOMAINS).url == "https://caf.fr/"
    assert decide("http://caf.fr:8080/", DOMAINS).url == "https://caf.fr:8080/"
    assert decide("ws://www.caf.fr/s", DOMAINS, top_level=False).url == "wss://www.caf.fr/s"
    assert not url_allowed("http://www.caf.fr/", DOMAINS)      # guides must link https


@pytest.mark.parametrize("url", [
    "https://www.youtube.com/watch?v=1", "http://example.org/", "https://fr.wikipedia.org/wiki/CAF",
    "https://gouv.fr/", "https://fr/",
])
def test_other_web_pages_are_offered_on_the_phone(url):
    decision = decide(url, DOMAINS)
    assert (decision.verdict, decision.reason) == (PHONE, Reason.OTHER_SITE)
    assert decision.url == url                       # the phone gets the address as it was


def test_other_sites_inside_a_page_are_simply_blocked():
    decision = decide("https://tracker.example/pixel.gif", DOMAINS, top_level=False)
    assert (decision.verdict, decision.reason) == (BLOCK, Reason.OTHER_SITE)


@pytest.mark.parametrize("url", [
    "https://caf.fr.evil.example/login", "https://evilcaf.fr/", "https://www.caf.fr-connexion.example/",
    "https://caf-fr.example/", "https://secure-ameli.fr.example/", "https://ameli.fr.remboursement.example/",
])
def test_look_alike_hosts_are_blocked_without_a_qr(url):
    decision = decide(url, DOMAINS)
    assert (decision.verdict, decision.reason) == (BLOCK, Reason.LOOK_ALIKE)


@pytest.mark.parametrize("url", [
    "https://xn--cf-7lc.fr/",                 # « cаf.fr » with a Cyrillic а, in punycode
    "https://cаf.fr/",                         # the same written in Unicode
    "https://www.xn--caf-dma.fr/",             # « café.fr »
    "https://ｃａｆ.ｆｒ/",                      # full-width letters
])
def test_international_and_punycode_hosts_are_blocked(url):
    decision = decide(url, DOMAINS)
    assert decision.verdict is BLOCK
    assert decision.reason in (Reason.INTERNATIONAL, Reason.MALFORMED)
    assert not host_allowed(url.split("/")[2], DOMAINS)


@pytest.mark.parametrize("url", [
    "https://caf.fr@evil.example/", "https://caf.fr:password@evil.example/",
    "https://user@www.caf.fr/", "https://www.caf.fr%40evil.example/",
])
def test_user_names_before_the_host_are_blocked(url):
    decision = decide(url, DOMAINS)
    assert decision.verdict is BLOCK
    assert decision.reason in (Reason.USERINFO, Reason.MALFORMED)


@pytest.mark.parametrize("url", [
    "https://evil.example\\@caf.fr/",          # a browser goes to evil.example, urlsplit to caf.fr
    "https://caf.fr\t.evil.example/", "https://caf.fr /", "https://caf.fr\n/", "", "https://",
    "https:///path", "https://caf..fr/", "https://caf.fr:99999/", "https://caf.fr:port/",
    "https://%63af.fr/", "https://-caf.fr/",
])
def test_malformed_addresses_are_blocked(url):
    assert decide(url, DOMAINS).verdict is BLOCK


@pytest.mark.parametrize("url", [
    "https://127.0.0.1/", "http://192.168.1.1/admin", "http://10.0.0.1:631/", "https://[::1]/",
    "http://2130706433/", "http://0x7f.0.0.1/", "http://127.1/", "https://93.184.216.34/",
    "https://caf.fr.123/",
])
def test_ip_addresses_are_blocked(url):
    decision = decide(url, DOMAINS)
    assert (decision.verdict, decision.reason) == (BLOCK, Reason.IP_ADDRESS)


def test_an_ip_address_in_the_site_list_never_matches():
    assert decide("http://127.0.0.2/", ("127.0.0.2",)).reason is Reason.IP_ADDRESS
    assert not host_allowed("127.0.0.2", ("127.0.0.2",))


def test_test_hosts_are_loopback_or_dot_test_and_keep_plain_http():
    allowlist = Allowlist(("caf.fr",), test_hosts=("127.0.0.2", "official.test"))
    decision = decide("http://127.0.0.2:8000/page", allowlist)
    assert (decision.verdict, decision.url) == (ALLOW, "http://127.0.0.2:8000/page")
    assert decide("http://official.test:8000/", allowlist).url == "http://official.test:8000/"
    assert decide("http://127.0.0.3:8000/", allowlist).verdict is BLOCK
    assert decide("http://www.official.test/", allowlist).verdict is PHONE     # exact match only
    with pytest.raises(ValueError):
        Allowlist(("caf.fr",), test_hosts=("official.example",))
    with pytest.raises(ValueError):
        Allowlist(("caf.fr",), test_hosts=("192.168.1.10",))
    with pytest.raises(ValueError):
        Allowlist(("caf.fr",), test_hosts=("localhost",))


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "FILE:///C:/Windows/", "data:text/html,<h1>Connexion CAF</h1>",
    "javascript:alert(1)", "JavaScript:void(0)", "about:blank", "chrome://settings",
    "view-source:https://caf.fr/", "mailto:contact@caf.fr", "tel:3230", "ftp://caf.fr/",
    "blob:https://caf.fr/uuid", "qrc:/x", "caf.fr/login", "//evil.example/",
])
def test_what_is_not_a_web_page_never_opens_as_a_page(url):
    decision = decide(url, DOMAINS)
    assert decision.verdict is BLOCK
    assert decision.reason in (Reason.NOT_WEB, Reason.MALFORMED)


def test_pages_may_use_their_own_data_and_blob_content_but_no_files():
    assert decide("data:image/png;base64,AAAA", DOMAINS, top_level=False).allowed
    assert decide("blob:https://caf.fr/uuid", DOMAINS, top_level=False).allowed
    assert decide("about:srcdoc", DOMAINS, top_level=False).allowed
    assert not decide("file:///etc/passwd", DOMAINS, top_level=False).allowed


def test_only_the_kiosk_itself_shows_a_data_page():
    page = "data:text/html;charset=UTF-8,%3Cp%3E"
    assert decide(page, DOMAINS, by_kiosk=True).reason is Reason.KIOSK_PAGE
    assert not decide(page, DOMAINS).allowed
    assert not decide("javascript:alert(1)", DOMAINS, by_kiosk=True).allowed
    assert not decide("file:///etc/passwd", DOMAINS, by_kiosk=True).allowed


def test_what_may_be_reported_of_a_refused_address_is_its_domain_only():
    decision = decide("https://www.example.org/dossier?nir=1850578006084&nom=Martin", DOMAINS)
    assert decision.domain == "example.org"
    assert "1850578006084" not in decision.domain


def test_url_allowed_is_what_the_content_check_wants():
    assert url_allowed("https://www.caf.fr/", DOMAINS)
    assert not url_allowed("https://caf.fr.evil.example/", DOMAINS)
    assert not url_allowed("https://xn--cf-7lc.fr/", DOMAINS)


# --- URL patterns of steps ---------------------------------------------------------------------

PATTERNS = {
    "numero": ["connect.caf.fr/connexionappli/*"],
    "mot-de-passe": ["connect.caf.fr/connexionappli/*"],
    "franceconnect": ["app.franceconnect.gouv.fr/*"],
    "demande": ["wwwd.caf.fr/wps/portal/caffr/aidesetservices/demanderlaprimedactivite*"],
    "vide": [],
}


def test_page_key_is_host_and_path():
    assert page_key("https://WWW.Caf.fr:443/a/B?q=1#f") == "www.caf.fr/a/B"
    assert page_key("https://caf.fr") == "caf.fr/"
    assert page_key("data:text/html,x") == ""


def test_a_page_of_one_step_names_it():
    assert matched_step("https://app.franceconnect.gouv.fr/api/v2/authorize?x=1", PATTERNS) == "franceconnect"
    url = "https://wwwd.caf.fr/wps/portal/caffr/aidesetservices/demanderLaPrimeDActivite/etape1"
    assert matched_step(url, PATTERNS) == "demande"          # any case


def test_a_page_shared_by_several_steps_or_none_names_none():
    url = "https://connect.caf.fr/connexionappli/dist/"
    assert matching_steps(url, PATTERNS) == ["numero", "mot-de-passe"]
    assert matched_step(url, PATTERNS) == ""
    assert matched_step("https://www.caf.fr/", PATTERNS) == ""
    assert matched_step("https://franceconnect.gouv.fr/", PATTERNS) == ""   # host is exact
    assert matched_step("not a url", PATTERNS) == ""


def test_resolver_rules_resolve_only_the_allowlist():
    rules = resolver_rules(Allowlist(("caf.fr", "127.0.0.9"), test_hosts=("127.0.0.2",)))
    assert rules == "MAP * ~NOTFOUND, EXCLUDE caf.fr, EXCLUDE *.caf.fr, EXCLUDE 127.0.0.2"
    assert chromium_flags(("caf.fr",), "--lang=fr", also=["proxy.cg92.fr"]) == (
        '--lang=fr --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE caf.fr, EXCLUDE *.caf.fr, '
        'EXCLUDE proxy.cg92.fr" --force-webrtc-ip-handling-policy=disable_non_proxied_udp')


def test_through_a_proxy_only_the_allowlist_goes_to_it():
    import base64
    from kiosk.web.policy import proxy_pac
    flags = chromium_flags(("caf.fr",), proxy="proxy.cg92.fr:3128")
    assert "EXCLUDE proxy.cg92.fr" in flags and "--proxy-server" not in flags
    pac = base64.b64decode(flags.split("base64,")[1].split()[0]).decode()
    assert pac == proxy_pac(("caf.fr",), "proxy.cg92.fr:3128")
    assert '"PROXY proxy.cg92.fr:3128"' in pac and "'DIRECT'" in pac and '["caf.fr"]' in pac
