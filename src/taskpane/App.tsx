/**
 * The task pane: Fluent provider (light or dark like Excel), the preview banner outside Excel, and the wizard.
 */
import * as React from "react";
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { BatchPort } from "../workbook/batchPort";
import type { WorkbookPort } from "../workbook/port";
import { BatchPanel } from "./batch";
import { LanguageProvider, translator, type Language } from "./i18n";
import type { DossierForm } from "./model";
import type { ThemeWatch } from "./theme";
import { Wizard } from "./Wizard";
import { ZiekenhuisPanel } from "./ziekenhuis";

export interface AppProps {
  port: WorkbookPort;
  /** true outside Excel: the sample dossier in memory, with the "Voorbeeldmodus" banner */
  preview: boolean;
  /** the theme when the pane opens */
  dark: boolean;
  /** follows the theme while the pane is open (Office's theme inside Excel, the system's in a browser) */
  watchTheme?: ThemeWatch;
  initialForm: DossierForm;
  today?: () => Date;
  /** the batch panel's port; with it the pane has two tabs, "Eén dossier" (the wizard) and "Dossierlijst" */
  batchPort?: BatchPort;
  /** the pane's language: Dutch unless Office (or, in the preview, the address or the browser) says French */
  language?: Language;
}

type TabValue = "dossier" | "dossierlijst" | "ziekenhuis";

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
  tabs: {
    // a narrow pane wraps the tabs rather than cutting the last one off
    flexWrap: "wrap",
    marginBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
    // the class would otherwise override the hidden attribute's display: none
    "&[hidden]": { display: "none" },
  },
});

export function App(props: AppProps) {
  const styles = useStyles();
  const language = props.language ?? "nl";
  const t = translator(language);
  const [tab, setTab] = React.useState<TabValue>("dossier");
  // The batch panel is mounted the first time its tab is opened, then kept (a running batch keeps running).
  const [batchOpened, setBatchOpened] = React.useState(false);
  const wizard = <Wizard port={props.port} initialForm={props.initialForm} today={props.today} />;
  const [dark, setDark] = React.useState(props.dark);
  React.useEffect(() => setDark(props.dark), [props.dark]);
  const { watchTheme } = props;
  React.useEffect(() => (watchTheme === undefined ? undefined : watchTheme(setDark)), [watchTheme]);
  React.useEffect(() => {
    document.documentElement.style.colorScheme = dark ? "dark" : "light";
  }, [dark]);
  return (
    <FluentProvider
      theme={dark ? webDarkTheme : webLightTheme}
      className={styles.root}
      applyStylesToPortals={false}
      lang={language}
    >
      <LanguageProvider language={language}>
      <header>
        <h1 className={styles.title}>{t("app.titel")}</h1>
        <p className={styles.subtitle}>{t("app.ondertitel")}</p>
      </header>
      {props.preview && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("app.voorbeeld.titel")}</MessageBarTitle>
            {t("app.voorbeeld.tekst")}
          </MessageBarBody>
        </MessageBar>
      )}
      <main className={styles.main}>
        {props.batchPort === undefined ? (
          wizard
        ) : (
          <>
            <TabList
              className={styles.tabs}
              // small tabs (6 px padding instead of 10): the three Dutch tabs fit in one row at 320 px
              size="small"
              selectedValue={tab}
              onTabSelect={(_, data) => {
                const value = data.value as TabValue;
                setTab(value);
                if (value === "dossierlijst") setBatchOpened(true);
              }}
            >
              <Tab id="tab-dossier" value="dossier" aria-controls="paneel-dossier">
                {t("app.tab.dossier")}
              </Tab>
              <Tab id="tab-dossierlijst" value="dossierlijst" aria-controls="paneel-dossierlijst">
                {t("app.tab.dossierlijst")}
              </Tab>
              <Tab id="tab-ziekenhuis" value="ziekenhuis" aria-controls="paneel-ziekenhuis">
                {t("app.tab.ziekenhuis")}
              </Tab>
            </TabList>
            <div role="tabpanel" id="paneel-dossier" aria-labelledby="tab-dossier" hidden={tab !== "dossier"} className={styles.panel}>
              {wizard}
            </div>
            <div role="tabpanel" id="paneel-dossierlijst" aria-labelledby="tab-dossierlijst" hidden={tab !== "dossierlijst"} className={styles.panel}>
              {batchOpened && <BatchPanel port={props.batchPort} />}
            </div>
            <div role="tabpanel" id="paneel-ziekenhuis" aria-labelledby="tab-ziekenhuis" hidden={tab !== "ziekenhuis"} className={styles.panel}>
              <ZiekenhuisPanel port={props.port} />
            </div>
          </>
        )}
      </main>
      </LanguageProvider>
    </FluentProvider>
  );
}
