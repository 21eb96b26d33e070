/**
 * A text field of the meldcode: the layer's TextField (one line, or a date) or growing TextArea, with
 * a local warning when the text looks like a name, BSN, phone number, address or date of birth.
 * Checked in the browser only; nothing leaves the device.
 */
import { TextArea, TextField } from '../../../instrument/forms/index.ts';
import { zoekPersoonsgegevens, type Persoonsgegeven } from '../domain/privacy.ts';

/** Words for the privacy warning (texts from content, set once by the tool). */
let privacyTekst: ((soorten: Persoonsgegeven[]) => string) | null = null;
export function zetPrivacyTekst(f: (soorten: Persoonsgegeven[]) => string) {
  privacyTekst = f;
}

export function Tekstveld(props: {
  id: string;
  label: string;
  description?: string | undefined;
  value: string;
  onInput: (v: string) => void;
  error?: string | undefined;
  /** One line instead of a growing text area. */
  regel?: boolean;
  type?: 'text' | 'date';
}) {
  const { id, regel, type, ...rest } = props;
  // Free text only: a date field cannot hold a name.
  const soorten = type === 'date' || !privacyTekst ? [] : zoekPersoonsgegevens(props.value);
  return (
    <div class="mc-veld">
      {regel ? <TextField id={id} type={type ?? 'text'} {...rest} /> : <TextArea id={id} {...rest} />}
      <p class="mc-privacy-let-op" id={`${id}-privacy`} aria-live="polite">
        {soorten.length > 0 && privacyTekst ? privacyTekst(soorten) : ''}
      </p>
    </div>
  );
}
