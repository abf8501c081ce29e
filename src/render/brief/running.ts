/**
 * The printed brief's running header (the title) and footer (company, "Page X of Y"), as CSS
 * page-margin boxes. Drawn by the page itself, they are set in the brief's own embedded Inter on
 * every machine (Chromium's header templates cannot load a web font and fell back to whatever the
 * machine had), and `@page :first` leaves the cover without them. The boxes' look is in brief.css.
 */

/**
 * Content is untrusted: every character outside a safe few becomes a CSS escape. Parentheses are
 * escaped too, so no `url(` or other function ever appears in the style sheet, even inside a string.
 */
function cssString(text: string): string {
  const escaped = [...text]
    .map((char) =>
      /[\p{L}\p{N} ,.;:!?&'’–—-]/u.test(char) && char !== "\\"
        ? char
        : `\\${(char.codePointAt(0) ?? 0).toString(16)} `,
    )
    .join("");
  return `"${escaped}"`;
}

export function runningCss(title: string, company: string): string {
  return [
    `@page { @top-left { content: ${cssString(title)}; } @bottom-left { content: ${cssString(company)}; } @bottom-right { content: "Page " counter(page) " of " counter(pages); } }`,
    "@page :first { @top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }",
  ].join("\n");
}
