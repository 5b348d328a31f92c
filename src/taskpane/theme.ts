/** Light or dark: Excel's theme (Office.context.officeTheme), or in preview mode ?theme= or the browser's preference. */

/** True for a dark colour such as Excel's dark body background ("#262626"); relative luminance below 0.5. */
export function isDarkColor(color: string | undefined | null): boolean {
  if (typeof color !== "string") return false;
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return false;
  const hex = m[1].length === 3 ? m[1].replace(/./g, (c) => c + c) : m[1];
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b) < 0.5;
}

/** Inside Excel: dark when the Office theme's body background is dark. */
export function officeIsDark(office: unknown): boolean {
  const theme = (office as { context?: { officeTheme?: { bodyBackgroundColor?: string } } } | undefined)?.context?.officeTheme;
  return isDarkColor(theme?.bodyBackgroundColor);
}

/** In a plain browser: ?theme=dark / ?theme=light, else the system preference. */
export function browserPrefersDark(win: Window | undefined = typeof window === "undefined" ? undefined : window): boolean {
  if (win === undefined) return false;
  const param = new URLSearchParams(win.location.search).get("theme");
  if (param === "dark") return true;
  if (param === "light") return false;
  return typeof win.matchMedia === "function" && win.matchMedia("(prefers-color-scheme: dark)").matches;
}
