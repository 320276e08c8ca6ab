// Opens an unpacked EPUB's article XHTML in headless Chromium (Debian's, through
// playwright-core) and reads its Media Overlay with Chromium's own XML parser: for every
// SMIL <par>, the element its text@src fragment names (whether it exists in the XHTML as
// Chromium parsed it, and its text) and the audio clip. Also reports XML parse errors.
// Usage: node epub_overlay.js /path/to/EPUB/article.xhtml /path/to/EPUB/article.smil
const path = require('path');
const fs = require('fs');
const modules = path.join(__dirname, '../../tools/node/node_modules');
const { chromium } = require(path.join(modules, 'playwright-core'));

(async () => {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto('file://' + path.resolve(process.argv[2]), { waitUntil: 'load' });
    const smil = fs.readFileSync(process.argv[3], 'utf8');
    const report = await page.evaluate((smilText) => {
      const overlay = new DOMParser().parseFromString(smilText, 'application/xml');
      const pars = Array.from(overlay.getElementsByTagNameNS('http://www.w3.org/ns/SMIL', 'par')).map((par) => {
        const text = par.getElementsByTagNameNS('http://www.w3.org/ns/SMIL', 'text')[0];
        const audio = par.getElementsByTagNameNS('http://www.w3.org/ns/SMIL', 'audio')[0];
        const [file, fragment] = text.getAttribute('src').split('#');
        const target = document.getElementById(fragment);
        return { file, fragment, exists: target !== null, text: target ? target.textContent : null,
                 audio: audio.getAttribute('src'), clipBegin: audio.getAttribute('clipBegin'),
                 clipEnd: audio.getAttribute('clipEnd') };
      });
      return {
        contentType: document.contentType,
        xhtmlErrors: document.getElementsByTagName('parsererror').length,
        smilErrors: overlay.getElementsByTagName('parsererror').length,
        lang: document.documentElement.getAttribute('lang'),
        pars,
      };
    }, smil);
    console.log(JSON.stringify(report));
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
