/** Step 1, Bewoner: day price, days, extra costs, own income, zakgeld and date -> the deficit, live. */
import * as React from "react";
import { Button, tokens, makeStyles } from "@fluentui/react-components";
import { formatEuro, formatIso } from "../../rules";
import { Figure } from "../components/Figure";
import { TextField } from "../components/TextField";
import { costKey, dateInWords, formatSerial, numberText, parseDateText, type CostField, type DossierForm, type Evaluation, type ResidentField } from "../model";
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
  const inForce = evaluation.zakgeldInForce;
  const zakgeldShown = form.zakgeld ?? (inForce === undefined ? "" : numberText(inForce.value));
  const inForceText =
    inForce === undefined
      ? undefined
      : `${formatEuro(inForce.value)}, geldig vanaf ${formatIso(inForce.ref.from)} (bron: ${inForce.ref.source})`;

  return (
    <section className={shared.section} aria-labelledby="stap-bewoner">
      <h2 id="stap-bewoner" className={shared.heading}>
        <span className={shared.stepNumber} aria-hidden="true">1</span>
        Bewoner
      </h2>
      <div className={shared.pair}>
        <TextField
          fieldKey="dossier"
          label="Dossier"
          value={form.dossier}
          onChange={(v) => props.onField("dossier", v)}
          hint="Naam of nummer; geeft het werkblad zijn naam."
        />
        <TextField
          fieldKey="datum"
          label="Datum"
          value={form.datum}
          onChange={(v) => props.onField("datum", v)}
          onBlur={() => {
            // "1/3/24" is written in full once the user leaves the field: 01/03/2024
            const serial = parseDateText(form.datum);
            if (serial !== undefined && formatSerial(serial) !== form.datum) props.onField("datum", formatSerial(serial));
          }}
          error={errorFor("datum")}
          hint={
            evaluation.datumSerial === undefined
              ? "Van de berekening: dag/maand/jaar, bv. 1/3/24 of 01/03/2024."
              : `Van de berekening: ${dateInWords(evaluation.datumSerial)}.`
          }
          placeholder="dd/mm/jjjj"
          required
        />
      </div>
      <div className={shared.pair}>
        <TextField
          fieldKey="ligdagprijs"
          label="Ligdagprijs"
          value={form.ligdagprijs}
          onChange={(v) => props.onField("ligdagprijs", v)}
          error={errorFor("ligdagprijs")}
          hint="Euro per dag, bv. 62,50."
          numeric
          required
        />
        <TextField
          fieldKey="dagen"
          label="Dagen"
          value={form.dagen}
          onChange={(v) => props.onField("dagen", v)}
          error={errorFor("dagen")}
          hint="Verblijfsdagen in de maand (0 tot 31)."
          numeric
          required
        />
      </div>
      <h3 className={shared.subheading}>Bijkomende kosten per maand</h3>
      {form.kosten.length === 0 && <p className={shared.muted}>Geen bijkomende kosten. Voeg medicatie, dokter, was of premies toe.</p>}
      {form.kosten.map((line, i) => (
        <div key={line.id} role="group" aria-label={`Kost ${i + 1}`} className={shared.group}>
          <div className={styles.costLine}>
            <TextField
              fieldKey={costKey(line.id, "omschrijving")}
              label="Omschrijving"
              value={line.omschrijving}
              onChange={(v) => props.onCost(line.id, "omschrijving", v)}
              error={errorFor(costKey(line.id, "omschrijving"))}
              required
            />
            <TextField
              fieldKey={costKey(line.id, "bedrag")}
              label="Bedrag"
              value={line.bedrag}
              onChange={(v) => props.onCost(line.id, "bedrag", v)}
              error={errorFor(costKey(line.id, "bedrag"))}
              numeric
              required
            />
          </div>
          <div className={styles.costFooter}>
            <Button size="small" appearance="subtle" onClick={() => props.onRemoveCost(line.id)}>
              Kost verwijderen
            </Button>
          </div>
        </div>
      ))}
      <div>
        <Button onClick={props.onAddCost} data-action="kost-toevoegen">
          Kost toevoegen
        </Button>
      </div>

      <TextField
        fieldKey="inkomsten"
        label="Inkomsten"
        value={form.inkomsten}
        onChange={(v) => props.onField("inkomsten", v)}
        error={errorFor("inkomsten")}
        hint="Eigen inkomsten van de bewoner per maand."
        numeric
        required
      />
      <TextField
        fieldKey="zakgeld"
        label="Zakgeld"
        value={zakgeldShown}
        onChange={(v) => props.onZakgeld(v)}
        error={errorFor("zakgeld")}
        numeric
        placeholder={inForce === undefined ? undefined : numberText(inForce.value)}
        hint={
          form.zakgeld === null
            ? inForceText === undefined
              ? undefined
              : `Geldend op de datum: ${inForceText}. U mag een ander bedrag invullen.`
            : `Eigen bedrag.${inForceText === undefined ? "" : ` Leeg = het zakgeld dat geldt op de datum: ${inForceText}.`}`
        }
      />
      {form.zakgeld !== null && (
        <div>
          <Button size="small" onClick={() => props.onZakgeld(null)}>
            Geldend zakgeld gebruiken
          </Button>
        </div>
      )}

      <div className={shared.live}>
        <span>Tekort per maand</span>
        <Figure value={evaluation.tekort?.value} reason={evaluation.missing.tekort} />
      </div>
    </section>
  );
}
