// Preloaded (node -r) into a benchmarked child: at exit, writes its peak resident memory in
// kilobytes to the file named by COCON_BENCH_RSS_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.COCON_BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
