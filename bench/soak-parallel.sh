#!/bin/sh
# Runs 8 fault soaks in parallel (seeds 20261127..20261134, 125 rounds each = 1,000 rounds) and sums them.
cd "$(dirname "$0")"  # run from bench/out (see bench/bundle.sh)
N=${NODE:-node}
for k in 0 1 2 3 4 5 6 7; do
  SITROOM_CLI_SCRIPT=$PWD/sitroom-cli.mjs $N fault-soak.mjs --rounds 125 --seed $((20261127 + k)) --max-seconds ${MAX_S:-400} > soak-$k.json 2> soak-$k.err &
done
wait
$N -e '
const fs = require("fs");
const t = { rounds: 0, passed: 0, verifyFailures: 0, rigErrors: 0, faults: {}, clientKillsMidBacklog: 0, proxyCuts: 0, events: 0, maxRoundMs: 0, failures: [] };
for (let k = 0; k < 8; k++) {
  const lines = fs.readFileSync(`soak-${k}.json`, "utf8").trim().split("\n");
  const s = JSON.parse(lines[lines.length - 1] || "{}");
  if (!s.final) { console.log(`seed ${k}: no summary`, fs.readFileSync(`soak-${k}.err`, "utf8").slice(-500)); continue; }
  for (const f of ["rounds", "passed", "verifyFailures", "rigErrors", "clientKillsMidBacklog", "proxyCuts", "events"]) t[f] += s[f];
  for (const [f, n] of Object.entries(s.faults)) t.faults[f] = (t.faults[f] || 0) + n;
  t.maxRoundMs = Math.max(t.maxRoundMs, s.roundMs.max);
  t.failures.push(...s.failures.map((x) => ({ seed: s.seed, ...x })));
  console.log(JSON.stringify(s));
}
console.log("TOTAL " + JSON.stringify(t));
'
