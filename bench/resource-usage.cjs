// Preloaded (node -r) into a benchmarked child: at exit, writes its peak resident memory (kB) and
// the processor time it used (ms, user + system) as JSON to the file named by
// COCON_BENCH_USAGE_FILE. Processor time is far less shaken than elapsed time on a shared machine.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.COCON_BENCH_USAGE_FILE;
  if (!file) return;
  const usage = process.resourceUsage();
  writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
});
