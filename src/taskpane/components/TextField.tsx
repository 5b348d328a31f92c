/**
 * One labelled text field (Fluent Field + Input). Amounts and counts are typed as text the Belgian way
 * (inputMode="decimal", "1.234,56"); the model reads them. The label is the field's accessible name, exactly.
 */
import * as React from "react";
import { Field, Input, Textarea, type FieldProps } from "@fluentui/react-components";
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
  /**
   * Shows the required marker (Fluent's asterisk after the label, hidden from screen readers, which hear
   * aria-required): for fields that are required only in a part the user switched on (billijkheid).
   */
  markRequired?: boolean;
  /** a free text of a sentence or more (a reason): a full-width Textarea that grows vertically */
  multiline?: boolean;
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
  const common = {
    "data-field": props.fieldKey,
    className: styles.fullWidth,
    value: props.value,
    onBlur: props.onBlur,
    placeholder: props.placeholder,
    "aria-required": props.required ? true : undefined,
  };
  return (
    <Field {...fieldFrame(props)} required={props.markRequired ? true : undefined}>
      {props.multiline ? (
        <Textarea {...common} onChange={(_, data) => props.onChange(data.value)} resize="vertical" rows={2} />
      ) : (
        <Input
          {...common}
          onChange={(_, data) => props.onChange(data.value)}
          inputMode={props.numeric ? "decimal" : undefined}
          autoComplete={props.autoComplete ?? "off"}
          spellCheck={props.numeric ? false : undefined}
        />
      )}
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
