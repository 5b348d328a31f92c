/**
 * The task pane: Fluent provider (light or dark like Excel), the preview banner outside Excel, and the wizard.
 */
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { WorkbookPort } from "../workbook/port";
import type { DossierForm } from "./model";
import { Wizard } from "./Wizard";

export interface AppProps {
  port: WorkbookPort;
  /** true outside Excel: the sample dossier in memory, with the "Voorbeeldmodus" banner */
  preview: boolean;
  dark: boolean;
  initialForm: DossierForm;
  today?: () => Date;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // Visible focus for keyboard users on the few plain elements (summary); Fluent controls draw their own.
    "& summary:focus-visible": {
      outline: `2px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  subtitle: {
    margin: 0,
    color: tokens.colorNeutralForeground3,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
});

export function App(props: AppProps) {
  const styles = useStyles();
  React.useEffect(() => {
    document.documentElement.style.colorScheme = props.dark ? "dark" : "light";
  }, [props.dark]);
  return (
    <FluentProvider theme={props.dark ? webDarkTheme : webLightTheme} className={styles.root} lang="nl">
      <header>
        <h1 className={styles.title}>OCMW Rekenhulp</h1>
        <p className={styles.subtitle}>Onderhoudsplicht bij verblijf in een woonzorgcentrum</p>
      </header>
      {props.preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Voorbeeldmodus</MessageBarTitle>
            Het taakvenster draait buiten Excel, op een voorbeelddossier in het geheugen. "Van selectie" en "Naar werkblad" werken
            op een voorbeeldwerkmap; er wordt niets opgeslagen.
          </MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main}>
        {/* TODO(batch): when src/taskpane/batch/BatchPanel.tsx exists, put the wizard in a tab "Dossier" and mount the
            batch panel in a second tab "Dossierlijst" (Fluent TabList), both inside this <main>. */}
        <Wizard port={props.port} initialForm={props.initialForm} today={props.today} />
      </main>
    </FluentProvider>
  );
}
