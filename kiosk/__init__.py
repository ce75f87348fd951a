"""Pas à pas — a kiosk that guides visitors of a pôle social through online procedures."""

__version__ = "0.1.0"
