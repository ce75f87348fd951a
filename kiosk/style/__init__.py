"""The look the window (kiosk/ui) and the site panel (kiosk/web) share: the theme's fonts,
colours and sizes, and the button, label and pictogram helpers. Imports neither ui/ nor web/."""
