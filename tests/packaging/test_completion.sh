#!/usr/bin/env bash
# test_completion.sh COMPLETION_FILE: sources the bash completion of ipsecdesigner-cli as bash-completion
# would and asks it, as bash does on Tab (COMP_WORDS, COMP_CWORD), for a few command lines.
set -u
# shellcheck source=/dev/null
source "$1" || exit 1
failures=0
cd "$(mktemp -d)" || exit 1
touch policy.ipsecstore old.cmd
mkdir backups

# Asks the completion about a command line (its last word is the one being typed): COMPREPLY.
complete_line() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _ipsecdesigner_cli
}
offers() { printf '%s\n' "${COMPREPLY[@]}" | grep -qx -- "$1"; }
report() { # report DESCRIPTION PROBLEM (empty: ok)
    if [ -n "$2" ]; then
        echo "FAIL: $1: '${COMP_WORDS[*]}' $2"
        failures=$((failures + 1))
    else
        echo "ok: $1"
    fi
}

# expect DESCRIPTION "WORDS IT MUST ALL OFFER" -- COMMAND LINE
expect() {
    local description=$1 expected=$2 word problem=''
    shift 3
    complete_line "$@"
    for word in $expected; do
        offers "$word" || problem="offers (${COMPREPLY[*]}), not $word"
    done
    report "$description" "$problem"
}
# refuse DESCRIPTION "A WORD IT MUST NOT OFFER" -- COMMAND LINE
refuse() {
    local description=$1 unexpected=$2 problem=''
    shift 3
    complete_line "$@"
    offers "$unexpected" && problem="offers $unexpected"
    report "$description" "$problem"
}

complete -p ipsecdesigner-cli > /dev/null || { echo "FAIL: no completion registered for ipsecdesigner-cli"; exit 1; }
expect "the first word is a command" "new validate show review diff generate import export formats backends apply read help" -- ipsecdesigner-cli ""
expect "a command completes from its start" "validate" -- ipsecdesigner-cli val
expect "the program's own options" "--help --version" -- ipsecdesigner-cli --
expect "a command's options" "--template --output --list-templates --help" -- ipsecdesigner-cli new --
refuse "another command's options are not offered" "--to" -- ipsecdesigner-cli new --
expect "the templates for --template" "expressroute-http8080" -- ipsecdesigner-cli new --template ""
expect "the export formats for --to" "netsh ldif reg json" -- ipsecdesigner-cli export --to ""
expect "the import formats for --from" "netsh" -- ipsecdesigner-cli import --from n
expect "--to=VALUE is completed too" "netsh" -- ipsecdesigner-cli export --to = net
expect "a format's own options once it is chosen" "--store --domain" -- ipsecdesigner-cli export --to netsh policy.ipsecstore --
refuse "no format options before a format is chosen" "--domain" -- ipsecdesigner-cli export --
expect "the backends for --backend" "dry-run windows-netsh" -- ipsecdesigner-cli apply --backend ""
expect "the two stores for --store" "local domain" -- ipsecdesigner-cli apply --store ""
expect "files for --output" "policy.ipsecstore" -- ipsecdesigner-cli new --output po
expect "files as arguments" "policy.ipsecstore" -- ipsecdesigner-cli validate pol
expect "folders as arguments" "backups" -- ipsecdesigner-cli review back
expect "help names a command" "export" -- ipsecdesigner-cli help exp

[ $failures -eq 0 ] || { echo "$failures case(s) failed"; exit 1; }
