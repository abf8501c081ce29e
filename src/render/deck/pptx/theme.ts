/**
 * The PPTX takes its colours and fonts from the same theme file as the HTML formats
 * (templates/theme/theme.css, or the `--templates` override), so re-theming that one file
 * re-themes the deck, the brief and the PPTX alike.
 */

export interface PptxTheme {
  /** Colours as PPTX wants them: six hex digits, no "#". */
  colors: {
    ink: string;
    paper: string;
    surface: string;
    muted: string;
    rule: string;
    accent: string;
    accentSoft: string;
    warn: string;
    warnSoft: string;
  };
  /** First family of `--font-sans` / `--font-serif`, e.g. "Inter", "Source Serif 4". */
  fonts: { sans: string; serif: string };
}

/** Custom properties (`--name: value;`) declared anywhere in the stylesheet; later ones win. */
export function customProperties(css: string): Map<string, string> {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, "");
  const properties = new Map<string, string>();
  for (const match of withoutComments.matchAll(/--([\w-]+)\s*:\s*([^;}]+)/g)) {
    properties.set(match[1] ?? "", (match[2] ?? "").trim());
  }
  return properties;
}

/** "#0f766e", "#fff" or "rgb(15, 118, 110)" → "0F766E". */
export function toHex(value: string): string {
  const short = value.match(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/i);
  if (short)
    return short
      .slice(1, 4)
      .map((digit) => `${digit}${digit}`)
      .join("")
      .toUpperCase();
  const long = value.match(/^#([0-9a-f]{6})$/i);
  if (long?.[1]) return long[1].toUpperCase();
  const rgb = value.match(/^rgb\(\s*(\d{1,3})[\s,]+(\d{1,3})[\s,]+(\d{1,3})\s*\)$/i);
  if (rgb) {
    return rgb
      .slice(1, 4)
      .map((channel) => Math.min(255, Number(channel)).toString(16).padStart(2, "0"))
      .join("")
      .toUpperCase();
  }
  throw new Error(`Theme colour "${value}" is not #rgb, #rrggbb or rgb(): the PPTX cannot use it`);
}

/** "\"Source Serif 4\", Georgia, serif" → "Source Serif 4" */
function firstFamily(value: string): string {
  return (value.split(",")[0] ?? "").trim().replace(/^["']|["']$/g, "");
}

export function parseTheme(css: string): PptxTheme {
  const properties = customProperties(css);
  const token = (name: string): string => {
    const value = properties.get(name);
    if (!value) throw new Error(`Theme token --${name} is missing from theme.css`);
    return value;
  };
  const color = (name: string) => toHex(token(name));
  return {
    colors: {
      ink: color("ink"),
      paper: color("paper"),
      surface: color("surface"),
      muted: color("muted"),
      rule: color("rule"),
      accent: color("accent"),
      accentSoft: color("accent-soft"),
      warn: color("warn"),
      warnSoft: color("warn-soft"),
    },
    fonts: { sans: firstFamily(token("font-sans")), serif: firstFamily(token("font-serif")) },
  };
}
