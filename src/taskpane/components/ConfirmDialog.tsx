/**
 * A question before something is lost (Fluent Dialog, modal): a title, one sentence on what will happen, the action
 * and "Annuleren". Escape or a click outside cancels.
 *
 * In a narrow pane (320 px) Fluent's surface takes the whole width (max-width 100vw, flush with the edges): here it
 * keeps a margin on both sides and stays centred. Fluent's scroll lock reserves a scrollbar gutter on <html> while
 * the dialog is open (scrollbar-gutter: stable, so that a page with a classic scrollbar does not jump); where the
 * page's scrollbar takes no room (overlay or hidden scrollbars) that gutter would shrink the page behind the dialog
 * (320 -> 305 px), so there the gutter is left out.
 */
import * as React from "react";
import { useT } from "../i18n";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  surface: {
    // after Fluent's own "@media (max-width: 480px) { max-width: 100vw }" (a media rule, so it comes later)
    "@media screen and (max-width: 480px)": {
      maxWidth: `calc(100% - 2 * ${tokens.spacingHorizontalL})`,
      padding: tokens.spacingHorizontalL,
    },
  },
});

/** While mounted: no scrollbar gutter on <html> when the page's scrollbar takes no room (measured before the lock). */
function useNoEmptyGutter(): void {
  const [scrollbarTakesNoRoom] = React.useState(() => window.innerWidth - document.documentElement.clientWidth <= 0);
  React.useLayoutEffect(() => {
    if (!scrollbarTakesNoRoom) return;
    const style = document.documentElement.style;
    const before = style.getPropertyValue("scrollbar-gutter");
    style.setProperty("scrollbar-gutter", "auto");
    return () => {
      if (before === "") style.removeProperty("scrollbar-gutter");
      else style.setProperty("scrollbar-gutter", before);
    };
  }, [scrollbarTakesNoRoom]);
}

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: React.ReactNode;
  /** the label of the button that does it, e.g. "Wissen en opnieuw beginnen" */
  confirm: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useT();
  const styles = useStyles();
  useNoEmptyGutter();
  return (
    <Dialog
      open={props.open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent>{props.children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onConfirm}>
              {props.confirm}
            </Button>
            <Button onClick={props.onCancel}>{t("dialoog.annuleren")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
