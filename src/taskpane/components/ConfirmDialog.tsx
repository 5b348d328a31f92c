/**
 * A question before something is lost (Fluent Dialog, modal): a title, one sentence on what will happen, the action
 * and "Annuleren". Escape or a click outside cancels.
 */
import * as React from "react";
import { useT } from "../i18n";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

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
  return (
    <Dialog
      open={props.open}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) props.onCancel();
      }}
    >
      <DialogSurface>
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
