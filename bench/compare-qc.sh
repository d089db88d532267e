#!/usr/bin/env bash
# Side by side with the qualitative-coding CLI (qc, PyPI): the same corpus in both, whole process
# against whole process. Times importing the transcripts, the code statistics of a coded project,
# and exporting it as REFI-QDA, and prints the ratios.
#
#   swift build -c release && bench/compare-qc.sh [small|medium|large]
#
# Needs .build/release/stc and qc in .build/qc-venv (.ci/run installs it), or STC= and QC_BIN=.
set -euo pipefail
cd "$(dirname "$0")/.."
size="${1:-large}"
stc="${STC:-$PWD/.build/release/stc}"
qcbin="${QC_BIN:-$PWD/.build/qc-venv/bin}"
[ -x "$stc" ] || { echo "no release build at $stc: run swift build -c release" >&2; exit 66; }
[ -x "$qcbin/qc" ] || { echo "no qc in $qcbin: run .ci/run, or set QC_BIN" >&2; exit 66; }
export PATH="$qcbin:$PATH" PYTHONBREAKPOINT=0 LANG=C.UTF-8 STC_CODER=anna

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Milliseconds a command takes (its output goes to a log, not the terminal).
ms() {
  local start end
  start=$(date +%s%N)
  "$@" >>"$work/log" 2>&1 || { echo "failed: $*" >&2; tail -5 "$work/log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

"$stc" generate "$work/coded.stc" --size "$size" >/dev/null
mkdir "$work/corpus"
cp "$work/coded.stc"/transcripts/*.txt "$work/corpus/"
count=$(ls "$work/corpus" | wc -l)
"$stc" export qdpx "$work/coded.stc" --selection-names lines -o "$work/coded.qdpx" 2>/dev/null

# The median of several runs of a command; `prepare` (if set) runs before each, untimed.
median() {
  local runs="$1"; shift
  local times=()
  for _ in $(seq "$runs"); do
    if [ -n "${prepare:-}" ]; then eval "$prepare"; fi
    times+=("$(ms "$@")")
  done
  printf "%s\n" "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

# 1. Importing the transcripts into an empty project.
prepare='rm -rf "$work/fresh.stc"; "$stc" init "$work/fresh" --title Fresh >/dev/null'
stc_import=$(median 5 "$stc" import "$work/fresh.stc" "$work"/corpus/*.txt)
prepare='rm -rf "$work/qc-fresh"; mkdir "$work/qc-fresh"; (cd "$work/qc-fresh" && qc init >/dev/null 2>&1)'
qc_import=$(cd "$work" && median 3 sh -c 'cd qc-fresh && qc corpus import --recursive --importer verbatim ../corpus')
prepare=''

# 2. Code statistics of the coded project (qc gets it from stc's export, which takes it minutes).
mkdir "$work/qc-coded"
qc_load=$(cd "$work/qc-coded" && ms qc init --import "$work/coded.qdpx")
stc_stats=$(median 5 "$stc" codes "$work/coded.stc")
qc_stats=$(cd "$work/qc-coded" && median 3 qc codes stats)

# 3. Exporting the coded project as REFI-QDA.
stc_export=$(median 3 "$stc" export qdpx "$work/coded.stc" -o "$work/again.qdpx")
qc_export=$(cd "$work/qc-coded" && median 3 qc export "$work/qc.qdpx")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) b = 1; printf "%.1f×", a / b }'; }
echo "stc and qc on the same $size corpus: $count transcripts ($(cat "$work"/corpus/*.txt | wc -l) lines); medians of 5 runs (stc) and 3 (qc)"
echo "(qc imported the coded project from stc's .qdpx in $qc_load ms)"
printf "%-40s %10s %10s %10s\n" "whole process, ms" "stc" "qc" "qc / stc"
printf "%-40s %10s %10s %10s\n" "import $count transcripts" "$stc_import" "$qc_import" "$(ratio "$qc_import" "$stc_import")"
printf "%-40s %10s %10s %10s\n" "code statistics (codes / codes stats)" "$stc_stats" "$qc_stats" "$(ratio "$qc_stats" "$stc_stats")"
printf "%-40s %10s %10s %10s\n" "export REFI-QDA (.qdpx)" "$stc_export" "$qc_export" "$(ratio "$qc_export" "$stc_export")"
