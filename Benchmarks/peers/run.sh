#!/usr/bin/env bash
# Runs JobFit's skill matching beside the tools people would use instead (GNU grep, ripgrep,
# Python flashtext, Python pyahocorasick) on one corpus and one phrase list, each on one core,
# and prints a Markdown table of MB/s and peak memory with JobFit's speed ratio to each.
#
#   Benchmarks/peers/run.sh               # the built-in taxonomy's phrases (~15-17k)
#   Benchmarks/peers/run.sh --big-list    # a 100,000-phrase list from ../shared/data/taxonomy
#
# Environment: JOBFIT_BENCH_MB (corpus size, default 100), WORK (scratch directory, default a
# new temp dir, kept), JOBFIT_BENCH_BIG=1 (same as --big-list), JOBFIT_BENCH_GREP_MB and
# JOBFIT_BENCH_RGW_MB (the slices grep and whole-word ripgrep run on, default 10 MB each),
# JOBFIT_BENCH_BIG_PHRASES (default 100000), JOBFIT_BIN (use this jobfit, skip the build),
# PYTHON (default python3). See Benchmarks/peers/README.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cd "$root"

big=${JOBFIT_BENCH_BIG:-0}
for arg in "$@"; do
  case "$arg" in
    --big-list) big=1 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $arg (try --help)" >&2; exit 64 ;;
  esac
done
mb=${JOBFIT_BENCH_MB:-100}
grep_mb=${JOBFIT_BENCH_GREP_MB:-10}
rgw_mb=${JOBFIT_BENCH_RGW_MB:-10}
big_phrases=${JOBFIT_BENCH_BIG_PHRASES:-100000}
python=${PYTHON:-python3}
WORK=${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/jobfit-peers.XXXXXX")}
mkdir -p "$WORK"
log() { echo "run.sh: $*" >&2; }

# --- 0. tools -------------------------------------------------------------------------------
gnu_time_ok() { [ -x /usr/bin/time ] && /usr/bin/time -f "%e %M" true >/dev/null 2>&1; }
py_ok() { "$python" -c "import $1" >/dev/null 2>&1; }
apt_missing=()
command -v rg >/dev/null 2>&1 || apt_missing+=(ripgrep)
gnu_time_ok || apt_missing+=(time)
pip_missing=()
py_ok flashtext || pip_missing+=(flashtext)
py_ok ahocorasick || pip_missing+=(pyahocorasick)
if ! command -v "$python" >/dev/null 2>&1; then
  log "$python is not on PATH; install Debian's python3 and python3-pip (or set PYTHON)."
  exit 1
fi

if [ ${#apt_missing[@]} -gt 0 ] || [ ${#pip_missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing tools; run these (as root), then run this script again:"
    [ ${#apt_missing[@]} -gt 0 ] && echo "  sudo apt-get update && sudo apt-get install -y ${apt_missing[*]}" >&2
    [ ${#pip_missing[@]} -gt 0 ] && echo "  $python -m pip install --quiet flashtext pyahocorasick" >&2
    exit 1
  fi
  if [ ${#apt_missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    log "installing ${apt_missing[*]} with apt-get"
    if ! apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null 2>&1; then
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends "${apt_missing[@]}" >/dev/null
    fi
  fi
  if [ ${#pip_missing[@]} -gt 0 ]; then
    log "installing flashtext pyahocorasick with pip ($python)"
    if ! out=$("$python" -m pip install --quiet flashtext pyahocorasick 2>&1); then
      if grep -q externally-managed <<<"$out"; then
        # Debian's own python3 refuses pip installs into /usr (PEP 668) unless told to.
        log "pip refused (externally-managed environment); retrying with --break-system-packages"
        "$python" -m pip install --quiet --break-system-packages flashtext pyahocorasick
      else
        echo "$out" >&2
        exit 1
      fi
    fi
  fi
  command -v rg >/dev/null 2>&1 && gnu_time_ok || { log "ripgrep or GNU time still missing"; exit 1; }
  py_ok flashtext && py_ok ahocorasick || { log "flashtext or pyahocorasick still not importable by $python"; exit 1; }
fi
taskset=()
if command -v taskset >/dev/null 2>&1; then taskset=(taskset -c 0); else log "no taskset: runs are not pinned to one core"; fi

# --- 1. jobfit, release build ---------------------------------------------------------------
if [ -n "${JOBFIT_BIN:-}" ]; then
  jobfit=$JOBFIT_BIN
  log "using JOBFIT_BIN=$jobfit (no build)"
else
  log "swift build -c release --product jobfit"
  swift build -c release --product jobfit >&2
  jobfit="$(swift build -c release --show-bin-path)/jobfit"
fi
[ -x "$jobfit" ] || { log "no jobfit binary at $jobfit"; exit 1; }

# --- 2. corpus --------------------------------------------------------------------------------
shopt -s nullglob
fixtures=(Tests/JobFitCoreTests/Fixtures/jobs/*/*.{txt,md,html})
shopt -u nullglob
[ ${#fixtures[@]} -gt 0 ] || { log "no job fixtures under Tests/JobFitCoreTests/Fixtures/jobs"; exit 1; }
corpus=$WORK/corpus.txt
target=$((mb * 1000000))
# one copy of every fixture, each ending with a newline, then that seed repeated
for f in "${fixtures[@]}"; do cat "$f"; [ -n "$(tail -c 1 "$f")" ] && echo; done > "$WORK/seed.txt"
seed_bytes=$(wc -c < "$WORK/seed.txt")
copies=$(( (target + seed_bytes - 1) / seed_bytes ))
for ((i = 0; i < copies; i++)); do cat "$WORK/seed.txt"; done > "$corpus"
corpus_bytes=$(wc -c < "$corpus")
slice() { # slice MB -> path of the first MB megabytes of the corpus
  local path=$WORK/corpus-$1mb.txt
  [ -f "$path" ] || head -c $(($1 * 1000000)) "$corpus" > "$path"
  echo "$path"
}
log "corpus: $corpus, $corpus_bytes bytes (${#fixtures[@]} fixtures x $copies)"

# --- 3./4. measuring --------------------------------------------------------------------------
rows=()      # tool|matches|MB/s|peak MB|hits|note
commands=()
jobfit_mbs=
jobfit_all_mbs=
load_before=$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')

# timed OUT CMD...: runs CMD on one core under GNU time; stdout to OUT; sets wall and peak_mb.
timed() {
  local out=$1; shift
  /usr/bin/time -o "$WORK/time.txt" -f "%e %M" "${taskset[@]}" "$@" > "$out"
  read -r wall peak_kb < <(tail -n 1 "$WORK/time.txt")
  peak_mb=$(awk -v k="$peak_kb" 'BEGIN { printf "%.0f", k / 1024 }')
}
mbs_of() { awk -v b="$1" -v s="$2" 'BEGIN { if (s <= 0) s = 0.005; printf "%.2f", b / 1e6 / s }'; }
fmt_cmd() { local s="" a; for a in "$@"; do s+="$(printf '%q' "$a") "; done; echo "${s% }"; }

run_jobfit() { # label matches [--taxonomy FILE]
  local label=$1 matches=$2; shift 2
  local cmd=("$jobfit" bench scan "$corpus" "$@")
  log "${cmd[*]}"
  timed "$WORK/jobfit.out" "${cmd[@]}"
  cat "$WORK/jobfit.out" >&2
  local line; line=$(grep -E '^match: ' "$WORK/jobfit.out")
  jobfit_mbs=$(sed -E 's/^match: ([0-9.]+) MB\/s.*/\1/' <<<"$line")
  local hits; hits=$(sed -E 's/.* ([0-9]+) hits.*/\1/' <<<"$line")
  local skills; skills=$(grep -oE 'taxonomy: [0-9]+ skills' "$WORK/jobfit.out" | grep -oE '[0-9]+')
  rows+=("$label|$matches|$jobfit_mbs|$peak_mb|$hits|own figure, scanning only ($(mbs_of "$corpus_bytes" "$wall") MB/s wall, ${wall} s incl. start-up; $skills skills)")
  commands+=("$(fmt_cmd "${taskset[@]}" "${cmd[@]}")")
}

# JobFit on every core: the corpus cut at line boundaries into one part per core, one
# `jobfit bench scan` per part, all at once, each pinned to its core. MB/s is all the bytes over
# the slowest part's own scanning time (start-up excluded, as for one core); peak memory is the
# sum of the processes' peaks.
run_jobfit_all_cores() { # label matches [--taxonomy FILE]
  local label=$1 matches=$2; shift 2
  local cores; cores=$(nproc 2>/dev/null || echo 1)
  if [ "$cores" -lt 2 ]; then log "one core only: no all-cores run"; return 0; fi
  rm -f "$WORK"/part-*
  split -n "l/$cores" -d "$corpus" "$WORK/part-"
  local parts=("$WORK"/part-*) pids=() i
  log "$label: ${#parts[@]} x $jobfit bench scan PART, at once"
  local start; start=$(date +%s.%N)
  for i in "${!parts[@]}"; do
    local pin=(); [ ${#taskset[@]} -gt 0 ] && pin=(taskset -c "$i")
    /usr/bin/time -o "$WORK/time-$i.txt" -f "%e %M" "${pin[@]}" "$jobfit" bench scan "${parts[$i]}" "$@" \
      > "$WORK/jobfit-$i.out" &
    pids+=($!)
  done
  wait "${pids[@]}"
  local wall_all; wall_all=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')
  local slowest=0 hits=0 peak_kb=0 line bytes mbs seconds kb
  for i in "${!parts[@]}"; do
    cat "$WORK/jobfit-$i.out" >&2
    line=$(grep -E '^match: ' "$WORK/jobfit-$i.out")
    bytes=$(grep -oE ', [0-9]+ bytes' "$WORK/jobfit-$i.out" | grep -oE '[0-9]+')
    mbs=$(sed -E 's/^match: ([0-9.]+) MB\/s.*/\1/' <<<"$line")
    seconds=$(awk -v b="$bytes" -v m="$mbs" 'BEGIN { printf "%.4f", b / 1e6 / m }')
    slowest=$(awk -v a="$slowest" -v b="$seconds" 'BEGIN { print (b > a ? b : a) }')
    hits=$((hits + $(sed -E 's/.* ([0-9]+) hits.*/\1/' <<<"$line")))
    read -r _ kb < <(tail -n 1 "$WORK/time-$i.txt")
    peak_kb=$((peak_kb + kb))
  done
  jobfit_all_mbs=$(mbs_of "$corpus_bytes" "$slowest")
  rows+=("$label|$matches|$jobfit_all_mbs|$(awk -v k="$peak_kb" 'BEGIN { printf "%.0f", k / 1024 }')|$hits|own figure: all bytes over the slowest of $cores parts' scanning time ($(mbs_of "$corpus_bytes" "$wall_all") MB/s wall, ${wall_all} s incl. start-up); load average before: $load_before")
  commands+=("split -n l/$cores -d $corpus $WORK/part-; for i in \$(seq 0 $((cores - 1))); do taskset -c \$i $jobfit bench scan $WORK/part-0\$i $* & done; wait")
}

run_count() { # label matches file note CMD... : CMD prints the hit count on stdout
  local label=$1 matches=$2 file=$3 note=$4; shift 4
  log "$label on $(basename "$file")"
  timed "$WORK/count.out" "$@"
  local hits; hits=$(tr -d ' \n' < "$WORK/count.out")
  rows+=("$label|$matches|$(mbs_of "$(wc -c < "$file")" "$wall")|$peak_mb|$hits|$note")
  commands+=("$(fmt_cmd "${taskset[@]}" "$@")")
}

run_python() { # label matches script terms file note
  local label=$1 matches=$2 script=$3 terms=$4 file=$5 note=$6
  log "$label on $(basename "$file")"
  timed "$WORK/py.out" "$python" "$script" "$terms" "$file"
  local mbs hits; read -r mbs hits < "$WORK/py.out"
  rows+=("$label|$matches|$mbs|$peak_mb|$hits|$note; ${wall} s wall")
  commands+=("$(fmt_cmd "${taskset[@]}" "$python" "$script" "$terms" "$file")")
}

print_table() { # title phrases
  echo
  echo "### $1"
  echo
  echo "Corpus: $corpus_bytes bytes of job-posting fixtures (${#fixtures[@]} files repeated); phrase list: $2."
  echo "Each run on one core (${taskset[*]:-unpinned}); peak memory is GNU time's maximum RSS."
  echo "jobfit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')$(git -C "$root" diff --quiet HEAD -- Sources 2>/dev/null || echo ' (Sources modified)'), $(rg --version | head -n 1), $(grep --version | head -n 1), $("$python" --version 2>&1), $(uname -m)."
  echo
  echo "| tool | what it matches | MB/s | peak memory MB | hits | JobFit on one core | JobFit on all cores | notes |"
  echo "| --- | --- | ---: | ---: | ---: | --- | --- | --- |"
  local row tool matches mbs peak hits note ratio ratio_all
  ratio_of() { # jobfit tool
    awk -v j="$1" -v t="$2" 'BEGIN {
      if (t <= 0 || j <= 0) { print "?"; exit }
      r = j / t
      if (r >= 1) printf "%s× faster", (r >= 10 ? sprintf("%.0f", r) : sprintf("%.1f", r))
      else { r = t / j; printf "%s× slower", (r >= 10 ? sprintf("%.0f", r) : sprintf("%.1f", r)) } }'
  }
  for row in "${rows[@]}"; do
    IFS='|' read -r tool matches mbs peak hits note <<<"$row"
    if [[ "$tool" == JobFit* ]]; then
      ratio="—"
      ratio_all="—"
    else
      ratio=$(ratio_of "$jobfit_mbs" "$mbs")
      ratio_all=$([ -n "$jobfit_all_mbs" ] && ratio_of "$jobfit_all_mbs" "$mbs" || echo "—")
    fi
    echo "| $tool | $matches | $mbs | $peak | $hits | $ratio | $ratio_all | $note |"
  done
  echo
  echo "Commands (WORK=$WORK):"
  echo
  echo '```sh'
  printf '%s\n' "${commands[@]}"
  echo '```'
}

full_note="whole corpus"
if [ "$big" != 1 ]; then
  # --- 3. phrase list -----------------------------------------------------------------------
  terms=$WORK/terms.txt
  "$jobfit" taxonomy export --terms | grep -v '^[[:space:]]*$' > "$terms"
  nterms=$(wc -l < "$terms")
  log "phrases: $terms, $nterms lines"
  commands+=("$(fmt_cmd "$jobfit" taxonomy export --terms) > $terms")

  run_jobfit JobFit "whole tokens, case/plural/hyphen folding, every alias rule (case, context)"
  run_jobfit_all_cores "JobFit, all cores" "the same"
  grep_file=$(slice "$grep_mb")
  run_count "GNU grep -F -i -w -o" "whole words (grep's -w), any case, leftmost-longest" "$grep_file" \
    "first $grep_mb MB only" \
    sh -c 'LC_ALL=C grep -F -i -w -o -f "$1" "$2" | wc -l' sh "$terms" "$grep_file"
  commands[-1]="${taskset[*]} sh -c 'LC_ALL=C grep -F -i -w -o -f $terms $grep_file | wc -l'"
  run_count "ripgrep -F" "substrings, case kept" "$corpus" "$full_note" \
    rg -F --count-matches -f "$terms" "$corpus"
  rgw_file=$(slice "$rgw_mb")
  rgw_note="first $rgw_mb MB only"; [ "$rgw_file" = "$corpus" ] && rgw_note=$full_note
  run_count "ripgrep -F -i -w" "whole words (rg's -w), any case" "$rgw_file" "$rgw_note" \
    rg -F -i -w --count-matches -f "$terms" "$rgw_file"
  run_python "Python flashtext" "whole words ([A-Za-z0-9_] boundaries), any case, longest" \
    "$here/flashtext_scan.py" "$terms" "$corpus" "$full_note; own figure, scanning only"
  run_python "Python pyahocorasick" "substrings of the lowercased text, kept if alphanumeric boundaries, overlapping" \
    "$here/ahocorasick_scan.py" "$terms" "$corpus" "$full_note; own figure, scanning only"
  print_table "JobFit and its peers: ${nterms} phrases" "$nterms phrases from \`jobfit taxonomy export --terms\`"
else
  # --- 6. the 100,000-phrase list ----------------------------------------------------------
  shared=$root/../shared/data/taxonomy
  if [ ! -d "$shared" ]; then
    log "skipping the big list: $shared is missing (it holds the ESCO, O*NET and Stack Overflow vocabularies)"
    exit 0
  fi
  bigjson=$WORK/big-taxonomy.json
  "$python" "$here/make_big_list.py" "$shared" "$bigjson" --phrases "$big_phrases"
  commands+=("$(fmt_cmd "$python" "$here/make_big_list.py" "$shared" "$bigjson" --phrases "$big_phrases")")
  # every phrase JobFit matches with the big file merged in, for the other tools
  bigterms=$WORK/big-terms.txt
  "$jobfit" taxonomy export --terms --taxonomy "$bigjson" | grep -v '^[[:space:]]*$' > "$bigterms"
  nterms=$(wc -l < "$bigterms")
  commands+=("$(fmt_cmd "$jobfit" taxonomy export --terms --taxonomy "$bigjson") > $bigterms")
  log "phrases: $bigterms, $nterms lines (built-in taxonomy + $big_phrases)"

  run_jobfit "JobFit (big list)" "whole tokens, case/plural/hyphen folding, every alias rule" --taxonomy "$bigjson"
  run_jobfit_all_cores "JobFit (big list), all cores" "the same" --taxonomy "$bigjson"
  run_count "ripgrep -F" "substrings, case kept" "$corpus" "$full_note" \
    rg -F --count-matches -f "$bigterms" "$corpus"
  run_python "Python flashtext" "whole words ([A-Za-z0-9_] boundaries), any case, longest" \
    "$here/flashtext_scan.py" "$bigterms" "$corpus" "$full_note; own figure, scanning only"
  run_python "Python pyahocorasick" "substrings of the lowercased text, kept if alphanumeric boundaries, overlapping" \
    "$here/ahocorasick_scan.py" "$bigterms" "$corpus" "$full_note; own figure, scanning only"
  print_table "JobFit and its peers: big list, ${nterms} phrases" \
    "$nterms phrases: the built-in taxonomy plus $big_phrases from ESCO, O*NET and Stack Overflow (\`make_big_list.py\`), as \`jobfit taxonomy export --terms --taxonomy big-taxonomy.json\` lists them"
fi
log "scratch files kept in $WORK"
