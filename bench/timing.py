#!/usr/bin/env python3
"""Times thidua and its peers in alternation and prints medians and ratios (bench/run calls it).

Each case runs every command once per round, round after round, so a slow moment of the
machine hits all of them alike. Wall time and the CPU time of the child processes are taken
from the OS; ratios are against a baseline measured in the same run. The machine's load average
(1 minute) is read before every round: each case and each ratio is printed with the range it ran
under, since on a shared machine a ratio means little without it.
"""
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from datetime import date

ROUNDS = int(os.environ.get("ROUNDS", "5"))
# CASE=register bench/run: only the cases whose title holds the text.
B = "target/bench"
CP = "target/test-classes"
PY = os.environ.get("PY", "/usr/bin/python3")

OPENPYXL = ("import openpyxl,sys\n"
            "wb=openpyxl.load_workbook(sys.argv[1],read_only=True,data_only=True)\n"
            "n=sum(1 for ws in wb.worksheets for r in ws.iter_rows(values_only=True))\n")
# Debian's xlrd (1.2) is older than pandas accepts for .xls: those are read with xlrd itself.
PANDAS_ALL = ("import pandas as pd,sys,os,glob,xlrd\n"
              "for f in sorted(os.listdir(sys.argv[1])):\n"
              "  p=os.path.join(sys.argv[1],f)\n"
              "  if os.path.isdir(p):\n"
              "    [pd.read_csv(c,header=None) for c in glob.glob(p+'/*.csv')]\n"
              "  elif p.endswith('.xls'):\n"
              "    b=xlrd.open_workbook(p)\n"
              "    [pd.DataFrame([s.row_values(r) for r in range(s.nrows)]) for s in b.sheets()]\n"
              "  else:\n"
              "    pd.read_excel(p,sheet_name=None,header=None)\n")

CASES = [
    ("start-up: validate one sample workbook", [
        ("bare JVM start", ["java", "-cp", CP, "vn.thidua.bench.Hello"], {}),
        ("./thidua validate tan-yen.xlsx", ["./thidua", "validate", "samples/2020/tan-yen.xlsx"], {}),
        ("openpyxl read-only load", [PY, "-c", OPENPYXL, "samples/2020/tan-yen.xlsx"], {}),
    ], [("./thidua validate tan-yen.xlsx", "bare JVM start", 3.0),
        ("./thidua validate tan-yen.xlsx", "openpyxl read-only load", 1.0)]),
    ("consolidate the samples (samples/2020)", [
        ("bare JVM start", ["java", "-cp", CP, "vn.thidua.bench.Hello"], {}),
        ("./thidua consolidate samples/2020", ["./thidua", "consolidate", "-q", "-o", B + "/out-samples", "samples/2020"], {}),
    ], [("./thidua consolidate samples/2020", None, 1.2)]),
    ("100 district workbooks", [
        ("./thidua consolidate (100)", ["./thidua", "consolidate", "-q", "--format", "json", "-o", B + "/out", B + "/districts"], {}),
        ("pandas read only (100)", [PY, "-c", PANDAS_ALL, B + "/districts"], {}),
    ], [("./thidua consolidate (100)", "pandas read only (100)", 0.5)]),
    ("300,000-row register, -Xmx256m", [
        ("unzip alone", ["unzip", "-p", B + "/register-300k.xlsx", "xl/worksheets/sheet2.xml"], {}),
        ("plain StAX floor", ["java", "-Xmx256m", "-cp", CP, "vn.thidua.bench.StaxFloor", B + "/register-300k.xlsx", "xl/worksheets/sheet2.xml"], {}),
        ("./thidua validate register", ["./thidua", "validate", "-q", "-c", "bench/register-2021.yaml", B + "/register-300k.xlsx"], {"THIDUA_JAVA_OPTS": "-Xmx256m"}),
        ("openpyxl read-only (300k)", [PY, "-c", OPENPYXL, B + "/register-300k.xlsx"], {}),
    ], [("./thidua validate register", "plain StAX floor", 2.0)]),
    ("1,048,576 formatted empty rows", [
        ("./thidua validate clean", ["./thidua", "validate", B + "/formatted-clean.xlsx"], {}),
        ("./thidua validate +1M formatted rows", ["./thidua", "validate", B + "/formatted-1m.xlsx"], {}),
    ], [("./thidua validate +1M formatted rows", "./thidua validate clean", 2.0)]),
]


def run(cmd, env):
    # thidua exits 1 when the workbooks have findings (the samples do); a peer must exit 0.
    allowed = (0, 1) if "thidua" in cmd[0] else (0,)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                       env={**os.environ, **env})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if p.returncode not in allowed:
        sys.exit(f"failed ({p.returncode}): {' '.join(cmd)}\n{p.stderr.decode()[-2000:]}")
    return wall, cpu


def load():
    return os.getloadavg()[0]


def span(loads):
    return f"{min(loads):.2f}-{max(loads):.2f}" if loads else "?"


def main():
    lines = [f"bench run {date.today()} on {platform.node()} ({os.cpu_count()} cores), "
             f"{ROUNDS} rounds, medians; load = 1-minute load average, before each round", ""]
    verdicts = []
    only = os.environ.get("CASE", "")
    for title, commands, targets in CASES:
        if only not in title:
            continue
        rounds = ROUNDS if "300,000" not in title else max(3, ROUNDS // 2)
        walls = {n: [] for n, _, _ in commands}
        cpus = {n: [] for n, _, _ in commands}
        for name, cmd, env in commands:  # warm-up: the launcher's build and archive, file caches
            run(cmd, env)
        loads = []
        for _ in range(rounds):
            loads.append(load())
            for name, cmd, env in commands:
                w, c = run(cmd, env)
                walls[name].append(w)
                cpus[name].append(c)
        loads.append(load())
        lines.append(f"### {title}")
        lines.append("")
        lines.append(f"load {span(loads)}")
        lines.append("")
        lines.append("| command | wall (s) | CPU (s) | CPU / wall |")
        lines.append("|---|---:|---:|---:|")
        med = {n: statistics.median(v) for n, v in walls.items()}
        for name, _, _ in commands:
            c = statistics.median(cpus[name])
            lines.append(f"| {name} | {med[name]:.3f} | {c:.3f} | {c / med[name]:.2f} |")
        lines.append("")
        for a, b, limit in targets:
            if b is None:
                value, what, unit = med[a], f"{a} wall", " s"
                cmp = "<"
            else:
                value, what, unit = med[a] / med[b], f"{a} / {b}", ""
                cmp = "≤"
            ok = value <= limit
            verdicts.append(ok)
            lines.append(f"- {what} = **{value:.2f}{unit}** (target {cmp} {limit}{unit}) "
                         f"{'met' if ok else 'NOT met'} — load {span(loads)}")
        lines.append("")
    print("\n".join(lines))
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
