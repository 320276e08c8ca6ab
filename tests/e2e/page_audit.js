// Opens an HTML page in headless Chromium (Debian's, through playwright-core) and reports:
// axe-core's WCAG 2.2 A/AA violations, the heading outline, and, when the page has a
// player and contents links with data-start, where the player is after clicking each link,
// the cues of every <track> as Chromium's WebVTT parser reads them, and the computed
// direction of every element with a lang.
// Usage: node page_audit.js file:///path/to/page.html (file: URLs let Chromium seek in the MP3)
const path = require('path');
const modules = path.join(__dirname, '../../tools/node/node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));
const axeSource = require('fs').readFileSync(path.join(modules, 'axe-core/axe.min.js'), 'utf8');

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync',
           '--allow-file-access-from-files'],  // lets the page's <track> files load from file: URLs
  });
  try {
    const page = await browser.newPage();
    await page.goto(process.argv[2], { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const axe = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return { violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help })),
               passes: result.passes.length };
    });
    const headings = await page.$$eval('h1,h2,h3,h4,h5,h6', (hs) => hs.map((h) => [h.tagName, h.textContent.trim()]));
    const seeks = await page.evaluate(async () => {
      const player = document.getElementById('player');
      if (!player) return [];
      // Seeking needs the duration: wait for the player's own event (or its error), not a timer.
      if (player.readyState < 1) {
        await new Promise((resolve, reject) => {
          player.addEventListener('loadedmetadata', resolve, { once: true });
          player.addEventListener('error', () => reject(new Error('player: ' + (player.error && player.error.message))), { once: true });
        });
      }
      const out = [];
      for (const link of document.querySelectorAll('nav a[data-start]')) {
        link.click();
        out.push({ wanted: parseFloat(link.dataset.start), got: player.currentTime, hash: location.hash });
      }
      return out;
    });
    // Chromium's own WebVTT parser: load every track and count its cues.
    const tracks = await page.evaluate(async () => Promise.all(
      Array.from(document.querySelectorAll('track')).map((element) => new Promise((resolve) => {
        const report = () => resolve({ kind: element.kind, state: element.readyState,
          cues: element.track.cues ? Array.from(element.track.cues).map((c) => [c.id, c.startTime, c.endTime]) : [] });
        // A track ends loading with 'load' or 'error' (readyState 2 or 3); either is reported.
        element.addEventListener('load', report, { once: true });
        element.addEventListener('error', report, { once: true });
        element.track.mode = 'hidden';
        if (element.readyState >= 2) report();
      }))));
    const autoplay = await page.$$eval('audio[autoplay]', (a) => a.length);
    // The direction Chromium lays out each element with a lang in (the root included).
    const directions = await page.$$eval('[lang]', (es) => es.map((e) => [e.tagName, e.getAttribute('lang'), getComputedStyle(e).direction]));
    console.log(JSON.stringify({ axe, headings, seeks, tracks, autoplay, directions, lang: await page.getAttribute('html', 'lang') }));
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
