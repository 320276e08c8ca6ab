// Parses a WebVTT file with the webvtt-parser package (an outside reader, not ours) and
// prints {"errors": [...], "cues": [{id, start, end, text, langs}]} as JSON, where langs lists
// each <lang> span of the cue as [its language, its text].
// Usage: node vtt_cues.js FILE.vtt [captions|chapters]
const fs = require('fs');
const path = require('path');
const packageDir = path.join(__dirname, '../../tools/node/node_modules/webvtt-parser');
const { WebVTTParser } = require(packageDir);
// The parser's built-in entity table lacks the ';' forms ("&amp;" becomes "&;"); the package's
// full HTML table is the spec-compliant behaviour its README recommends.
const entities = JSON.parse(fs.readFileSync(path.join(packageDir, 'html-entities.json'), 'utf8'));

const [file, kind] = process.argv.slice(2);
const tree = new WebVTTParser(entities).parse(fs.readFileSync(file, 'utf8'), kind === 'chapters' ? 'chapters' : 'subtitles/captions/descriptions');
const cueText = (nodes) => nodes.map((n) => (n.type === 'text' ? n.value : cueText(n.children || []))).join('');
const langSpans = (nodes) => nodes.flatMap((n) => (n.type === 'text' ? [] : [
  ...(n.name === 'lang' ? [[n.value, cueText(n.children || [])]] : []), ...langSpans(n.children || [])]));
console.log(JSON.stringify({
  errors: tree.errors.map((e) => `line ${e.line}: ${e.message}`),
  cues: tree.cues.map((c) => ({ id: c.id, start: c.startTime, end: c.endTime, text: cueText(c.tree.children), langs: langSpans(c.tree.children) })),
}));
