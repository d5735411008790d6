#!/bin/bash
# Every issue #11 figure for this checkout, in one run (about a minute once the fold models are cached; the
# first run trains one model per left-out source, several minutes on 2 cores).
# Usage: npm run eval:all -- OUTDIR [MODELS_DIR]   (MODELS_DIR, default .reports/loso-models, caches the folds)
# Writes OUTDIR/loso.txt (leave-one-source-out on the TEST splits, pools healthcare and general),
# losotrain.txt (the same on the TRAIN splits), evals.txt (real test splits per source, the synthetic test split,
# fresh-v4) and, when `npm run corpus:build -- --snapshots DIR --eval-only` has built them, evalonly.txt (the
# evaluation-only sets: aggregate figures only).
set -euo pipefail
O=${1:?usage: npm run eval:all -- OUTDIR [MODELS_DIR]}
M=${2:-.reports/loso-models}
mkdir -p "$O" "$M"
P=(--pool healthcare=kqa,medquad,vaers --pool general=hwu64,multidogo,multiwoz,snips,star,starfraud,starslots --models "$M")
ROWS='^(source|[a-z0-9]+ +[0-9])'
npm run -s eval:loso -- "${P[@]}" 2>&1 | grep -E "$ROWS" > "$O/loso.txt"
npm run -s eval:loso -- "${P[@]}" --split train 2>&1 | grep -E "$ROWS" > "$O/losotrain.txt"
{
  npm run -s eval -- --data data/corpus/real/test 2>&1 | sed -n '/^per source/,$p' | grep -E "$ROWS"
  for f in data/corpus/test.jsonl data/corpus/holdout/fresh-v4.jsonl; do
    echo "== $f"
    npm run -s eval -- --data "$f" 2>&1 | grep -E "^service|^model only" | head -2
  done
} > "$O/evals.txt"
if [ -d data/corpus/eval-only ]; then
  npm run -s eval -- --data data/corpus/eval-only 2>&1 | sed -n '/^per source/,$p' | grep -E "$ROWS" > "$O/evalonly.txt"
fi
echo "written: $O/loso.txt $O/losotrain.txt $O/evals.txt$([ -d data/corpus/eval-only ] && echo " $O/evalonly.txt")"
