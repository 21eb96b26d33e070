/**
 * The shared instrument layer: files and versions, device storage, passphrase protection, forms,
 * focus, print, CSV and dates. Generic code; nothing here knows a tool. See README.md.
 * Pure modules (no DOM, no Preact) can be imported one by one for unit tests and for Astro pages.
 */
export { ok, fail, type Result } from './result.ts';
export { defineInstrument, KNOWN_TOOLS, type Envelope, type Instrument, type InstrumentDefinition, type InstrumentHandle, type InstrumentInfo, type Opened } from './files/definition.ts';
export { lazyInstrument, writeOnly, NOT_LOADED, type LazyInstrument } from './files/lazy-instrument.ts';
export { type PathLabels, describeIssue, dutchPredicate } from './files/messages.ts';
export { parseJsonText, decodeBytes, jsonDepth, MAX_DEPTH, type Source } from './files/decode.ts';
export { createShareLink, readShareLink, isShareLink, type ShareOptions } from './files/share.ts';
export { createDocumentStore, type DocumentStore, type LoadState, type QuarantineItem, type Saved } from './storage/document-store.ts';
export { browserStorage, memoryStorage, type KeyValueStorage } from './storage/key-value.ts';
export { createLibrary, type Library, type LibraryEntry } from './storage/library.ts';
export { ITERATIONS, FORGOTTEN, checkNewPassphrase } from './protect/crypto.ts';
export { toCsv, csvCell, type CsvCell, type CsvOptions } from './csv.ts';
export { formatDate, localDateStamp, localDateTimeStamp, parseDate, fileName, TIME_ZONE } from './dates.ts';
export { cleanText, cleanStrings, BIDI_CONTROLS } from './text.ts';
export { REPLACE_TEXT, type ReplaceReason } from './replace.ts';
export { LOADED_ATTRIBUTE, LOADED_SELECTOR, markLoaded, moveFocus, printLine, screenTitle } from './shell.ts';
