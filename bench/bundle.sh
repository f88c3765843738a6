#!/bin/sh
# Bundles the benchmarks, the fault soak and the sitroom CLI into bench/out/ (git-ignored) so they run
# on a machine that has no dev tree: plain `node` plus a pruned better-sqlite3 (and node.xz, this
# Node 20 binary, because the native module is built for its ABI). Used for the figures in
# bench/README.md taken on a quiet 16-core machine; see there for the commands.
set -e
cd "$(dirname "$0")/.."
OUT=bench/out
mkdir -p $OUT/node_modules/better-sqlite3/build/Release
B="--bundle --platform=node --format=esm --target=node20 --external:better-sqlite3 --log-level=error"
BAN="import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);"
npx esbuild bench/run-all.ts $B --outfile=$OUT/run-all.mjs --banner:js="$BAN"
npx esbuild bench/bench-hub.ts $B --outfile=$OUT/bench-hub.mjs --banner:js="$BAN"
npx esbuild bench/fault-soak.ts $B --outfile=$OUT/fault-soak.mjs --banner:js="$BAN"
npx esbuild e2e/helpers/sitroom-cli.ts $B --outfile=$OUT/sitroom-cli.mjs --banner:js="$BAN"
cp -r node_modules/better-sqlite3/lib node_modules/better-sqlite3/package.json $OUT/node_modules/better-sqlite3/
cp node_modules/better-sqlite3/build/Release/better_sqlite3.node $OUT/node_modules/better-sqlite3/build/Release/
cp -r node_modules/bindings node_modules/file-uri-to-path $OUT/node_modules/
cp bench/soak-parallel.sh $OUT/
[ -f $OUT/node.xz ] || xz -T2 -3 -c "$(command -v node)" > $OUT/node.xz
echo "bench/out ready"
