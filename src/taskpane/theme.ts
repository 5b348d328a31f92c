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

/** Stops watching. */
export type Unwatch = () => void;
/** Calls `onChange(dark)` whenever the theme changes, until the returned function is called. */
export type ThemeWatch = (onChange: (dark: boolean) => void) => Unwatch;

interface OfficeForTheme {
  context?: {
    officeTheme?: { bodyBackgroundColor?: string };
    document?: {
      addHandlerAsync?: (type: unknown, handler: (event: unknown) => void, callback?: (result: { status: unknown }) => void) => void;
      removeHandlerAsync?: (type: unknown, options?: unknown, callback?: unknown) => void;
    };
  };
  EventType?: { OfficeThemeChanged?: unknown };
}

/** How often Excel's theme is looked at where no event tells (Excel has none on most platforms). */
export const THEME_POLL_MS = 2000;

/**
 * Follows Office's theme while the pane is open: the OfficeThemeChanged event where the host offers it, and in any
 * case a cheap look at Office.context.officeTheme every THEME_POLL_MS (Excel updates it but does not tell). Reports
 * only changes.
 */
export function watchOfficeTheme(office: unknown, onChange: (dark: boolean) => void, pollMs = THEME_POLL_MS): Unwatch {
  const o = office as OfficeForTheme | undefined;
  let last = officeIsDark(o);
  const report = (dark: boolean) => {
    if (dark === last) return;
    last = dark;
    onChange(dark);
  };
  const eventType = o?.EventType?.OfficeThemeChanged ?? "officeThemeChanged";
  const doc = o?.context?.document;
  const handler = (event: unknown) => {
    const theme = (event as { officeTheme?: { bodyBackgroundColor?: string } } | undefined)?.officeTheme;
    report(theme !== undefined ? isDarkColor(theme.bodyBackgroundColor) : officeIsDark(o));
  };
  let handlerAdded = false;
  try {
    doc?.addHandlerAsync?.(eventType, handler, (result) => {
      handlerAdded = String(result?.status).toLowerCase() === "succeeded";
    });
  } catch {
    // the host has no such event: the look below does it
  }
  const timer = setInterval(() => report(officeIsDark(o)), pollMs);
  return () => {
    clearInterval(timer);
    if (handlerAdded) {
      try {
        doc?.removeHandlerAsync?.(eventType, { handler });
      } catch {
        // nothing to undo
      }
    }
  };
}

/** In a plain browser: the system's light/dark preference as it changes (unless ?theme= fixed it). */
export function watchBrowserTheme(win: Window | undefined = typeof window === "undefined" ? undefined : window): ThemeWatch {
  return (onChange) => {
    if (win === undefined || typeof win.matchMedia !== "function") return () => undefined;
    if (new URLSearchParams(win.location.search).get("theme") !== null) return () => undefined;
    const query = win.matchMedia("(prefers-color-scheme: dark)");
    const listener = (event: MediaQueryListEvent) => onChange(event.matches);
    query.addEventListener?.("change", listener);
    return () => query.removeEventListener?.("change", listener);
  };
}
