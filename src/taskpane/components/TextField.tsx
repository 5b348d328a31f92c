/**
 * One labelled text field (Fluent Field + Input). Amounts and counts are typed as text the Belgian way
 * (inputMode="decimal", "1.234,56"); the model reads them. The label is the field's accessible name, exactly.
 */
import * as React from "react";
import { Field, Input, type FieldProps } from "@fluentui/react-components";
import { useSharedStyles } from "../styles";

export interface TextFieldProps {
  /** the model's key of this field (data-field on the input, to move the focus to it) */
  fieldKey: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** when the field loses the focus (e.g. to write a date in full) */
  onBlur?: () => void;
  /** a Dutch message shown under the field; marks the field invalid */
  error?: string;
  hint?: string;
  numeric?: boolean;
  placeholder?: string;
  required?: boolean;
  autoComplete?: string;
}

/** The Field around a control: its label (the accessible name), its hint, and its message (which marks it invalid). */
export function fieldFrame(props: { label: string; error?: string; hint?: string }): FieldProps {
  return {
    label: props.label,
    validationState: props.error === undefined ? "none" : "error",
    validationMessage: props.error,
    hint: props.hint,
  };
}

export function TextField(props: TextFieldProps) {
  const styles = useSharedStyles();
  return (
    <Field {...fieldFrame(props)}>
      <Input
        data-field={props.fieldKey}
        className={styles.fullWidth}
        value={props.value}
        onChange={(_, data) => props.onChange(data.value)}
        onBlur={props.onBlur}
        inputMode={props.numeric ? "decimal" : undefined}
        placeholder={props.placeholder}
        aria-required={props.required ? true : undefined}
        autoComplete={props.autoComplete ?? "off"}
        spellCheck={props.numeric ? false : undefined}
      />
    </Field>
  );
}

/** The props that tie a field to the model: its key, its text, what a change does, and its visible error. */
export function bound(
  fieldKey: string,
  value: string,
  onChange: (value: string) => void,
  errorFor: (key: string) => string | undefined,
): Pick<TextFieldProps, "fieldKey" | "value" | "onChange" | "error"> {
  return { fieldKey, value, onChange, error: errorFor(fieldKey) };
}

/** Moves the focus to the input of a field, by its model key. */
export function focusField(key: string): void {
  const input = document.querySelector<HTMLInputElement>(`[data-field="${key}"]`);
  input?.focus();
}
