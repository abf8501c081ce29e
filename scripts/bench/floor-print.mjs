// The floor Credo is measured against: the least a Node script can do to print HTML files to PDF
// with Puppeteer. One browser (same executable and flags as Credo, passed in by the bench so this
// process loads nothing of Credo's), `concurrency` pages in flight, each page: setContent → A4 PDF
// with backgrounds → written to disk → close. Run as a fresh process, so Node's start-up is in
// the time as it is in a cold `credo build`; the bench also imports `printAll` for a warm browser.
// Usage: node floor-print.mjs <config.json>  with {executablePath, args, concurrency, outDir, files}
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer";

export function launchFloorBrowser({ executablePath, args }) {
  return puppeteer.launch({ executablePath, headless: true, pipe: true, args });
}

export async function printAll(browser, files, concurrency, outDir) {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const index = next++;
      const page = await browser.newPage();
      await page.setContent(readFileSync(files[index], "utf8"), { waitUntil: "load" });
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      writeFileSync(join(outDir, `${index}.pdf`), pdf);
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
  const browser = await launchFloorBrowser(config);
  await printAll(browser, config.files, config.concurrency, config.outDir);
  process.stdout.write(`${await browser.version()}\n`);
  await browser.close();
}
