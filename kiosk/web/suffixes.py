"""Is an allowlist entry the shape of one official domain? Pure functions on strings, no Qt.

An entry allows its domain and every sub-domain (``policy.host_allowed``), so an entry that is a
public suffix opens far more than meant: ``"fr"`` allows ``evil.fr``, ``"gouv.fr"`` every state
site, ``"github.io"`` anybody's pages. A wildcard ``"*"`` would switch off the resolver wall
(``policy.resolver_rules``); an entry with a scheme or a path, or an IP address, never matches
anything and hides a mistake. ``kiosk check`` and the start-up refuse all of them
(``kiosk.config``).

The public suffixes below are the part of the Public Suffix List (https://publicsuffix.org) that a
French social centre's list could plausibly touch: the top-level domains in use in France and
around it, the French second-level ones of the list's ICANN section, and the shared hosting
domains of its private section where anybody can publish. It is short on purpose (no new
dependency); a suffix missing here only loses this one safety net, never a working site.
"""
from __future__ import annotations

import ipaddress
import re

PUBLIC_SUFFIXES = frozenset("""
fr re gp mq gf yt pm nc pf wf tf mc bzh paris alsace corsica eu
com net org info biz int edu gov mil name pro mobi asia tel xyz online site app dev page
io co me tv cc ly ai gg
be ch lu de es it pt nl uk ie at pl ro tr ma dz tn sn ci cm ml ca us
co.uk org.uk gov.uk ac.uk com.tr gov.tr com.pt gov.pt com.es gob.es gov.it
asso.fr com.fr gouv.fr nom.fr prd.fr tm.fr presse.fr aeroport.fr avocat.fr avoues.fr cci.fr
chambagri.fr chirurgiens-dentistes.fr experts-comptables.fr geometre-expert.fr greta.fr
huissier-justice.fr medecin.fr notaires.fr pharmacien.fr port.fr veterinaire.fr
github.io gitlab.io blogspot.com blogspot.fr wordpress.com appspot.com herokuapp.com
netlify.app vercel.app pages.dev web.app firebaseapp.com azurewebsites.net cloudfront.net
s3.amazonaws.com amazonaws.com googleusercontent.com sharepoint.com wixsite.com webflow.io
""".split())

_LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")


def normalised(entry: str) -> str:
    return entry.strip().lower().rstrip(".")


def entry_problem(entry: str) -> str:
    """Why ``entry`` cannot stand in the allowlist, or "" when it is one registrable domain."""
    name = normalised(entry)
    example = "write the official domain alone, like caf.fr"
    if not name:
        return f"is empty: {example}"
    if "://" in name or "/" in name or "?" in name or "#" in name:
        return f"{entry!r} has an address's scheme or path: {example} (it covers all its pages)"
    if "*" in name:
        return (f"{entry!r} has a wildcard: {example}; a domain already covers its sub-domains "
                "(caf.fr allows www.caf.fr)")
    try:
        ipaddress.ip_address(name.strip("[]"))
        return f"{entry!r} is an IP address, which never opens in the kiosk: {example}"
    except ValueError:
        pass
    if ":" in name or "@" in name:
        return f"{entry!r} has a port or a user name: {example}"
    labels = name.split(".")
    if not all(_LABEL.match(label) for label in labels) or name.startswith("xn--") or ".xn--" in name:
        return f"{entry!r} is not a domain name in plain letters, digits and hyphens: {example}"
    if name in PUBLIC_SUFFIXES or len(labels) < 2:
        return (f"{entry!r} is a public suffix: it would open every site that ends with it; "
                f"{example}")
    return ""
