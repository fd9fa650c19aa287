#!/usr/bin/env python3
"""The Windows files that cannot run here, checked as far as Linux allows (docs/packaging.md, Windows):

  check_windows_files.py SOURCE_DIR

- .github/workflows/ci.yml parses as YAML; the Debian job runs the README's test command and check-deb.sh;
  the Windows job runs on windows-latest and uses a workflow preset that CMakePresets.json defines;
- CMakePresets.json defines configure, build, test and package presets for linux-debug, linux-release and
  windows-msvc-release, each referring to a configure preset that exists, Windows with Visual Studio 2022 x64;
- the WiX patch is well-formed and names the component and file ids CPack gives bin/ipsecdesigner.exe.
"""

import json
import os
import sys
import xml.etree.ElementTree as ET

try:
    import yaml
except ImportError:
    # Like a missing tool (needs.sh): a skip outside CI, a failure under CI=true.
    print("python3-yaml is not installed (scripts/bootstrap.sh installs it)")
    sys.exit(1 if os.environ.get("CI", "").lower() == "true" else 77)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def cpack_wix_id(prefix, install_path):
    # CPack's WIX generator: "CM_CP_" (component) or "CM_FP_" (file) + the path with "/" as ".".
    return prefix + install_path.replace("/", ".")


def main():
    source = sys.argv[1]
    with open(f"{source}/CMakePresets.json", encoding="utf-8") as f:
        presets = json.load(f)
    configure = {p["name"]: p for p in presets["configurePresets"]}
    for kind in ("buildPresets", "testPresets", "packagePresets"):
        names = {p["name"] for p in presets[kind] if not p.get("hidden")}
        for wanted in ("linux-release", "windows-msvc-release"):
            check(wanted in names, f"CMakePresets.json: no {kind} entry {wanted}")
        for p in presets[kind]:
            if "configurePreset" in p:
                check(p["configurePreset"] in configure, f"{kind} {p['name']}: unknown configure preset")
    check("linux-debug" in configure, "no linux-debug configure preset")
    windows = configure.get("windows-msvc-release", {})
    check(windows.get("generator") == "Visual Studio 17 2022", "Windows preset: not Visual Studio 2022")
    check(windows.get("architecture", {}).get("value") == "x64", "Windows preset: not x64")
    workflows = {p["name"] for p in presets.get("workflowPresets", [])}

    with open(f"{source}/.github/workflows/ci.yml", encoding="utf-8") as f:
        workflow = yaml.safe_load(f)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare "on" as true
    check(triggers and "push" in triggers and "pull_request" in triggers, "ci.yml: not run on push and PRs")
    jobs = workflow.get("jobs", {})
    debian_runs = " ".join(s.get("run", "") for s in jobs.get("debian", {}).get("steps", []))
    check("scripts/bootstrap.sh test" in debian_runs, "ci.yml: the Debian job does not run the README's tests")
    check("scripts/check-deb.sh" in debian_runs, "ci.yml: the Debian job does not check the .deb")
    win = jobs.get("windows", {})
    check(win.get("runs-on") == "windows-latest", "ci.yml: the Windows job does not run on windows-latest")
    win_runs = " ".join(s.get("run", "") for s in win.get("steps", []))
    used = [w for w in workflows if f"--preset {w}" in win_runs]
    check(used == ["windows-msvc-release"], f"ci.yml: the Windows job uses workflow presets {used}")
    for name, job in jobs.items():
        for step in job.get("steps", []):
            check(("uses" in step) != ("run" in step), f"ci.yml: a step of {name} needs exactly one of uses/run")

    patch = ET.parse(f"{source}/installer/windows/fileassociation.wix.xml").getroot()
    check(patch.tag == "CPackWiXPatch", "the WiX patch's root is not CPackWiXPatch")
    fragments = patch.findall("CPackWiXFragment")
    check([f.get("Id") for f in fragments] == [cpack_wix_id("CM_CP_", "bin/ipsecdesigner.exe")],
          "the WiX patch does not extend the component of bin/ipsecdesigner.exe")
    file_id = cpack_wix_id("CM_FP_", "bin/ipsecdesigner.exe")
    for element in patch.iter():
        for attribute in ("Icon", "TargetFile"):
            if attribute in element.attrib:
                check(element.get(attribute) == file_id, f"WiX patch: {element.tag}/@{attribute} is not {file_id}")
    extensions = [e.get("Id") for e in patch.iter("Extension")]
    check(extensions == ["ipsecstore"], f"WiX patch: the associated extensions are {extensions}")
    verbs = [(v.get("Id"), v.get("Argument")) for v in patch.iter("Verb")]
    check(verbs == [("open", '"%1"')], f"WiX patch: the verbs are {verbs}")

    for failure in failures:
        print("FAIL:", failure)
    if not failures:
        print("the workflow, the presets and the WiX patch are consistent")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
