#!/bin/sh
# pnpm eval: honest figures of the parser (../shared/eval/FORMAT.md). Design on polnear-train only:
# 5-fold cross-validation by article (the speaker scorer of each fold trained without its articles),
# the training-set score (a gap above 5 points to the validation figures means overfitting), then the
# validation files, polnear-dev and ggt-dev, with the shipped model: read their scores, not their articles.
set -e
root=$(cd "$(dirname "$0")/../../.." && pwd)
gold="$root/../shared/eval/ggt-dev.jsonl"
pred="${TMPDIR:-/tmp}/claimline-ggt-dev-pred.jsonl"
cd "$root/packages/parser"
"$root/node_modules/.bin/tsx" scripts/train.ts --check
echo
echo "ggt-dev in full (shipped model):"
"$root/node_modules/.bin/tsx" scripts/parse-jsonl.ts < "$gold" > "$pred"
python3 "$root/../shared/eval/score.py" "$gold" "$pred" "$@"
