const { SourceMapConsumer } = require('source-map-js');
const fs = require('fs');
const file = process.argv[2];
const code = fs.readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(fs.readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n');
const sizes = {};
let last = null;
const mappings = [];
map.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i], n = mappings[i + 1];
  let len;
  if (n && n.generatedLine === m.generatedLine) len = n.generatedColumn - m.generatedColumn;
  else len = lines[m.generatedLine - 1].length - m.generatedColumn + 1;
  const src = (m.source || '?').replace(/.*node_modules\//, 'nm/');
  sizes[src] = (sizes[src] || 0) + len;
}
const tot = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log('total mapped', tot, 'file', code.length);
for (const [k, v] of Object.entries(sizes).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(v).padStart(7), k);
