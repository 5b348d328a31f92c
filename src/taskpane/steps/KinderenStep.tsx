/**
 * Step 2, Kinderen: the children (one group per child, named "Kind 1", "Kind 2", ...), the choice between the
 * built-in approximation and an official scale table from the workbook; the kindsdeel and each contribution, live.
 */
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Figure, LiveFigure } from "../components/Figure";
import { bound, TextField } from "../components/TextField";
import { billijkheidKey, childKey, DOSSIER_KEY, SCHAAL_KEY, type BillijkheidField, type ChildField } from "../model";
import { useFormat, useT } from "../i18n";
import { useSharedStyles } from "../styles";
import type { StepProps } from "./BewonerStep";

export interface ScaleState {
  /** the workbook's 4-column tables; undefined while not (yet) read */
  tables?: string[];
  loading: boolean;
}

export interface KinderenStepProps extends StepProps {
  onAddChild: () => void;
  onRemoveChild: (id: string) => void;
  onChild: (id: string, field: ChildField, value: string) => void;
  onBillijkheid: (id: string, on: boolean) => void;
  onBillijkheidField: (id: string, field: BillijkheidField, value: string) => void;
  onMethod: (method: "benadering" | "schaal") => void;
  onPickTable: (name: string) => void;
  onSelectionAsScale: () => void;
  onReloadScale: () => void;
  scale: ScaleState;
  busy: boolean;
}

const useStyles = makeStyles({
  contribution: {
    display: "flex",
    flexWrap: "wrap",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const RANGE_OPTION = "__bereik__";

export function KinderenStep(props: KinderenStepProps) {
  const { form, evaluation, errorFor } = props;
  const shared = useSharedStyles();
  const styles = useStyles();
  const t = useT();
  const format = useFormat();
  const schaal = form.schaal;
  const noChildren = errorFor(DOSSIER_KEY);

  const selectValue =
    schaal.method === "schaal" && schaal.ref !== undefined
      ? schaal.ref.kind === "table"
        ? schaal.ref.name
        : RANGE_OPTION
      : "";

  return (
    <section className={shared.section} aria-labelledby="stap-kinderen">
      <h2 id="stap-kinderen" className={shared.heading}>
        <span className={shared.stepNumber} aria-hidden="true">2</span>
        {t("kinderen.titel")}
      </h2>

      <Field
        label={t("kinderen.methode")}
        hint={schaal.method === "benadering" ? t("kinderen.methode.hint") : undefined}
      >
        <RadioGroup value={schaal.method} onChange={(_, data) => props.onMethod(data.value as "benadering" | "schaal")}>
          <Radio value="benadering" label={t("kinderen.benadering")} />
          <Radio value="schaal" label={t("kinderen.schaal")} />
        </RadioGroup>
      </Field>
      {schaal.method === "schaal" && (
        <div className={shared.group}>
          <Field
            label={t("kinderen.schaaltabel")}
            validationState={errorFor(SCHAAL_KEY) === undefined ? "none" : "error"}
            validationMessage={errorFor(SCHAAL_KEY)}
            hint={t("kinderen.schaaltabel.hint")}
          >
            <Select
              value={selectValue}
              disabled={props.scale.loading}
              onChange={(_, data) => {
                if (data.value !== "" && data.value !== RANGE_OPTION) props.onPickTable(data.value);
              }}
            >
              <option value="">
                {props.scale.tables === undefined ? t("kinderen.tabellenLezen") : props.scale.tables.length === 0 ? t("kinderen.geenTabel") : t("kinderen.kiesTabel")}
              </option>
              {(props.scale.tables ?? []).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
              {schaal.method === "schaal" && schaal.ref?.kind === "range" && <option value={RANGE_OPTION}>{t("kinderen.bereik", { adres: schaal.ref.address })}</option>}
            </Select>
          </Field>
          <div className={shared.row}>
            <Button size="small" onClick={props.onSelectionAsScale} disabled={props.busy}>
              {t("kinderen.selectieAlsSchaal")}
            </Button>
            <Button size="small" onClick={props.onReloadScale} disabled={props.busy || schaal.ref === undefined}>
              {t("kinderen.schaalOpnieuw")}
            </Button>
            {props.scale.loading && <Spinner size="tiny" label={t("kinderen.bezig")} />}
          </div>
          {evaluation.schaal !== undefined && schaal.label !== undefined && (
            <p className={shared.muted}>
              {t("kinderen.schaalRijen", {
                // a table named in the pane's language ("tabel Schaal", "tableau Schaal"); a range by its address
                naam: schaal.ref?.kind === "table" ? t("kinderen.tabelNaam", { naam: schaal.ref.name }) : schaal.label,
                aantal: evaluation.schaal.rows.length,
              })}
            </p>
          )}
        </div>
      )}

      {form.kinderen.map((child, i) => {
        const result = evaluation.kinderen.find((k) => k.id === child.id);
        const bijdrageError = errorFor(childKey(child.id, "bijdrage"));
        const name = t("kinderen.kind", { nummer: i + 1 });
        /** One of the child's numbers (income, dependants, cadastral income). */
        const childNumber = (field: Exclude<ChildField, "naam">, label: string, hint: string | undefined, required: boolean) => (
          <TextField
            {...bound(childKey(child.id, field), child[field], (v) => props.onChild(child.id, field, v), errorFor)}
            label={label}
            hint={hint}
            numeric
            required={required}
          />
        );
        return (
          <div key={child.id} role="group" aria-label={name} className={shared.group}>
            <div className={shared.groupHeader}>
              <h3 className={shared.subheading}>
                {child.naam.trim() === "" ? name : t("kinderen.kindMetNaam", { nummer: i + 1, naam: child.naam.trim() })}
              </h3>
              <Button size="small" appearance="subtle" onClick={() => props.onRemoveChild(child.id)}>
                {t("kinderen.verwijderen")}
              </Button>
            </div>
            <TextField
              {...bound(childKey(child.id, "naam"), child.naam, (v) => props.onChild(child.id, "naam", v), errorFor)}
              label={t("kinderen.naam")}
              required
            />
            <div className={shared.pair}>
              {childNumber("inkomen", t("kinderen.inkomen"), t("kinderen.inkomen.hint"), true)}
              {childNumber("partnerInkomen", t("kinderen.partnerInkomen"), t("kinderen.partnerInkomen.hint"), false)}
            </div>
            <div className={shared.pair}>
              {childNumber("personenTenLaste", t("kinderen.personenTenLaste"), undefined, true)}
              {childNumber("kadastraalInkomen", t("kinderen.kadastraalInkomen"), t("kinderen.kadastraalInkomen.hint"), false)}
            </div>
            <Checkbox
              checked={child.billijkheid !== undefined}
              onChange={(_, data) => props.onBillijkheid(child.id, data.checked === true)}
              label={t("kinderen.billijkheidVraag")}
            />
            {child.billijkheid !== undefined && (
              <>
                <TextField
                  {...bound(billijkheidKey(child.id, "bedrag"), child.billijkheid.bedrag, (v) => props.onBillijkheidField(child.id, "bedrag", v), errorFor)}
                  label={t("kinderen.billijkheid")}
                  hint={
                    result?.berekend === undefined
                      ? t("kinderen.billijkheid.hint")
                      : t("kinderen.billijkheid.hintBerekend", { bedrag: format.money(result.berekend) })
                  }
                  numeric
                  required
                  markRequired
                />
                <TextField
                  {...bound(billijkheidKey(child.id, "reden"), child.billijkheid.reden, (v) => props.onBillijkheidField(child.id, "reden", v), errorFor)}
                  label={t("kinderen.reden")}
                  hint={t("kinderen.reden.hint")}
                  required
                  markRequired
                  multiline
                />
              </>
            )}
            <div className={styles.contribution}>
              <span>{result?.billijkheid === undefined ? t("kinderen.bijdrage") : t("kinderen.bijdrageBillijkheid")}</span>
              <Figure value={result?.bijdrage?.value} reason={evaluation.missing.bijdrage[child.id]} />
            </div>
            {bijdrageError !== undefined && <p className={shared.errorText}>{bijdrageError}</p>}
          </div>
        );
      })}
      {noChildren !== undefined && form.kinderen.length === 0 && <p className={shared.errorText}>{noChildren}</p>}
      {form.kinderen.length === 0 && noChildren === undefined && <p className={shared.muted}>{t("kinderen.geen")}</p>}
      <div>
        <Button onClick={props.onAddChild} data-action="kind-toevoegen">
          {t("kinderen.toevoegen")}
        </Button>
      </div>

      <LiveFigure label={t("kinderen.kindsdeel")} value={evaluation.kindsdeel?.value} reason={evaluation.missing.kindsdeel} />
    </section>
  );
}
