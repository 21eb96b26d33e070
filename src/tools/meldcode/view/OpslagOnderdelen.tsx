/** The storage parts of the layer that are shown only now and then (loaded when one is needed). */
export { QuarantineNotice } from '../../../instrument/components/QuarantineNotice.tsx';
export { ConflictChoice } from '../../../instrument/components/ConflictChoice.tsx';
export { ReplaceConfirm } from '../../../instrument/components/ReplaceConfirm.tsx';
export { PassphrasePanel } from '../../../instrument/components/PassphrasePanel.tsx';
