"""The composition root: command line → configuration → logging → Qt → services → window.

Nothing heavy is imported at module level: the command-line tools (``check``, ``hash-pin``)
never load Qt widgets, and reportlab, requests and QtWebEngine load when first used.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys

from kiosk import config as config_mod
from kiosk import logsetup, paths
from kiosk.schema import DataError

log = logging.getLogger("kiosk")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk", description="Pas à pas — la borne du pôle social.")
    parser.add_argument("--config", help=f"site configuration file (else ${config_mod.ENV_VAR}, "
                        f"else {config_mod.system_file()})")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation without a screen, print one line per check, "
                             "and exit: 0 when fit to run (docs/DEPLOYMENT.md)")
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="start the kiosk (the default)")
    for p in (parser, run):
        p.add_argument("--production", action="store_true", help="full screen and locked")
        p.add_argument("--windowed", action="store_true", help="a closable window, whatever the site says")
        p.add_argument("--guide", help="open this guide at once (to preview content)")
        p.add_argument("--lang", default="fr", help="language for --guide (fr, en, ar, pt, es, tr)")
    check = sub.add_parser("check", help="validate the site configuration and every guide")
    for p in (run, check):       # `kiosk check --config FILE` as well as `kiosk --config FILE check`
        p.add_argument("--config", default=argparse.SUPPRESS, help="site configuration file")
    sub.add_parser("hash-pin", help="make the mediator PIN line for the site configuration")
    for name, text in (("stats-export", "write the anonymous figures as CSV: [--since DATE] FILE"),
                       ("sign-pack", "sign a content pack: --key PRIVATE.pem FOLDER OUT"),
                       ("make-key", "make a key pair for signing content packs: PRIVATE.pem"),
                       ("recordings", "what each recording of a guide must say, and its fingerprint: "
                                      "LANGUAGE GUIDE [--stamp SCREEN…]")):
        sub.add_parser(name, help=text, add_help=False)
    return parser


TOOLS = {"stats-export": ("kiosk.services.stats", "main_export"),
         "sign-pack": ("kiosk.services.pack_signing", "main_sign"),
         "make-key": ("kiosk.services.pack_signing", "main_make_key"),
         "recordings": ("kiosk.guides.recordings", "main_recordings")}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for index, word in enumerate(argv):
        if word in TOOLS:          # the editors' and IT's tools take their own arguments
            import importlib
            module, function = TOOLS[word]
            return getattr(importlib.import_module(module), function)(argv[index + 1:])
    args = _parser().parse_args(argv)
    if args.self_check:
        from kiosk.selfcheck import run as self_check
        return self_check(args.config)
    if args.command == "check":
        from kiosk.guides.check import run_check
        return run_check(args.config)
    if args.command == "hash-pin":
        return _hash_pin()
    try:
        cfg = config_mod.load(args.config)
    except DataError as exc:
        print(f"The site configuration cannot be used:\n{exc}", file=sys.stderr)
        return 2
    return run(cfg, args)


def _hash_pin() -> int:
    import getpass

    from kiosk.session.pin import hash_pin
    pin = getpass.getpass("Mediator PIN (digits, at least 6): ")
    if not pin.isdigit() or len(pin) < 6:
        print("The PIN must be at least 6 digits.", file=sys.stderr)
        return 2
    if getpass.getpass("Again: ") != pin:
        print("The two PINs differ.", file=sys.stderr)
        return 2
    print("Put this line in the [mediator] table of the site configuration:")
    print(f'pin_hash = "{hash_pin(pin)}"')
    return 0


def _mode(cfg: config_mod.Config, args: argparse.Namespace) -> config_mod.Config:
    from dataclasses import replace
    if args.production:
        cfg = replace(cfg, kiosk=replace(cfg.kiosk, mode="production"))
    if args.windowed:
        cfg = replace(cfg, kiosk=replace(cfg.kiosk, mode="demo"))
    return cfg


def refusal(cfg: config_mod.Config) -> str:
    """Why production mode cannot start, or "" when it can."""
    if not cfg.production:
        return ""
    if not cfg.mediator.pin_hash:
        return ("Production mode needs a mediator PIN. Run `kiosk hash-pin`, put the line it prints "
                f"in the [mediator] table of the site configuration ({cfg.source}), and start again.")
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        return "Production mode does not run as root: start the kiosk from its own user account."
    return ""


def run(cfg: config_mod.Config, args: argparse.Namespace) -> int:
    from kiosk import process
    process.harden()           # no core dump, memory unreadable by other programs: before any visitor
    cfg = _mode(cfg, args)
    why = refusal(cfg)
    if why:
        print(why, file=sys.stderr)
        return 2
    logsetup.configure(paths.log_dir())
    from kiosk import leftovers
    leftovers.sweep()          # what a crashed run left in the temporary folder, before any visitor
    from kiosk.session.documents import memory_folder
    leftovers.sweep(memory_folder())   # … and the scans it kept in memory (/dev/shm, $XDG_RUNTIME_DIR)
    pin_hash = cfg.mediator.pin_hash
    if not pin_hash:
        from kiosk.session.pin import demo_pin, hash_pin
        pin = demo_pin()
        pin_hash = hash_pin(pin)
        print(f"Demo mode — mediator PIN: {pin}  (Ctrl+Alt+M, or hold the top-left corner)", flush=True)
    if not cfg.production and not cfg.scanner.device:
        from dataclasses import replace
        cfg = replace(cfg, scanner=replace(cfg.scanner, device="test", options=(
            "--test-picture", "Color pattern")))
        print("Demo mode — scanner: SANE's test device (it scans a test picture)", flush=True)

    from kiosk.web.policy import chromium_flags   # before any web view: resolve only official names
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = chromium_flags(     # the webmails' names too
        cfg.allowlist + cfg.webmail_domains, os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", ""),
        proxy=cfg.proxy)
    if cfg.proxy:                  # the kiosk's own exchanges (help, hand-off, updates) too
        for name in ("HTTPS_PROXY", "HTTP_PROXY"):
            os.environ[name] = f"http://{cfg.proxy}"
        os.environ["NO_PROXY"] = "localhost,127.0.0.1,::1"
    from PySide6.QtWidgets import QApplication

    from kiosk.compose import build
    app = QApplication.instance() or QApplication(["pas-a-pas"])   # the name screen readers list
    app.setApplicationDisplayName("Pas à pas")
    from kiosk.services.content_pack import ContentStore
    kiosk = build(app, cfg, pin_hash, ContentStore().folder())
    kiosk.window.show_kiosk()
    if args.guide:
        kiosk.preview(args.guide, args.lang)
    log.info("kiosk started (%s mode, %s)", cfg.kiosk.mode, cfg.source)
    try:
        return app.exec()
    finally:
        kiosk.shutdown()
