#!/bin/sh
# pnpm eval: parse the dev half of the evaluation set and score it (../shared/eval/FORMAT.md).
set -e
root=$(cd "$(dirname "$0")/../../.." && pwd)
gold="$root/../shared/eval/ggt-dev.jsonl"
pred="${TMPDIR:-/tmp}/claimline-ggt-dev-pred.jsonl"
cd "$root/packages/parser"
"$root/node_modules/.bin/tsx" scripts/parse-jsonl.ts < "$gold" > "$pred"
python3 "$root/../shared/eval/score.py" "$gold" "$pred" "$@"
