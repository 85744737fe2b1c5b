#!/usr/bin/env python3
"""The manual pages stay true to the programs: every command and subcommand that
`innodesk-cli --help` lists, and every option innodesk's command line declares, is described in
both the English and the Vietnamese page; and man formats each page without a warning.

    check_manpages.py INNODESK_CLI CLI_PAGE... GUI_SOURCE GUI_PAGE...
(pages ending in innodesk-cli.1 go with the CLI, the others with the desktop program's source)
"""
import re
import shutil
import subprocess
import sys


def subcommands(program, *command):
    """The names listed under "Subcommands:" in the help of `program command...`."""
    text = subprocess.run([program, "--lang", "en", *command, "--help"], check=True,
                          capture_output=True, text=True).stdout
    names, listing = [], False
    for line in text.splitlines():
        if line.startswith("Subcommands:"):
            listing = True
        elif listing and line.startswith("  ") and line.strip():
            names.append(line.split()[0])
        elif listing and line.strip():
            listing = False
    return names


def plain(source):
    """The page's source without roff escapes for hyphens, fonts and zero-width spaces."""
    return re.sub(r"\\f[BIRP]|\\&", "", source.replace("\\-", "-"))


def entry(source, command):
    """The text of the .TP entry whose tag line begins with `command`, up to the next entry."""
    match = re.search(r"^\.(?:B|BI|BR) " + re.escape(command) + r"\b.*?(?=^\.(?:TP|SH)\b)", source,
                      re.MULTILINE | re.DOTALL)
    return match.group(0) if match else None


def gui_options(source_file):
    """The long options innodesk adds to wx's command line parser."""
    source = open(source_file, encoding="utf-8").read()
    return re.findall(r'parser\.Add(?:Option|Switch)\("[^"]*",\s*"([^"]+)"', source)


def format_warnings(page):
    if not shutil.which("man"):
        return []
    run = subprocess.run(["man", "--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z", page],
                         capture_output=True, text=True, env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"})
    return [line for line in run.stderr.splitlines() if line.strip()] + (
        [f"man exited with {run.returncode}"] if run.returncode else [])


def main(args):
    cli, rest = args[0], args[1:]
    gui_source_at = next(i for i, arg in enumerate(rest) if not arg.endswith("innodesk-cli.1"))
    cli_pages, gui_source, gui_pages = rest[:gui_source_at], rest[gui_source_at], rest[gui_source_at + 1:]
    problems = []
    commands = {command: subcommands(cli, command) for command in subcommands(cli)}
    if len(commands) < 10:
        problems.append(f"could not read the command list from {cli} --help: {sorted(commands)}")
    for page in cli_pages:
        source = plain(open(page, encoding="utf-8").read())
        for command, subs in commands.items():
            text = entry(source, command)
            if text is None:
                problems.append(f"{page}: no entry for the command '{command}'")
                continue
            problems += [f"{page}: '{command} {sub}' is not described" for sub in subs
                         if not re.search(r"(?<![\w-])" + re.escape(sub) + r"(?![\w-])", text)]
    options = gui_options(gui_source)
    if not options:
        problems.append(f"found no command-line options in {gui_source}")
    for page in gui_pages:
        source = plain(open(page, encoding="utf-8").read())
        problems += [f"{page}: the option --{option} is not described" for option in options
                     if not re.search(r"^\.(?:B|BI|BR) --" + re.escape(option) + r"\b", source, re.MULTILINE)]
    for page in cli_pages + gui_pages:
        problems += [f"{page}: {warning}" for warning in format_warnings(page)]
    for problem in problems:
        print("check_manpages:", problem, file=sys.stderr)
    if not problems:
        print(f"check_manpages: {len(commands)} commands with {sum(map(len, commands.values()))} subcommands "
              f"and {len(options)} desktop options described in {len(cli_pages + gui_pages)} pages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
