/** Step 1, Bewoner: day price, days, extra costs, own income, zakgeld and date -> the deficit, live. */
import * as React from "react";
import { Button, tokens, makeStyles } from "@fluentui/react-components";
import { formatIso, shownSource, withLanguage } from "../../rules";
import { DateField } from "../components/DateField";
import { LiveFigure } from "../components/Figure";
import { calendarFormatter, calendarStrings, useFormat, useLanguage, useT } from "../i18n";
import { bound, TextField } from "../components/TextField";
import { costKey, dateInWords, numberText, type CostField, type DossierForm, type Evaluation, type ResidentField } from "../model";
import { useSharedStyles } from "../styles";

export interface StepProps {
  form: DossierForm;
  evaluation: Evaluation;
  /** the message to show at a field, or undefined (hides "missing" until the field was touched) */
  errorFor: (key: string) => string | undefined;
}

export interface BewonerStepProps extends StepProps {
  onField: (field: Exclude<ResidentField, "zakgeld">, value: string) => void;
  onZakgeld: (value: string | null) => void;
  onAddCost: () => void;
  onRemoveCost: (id: string) => void;
  onCost: (id: string, field: CostField, value: string) => void;
}

const useStyles = makeStyles({
  costLine: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
    "@media (max-width: 279px)": { gridTemplateColumns: "minmax(0, 1fr)" },
  },
  costFooter: {
    display: "flex",
    justifyContent: "flex-end",
  },
});

export function BewonerStep(props: BewonerStepProps) {
  const { form, evaluation, errorFor } = props;
  const shared = useSharedStyles();
  const styles = useStyles();
  const language = useLanguage();
  const t = useT();
  const calendar = React.useMemo(() => calendarStrings(language), [language]);
  const formatter = React.useMemo(() => calendarFormatter(language), [language]);
  const format = useFormat();
  const inForce = evaluation.zakgeldInForce;
  const zakgeldShown = form.zakgeld ?? (inForce === undefined ? "" : numberText(inForce.value, language));
  const inForceText =
    inForce === undefined
      ? undefined
      : t("bewoner.zakgeld.geldend", { bedrag: format.money(inForce.value), datum: formatIso(inForce.ref.from), bron: withLanguage(language, () => shownSource(inForce.ref)) });

  /** An amount or count of the resident, required, with its hint. */
  const residentNumber = (field: "ligdagprijs" | "dagen" | "inkomsten", label: string, hint: string) => (
    <TextField
      {...bound(field, form[field], (v) => props.onField(field, v), errorFor)}
      label={label}
      hint={hint}
      numeric
      required
    />
  );

  return (
    <section className={shared.section} aria-labelledby="stap-bewoner">
      <h2 id="stap-bewoner" className={shared.heading}>
        <span className={shared.stepNumber} aria-hidden="true">1</span>
        {t("bewoner.titel")}
      </h2>
      <div className={shared.pair}>
        <TextField {...bound("dossier", form.dossier, (v) => props.onField("dossier", v), errorFor)} label={t("bewoner.dossier")} hint={t("bewoner.dossier.hint")} />
        <DateField
          {...bound("datum", form.datum, (v) => props.onField("datum", v), errorFor)}
          label={t("bewoner.datum")}
          hint={
            evaluation.datumSerial === undefined
              ? t("bewoner.datum.hint")
              : t("bewoner.datum.gelezen", { datum: dateInWords(evaluation.datumSerial, language) })
          }
          placeholder={t("bewoner.datum.placeholder")}
          required
          strings={calendar}
          formatter={formatter}
          calendarLabel={t("kalender.titel")}
        />
      </div>
      <div className={shared.pair}>
        {residentNumber("ligdagprijs", t("bewoner.ligdagprijs"), t("bewoner.ligdagprijs.hint"))}
        {residentNumber("dagen", t("bewoner.dagen"), t("bewoner.dagen.hint"))}
      </div>
      <h3 className={shared.subheading}>{t("bewoner.kosten")}</h3>
      {form.kosten.length === 0 && <p className={shared.muted}>{t("bewoner.kosten.geen")}</p>}
      {form.kosten.map((line, i) => (
        <div key={line.id} role="group" aria-label={t("bewoner.kost", { nummer: i + 1 })} className={shared.group}>
          <div className={styles.costLine}>
            <TextField
              {...bound(costKey(line.id, "omschrijving"), line.omschrijving, (v) => props.onCost(line.id, "omschrijving", v), errorFor)}
              label={t("bewoner.kost.omschrijving")}
              required
            />
            <TextField
              {...bound(costKey(line.id, "bedrag"), line.bedrag, (v) => props.onCost(line.id, "bedrag", v), errorFor)}
              label={t("bewoner.kost.bedrag")}
              numeric
              required
            />
          </div>
          <div className={styles.costFooter}>
            <Button size="small" appearance="subtle" onClick={() => props.onRemoveCost(line.id)}>
              {t("bewoner.kost.verwijderen")}
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button onClick={props.onAddCost} data-action="kost-toevoegen">
          {t("bewoner.kost.toevoegen")}
        </Button>
      </div>

      {residentNumber("inkomsten", t("bewoner.inkomsten"), t("bewoner.inkomsten.hint"))}
      <TextField
        {...bound("zakgeld", zakgeldShown, (v) => props.onZakgeld(v), errorFor)}
        label={t("bewoner.zakgeld")}
        numeric
        placeholder={inForce === undefined ? undefined : numberText(inForce.value, language)}
        hint={
          form.zakgeld === null
            ? inForceText === undefined
              ? undefined
              : t("bewoner.zakgeld.hint", { geldend: inForceText })
            : inForceText === undefined
              ? t("bewoner.zakgeld.eigen")
              : t("bewoner.zakgeld.eigenLeeg", { geldend: inForceText })
        }
      />
      {form.zakgeld !== null && (
        <div>
          <Button size="small" onClick={() => props.onZakgeld(null)}>
            {t("bewoner.zakgeld.gebruiken")}
          </Button>
        </div>
      )}

      <LiveFigure label={t("bewoner.tekort")} value={evaluation.tekort?.value} reason={evaluation.missing.tekort} />
    </section>
  );
}
