/**
 * Assets every rendered format inlines, so each output is one self-contained file that makes no
 * request when opened: fonts from @fontsource packages as data: URLs. Read once per process.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

interface Face {
  family: string;
  pkg: string;
  file: string;
  weight: number;
  style: "normal" | "italic";
  range: string;
}

const LATIN =
  "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD";
const LATIN_EXT =
  "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF";

function faces(
  family: string,
  pkg: string,
  prefix: string,
  variants: [number, "normal" | "italic"][],
): Face[] {
  return variants.flatMap(([weight, style]) =>
    (
      [
        ["latin", LATIN],
        ["latin-ext", LATIN_EXT],
      ] as const
    ).map(([subset, range]) => ({
      family,
      pkg,
      file: `${prefix}-${subset}-${weight}-${style}.woff2`,
      weight,
      style,
      range,
    })),
  );
}

const FACES: Face[] = [
  ...faces("Inter", "@fontsource/inter", "inter", [
    [400, "normal"],
    [600, "normal"],
    [700, "normal"],
  ]),
  ...faces("Source Serif 4", "@fontsource/source-serif-4", "source-serif-4", [
    [400, "normal"],
    [400, "italic"],
    [600, "normal"],
  ]),
];

let fontCss: string | undefined;

/** `@font-face` rules for the sans (Inter) and serif (Source Serif 4) families, fonts inlined. */
export function fontFaceCss(): string {
  fontCss ??= FACES.map((face) => {
    const path = require.resolve(`${face.pkg}/files/${face.file}`);
    const data = readFileSync(path).toString("base64");
    return `@font-face{font-family:"${face.family}";font-style:${face.style};font-weight:${face.weight};font-display:block;src:url(data:font/woff2;base64,${data}) format("woff2");unicode-range:${face.range};}`;
  }).join("\n");
  return fontCss;
}
