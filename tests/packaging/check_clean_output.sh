#!/usr/bin/env bash
# check_clean_output.sh COMMAND...: passes when COMMAND exits 0 and prints nothing on stderr, nor on stdout
# beyond a line of the form "✔ Validation was successful." (validators print hints and warnings there too).
out=$("$@" 2>&1)
rc=$?
echo "$out"
[ $rc -eq 0 ] || { echo "FAILED: '$*' exited with $rc"; exit 1; }
remaining=$(printf '%s\n' "$out" | grep -v -e '^$' -e 'Validation was successful')
[ -z "$remaining" ] || { echo "FAILED: '$*' printed hints or warnings"; exit 1; }
