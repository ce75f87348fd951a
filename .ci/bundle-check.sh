#!/bin/sh
# Runs the frozen self-check of the PyInstaller bundle (`make bundle-check`, after `make bundle`).
# Fails on a non-zero exit status or on any "Traceback" in its output; prints the bundle's size,
# the wall time from launching the frozen program to the end of its self-check, and how much of
# it is start-up (bootloader, interpreter, imports) versus the checks. Writes the figures to
# dist/bundle-check.json for the benchmark.
set -eu
BUNDLE=${1:-dist/pasapas}
exe="$BUNDLE/pasapas-cli"
[ -x "$exe" ] || exe="$BUNDLE/pasapas-cli.exe"
[ -x "$exe" ] || { echo "bundle-check: no $BUNDLE/pasapas-cli: run make bundle" >&2; exit 1; }

out=$(mktemp)
data=$(mktemp -d)
trap 'rm -rf "$out" "$data"' EXIT
# A throw-away data folder: no content pack or log of this machine's user changes the result.
export PASAPAS_DATA_DIR="$data"
# Chromium refuses to start as root; CI containers run as root. The kiosk itself never does.
if [ "$(id -u)" = 0 ]; then export QTWEBENGINE_DISABLE_SANDBOX=1; fi

run() {
  start=$(date +%s%N)
  status=0
  "$exe" --self-check >"$out" 2>&1 || status=$?
  end=$(date +%s%N)
  wall_ms=$(( (end - start) / 1000000 ))
}

run
first_ms=$wall_ms
cat "$out"
if [ "$status" -ne 0 ]; then
  echo "bundle-check: FAILED: the frozen self-check exited with status $status" >&2
  exit 1
fi
if grep -q "Traceback" "$out"; then
  echo "bundle-check: FAILED: a traceback in the frozen self-check's output" >&2
  exit 1
fi
run                                   # again, with the files in the disk cache: the usual case
[ "$status" -eq 0 ] && ! grep -q "Traceback" "$out" || { cat "$out"; echo "bundle-check: FAILED on the second run" >&2; exit 1; }

checks_s=$(sed -n 's/^self-check passed (\([0-9.]*\) s)$/\1/p' "$out")
checks_ms=$(awk -v c="${checks_s:-0}" 'BEGIN { printf "%d", c * 1000 }')

# Start-up alone: bootloader, interpreter, runtime hooks, kiosk.app and argparse (median of 3).
times=""
for _ in 1 2 3; do
  start=$(date +%s%N); "$exe" --help >/dev/null 2>&1; end=$(date +%s%N)
  times="$times $(( (end - start) / 1000000 ))"
done
startup_ms=$(echo $times | tr ' ' '\n' | sort -n | sed -n 2p)

bytes=$(du -sb "$BUNDLE" | cut -f1)
files=$(find "$BUNDLE" -type f | wc -l)
mib=$(( bytes / 1048576 ))
echo "bundle-check: OK"
echo "bundle: $BUNDLE, $mib MiB ($bytes bytes, $files files)"
echo "frozen launch to end of self-check: ${first_ms} ms (first run), ${wall_ms} ms (second run;" \
     "the checks ${checks_ms} ms of it); frozen start-up to the command line: ${startup_ms} ms"
printf '{"bundle_bytes": %s, "bundle_files": %s, "self_check_first_ms": %s, "self_check_ms": %s, "self_check_checks_ms": %s, "startup_ms": %s}\n' \
  "$bytes" "$files" "$first_ms" "$wall_ms" "$checks_ms" "$startup_ms" >"$(dirname "$BUNDLE")/bundle-check.json"
