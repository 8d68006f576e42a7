#!/usr/bin/env bash
# Runs ../shared/eval/run.sh for every summary task (and extraction) when ../shared exists.
set -euo pipefail
cd "$(dirname "$0")/.."
eval_dir=../shared/eval
if [[ ! -x $eval_dir/run.sh && ! -f $eval_dir/run.sh ]]; then echo "no ../shared/eval here: nothing to run" >&2; exit 0; fi
for task in quotes figures summary headline topics extract; do
  echo "== $task"
  bash "$eval_dir/run.sh" "$task" "$@"
done
