#!/usr/bin/env bash
# check_manpage.sh PAGE.1 PROGRAM: the man page renders without a single warning (groff -ww, man --warnings)
# and describes every command and every option PROGRAM's --help lists.
set -u
page=$1
program=$2
help=$(QT_QPA_PLATFORM=offscreen "$program" --help) || exit 1
status=0
warnings=$(groff -ww -z -man "$page" 2>&1)
[ -z "$warnings" ] || { echo "groff -ww warns:"; echo "$warnings"; status=1; }
err=$(mktemp)
rendered=$(MANWIDTH=100 man --warnings -l -P cat "$page" 2> "$err")
[ ! -s "$err" ] && [ -n "$rendered" ] || { echo "man --warnings -l:"; cat "$err"; status=1; }
rm -f "$err"
for command in $(sed -n '/^Commands:$/,/^$/s/^  \([a-z]*\) .*/\1/p' <<< "$help"); do
    grep -q "^ *$(basename "$program") $command " <<< "$rendered" ||
        { echo "the page has no section for the command '$command'"; status=1; }
    help+=$'\n'$("$program" "$command" --help)
done
for option in $(grep -o -- '--[a-z][a-z-]*' <<< "$help" | sort -u); do
    grep -q -- "$option" <<< "$rendered" || { echo "the page does not describe $option"; status=1; }
done
[ $status -eq 0 ] && echo "$page renders cleanly and describes every command and option"
exit $status
