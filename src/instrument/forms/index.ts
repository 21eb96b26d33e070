/** The form and feedback components of the instrument layer (their CSS comes along: see styles.ts). */
export { Field, FieldDescription, FieldError, describedBy, descriptionId, errorId, type FieldProps } from './field.tsx';
export { TextField, TextArea, SelectField, type Option } from './text.tsx';
export { RadioGroup, CheckboxGroup, Checkbox } from './choices.tsx';
export { Alert, LiveRegion, ErrorSummary, Button, ButtonGroup, UserText, type AlertType, type FieldError as FieldErrorItem, type ButtonVariant } from './feedback.tsx';
export { FilePicker } from './FilePicker.tsx';
