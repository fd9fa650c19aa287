#!/usr/bin/env python3
"""Writes the man pages and the bash completion from the programs' own --help texts, at build time, so that
they never drift from the programs (docs/packaging.md).

  clidoc.py --cli PATH [--gui PATH] --out DIR

DIR receives ipsecdesigner-cli.1 (+ .gz), ipsecdesigner.1 (+ .gz, with --gui) and the bash completion
ipsecdesigner-cli.bash. Every subcommand's options come from `ipsecdesigner-cli COMMAND --help`; the options
a format or a backend adds from `export --to FORMAT --help` and the like; the values offered for --to, --from,
--template and --backend from `formats`, `new --list-templates` and `backends`.
"""

import argparse
import gzip
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field


@dataclass
class Option:
    names: list  # ["-o", "--output"]
    value: str  # "FILE", or "" for a flag
    description: str


@dataclass
class Help:
    usage: str
    description: str
    options: list = field(default_factory=list)
    arguments: list = field(default_factory=list)  # (name, description)
    commands: list = field(default_factory=list)  # (name, summary)
    epilogue: str = ""


def run(program, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE="en")
    result = subprocess.run([program, *args], capture_output=True, text=True, env=env, check=False)
    if result.returncode != 0:
        sys.exit(f"clidoc.py: '{' '.join([program, *args])}' exited with {result.returncode}:\n{result.stderr}")
    return result.stdout


def parse_entries(lines):
    """The two-column entries of an "Options:" or "Arguments:" block: (left, right), continuation lines
    (indented further, empty left column) joined to the entry above."""
    entries = []
    for line in lines:
        match = re.match(r"^  (\S.*?)(?:\s{2,}(\S.*))?$", line)
        if match:
            entries.append([match.group(1).strip(), (match.group(2) or "").strip()])
        elif line.strip() and entries:
            entries[-1][1] = (entries[-1][1] + " " + line.strip()).strip()
    return entries


def parse_option(left, description):
    # "-o, --output <FILE>"
    value = ""
    match = re.search(r"\s<([^>]+)>$", left)
    if match:
        value = match.group(1)
        left = left[: match.start()]
    return Option([n.strip() for n in left.split(",")], value, description)


def parse_help(text):
    lines = text.splitlines()
    usage = lines[0][len("Usage: "):] if lines and lines[0].startswith("Usage: ") else ""
    description, blocks, current, epilogue = [], {}, None, []
    for line in lines[1:]:
        if re.match(r"^(Options|Arguments|Commands):$", line):
            current = line[:-1]
            blocks[current] = []
        elif current is None:
            description.append(line)
        elif current == "Commands" and line and not line.startswith(" "):
            current = "Epilogue"
            blocks.setdefault(current, []).append(line)
        else:
            blocks[current].append(line)
    return Help(
        usage=usage,
        description=" ".join(l.strip() for l in description if l.strip()),
        options=[parse_option(*e) for e in parse_entries(blocks.get("Options", []))],
        arguments=[tuple(e) for e in parse_entries(blocks.get("Arguments", []))],
        commands=[tuple(e) for e in parse_entries(blocks.get("Commands", []))],
        epilogue=" ".join(l.strip() for l in blocks.get("Epilogue", []) if l.strip()),
    )


def option_names(help_):
    return {name for option in help_.options for name in option.names}


@dataclass
class Program:
    name: str
    main: Help
    commands: dict  # name -> Help
    # (command, selector option, value) -> the options that value adds (export --to netsh, apply --backend ...)
    extra: dict
    values: dict  # option -> the words it takes (--to: formats)


def selectors(help_):
    """Options whose value selects more options ("Add it before --help to see its own options")."""
    return [o for o in help_.options if "before --help" in o.description]


def listed_words(text):
    """The first word of each unindented line: the names `formats`, `backends`, `new --list-templates` list."""
    words = []
    for line in text.splitlines():
        match = re.match(r"^([a-z0-9][\w.-]*)\b", line)
        if match and match.group(1) not in words:
            words.append(match.group(1))
    return words


def read_cli(cli):
    main = parse_help(run(cli, "--help"))
    commands, extra, values = {}, {}, {}
    formats = listed_words(run(cli, "formats"))
    values["--template"] = listed_words(run(cli, "new", "--list-templates"))
    values["--backend"] = [w for w in listed_words(run(cli, "backends")) if w != "id"]
    for name, _ in main.commands:
        help_ = parse_help(run(cli, name, "--help"))
        commands[name] = help_
        for selector in selectors(help_):
            long_name = [n for n in selector.names if n.startswith("--")][0]
            choices = [f for f in formats if re.search(rf"\b{re.escape(f)}\b", selector.description)]
            values[long_name] = choices
            base = option_names(help_)
            for choice in choices:
                with_choice = parse_help(run(cli, name, long_name, choice, "--help"))
                added = [o for o in with_choice.options if not set(o.names) & base]
                if added:
                    extra[(name, long_name, choice)] = added
    return Program(os.path.basename(cli), main, commands, extra, values)


# ---- man page ----


def roff(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text[:1] in (".", "'") else text


def roff_option(option):
    names = ", ".join(f"\\fB{roff(n)}\\fR" for n in option.names)
    return names + (f" \\fI{roff(option.value)}\\fR" if option.value else "")


def man_options(options):
    out = []
    for option in options:
        out += [".TP", roff_option(option), roff(option.description)]
    return out


def man_header(name, version_line, summary):
    return [
        f'.TH {name.upper()} 1 "" "{roff(version_line)}" "User Commands"',
        ".SH NAME",
        f"{roff(name)} \\- {roff(summary.rstrip('.'))}",
    ]


def man_page_cli(program, version_line):
    main = program.main
    lines = man_header(program.name, version_line, main.description)
    lines += [".SH SYNOPSIS", f"\\fB{roff(program.name)}\\fR \\fICOMMAND\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]",
              f".br", f"\\fB{roff(program.name)} help\\fR \\fICOMMAND\\fR",
              ".SH DESCRIPTION", roff(main.description),
              f"Each command has its own options; \\fB{roff(program.name)} \\fICOMMAND\\fB \\-\\-help\\fR lists them."]
    lines += [".SH OPTIONS"] + man_options(main.options)
    lines += [".SH COMMANDS"]
    for name, help_ in program.commands.items():
        lines += [f'.SS "{roff(help_.usage)}"', roff(help_.description)]
        if help_.arguments:
            lines += [".PP", "Arguments:", ".RS"]
            for arg, text in help_.arguments:
                lines += [".TP", f"\\fI{roff(arg)}\\fR", roff(text)]
            lines += [".RE"]
        own = [o for o in help_.options if not {"--help", "--version", "--help-all"} & set(o.names)]
        if own:
            lines += [".PP", "Options:", ".RS"] + man_options(own) + [".RE"]
        for (command, selector, choice), added in program.extra.items():
            if command == name:
                lines += [".PP", f"With \\fB{roff(selector)} {roff(choice)}\\fR:", ".RS"]
                lines += man_options(added) + [".RE"]
    lines += [
        ".SH EXIT STATUS",
        ".TP", "0", "Success.",
        ".TP", "1", "The command ran and found problems (validation errors, differences, a refused export, "
        "a failed write).",
        ".TP", "2", "Bad arguments, or an input that cannot be read.",
        ".SH SEE ALSO",
        "\\fBipsecdesigner\\fR(1)",
    ]
    return "\n".join(lines) + "\n"


def man_page_gui(name, help_, version_line):
    lines = man_header(name, version_line, help_.description)
    synopsis = re.sub(r"^\S+\s*", "", help_.usage)  # Qt starts the usage with the program's path
    lines += [".SH SYNOPSIS", f"\\fB{roff(name)}\\fR {roff(synopsis)}",
              ".SH DESCRIPTION", roff(help_.description), ".SH ARGUMENTS"]
    for arg, text in help_.arguments:
        lines += [".TP", f"\\fI{roff(arg)}\\fR", roff(text)]
    lines += [".SH OPTIONS"] + man_options(help_.options)
    lines += [".SH SEE ALSO", "\\fBipsecdesigner\\-cli\\fR(1)"]
    return "\n".join(lines) + "\n"


# ---- bash completion ----


def words(items):
    return " ".join(sorted(set(items)))


def all_names(options):
    return [n for o in options for n in o.names]


def value_kind(option, program):
    """How the value of an option is completed: a word list, files, directories, or nothing."""
    long_name = next((n for n in option.names if n.startswith("--")), option.names[0])
    if long_name in program.values:
        return "words", program.values[long_name]
    if "|" in option.value:
        return "words", option.value.split("|")
    if option.value in ("DIR",):
        return "dirs", None
    if option.value in ("FILE", "PATH", "OUT", "INPUT", "FILE.png"):
        return "files", None
    return "none", None


def completion_script(program):
    fn = "_" + re.sub(r"\W", "_", program.name)
    out = [
        f"# bash completion for {program.name}; generated from its --help texts by installer/linux/clidoc.py.",
        f"# Sourced by bash-completion (or by hand: source this file); completes {fn} for {program.name}.",
        "",
        f"{fn}()",
        "{",
        "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}",
        "    local command='' i",
        "    # --option=value: bash splits at '=' (COMP_WORDBREAKS), so the option is two words back.",
        "    if [[ $cur == = ]]; then cur=''; fi",
        "    if [[ $prev == = && $COMP_CWORD -ge 2 ]]; then prev=${COMP_WORDS[COMP_CWORD-2]}; fi",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        "        if [[ ${COMP_WORDS[i]} != -* && ${COMP_WORDS[i]} != = ]]; then command=${COMP_WORDS[i]}; break; fi",
        "    done",
        "    if [[ -z $command ]]; then",
        "        if [[ $cur == -* ]]; then",
        f"            COMPREPLY=($(compgen -W '{words(all_names(program.main.options))}' -- \"$cur\"))",
        "        else",
        f"            COMPREPLY=($(compgen -W '{words([c for c, _ in program.main.commands] + ['help'])}' -- \"$cur\"))",
        "        fi",
        "        return 0",
        "    fi",
        "    if [[ $command == help ]]; then",
        f"        COMPREPLY=($(compgen -W '{words([c for c, _ in program.main.commands])}' -- \"$cur\"))",
        "        return 0",
        "    fi",
        "    # The value a selector option (--to, --from, --backend) was given: it adds that choice's options.",
        "    local selected=''",
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        "        case ${COMP_WORDS[i]} in",
        "        --to | --from | --backend) selected=${COMP_WORDS[i+1]}; [[ $selected == = ]] && selected=${COMP_WORDS[i+2]} ;;",
        "        --dry-run) selected=dry-run ;;",
        "        esac",
        "    done",
        "    local options=''",
        '    case "$command" in',
    ]
    for name, help_ in program.commands.items():
        out.append(f"    {name}) options='{words(all_names(help_.options))}' ;;")
    out += ["    *) return 0 ;;", "    esac", '    case "$command:$selected" in']
    grouped = {}
    for (command, _, choice), added in program.extra.items():
        grouped.setdefault(f"{command}:{choice}", []).extend(all_names(added))
    for key, names in grouped.items():
        out.append(f"    {key}) options+=' {words(names)}' ;;")
    out += ["    esac"]
    # Values: one case over "command:option", options with a value only.
    out += ['    case "$command:$prev" in']
    cases = {}
    for name, help_ in program.commands.items():
        options = list(help_.options) + [o for (c, _, _), added in program.extra.items() if c == name for o in added]
        for option in options:
            if not option.value:
                continue
            kind, choices = value_kind(option, program)
            action = {
                "words": f"COMPREPLY=($(compgen -W '{words(choices or [])}' -- \"$cur\"))",
                "files": 'COMPREPLY=($(compgen -f -- "$cur"))',
                "dirs": 'COMPREPLY=($(compgen -d -- "$cur"))',
                "none": "COMPREPLY=()",
            }[kind]
            for n in option.names:
                cases.setdefault(action, []).append(f"{name}:{n}")
    for action, keys in cases.items():
        out.append(f"    {' | '.join(sorted(set(keys)))})")
        out.append(f"        {action}")
        out.append("        return 0 ;;")
    out += [
        "    esac",
        "    if [[ $cur == -* ]]; then",
        '        COMPREPLY=($(compgen -W "$options" -- "$cur"))',
        "    else",
        "        # The commands' arguments are files and folders (FILE, INPUT, a backup folder).",
        '        COMPREPLY=($(compgen -f -- "$cur"))',
        "    fi",
        "    return 0",
        "}",
        f"complete -o filenames -o bashdefault -F {fn} {program.name}",
    ]
    return "\n".join(out) + "\n"


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def write_man(path, text):
    write(path, text)
    # Debian installs man pages compressed; mtime 0 keeps the bytes reproducible.
    with open(path, "rb") as source, gzip.GzipFile(path + ".gz", "wb", 9, mtime=0) as target:
        target.write(source.read())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True)
    parser.add_argument("--gui")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    program = read_cli(args.cli)
    version_line = run(args.cli, "--version").strip()
    write_man(os.path.join(args.out, program.name + ".1"), man_page_cli(program, version_line))
    write(os.path.join(args.out, program.name + ".bash"), completion_script(program))
    if args.gui:
        name = os.path.basename(args.gui)
        write_man(os.path.join(args.out, name + ".1"),
                  man_page_gui(name, parse_help(run(args.gui, "--help")), version_line.replace(program.name, name)))


if __name__ == "__main__":
    main()
