#!/bin/sh
# A real CUPS for the printing tests, without systemd: start the scheduler if it is not
# running, and make sure the cups-pdf queue "PDF" exists, is enabled and accepts jobs.
set -e
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  echo "Starting the CUPS scheduler"
  $SUDO cupsd
  i=0
  until lpstat -r 2>/dev/null | grep -q "is running"; do
    i=$((i + 1)); [ $i -gt 50 ] && { echo "CUPS did not start" >&2; exit 1; }
    sleep 0.2
  done
fi
# Nothing of a visitor stays in the spool (docs/DEPLOYMENT.md, Printing): by default CUPS keeps
# each job's document for a day and its record for ever. cupsctl rewrites cupsd.conf and makes
# the scheduler reload it (it waits for running jobs).
if ! cupsctl | grep -qx "PreserveJobFiles=No" || ! cupsctl | grep -qx "PreserveJobHistory=No"; then
  echo "CUPS: keep no finished job (PreserveJobFiles No, PreserveJobHistory No)"
  $SUDO cupsctl PreserveJobFiles=No PreserveJobHistory=No
  i=0
  until lpstat -r 2>/dev/null | grep -q "is running"; do
    i=$((i + 1)); [ $i -gt 50 ] && { echo "CUPS did not come back" >&2; exit 1; }
    sleep 0.2
  done
fi
if ! lpstat -p PDF >/dev/null 2>&1; then
  $SUDO lpadmin -p PDF -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd
fi
$SUDO cupsenable PDF
$SUDO cupsaccept PDF
lpstat -p PDF
