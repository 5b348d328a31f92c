/** Moving the keyboard focus after a change has rendered: to a field, to an action button, or to the first error. */
import * as React from "react";
import { focusField } from "../components/TextField";

export type FocusRequest = { field: string } | { action: string } | { firstError: true };

export function useFocusRequest(): (request: FocusRequest) => void {
  const [focus, setFocus] = React.useState<FocusRequest | undefined>();
  React.useEffect(() => {
    if (focus === undefined) return;
    if ("field" in focus) focusField(focus.field);
    else if ("action" in focus) document.querySelector<HTMLElement>(`[data-action="${focus.action}"]`)?.focus();
    else document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setFocus(undefined);
  }, [focus]);
  return setFocus;
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
