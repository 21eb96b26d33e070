/** A file input on the NLDS classes that hands over the chosen files and resets itself (same file again works). */
import { describedBy, Field, type FieldProps } from './field.tsx';

export function FilePicker(props: FieldProps & { accept?: string; multiple?: boolean; onFiles: (files: File[]) => void; disabled?: boolean }) {
  const { id, error, description } = props;
  return (
    <Field {...props} class="instrument-file-picker">
      <input
        id={id}
        type="file"
        class="instrument-file-input"
        accept={props.accept ?? '.json,application/json'}
        multiple={props.multiple}
        disabled={props.disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
        onChange={(e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (files.length) props.onFiles(files);
        }}
      />
    </Field>
  );
}
