#!/usr/bin/env bash
# Times copydesk against the tools people would use instead, on the same corpus
# in the same run: copydesk with every check and with each family alone,
# misspell, codespell and hunspell -l; over one large file and a tree of small
# files; several runs each. Prints medians, MB/s, peak memory and each tool's
# time as a ratio of copydesk's. Installs what it needs (Go proxy, Debian).
#
#   bash bench/compare.sh                      # 50 MB file, 5,000 files, 3 runs
#   SIZE=10 FILES=1000 RUNS=3 bash bench/compare.sh
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${SIZE:-50}; FILES=${FILES:-5000}; RUNS=${RUNS:-3}; OUT=${OUT:-bench/out}

need() { command -v "$1" >/dev/null 2>&1; }
if ! need codespell || ! need hunspell || ! [ -e /usr/share/hunspell/en_US.dic ] || ! [ -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq codespell hunspell hunspell-en-us time >/dev/null
  else
    echo "compare.sh: install codespell, hunspell, hunspell-en-us and time (Debian packages)" >&2; exit 2
  fi
fi
GOBIN=$(go env GOPATH)/bin
need misspell || go install github.com/golangci/misspell/cmd/misspell@v0.8.0
export PATH="$GOBIN:$PATH"
go build -o "$OUT/copydesk" ./cmd/copydesk
go run ./bench/gencorpus -size "$SIZE" -files "$FILES" -out "$OUT"
MB=$(du -m "$OUT/corpus.txt" | cut -f1)
TREE_MB=$(du -sm "$OUT/tree" | cut -f1)

# measure NAME INPUT CMD...: RUNS runs; prints "name input median_s peak_MB".
measure() {
  local name=$1 input=$2; shift 2
  local times=() mems=()
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$OUT/time.txt" "$@" >/dev/null 2>&1 || true
    read -r t m < <(tail -n 1 "$OUT/time.txt")
    times+=("$t"); mems+=("$m")
  done
  local med mem
  med=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
  mem=$(printf '%s\n' "${mems[@]}" | sort -g | tail -1)
  echo "$name|$input|$med|$((mem / 1024))"
}

rows=()
for input in file tree; do
  if [ "$input" = file ]; then target="$OUT/corpus.txt"; size=$MB; else target="$OUT/tree"; size=$TREE_MB; fi
  rows+=("$(measure "copydesk (all checks)" "$input" "$OUT/copydesk" check --fail-on none --format json "$target")")
  for fam in 'typo.*' 'boilerplate.*' 'mt.*' 'language.*' 'names.*' 'format.*'; do
    rows+=("$(measure "copydesk --rule $fam" "$input" "$OUT/copydesk" check --fail-on none --format json --rule "$fam" "$target")")
  done
  if [ "$input" = file ]; then
    rows+=("$(measure "misspell" "$input" misspell "$target")")
    rows+=("$(measure "codespell" "$input" codespell "$target")")
    rows+=("$(measure "hunspell -l" "$input" sh -c "hunspell -d en_US -l < '$target'")")
  else
    rows+=("$(measure "misspell" "$input" misspell "$target")")
    rows+=("$(measure "codespell" "$input" codespell "$target")")
    rows+=("$(measure "hunspell -l" "$input" sh -c "cat '$target'/*.txt | hunspell -d en_US -l")")
  fi
done

printf '\n%-28s %-5s %9s %8s %8s %9s\n' tool input "median s" "MB/s" "peak MB" "x copydesk"
for r in "${rows[@]}"; do
  IFS='|' read -r name input secs mem <<<"$r"
  if [ "$input" = file ]; then size=$MB; else size=$TREE_MB; fi
  base=$(printf '%s\n' "${rows[@]}" | awk -F'|' -v i="$input" '$1=="copydesk (all checks)" && $2==i {print $3}')
  awk -v n="$name" -v i="$input" -v s="$secs" -v m="$mem" -v z="$size" -v b="$base" \
    'BEGIN { printf "%-28s %-5s %9.2f %8.2f %8d %9.2f\n", n, i, s, (s > 0 ? z / s : 0), m, (b > 0 ? s / b : 0) }'
done
echo "(input: $MB MB in one file; $TREE_MB MB in $FILES files; $RUNS runs each; $(nproc) cores)"
