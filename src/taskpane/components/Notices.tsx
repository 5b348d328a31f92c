/**
 * The warnings that travel with the figures (approximation, stale indexed amount), shown ONCE per screen, near the
 * figures: one MessageBar, each text once (the model already removed duplicates).
 */
import * as React from "react";
import { useT } from "../i18n";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { Notice } from "../../rules";

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
});

export function Notices(props: { notices: readonly Notice[] }) {
  const styles = useStyles();
  const t = useT();
  if (props.notices.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="waarschuwingen">
      <MessageBarBody>
        <MessageBarTitle>{t("resultaat.letOp")}</MessageBarTitle>
        {props.notices.length === 1 ? (
          props.notices[0].text
        ) : (
          <ul className={styles.list}>
            {props.notices.map((n) => (
              <li key={n.text}>{n.text}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
