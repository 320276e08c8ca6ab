// Drives the transcript page's reading aids in headless Chromium (Debian's, through
// playwright-core) the way a reader would: mouse clicks and key presses, a reload for what
// must be remembered, a second context with JavaScript off. Prints what it saw as JSON;
// the Python test compares it with the manifest.
// Usage: node reading_aids.js file:///path/to/SLUG/index.html
const path = require('path');
const modules = path.join(__dirname, '../../tools/node/node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));
const axeSource = require('fs').readFileSync(path.join(modules, 'axe-core/axe.min.js'), 'utf8');

const time = (page) => page.evaluate(() => document.getElementById('player').currentTime);
const seekTo = (page, t) => page.evaluate(async (seconds) => {
  const p = document.getElementById('player');
  if (p.readyState < 1) await new Promise((r) => p.addEventListener('loadedmetadata', r, { once: true }));
  p.currentTime = seconds;
  await new Promise((r) => p.addEventListener('seeked', r, { once: true }));
}, t);

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync', '--autoplay-policy=no-user-gesture-required',
           '--allow-file-access-from-files'],
  });
  const out = {};
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(process.argv[2], { waitUntil: 'load' });
    await seekTo(page, 0);
    out.aidsVisible = await page.isVisible('#reading-aids');
    out.resumeOfferedFirstVisit = await page.isVisible('#resume');

    // Targets: every control of the aids at least 24 by 24 CSS px (WCAG 2.5.8).
    out.smallTargets = await page.$$eval('#reading-aids button, #reading-aids select, #reading-aids input',
      (els) => els.filter((e) => e.offsetParent !== null)  // shown
        .filter((e) => { const r = e.getBoundingClientRect(); return r.width < 24 || r.height < 24; })
        .map((e) => e.outerHTML));

    // Speed: chosen from the menu, applied, and still there after a reload.
    await page.selectOption('#speed', '1.5');
    out.rateAfterChoice = await page.evaluate(() => document.getElementById('player').playbackRate);

    // Click a sentence (the third without a link: a link goes where it points) and press
    // Enter on another (the fifth).
    const ids = await page.$$eval('.sentence', (s) => s.filter((e) => !e.querySelector('a')).map((e) => e.id));
    await page.click('#' + ids[2]);
    out.clicked = { id: ids[2], time: await time(page) };
    await page.evaluate(() => document.getElementById('player').pause());
    await page.focus('#' + ids[4]);
    await page.keyboard.press('Enter');
    out.entered = { id: ids[4], time: await time(page) };
    await page.evaluate(() => document.getElementById('player').pause());

    out.sentences = await page.$$eval('.sentence', (s) => s.map((e) => e.id));
    // Shortcuts from inside the fifth sentence, with focus on the page body.
    await page.evaluate(() => document.activeElement.blur());
    const fifth = await page.$eval('#' + ids[4], (e) => parseFloat(e.dataset.start));
    out.shortcuts = {};
    for (const key of ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp']) {
      await seekTo(page, fifth + 0.1);
      await page.keyboard.press('Alt+Shift+' + key);
      out.shortcuts[key] = await time(page);
    }
    // A plain arrow key is left to the browser and the screen reader.
    await seekTo(page, fifth + 0.1);
    await page.keyboard.press('ArrowRight');
    out.plainArrow = await time(page);

    // Highlight: the sentence being read, without moving focus; then words; then none.
    await page.focus('#speed');
    await seekTo(page, fifth + 0.05);
    out.highlight = { sentence: await page.$$eval('.current', (e) => e.map((x) => x.id)),
                      focus: await page.evaluate(() => document.activeElement.id) };
    await page.check('input[name=highlight][value=word]');
    out.highlight.word = await page.$$eval('.current-word', (e) => e.map((x) => x.textContent));
    out.highlight.sentenceInWordMode = await page.$$eval('.current', (e) => e.length);
    await page.check('input[name=highlight][value=none]');
    out.highlight.none = await page.$$eval('.current, .current-word', (e) => e.length);
    await page.check('input[name=highlight][value=sentence]');
    await page.click('#to-current');
    out.focusAfterGoToCurrent = await page.evaluate(() => document.activeElement.id);

    // Position: pause at 12.5 s, reload, the page offers to resume there.
    await seekTo(page, 12.5);
    await page.evaluate(() => document.getElementById('player').dispatchEvent(new Event('pause')));
    await page.reload({ waitUntil: 'load' });
    out.afterReload = {
      rate: await page.evaluate(() => document.getElementById('player').playbackRate),
      speedMenu: await page.inputValue('#speed'),
      resumeOffered: await page.isVisible('#resume'),
      resumeText: await page.textContent('#resume'),
    };
    await page.click('#resume-play');
    out.afterResume = await time(page);
    await page.evaluate(() => document.getElementById('player').pause());

    await page.addScriptTag({ content: axeSource });
    out.axe = await page.evaluate(async () => {
      const result = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html) }));
    });

    // Without JavaScript: the player and the transcript, nothing that needs script.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await noScript.goto(process.argv[2], { waitUntil: 'load' });
    out.noScript = {
      player: await noScript.isVisible('audio[controls]'),
      sentences: await noScript.$$eval('.sentence', (s) => s.length),
      aidsVisible: await noScript.isVisible('#reading-aids'),
    };
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
