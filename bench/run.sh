#!/usr/bin/env bash
# DemandAtlas benchmarks: import speed and memory, read load with wrk, write load with 50 editors.
# Usage: bench/run.sh [sizes...]   (default: 3000 30000). Writes bench/RESULTS.md. See README "Benchmarks".
# BENCH_IMPORT_SIZES (default 10000): sizes measured for import speed and memory only (issue 2 asks for 10,000).
# BENCH_IMPORT_RUNS (default 3): imports per size; the table gives the median and every run.
# BENCH_PEERS (default wordpress): "none" skips the WordPress peer (bench/peers/wordpress.sh, Debian packages, root).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=$ROOT/bench/out
if [ $# -gt 0 ]; then SIZES=("$@"); else SIZES=(3000 30000); fi
read -r -a IMPORT_ONLY <<<"${BENCH_IMPORT_SIZES-10000}"
DURATION=${BENCH_DURATION:-15}
WRITE_SECONDS=${BENCH_WRITE_SECONDS:-30}
IMPORT_RUNS=${BENCH_IMPORT_RUNS:-3}
PEERS=${BENCH_PEERS:-wordpress}
# Distinct URLs per random mix (issue 12 asks for at least 2,000) and, for the uncached row, so many that a run
# of 15 s almost never asks for one twice, so nearly every request misses the output cache.
MIX_URLS=${BENCH_MIX_URLS:-3000}
UNCACHED_URLS=${BENCH_UNCACHED_URLS:-60000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
[ -x /usr/bin/time ] || need time time
need curl curl
need sqlite3 sqlite3

# The verbs the benchmark drives; fail fast before building when one is missing.
grep -q '"import"' src/DemandAtlas.Web/CommandLine/ImportVerb.cs || { echo "bench: the import verb is not registered" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
LOAD_AT_START=$(cut -d' ' -f1-3 /proc/loadavg)
# A fixed piece of CPU work timed at the start and the end: this shared machine's speed drifts by a third or more
# within minutes, and this shows which way it went during the run.
cpu_reference() { python3 -c 'import time; t=time.perf_counter(); sum(i*i for i in range(3_000_000)); print(f"{time.perf_counter()-t:.2f}")'; }
CPU_AT_START=$(cpu_reference)
# The first line of /proc/stat counts every CPU's time in ticks; its eighth figure is "steal", time the hypervisor gave
# to other machines. On a virtual machine that share can reach half, and every number below shrinks with it.
cpu_ticks() { awk '/^cpu /{t=0; for(i=2;i<=NF;i++) t+=$i; print t, $9}' /proc/stat; }
read -r TICKS_AT_START STEAL_AT_START < <(cpu_ticks)
echo "== building Release"
# Published as a deployment would be: wwwroot beside the binary, and ReadyToRun (compiled ahead of time), so
# a run measures the app rather than the JIT warming up EF Core and the parser (about 1 s of every import).
dotnet publish -c Release src/DemandAtlas.Web -o "$OUT/app" -r linux-x64 --self-contained false -p:PublishReadyToRun=true -v quiet -nologo >/dev/null
dotnet build -c Release bench/WriteLoad -o "$OUT/writeload" -v quiet -nologo >/dev/null
dotnet build -c Release tools/DemandAtlas.Synthetic -o "$OUT/synthetic" -v quiet -nologo >/dev/null
APP=(dotnet "$OUT/app/DemandAtlas.Web.dll")
SYNTHETIC=(dotnet "$OUT/synthetic/DemandAtlas.Synthetic.dll")

import_rows=() read_rows=() notes=() write_line="" locked=0
declare -A RPS P99 BAD SERVER_RSS MIXED_RSS IMPORT_RATE IMPORT_RSS WEIGHT MIXED
mix_rows=() peer_rows=()

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.5" -> seconds
wall_seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$1"; }
max_rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

SERVER_PID=""
stop_server() { if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=""; fi; }
trap stop_server EXIT

start_server() { # db log
  PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
  # As deploy/systemd/demandatlas.service runs it (W^X double mapping off, a 16 MB first-generation budget).
  DOTNET_EnableWriteXorExecute=0 DOTNET_GCgen0size=0x1000000 ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Atlas="Data Source=$1" DemandAtlas__ImportSeedsOnStart=false \
    "${APP[@]}" --urls "$BASE" --contentRoot "$OUT/app" >"$2" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 120); do curl -sf -o /dev/null "$BASE/" && return 0; sleep 0.5; done
  echo "server did not start; log:" >&2; tail -20 "$2" >&2; exit 1
}

# Waits until the server has stopped working off requests a previous run abandoned (at most 60 s),
# so one slow page's backlog is not charged to the next URL.
settle() {
  local before after
  for _ in $(seq 1 60); do
    before=$(awk '{print $14+$15}' "/proc/$SERVER_PID/stat"); sleep 1; after=$(awk '{print $14+$15}' "/proc/$SERVER_PID/stat")
    [ $((after - before)) -lt 10 ] && return 0
  done
  notes+=("The server was still busy 60 s after a load run at $size profiles; later rows include its backlog.")
}

# One figure of a "BENCH rps=… p50_ms=…" line (bench/report.lua, bench/mix.lua); $1 line, $2 its name.
stat() { sed -nE "s/.*(^| )$2=(-?[0-9.]+).*/\2/p" <<<"$1"; }
# Non-2xx responses plus socket errors of a BENCH line.
bad_of() { local errors; errors=$(stat "$1" socket_errors); echo $(( $(stat "$1" non2xx) + ${errors:-0} )); }
NO_LINE="BENCH rps=0 p50_ms=0 p99_ms=0 non2xx=-1"

# A random mix against $1 (base URL) from the paths in $2, after a 2 s warm-up on the paths in $3 (other paths of
# the same pages, so the measured ones are not cached by it); prints the BENCH line. warm_mix alone warms up.
warm_mix() { BENCH_URLS=$2 wrk -t2 -c32 -d2s --timeout 10s -s bench/mix.lua "$1" >/dev/null 2>&1 || true; }
measure_mix() { BENCH_URLS=$2 wrk -t2 -c32 -d"${DURATION}s" --timeout 10s --latency -s bench/mix.lua "$1" | grep '^BENCH' || echo "$NO_LINE"; }

# Runs wrk against one URL and appends a table row; $1 size, $2 label, $3 path.
load() {
  local size=$1 label=$2 path=$3 line rps p50 p99 bad status
  settle
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")
  wrk -t2 -c32 -d2s --timeout 10s "$BASE$path" >/dev/null 2>&1 || true   # warm-up: JIT, caches, connection pool
  # One client, one request at a time: the page's own service time, less sensitive to other load on the box.
  solo=$(for _ in $(seq 1 15); do curl -s -o /dev/null -w '%{time_total}\n' "$BASE$path"; done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)]*1000}')
  # A 10 s timeout so slow pages are measured rather than dropped as socket errors (wrk's default is 2 s).
  line=$(wrk -t2 -c32 -d"${DURATION}s" --timeout 10s --latency -s bench/report.lua "$BASE$path" | grep '^BENCH' || echo "$NO_LINE")
  rps=$(stat "$line" rps) p50=$(stat "$line" p50_ms) p99=$(stat "$line" p99_ms) bad=$(bad_of "$line")
  RPS[$size:$label]=$rps P99[$size:$label]=$p99 BAD[$size:$label]=$bad
  local ratio="1.00"; [ "$label" != "static file" ] && ratio=$(awk -v a="$rps" -v b="${RPS[$size:static file]}" 'BEGIN{printf "%.3f", a/b}')
  read_rows+=("| $size | $label | \`$path\` ($status) | $solo | $rps | $p50 | $p99 | $bad | $ratio |")
  echo "   $label: $line (first status $status, ratio $ratio)"
}

# A random mix: wrk picks every request from a list of paths (bench/mix.lua, fixed seed) and a row is appended
# with its ratio to the static file measured in the same run. $1 size, $2 label, $3 file of paths.
mix() {
  local size=$1 label=$2 file=$3
  settle
  warm_mix "$BASE" "$OUT/warm-$size.txt"
  record_mix "$size" "$label" "$file" "$(measure_mix "$BASE" "$file")"
}

record_mix() { # size label file line
  local size=$1 label=$2 file=$3 line=$4 rps p50 p99 bad ratio
  rps=$(stat "$line" rps) p50=$(stat "$line" p50_ms) p99=$(stat "$line" p99_ms) bad=$(bad_of "$line")
  RPS[$size:$label]=$rps P99[$size:$label]=$p99 BAD[$size:$label]=$bad
  ratio=$(awk -v a="$rps" -v b="${RPS[$size:static file]}" 'BEGIN{ if (b+0 == 0) print "0.000"; else printf "%.3f", a/b}')
  mix_rows+=("| $size | $label | $(wc -l <"$file") | $rps | $p50 | $p99 | $bad | $ratio |")
  echo "   $label: $line (ratio $ratio)"
}

# Another process writing to the store every 4 s for the length of a load run, in the background; $1 the SQL
# (`$i`, the write's number, may appear in it). Sets WRITER to its pid.
writer_start() {
  ( for i in $(seq 1 $(( (DURATION + 3) / 4 ))); do
      sqlite3 -cmd ".timeout 5000" "$db" "${1//\$i/$i}" 2>>"$OUT/writer.err"
      sleep 4
    done ) & WRITER=$!
}

# A random mix while another process changes a public profile every 4 s (sqlite3, as an import or a second
# instance would): each change moves the directory index, so every cached page is stale and readers get pages
# rendered from the updated index.
mix_with_writes() {
  local size=$1 label=$2 file=$3 line
  settle
  warm_mix "$BASE" "$OUT/warm-$size.txt"
  # Dates as the store keeps them (seven fractional digits), or EF could not read the row back.
  writer_start "UPDATE Jurisdictions SET Population = COALESCE(Population, 0) + 1, UpdatedAt = strftime('%Y-%m-%dT%H:%M:%f0000Z') WHERE Id = (SELECT Id FROM Jurisdictions WHERE IsPublished AND DeletedAt IS NULL ORDER BY Id LIMIT 1 OFFSET abs(random()) % 1000)"
  line=$(measure_mix "$BASE" "$file")
  wait "$WRITER" || true
  record_mix "$size" "$label" "$file" "$line"
}

# The URL lists of one size: random filters for the list and the API, every public profile, and the home page
# mixed with list filters. Written once per size; the same seeds every run.
url_lists() {
  local size=$1
  python3 bench/filter-urls.py /jurisdictions "$MIX_URLS" 1 >"$OUT/list-$size.txt"
  python3 bench/filter-urls.py /api/jurisdictions "$MIX_URLS" 2 >"$OUT/api-$size.txt"
  python3 bench/filter-urls.py /jurisdictions "$UNCACHED_URLS" 3 >"$OUT/list-uncached-$size.txt"
  python3 bench/filter-urls.py /jurisdictions 500 4 >"$OUT/warm-$size.txt"
  sqlite3 "$db" "SELECT '/jurisdictions/' || Slug FROM Jurisdictions WHERE IsPublished AND DeletedAt IS NULL ORDER BY Id" >"$OUT/profiles-$size.txt"
  { for _ in $(seq 1 $((MIX_URLS / 4))); do echo /; done; cat "$OUT/list-$size.txt"; } >"$OUT/home-list-$size.txt"
}

# The WordPress peer on the same profiles (an export of this store): its category/tag archives and single posts
# under the same wrk mixes, beside our list and profile mixes of the same size.
peer_run() {
  local size=$1 wp=/tmp/demandatlas-bench-wordpress line
  [ "$PEERS" = wordpress ] || return 0
  echo "== WordPress peer with the $size profiles"
  "${APP[@]}" export --db "$db" --out "$OUT/export-$size.json" >"$OUT/export.log" 2>&1 || { notes+=("export for the WordPress peer failed: $(tail -1 "$OUT/export.log")"); return 0; }
  if ! timeout 3600 bench/peers/wordpress.sh start "$OUT/export-$size.json" "$wp" >"$OUT/wordpress-start.log" 2>&1; then
    notes+=("The WordPress peer did not start: $(tail -1 "$OUT/wordpress-start.log")"); bench/peers/wordpress.sh stop "$wp" >/dev/null 2>&1 || true; return 0
  fi
  # shellcheck disable=SC1091
  . "$wp/wordpress.env"
  cp "$WP_ARCHIVE_URLS" "$OUT/wp-archives.txt"; cp "$WP_POST_URLS" "$OUT/wp-posts.txt"
  head -500 "$OUT/wp-archives.txt" >"$OUT/warm-wp.txt"
  for pair in "category archive, random|$OUT/wp-archives.txt" "single post, random|$OUT/wp-posts.txt"; do
    warm_mix "$WP_BASE" "$OUT/warm-wp.txt"
    line=$(measure_mix "$WP_BASE" "${pair#*|}")
    RPS[wp:${pair%%|*}]=$(stat "$line" rps)
    peer_rows+=("| WordPress $(dpkg-query -W -f='${Version}' wordpress 2>/dev/null) | ${pair%%|*} | $(wc -l <"${pair#*|}") | $(stat "$line" rps) | $(stat "$line" p50_ms) | $(stat "$line" p99_ms) | $(stat "$line" non2xx) |")
    echo "   WordPress ${pair%%|*}: $line"
  done
  bench/peers/wordpress.sh stop "$wp" >/dev/null 2>&1 || true
  PEER_SIZE=$size
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Generates $1 synthetic profiles and imports them into a new store IMPORT_RUNS times (a new file each time),
# timed by /usr/bin/time; appends a table row with the median and every run. The last run's store is kept.
import_run() {
  local size=$1 secs rss=0 rate loop exit_code=0 code walls=() loops=()
  docs=$OUT/docs-$size db=$OUT/atlas-$size.db
  "${SYNTHETIC[@]}" --count "$size" --out "$docs" --seed 1 >/dev/null
  sync   # the generated files reach the disk before any clock starts
  for _ in $(seq 1 "$IMPORT_RUNS"); do
    rm -f "$db" "$db-wal" "$db-shm"
    set +e
    /usr/bin/time -v -o "$OUT/import-$size.time" timeout 1800 "${APP[@]}" import "$docs" --db "$db" >"$OUT/import-$size.log" 2>&1
    code=$?
    set -e
    [ "$code" -ne 0 ] && exit_code=$code
    walls+=("$(wall_seconds "$OUT/import-$size.time")")
    # The verb's summary ends "...; 10.028 s": the import loop alone, without process start and migration.
    loops+=("$(tail -1 "$OUT/import-$size.log" | sed -nE 's/.*; ([0-9.]+) s$/\1/p')")
    rss=$(( $(max_rss_mb "$OUT/import-$size.time") > rss ? $(max_rss_mb "$OUT/import-$size.time") : rss ))
  done
  secs=$(median "${walls[@]}") loop=$(median "${loops[@]}")
  rate=$(awk -v n="$size" -v s="$secs" 'BEGIN{printf "%.0f", n/s}')
  import_rows+=("| $size | $secs | ${walls[*]} | $rate | ${loop:-?} | $(awk -v n="$size" -v s="${loop:-0}" 'BEGIN{ if (s+0 == 0) print "?"; else printf "%.0f", n/s}') | $rss | $exit_code |")
  IMPORT_RATE[$size]=$rate IMPORT_RSS[$size]=$rss
  echo "   import: ${secs}s median of ${walls[*]}, ${rate} docs/s, peak RSS ${rss} MB, exit $exit_code"
}

# `/` under the same wrk load while another process writes to the store every 4 s (as an import run beside the
# site would): every write invalidates the caches, so this row shows what rebuilding them costs visitors.
load_with_writes() {
  local size=$1 line
  settle
  curl -s -o /dev/null "$BASE/"
  writer_start "INSERT INTO AuditLog (At, Actor, Action, Details) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ'), 'bench', 'bench-write', 'synthetic benchmark write \$i')"
  line=$(wrk -t2 -c32 -d"${DURATION}s" --timeout 10s --latency -s bench/report.lua "$BASE/" | grep '^BENCH' || echo "$NO_LINE")
  wait "$WRITER" || true
  MIXED[$size]="| $size | $(stat "$line" rps) | $(stat "$line" p50_ms) | $(stat "$line" p99_ms) | $(stat "$line" non2xx) |"
  echo "   home while another process writes every 4 s: $line"
}

# The backup verb on the store just imported (no site running): wall seconds by /usr/bin/time, sizes in MB.
backup_rows=()
backup_run() {
  local size=$1 file=$OUT/backup-$size.db code=0
  set +e
  /usr/bin/time -v -o "$OUT/backup-$size.time" "${APP[@]}" backup --db "$db" --out "$file" >"$OUT/backup-$size.log" 2>&1
  code=$?
  set -e
  # `command stat`: this script defines its own stat() (a field of a BENCH line).
  mb() { [ -f "$1" ] && awk -v b="$(command stat -c %s "$1")" 'BEGIN{printf "%.1f", b/1048576}' || echo "?"; }
  backup_rows+=("| $size | $(wall_seconds "$OUT/backup-$size.time") | $(mb "$file") | $(mb "$db") | $(max_rss_mb "$OUT/backup-$size.time") | $code |")
  echo "   backup: $(head -1 "$OUT/backup-$size.log")"
  rm -f "$file"
}

for size in "${IMPORT_ONLY[@]}"; do
  [[ " ${SIZES[*]} " == *" $size "* ]] && continue
  echo "== $size synthetic profiles (import only)"
  import_run "$size"
  rm -rf "$OUT/docs-$size" "$OUT/atlas-$size.db"*
done

for size in "${SIZES[@]}"; do
  echo "== $size synthetic profiles"
  import_run "$size"
  backup_run "$size"

  start_server "$db" "$OUT/server-$size.log"
  # A profile and a state with enough matches that page 3 of the two-tactic filter exists.
  slug=$(curl -s "$BASE/api/jurisdictions?state=CA&tactic=reverse-stings" | grep -oE '"slug": ?"[^"]+"' | head -1 | sed -E 's/.*"([^"]+)"$/\1/' || true)
  static=$(curl -s "$BASE/" | grep -oE '(href|src)="/[^"]+\.(css|js)[^"]*"' | head -1 | sed -E 's/^[a-z]+="([^"]+)"$/\1/' || true)
  [ -n "$static" ] || { static=/favicon.ico; notes+=("No stylesheet or script linked from / at $size; static ceiling measured on $static."); }
  [ -n "$slug" ] || { slug=missing; notes+=("/api/jurisdictions returned no CA slug at $size; the profile row is a 404."); }
  load "$size" "static file" "$static"
  load "$size" "home" "/"
  load "$size" "filtered list" "/jurisdictions?tactic=reverse-stings&tactic=buyer-arrests&match=all&state=CA&page=3"
  load "$size" "profile" "/jurisdictions/$slug"
  load "$size" "tactic page" "/tactics/web-stings"
  load "$size" "API list" "/api/jurisdictions?tactic=reverse-stings&tactic=buyer-arrests&match=all&state=CA&page=3"
  url_lists "$size"
  mix "$size" "list, random filters" "$OUT/list-$size.txt"
  mix "$size" "list, random filters, uncached" "$OUT/list-uncached-$size.txt"
  mix "$size" "API, random filters" "$OUT/api-$size.txt"
  mix "$size" "profile, random" "$OUT/profiles-$size.txt"
  SERVER_RSS[$size]=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status")
  load_with_writes "$size"
  mix_with_writes "$size" "home and list while writing" "$OUT/home-list-$size.txt"
  mix_with_writes "$size" "list, random filters, while writing" "$OUT/list-$size.txt"
  MIXED_RSS[$size]=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status")
  # Page weight: what a browser with an empty cache transfers for the list (HTML plus linked CSS, JS, images).
  weight=0
  html_bytes=$(curl -s -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$BASE/jurisdictions")
  weight=$((weight + html_bytes))
  for asset in $(curl -s "$BASE/jurisdictions" | grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|woff2?)[^"]*"' | sed -E 's/^[a-z]+="([^"]+)"$/\1/' | sort -u); do
    weight=$((weight + $(curl -s -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$BASE$asset")))
  done
  WEIGHT[$size]=$weight
  echo "   /jurisdictions first load: $weight bytes transferred (HTML $html_bytes)"
  echo "   server peak RSS: ${SERVER_RSS[$size]} MB after the read load, ${MIXED_RSS[$size]} MB after reads with writes"

  if [ "$size" = "${SIZES[0]}" ] && ! grep -q '"users"' src/DemandAtlas.Web/CommandLine/UsersVerb.cs; then
    write_line="WRITE error=the users verb is not registered (admin not merged)"
  elif [ "$size" = "${SIZES[0]}" ]; then
    echo "== write load: 50 editors, ${WRITE_SECONDS}s on the $size store"
    export BENCH_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    printf '%s\n%s\n' "$BENCH_PASSWORD" "$BENCH_PASSWORD" | "${APP[@]}" users add bench-editor@example.org --role Editor --db "$db" >"$OUT/users.log" 2>&1 \
      || notes+=("users add failed: $(tail -1 "$OUT/users.log")")
    # A warm-up run first, as the read rows have theirs: the first ~13 s of saves on a fresh server spend about a
    # third of its CPU compiling the editing path (JIT tier-up), which a server that has been up a while has done.
    dotnet "$OUT/writeload/WriteLoad.dll" --base "$BASE" --db "$db" --email bench-editor@example.org \
      --editors 50 --seconds 15 --profiles 100 >/dev/null 2>"$OUT/writeload-warmup.err" || true
    write_line=$(dotnet "$OUT/writeload/WriteLoad.dll" --base "$BASE" --db "$db" --email bench-editor@example.org \
      --editors 50 --seconds "$WRITE_SECONDS" --profiles 100 2>"$OUT/writeload.err" | grep '^WRITE' || true)
    [ -n "$write_line" ] || write_line="WRITE error=$(tail -1 "$OUT/writeload.err")"
    locked=$(grep -ci "database is locked" "$OUT/server-$size.log" || true)
    echo "   $write_line locked=$locked"
  fi
  stop_server
  if [ "$size" = "${SIZES[0]}" ]; then peer_run "$size"; fi
done

# ---- targets (issue 5) ----
target_rows=()
check() { # description measured ok(0/1)
  target_rows+=("| $1 | $2 | $([ "$3" = 1 ] && echo met || echo '**missed**') |")
}
ge() { awk -v a="$1" -v b="$2" 'BEGIN{print (a+0 >= b+0) ? 1 : 0}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b+0 == 0) print "0.000"; else printf "%.3f", a/b}'; }
for size in "${SIZES[@]}"; do
  static=${RPS[$size:static file]:-0}
  r=$(ratio "${RPS[$size:filtered list]:-0}" "$static"); check "filtered list ≥ 0.5 × static ($size)" "$r" "$(ge "$r" 0.5)"
  r=$(ratio "${RPS[$size:profile]:-0}" "$static"); check "profile ≥ 0.6 × static ($size)" "$r" "$(ge "$r" 0.6)"
  worst=0 worst_page="" bad=0
  for label in "static file" home "filtered list" profile "tactic page" "API list"; do
    p=${P99[$size:$label]:-999}; [ "$(ge "$p" "$worst")" = 1 ] && { worst=$p; worst_page=$label; }
    bad=$((bad + ${BAD[$size:$label]:-1}))
  done
  check "p99 ≤ 30 ms on every page ($size)" "worst $worst ms ($worst_page)" "$(ge 30 "$worst")"
  check "zero non-2xx ($size)" "$bad" "$([ "$bad" = 0 ] && echo 1 || echo 0)"
  check "/jurisdictions first load < 150 KB ($size)" "${WEIGHT[$size]:-?} bytes" "$(ge 150000 "${WEIGHT[$size]:-999999}")"
done
IMPORTED=($(printf '%s\n' "${!IMPORT_RATE[@]}" | sort -n))
for size in "${IMPORTED[@]}"; do
  check "import ≥ 1,000 documents/s, wall clock ($size)" "${IMPORT_RATE[$size]}" "$(ge "${IMPORT_RATE[$size]}" 1000)"
done
if [ "${#IMPORTED[@]}" -ge 2 ]; then
  # Flat: the largest run's peak RSS within a quarter of the smallest's, however many times more documents.
  small=${IMPORTED[0]} big=${IMPORTED[-1]}
  check "import peak RSS flat in N ($small → $big)" "${IMPORT_RSS[$small]} → ${IMPORT_RSS[$big]} MB" "$(ge "$(awk -v a="${IMPORT_RSS[$small]}" 'BEGIN{print a*1.25}')" "${IMPORT_RSS[$big]}")"
fi
if [ "${#SIZES[@]}" -ge 2 ]; then
  small=${SIZES[0]} big=${SIZES[-1]}
  r=$(ratio "${RPS[$big:filtered list]:-0}" "${RPS[$small:filtered list]:-0}")
  check "filtered list at $big ≥ 0.8 × at $small" "$r" "$(ge "$r" 0.8)"
  check "server peak RSS ≤ 300 MB at $big (after the read load)" "${SERVER_RSS[$big]:-?} MB" "$(ge 300 "${SERVER_RSS[$big]:-999}")"
  check "server peak RSS ≤ 300 MB at $big (after reads with writes too)" "${MIXED_RSS[$big]:-?} MB" "$(ge 300 "${MIXED_RSS[$big]:-999}")"
fi
# Issue 12: realistic traffic.
for size in "${SIZES[@]}"; do
  static=${RPS[$size:static file]:-0}
  r=$(ratio "${RPS[$size:list, random filters]:-0}" "$static"); check "list, random filters ≥ 0.25 × static ($size)" "$r" "$(ge "$r" 0.25)"
  p=${P99[$size:list, random filters]:-999}; check "list, random filters p99 ≤ 30 ms ($size)" "$p ms" "$(ge 30 "$p")"
  r=$(ratio "${RPS[$size:API, random filters]:-0}" "$static"); check "API, random filters ≥ 0.5 × static ($size)" "$r" "$(ge "$r" 0.5)"
  p=${P99[$size:profile, random]:-999}; check "profile, random p99 ≤ 30 ms ($size)" "$p ms" "$(ge 30 "$p")"
  for label in "home and list while writing" "list, random filters, while writing"; do
    p=${P99[$size:$label]:-999}; check "$label: p99 ≤ 30 ms ($size)" "$p ms" "$(ge 30 "$p")"
  done
  bad=0; for label in "list, random filters" "list, random filters, uncached" "API, random filters" "profile, random" "home and list while writing" "list, random filters, while writing"; do bad=$((bad + ${BAD[$size:$label]:-1})); done
  check "random mixes: zero non-2xx ($size)" "$bad" "$([ "$bad" = 0 ] && echo 1 || echo 0)"
done
if [ "${#SIZES[@]}" -ge 2 ]; then
  r=$(ratio "${RPS[${SIZES[-1]}:list, random filters]:-0}" "${RPS[${SIZES[0]}:list, random filters]:-0}")
  check "list, random filters at ${SIZES[-1]} ≥ 0.8 × at ${SIZES[0]}" "$r" "$(ge "$r" 0.8)"
fi
if [ -n "${PEER_SIZE:-}" ]; then
  r=$(ratio "${RPS[$PEER_SIZE:list, random filters]:-0}" "${RPS[wp:category archive, random]:-0}"); check "list ≥ 10 × WordPress category archive ($PEER_SIZE)" "$r" "$(ge "$r" 10)"
  r=$(ratio "${RPS[$PEER_SIZE:profile, random]:-0}" "${RPS[wp:single post, random]:-0}"); check "profile ≥ 10 × WordPress single post ($PEER_SIZE)" "$r" "$(ge "$r" 10)"
fi
field() { sed -nE "s/.*[ ]$1=([^ ]+).*/\1/p" <<<"$write_line"; }
if [[ "$write_line" == *saves=* ]]; then
  saves=$(field saves) revisions=$(field revisions) lost=$(field lost) errors5=$(field server_errors)
  check "write load: zero lost edits, revisions = saves" "lost $lost, revisions $revisions / saves $saves" \
    "$([ "$lost" = 0 ] && [ "$revisions" = "$saves" ] && echo 1 || echo 0)"
  check "write load: zero 5xx, zero 'database is locked'" "5xx $errors5, locked $locked" "$([ "$errors5" = 0 ] && [ "$locked" = 0 ] && echo 1 || echo 0)"
  check "write load: save p99 ≤ 250 ms" "$(field save_p99_ms) ms" "$(ge 250 "$(field save_p99_ms)")"
fi

# ---- RESULTS.md ----
{
  echo "# Benchmark results"
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$(git rev-parse --short HEAD 2>/dev/null || echo unknown)\` by \`bench/run.sh ${SIZES[*]}\`."
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}'), .NET $(dotnet --version)."
  echo "wrk and the server share the machine. Synthetic profiles: \`tools/DemandAtlas.Synthetic --seed 1\`."
  echo "Load average (1, 5, 15 min) at the start: $LOAD_AT_START; at the end: $(cut -d' ' -f1-3 /proc/loadavg). Anything well above the core count means other work shared the CPU and every number below is pessimistic."
  echo "CPU reference (a fixed Python loop, lower is faster): ${CPU_AT_START} s at the start, $(cpu_reference) s at the end."
  read -r ticks steal < <(cpu_ticks)
  echo "CPU time taken by the hypervisor for other machines (steal) during the run: $(awk -v s=$((steal - STEAL_AT_START)) -v t=$((ticks - TICKS_AT_START)) 'BEGIN{printf "%.0f", t ? 100*s/t : 0}') %. Well above zero, the machine had less CPU than its core count says, and every figure below is pessimistic (the ratios to the static file less so)."
  [ -n "${BENCH_NOTE:-}" ] && echo "$BENCH_NOTE"
  echo
  echo "## Import (\`import DIR --db FILE\` into a new store, Release, ReadyToRun)"
  echo
  echo "Each size is imported $IMPORT_RUNS times into a new file; the rates are from the median run. Wall clock includes"
  echo "process start and migration; the import loop is the time the verb reports itself."
  echo
  echo "| profiles | wall s (median) | wall s (every run) | documents/s (wall) | import loop s | documents/s (loop) | peak RSS (MB) | exit code |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${import_rows[@]}" | sort -t'|' -k2,2n
  echo
  echo "## Read load (\`wrk -t2 -c32 -d${DURATION}s\`, Production environment, after a 2 s warm-up)"
  echo
  echo "| profiles | page | URL (first status) | 1 client median ms | requests/s | p50 ms | p99 ms | non-2xx + socket errors | ratio to static |"
  echo "| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${read_rows[@]}"
  echo
  echo "## Realistic traffic (issue 12): random mixes (\`bench/mix.lua\`, fixed seed, \`wrk -t2 -c32 -d${DURATION}s\`)"
  echo
  echo "Every request is picked at random from a list of distinct paths (\`bench/filter-urls.py\`: tactics, match, state,"
  echo "type, population, text, sort, page). The uncached row draws from $UNCACHED_URLS paths, so nearly every request is"
  echo "one the output cache has not seen. The writing rows change a public profile every 4 s from another process"
  echo "(\`sqlite3\`), so every cached page goes stale and pages come from the updated directory index."
  echo
  echo "| profiles | mix | distinct paths | requests/s | p50 ms | p99 ms | non-2xx + socket errors | ratio to static |"
  echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${mix_rows[@]}"
  echo
  if [ "${#peer_rows[@]}" -gt 0 ]; then
    echo "## Against WordPress (\`bench/peers/wordpress.sh\`, the same ${PEER_SIZE} profiles as posts; tactics as categories, states as tags)"
    echo
    echo "Debian's WordPress, php-fpm (${WP_FPM_CHILDREN:-4} workers), MariaDB and nginx on loopback, the same wrk mixes, measured after our rows"
    echo "in the same run. DemandAtlas's list and profile mixes at ${PEER_SIZE} profiles: ${RPS[${PEER_SIZE}:list, random filters]:-?} and ${RPS[${PEER_SIZE}:profile, random]:-?} requests/s."
    echo
    echo "| server | mix | distinct paths | requests/s | p50 ms | p99 ms | non-2xx |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
    printf '%s\n' "${peer_rows[@]}"
    echo
  fi
  echo "Reads while another process writes: \`/\` under the same load while \`sqlite3\` adds a row to the store every 4 s (each"
  echo "write invalidates every cached page and aggregate; not a target, shown for what a busy editing day costs):"
  echo
  echo "| profiles | requests/s | p50 ms | p99 ms | non-2xx + socket errors |"
  echo "| ---: | ---: | ---: | ---: | ---: |"
  for s in "${SIZES[@]}"; do echo "${MIXED[$s]:-| $s | ? | ? | ? | ? |}"; done
  echo
  echo "\`/jurisdictions\` first load, empty cache, brotli/gzip as a browser asks: $(for s in "${SIZES[@]}"; do printf '%s profiles: %s bytes; ' "$s" "${WEIGHT[$s]:-?}"; done)"
  echo
  echo "Server peak RSS (VmHWM) after the read load: $(for s in "${SIZES[@]}"; do printf '%s profiles: %s MB; ' "$s" "${SERVER_RSS[$s]:-?}"; done)"
  echo "and after the reads with writes: $(for s in "${SIZES[@]}"; do printf '%s profiles: %s MB; ' "$s" "${MIXED_RSS[$s]:-?}"; done)"
  echo
  echo "## Backup (\`backup --db FILE --out BACKUP\` on the store just imported, no site running)"
  echo
  echo "| profiles | wall s | backup MB | store MB | peak RSS (MB) | exit code |"
  echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${backup_rows[@]}"
  echo
  echo "## Write load (50 editors, ${WRITE_SECONDS} s after a 15 s warm-up run, \`/admin/jurisdictions/{slug}/edit\` on 100 profiles of the ${SIZES[0]} store)"
  echo
  if [[ "$write_line" == *saves=* ]]; then
    echo "| saves | saves/s | conflicts | 5xx | \"database is locked\" in log | revisions written | lost edits | save p50 ms | save p99 ms | other outcomes |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"
    echo "| $(field saves) | $(field saves_per_s) | $(field conflicts) | $(field server_errors) | $locked | $(field revisions) | $(field lost) | $(field save_p50_ms) | $(field save_p99_ms) | $(field other) |"
  else
    echo "Not measured: ${write_line:-no output}"
  fi
  echo
  echo "## Targets (issues 2, 5 and 12)"
  echo
  echo "| target | measured | result |"
  echo "| --- | --- | --- |"
  printf '%s\n' "${target_rows[@]}"
  if [ "${#notes[@]}" -gt 0 ]; then echo; echo "## Notes"; echo; printf -- '- %s\n' "${notes[@]}"; fi
} >bench/RESULTS.md
echo "== wrote bench/RESULTS.md"
cat bench/RESULTS.md
