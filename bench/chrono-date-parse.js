// The peer of bench/extract-vs-chrono.sh: chrono-node's date-only parse of every file named on
// the command line, in one warm Node process. Reads every file first, parses them all once to warm
// the JIT, then times a second pass of the parse alone and prints its milliseconds and how many
// dates it found, as one JSON line.
const fs = require('fs');
const chrono = require('chrono-node');
const reference = new Date(2005, 0, 1);
const texts = process.argv.slice(2).map(file => fs.readFileSync(file, 'latin1'));
let found = 0;
for (const text of texts) chrono.parse(text, reference);
const start = process.hrtime.bigint();
for (const text of texts) found += chrono.parse(text, reference).length;
const millis = Number(process.hrtime.bigint() - start) / 1e6;
console.log(JSON.stringify({ files: texts.length, dates: found, warmParseMillis: Math.round(millis) }));
