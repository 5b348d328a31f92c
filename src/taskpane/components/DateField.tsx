/**
 * The date field: Fluent's DatePicker (a text field with a calendar that opens with the button, ArrowDown or Enter),
 * weeks from Monday, month and day names in the pane's language. The text stays the user's: typing "1/3/24" or
 * "01/03/2024" is read by the model's date parser (parseDateText), a wrong date stays as typed and the model says
 * why; picking a day writes it as dd/mm/jjjj. The label is the field's accessible name, exactly.
 */
import * as React from "react";
import { Field } from "@fluentui/react-components";
import {
  renderDatePicker_unstable,
  useDatePickerStyles_unstable,
  useDatePicker_unstable,
  type CalendarStrings,
  type DatePickerProps,
} from "@fluentui/react-datepicker-compat";
import { localDateToSerial, serialToLocalDate } from "../../rules";
import { formatSerial, parseDateText } from "../model";
import { useSharedStyles } from "../styles";
import { fieldFrame } from "./TextField";

/** Monday (DayOfWeek.Monday of Fluent's calendar). */
const MONDAY = 1 as NonNullable<DatePickerProps["firstDayOfWeek"]>;


/**
 * The DatePicker whose input always shows `text` (the form's), not the picker's own formatting: Fluent's hooks,
 * with the input's value taken from the form.
 */
const TextDatePicker = React.forwardRef<HTMLInputElement, DatePickerProps & { text: string }>(function TextDatePicker(props, ref) {
  const { text, ...rest } = props;
  const state = useDatePicker_unstable(rest, ref);
  state.root.value = text;
  useDatePickerStyles_unstable(state);
  return renderDatePicker_unstable(state);
});

export interface DateFieldProps {
  fieldKey: string;
  label: string;
  /** the text as typed (dd/mm/jjjj, or shorter) */
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  /** month and day names, button labels */
  strings: CalendarStrings;
  /** how the calendar writes dates ("1 maart 2024") */
  formatter: NonNullable<DatePickerProps["dateTimeFormatter"]>;
  /** the calendar popup's accessible name */
  calendarLabel: string;
}

export function DateField(props: DateFieldProps) {
  const styles = useSharedStyles();
  const { value, onChange } = props;
  const serial = parseDateText(value);
  // The same Date object while the text means the same day, so the picker does not re-format what is being typed.
  const date = React.useMemo(() => (serial === undefined ? null : serialToLocalDate(serial)), [serial]);
  return (
    <Field {...fieldFrame(props)}>
      <TextDatePicker
        data-field={props.fieldKey}
        className={styles.fullWidth}
        text={value}
        value={date}
        allowTextInput
        firstDayOfWeek={MONDAY}
        strings={props.strings}
        dateTimeFormatter={props.formatter}
        popupSurface={{ "aria-label": props.calendarLabel }}
        formatDate={(d) => (d === undefined ? "" : formatSerial(localDateToSerial(d)))}
        parseDateFromString={(t) => {
          const s = parseDateText(t);
          return s === undefined ? null : serialToLocalDate(s);
        }}
        onSelectDate={(d) => {
          // null comes when the text is no date: the text stays as typed and the model names the problem
          if (d !== null && d !== undefined) onChange(formatSerial(localDateToSerial(d)));
        }}
        onChange={(_: unknown, data: { value: string }) => onChange(data.value)}
        onBlur={() => {
          // "1/3/24" is written in full once the user leaves the field: 01/03/2024
          if (serial !== undefined && formatSerial(serial) !== value) onChange(formatSerial(serial));
        }}
        placeholder={props.placeholder}
        aria-required={props.required ? true : undefined}
        autoComplete="off"
      />
    </Field>
  );
}
