# shellcheck shell=bash
# The JVM options of kpikit, in one place: sourced by bin/kpikit (the installed launcher of the
# distribution archive) and by ./kpikit (the repository's launcher, which builds first). Both then
# call kpikit_exec, which starts the CLI and never returns.
#
#   kpikit_exec JAR LIB_DIR CDS_FILE SAMPLE_DIR [kpikit arguments...]
#
# JAR is kpikit.jar and LIB_DIR holds every runtime jar (JAR may be in it); the class path is JAR,
# then the others in name order (the same string on every run, as a class-data archive requires).
# CDS_FILE is where the class-data archive is kept ('' for none); SAMPLE_DIR is the sample business
# it is recorded from.
#
# Settings (environment):
#   KPIKIT_JAVA_OPTS  more JVM options, last (so they win), e.g. -Xmx8g
#   KPIKIT_CDS=0      no class-data archive
#   KPIKIT_THP=1      transparent huge pages for the heap (see kpikit_thp_requested)
#   KPIKIT_SMALL=0    the JVM options of large inputs for every input (see kpikit_size_opts)
#   JAVA_HOME         the Java (17 or later) to use; else java on the PATH

# The heap is given back to the data: after a collection G1 keeps 10-20 % of it free instead of its
# default 40-70 %, which on 10M order rows keeps about 0.7 GB less resident for the same run time.
# And it grows in small steps: G1 takes 5 % of the memory it may still take when it expands (instead
# of 20 %) and gives the young generation at most a quarter of the heap (instead of 60 %). On a busy
# machine one slow young collection made G1 commit 2 GB at once (its pause measured as GC overhead),
# and a young generation sized to that heap was then filled with short-lived chunk buffers. On 10M
# order rows on a busy machine, peak resident memory was 1.9 GB in both runs with these options and
# 1.9-3.0 GB in five runs without, for the same CPU time. Both options are "experimental" HotSpot
# flags (present since JDK 9), hence the unlock. The free ratios apply to the serial collector that
# the size options below choose for validate, metrics and report; G1 serves the other commands, and
# any run whose KPIKIT_JAVA_OPTS chooses it.
kpikit_heap_opts=(-XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20
  -XX:+UnlockExperimentalVMOptions -XX:G1ExpandByPercentOfAvailable=5 -XX:G1MaxNewSizePercent=25)

# Small inputs (validate, metrics and report on data of less than 256 MiB, Parquet and gzip
# counted five times, about 3M order rows): the JIT stops at its quick compiler (C1) and the heap is
# the serial collector's: at this size C2's compilations and G1's parallel threads cost more than
# they save. At 1M order rows on a busy machine (load average 6-10) the CPU time of
# `kpikit metrics` fell from 4.6-5.0 s to 2.8-3.0 s on Parquet and from 3.5-3.9 s to 2.9-3.0 s on
# CSV, peak RSS from 740-820 to 510-540 MiB and from 590-640 to 370-510 MiB, and run time with it.
# At 3M rows both were as fast (CSV) or these faster (Parquet, 7 s of CPU instead of 8.5-9); larger
# inputs keep the defaults, where C2's faster code and G1's parallel collections pay.
# The serial heap starts at 256 MB and arrays of 256 kB or more (column buffers) are allocated in
# the old generation: from 32 MB, with every array first in the young generation, the heap grew
# in small steps (the free ratios above), and 1M order rows took 28-31 collections, 11 of them
# full, that stopped the run for 330-380 ms; now 4-8 collections and 65-170 ms. Wall time of
# `kpikit metrics` at 1M rows, 2-3 alternating runs: iso CSV 1.47-1.65 s against 1.84-1.97 s,
# offsets Parquet 1.59-1.70 s against 1.88-1.92 s; peak RSS 330-345 MiB against 310-380 MiB (the
# sample business: 198 MiB against 130 MiB, 1.97 s against 2.17 s).
# The young generation is 16 MB instead of a third of the heap (85 MB): it holds small objects only
# (the arrays of 256 kB or more are old already), which die young at any size, and all of it was
# touched, so resident. The old generation starts at 155 MB (-Xms171m) and grows as the data needs.
# Peak RSS at 1M order rows, 5-8 alternating runs, for the same time (within 0.03 s): from the 256
# MB heap to -Xms187m -Xmn16m (the old generation's 171 MB kept), the offsets sample's Parquet 268
# MiB against 323, iso CSV 257 against 312, its CSV 259 against 316; from there to -Xms171m, the
# offsets sample's Parquet 252 MiB, iso CSV 241, the parquet shape 271 against 285, wide 251
# against 265. 3M iso rows: 2.5-2.7 s and 470 MiB against 2.7 s and 520 MiB with the 256 MB heap.
# A loop is compiled while it runs (on-stack replacement) after 2,000 iterations instead of 60,000:
# the metric kernels each pass once over a million rows, and their first 60,000 iterations in the
# interpreter cost as much as the rest compiled. Metrics at 1M rows, 5 alternating runs (median):
# iso CSV 204 ms against 292 ms, wall 1.61 s against 1.77 s; parquet 188 against 304 ms.
kpikit_small_input_opts=(-XX:TieredStopAtLevel=1 -XX:Tier3BackEdgeThreshold=2000 -XX:+UseSerialGC
  -Xms171m -Xmn16m -XX:PretenureSizeThreshold=256k)
kpikit_small_input_limit=$((256 * 1024 * 1024))

# The bytes of the data a command reads, Parquet and gzip files counted five times (a CSV holds
# about five times their bytes for the same rows): files and folders (three levels deep) named by
# its arguments, except the value of --out. Fails for any other command, or when a size cannot be
# read (find without -printf), so that the defaults apply.
kpikit_input_bytes() {
  local command="" a skip=0 listing=""
  for a in "$@"; do
    case "$a" in -*) ;; *) command="$a"; break ;; esac
  done
  case "$command" in validate|metrics|report) ;; *) return 1 ;; esac
  for a in "$@"; do
    if [ "$skip" = 1 ]; then skip=0; continue; fi
    case "$a" in
      --out) skip=1; continue ;;
      -*|"$command") continue ;;
    esac
    if [ -e "$a" ]; then
      listing="$listing$(find -L "$a" -maxdepth 3 -type f -printf '%s %f\n' 2>/dev/null)" || return 1
      listing="$listing
"
    fi
  done
  [ -n "$listing" ] || return 1
  printf '%s' "$listing" | awk '
    NF >= 2 { n = tolower($NF); s += (n ~ /\.(parquet|parq|pq|gz)$/) ? 5 * $1 : $1 }
    END { printf "%.0f\n", s }'
}

# Large inputs (validate, metrics and report on 256 MiB or more): the serial collector too, with
# arrays of 256 kB or more (column buffers) in the old generation and a young generation of 128 MB.
# G1 kept a third more memory resident for about the same time. 10M order rows, 2 alternating runs
# each, wall and peak RSS: the offsets sample's Parquet 7.85 s and 1239 MiB against 7.46 s and
# 1822 MiB with G1 (DuckDB: 1395 MiB), the parquet shape 6.60 s and 1252 MiB against 6.81 s and
# 1792 MiB, iso CSV 7.25 s and 1367 MiB against 7.09 s and 2172 MiB. 50M rows of Parquet: 31.4 s
# and 5544 MiB against 34.8 s and 6144 MiB, 35 full collections pausing 2.75 s in all. With the
# default young generation (a third of the heap) the old generation was too small for those 50M
# rows: out of memory where G1 finished.
kpikit_large_input_opts=(-XX:+UseSerialGC -Xms256m -Xmn128m -XX:PretenureSizeThreshold=256k)

# Prints the JVM options for the size of the data the command reads, one a line: the small-input
# options below the limit, the large-input options from it (KPIKIT_SMALL=0: for every size). None
# for other commands, with --engine spark, when the size cannot be read, or when the user's options
# (KPIKIT_JAVA_OPTS, JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS) choose a collector themselves. A heap
# size among the user's options leaves out the generation sizes (-Xms, -Xmn): the JVM refuses to
# start with an initial heap above its maximum (-Xms256m with -Xmx128m).
kpikit_size_opts() {
  local bytes opt heap_set=0 previous=""
  local -a opts
  local user_opts=" ${KPIKIT_JAVA_OPTS:-} ${JDK_JAVA_OPTIONS:-} ${JAVA_TOOL_OPTIONS:-} "
  # A collector chosen by the user, wherever: two collectors stop the JVM before it starts.
  case "$user_opts" in *-XX:+Use*GC*) return 0 ;; esac
  # --engine spark computes on Spark's executors (in this JVM with local[*]): its own defaults.
  for opt in "$@"; do
    case "$previous $opt" in "--engine spark"|*" --engine=spark") return 0 ;; esac
    previous="$opt"
  done
  case "$user_opts" in
    *" -Xmx"*|*" -Xms"*|*"-XX:MaxHeapSize="*|*"-XX:InitialHeapSize="*) heap_set=1 ;;
  esac
  bytes="$(kpikit_input_bytes "$@" 2>/dev/null)" || return 0
  [ -n "$bytes" ] || return 0
  if [ "${KPIKIT_SMALL:-1}" != 0 ] && [ "$bytes" -lt "$kpikit_small_input_limit" ]; then
    opts=("${kpikit_small_input_opts[@]}")
  else
    opts=("${kpikit_large_input_opts[@]}")
  fi
  for opt in "${opts[@]}"; do
    case "$opt" in -Xms*|-Xmn*) [ "$heap_set" = 1 ] && continue ;; esac
    printf '%s\n' "$opt"
  done
  return 0
}

kpikit_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    printf '%s\n' "$JAVA_HOME/bin/java"
  else
    command -v java || { echo "kpikit: java (17 or later) is not on the PATH; install it or set JAVA_HOME" >&2; return 1; }
  fi
}

# Transparent huge pages, on request only (KPIKIT_THP=1, where the kernel offers them): the heap is
# then mapped in 2 MB pages, a few hundred page faults instead of a few hundred thousand. They were
# the default until measured against it on a virtual machine whose balloon driver reports free
# memory to the host in 2 MB blocks (virtio free page reporting, order 9): every huge page the heap
# takes back after a collection is then memory the host has discarded, and the kernel's clearing of
# it (clear_page_erms) was 22 % of the CPU samples of `kpikit metrics` on 10M order rows against
# 2 % with 4 kB pages; wall time 9.8-11.3 s against 7.3-8.3 s (3 interleaved runs each on two data
# shapes). Where huge pages do help (bare metal, a heap filled once), KPIKIT_THP=1 turns them on.
kpikit_thp_requested() {
  [ "${KPIKIT_THP:-0}" = 1 ] && grep -qE '\[(always|madvise)\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null
}

# What the class-data archive depends on: the java binary and every jar (name, size, time). An
# archive recorded for another java or other jars is stale, and so is a failed recording's mark.
kpikit_cds_key() {
  local java_bin="$1" jar="$2" lib="$3" real
  real="$(readlink -f "$java_bin" 2>/dev/null || printf '%s' "$java_bin")"
  { printf '%s\n' "$real"; stat -c '%s %Y' "$real" || true; stat -c '%n %s %Y' "$jar" "$lib"/*.jar || true; } \
    2>/dev/null | cksum | cut -d' ' -f1
}

# Nothing here may stop the launcher (it runs under set -e): a step that fails means no archive.
# Records the archive (JDK AppCDS, -XX:ArchiveClassesAtExit) from a report run on the sample with
# its orders as Parquet (written by `kpikit sample --format parquet`), so that both the CSV and the
# Parquet readers' classes are in it. Written under temporary names, then renamed, so a concurrent
# run never sees half of it. Any failure (a JVM without AppCDS, a folder that cannot be written)
# leaves no archive, and the key file then marks this java and these jars as tried, so later runs
# do not try again until one of them changes.
kpikit_record_cds() {
  local java_bin="$1" cds="$2" sample="$3" key="$4" work data
  shift 4
  work="$(mktemp -d "${TMPDIR:-/tmp}/kpikit-cds.XXXXXX" 2>/dev/null)" || return 0
  data="$sample"
  if [ -d "$sample" ] \
      && "$java_bin" "$@" sample --business northwind-coffee --format parquet --out "$work/parquet" >/dev/null 2>&1 \
      && mkdir "$work/data" && cp "$sample"/*.csv "$work/data/" && rm -f "$work/data/orders.csv" \
      && cp "$work/parquet/orders.parquet" "$work/data/" \
      && sed 's/path: orders\.csv/path: orders.parquet/' "$sample/kpikit.yaml" >"$work/data/kpikit.yaml"; then
    data="$work/data"
  fi
  if [ -d "$data" ] \
      && "$java_bin" -XX:ArchiveClassesAtExit="$work/kpikit.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        "$@" report "$data" --out "$work/report" >/dev/null 2>&1 \
      && [ -s "$work/kpikit.jsa" ]; then
    { cp "$work/kpikit.jsa" "$cds.tmp$$" && mv -f "$cds.tmp$$" "$cds"; } 2>/dev/null || true
  fi
  { printf '%s\n' "$key" >"$cds.key.tmp$$" && mv -f "$cds.key.tmp$$" "$cds.key"; } 2>/dev/null || true
  rm -f "$cds.tmp$$" "$cds.key.tmp$$" 2>/dev/null || true
  rm -rf "$work" 2>/dev/null || true
  return 0
}

kpikit_exec() {
  local jar="$1" lib="$2" cds="$3" sample="$4" java_bin cp dep key
  shift 4
  java_bin="$(kpikit_java)" || exit 1
  cp="$jar"
  for dep in "$lib"/*.jar; do
    [ "$dep" -ef "$jar" ] || cp="$cp:$dep"
  done
  local main=(-cp "$cp" dev.kpikit.cli.KpikitCli)
  local cds_opts=()
  if [ "${KPIKIT_CDS:-1}" != 0 ] && [ -n "$cds" ]; then
    key="$(kpikit_cds_key "$java_bin" "$jar" "$lib")"
    if [ "$(cat "$cds.key" 2>/dev/null)" != "$key" ]; then
      rm -f "$cds" 2>/dev/null || true
      kpikit_record_cds "$java_bin" "$cds" "$sample" "$key" "${main[@]}"
    fi
    if [ -s "$cds" ] && [ "$(cat "$cds.key" 2>/dev/null)" = "$key" ]; then
      cds_opts=(-XX:SharedArchiveFile="$cds" -Xlog:cds=off -Xlog:cds+dynamic=off)
    fi
  fi
  local size_opts=() opt
  while IFS= read -r opt; do
    [ -n "$opt" ] && size_opts+=("$opt")
  done < <(kpikit_size_opts "$@")
  local thp_opts=()
  if kpikit_thp_requested; then
    thp_opts=(-XX:+UseTransparentHugePages)
  fi
  # shellcheck disable=SC2086
  exec "$java_bin" ${cds_opts[@]+"${cds_opts[@]}"} ${thp_opts[@]+"${thp_opts[@]}"} "${kpikit_heap_opts[@]}" \
    ${size_opts[@]+"${size_opts[@]}"} ${KPIKIT_JAVA_OPTS:-} "${main[@]}" "$@"
}
