/**
 * Tables documentation sites (GitBook) build from <div>s with ARIA roles (src/import/aria-tables.ts):
 * a table of role="table"/"row"/"cell" divs comes through as a Markdown table.
 */
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../src/import/extract.js";
import { htmlToMarkdown } from "../../../src/import/html-to-markdown.js";

const markdown = (body: string) =>
  htmlToMarkdown(
    extractArticle(
      `<!doctype html><html><head><title>Mission, vision and values | Corvel Handbook</title></head><body><main>${body}</main></body></html>`,
      "page.html",
    ).html,
  );

const INTRO = [
  "Corvel writes booking software for community clinics. This handbook page says what we are for, where we are going and how we behave while we get there, and every team reads it in their first week.",
  "Our mission is to give every clinic in the country a booking system its patients never have to think about, and to give the clinicians back the hours that paperwork takes from them today.",
  "Our vision is a health service where booking care is as easy as booking a train, with every slot a patient may take visible to them at any hour and none of them held back for a phone call.",
]
  .map((text) => `<p>${text}</p>`)
  .join("");

const heading = (id: string, words: string) =>
  `<h2 id="${id}" class="group/hash flex items-baseline"><div class="relative grid scroll-m-[var(--toc-top-offset)]"><a href="#${id}" class="hash" aria-label="Direct link to heading">#</a></div><div class="grid-area-1-1 z-[1] justify-self-start">${words}</div></h2>`;

const cell = (text: string) => `<div role="cell" class="flex-1 px-4 py-2 text-sm">${text}</div>`;
const ARIA_TABLE = `<div class="table-view"><div role="table" class="flex flex-col">
  <div role="rowgroup" class="sticky top-0"><div role="row" class="flex w-full">
    <div role="columnheader" class="flex-1">Value</div><div role="columnheader" class="flex-[2]">What it looks like</div>
  </div></div>
  <div role="rowgroup" class="flex flex-col">
    <div role="row" class="flex w-full">${cell("<strong>Patients first</strong>")}${cell("Asking what happens to the patient before what the contract says.")}</div>
    <div role="row" class="flex w-full">${cell("<strong>Be precise</strong>")}${cell("Numbers with units and sources.")}</div>
    <div role="row" class="flex w-full">${cell("<strong>Default to open</strong>")}${cell("Public channels and shared documents.")}</div>
  </div>
</div></div>`;

describe("a role=table of <div>s", () => {
  it("makes a role=table of divs a Markdown table, its column headers the header row", () => {
    const md = markdown(
      `<article>${INTRO}${heading("our-values", "Our values")}<p>We have three values, and we hire for them.</p>${ARIA_TABLE}<p>The page is reviewed every January by the leadership team.</p></article>`,
    );
    // (The converter pads each column to its widest cell; compare with the padding squeezed.)
    expect(md.replace(/ {2,}/g, " ").replace(/-{3,}/g, "---")).toContain(
      [
        "| Value | What it looks like |",
        "| --- | --- |",
        "| **Patients first** | Asking what happens to the patient before what the contract says. |",
        "| **Be precise** | Numbers with units and sources. |",
        "| **Default to open** | Public channels and shared documents. |",
      ].join("\n"),
    );
  });
});
