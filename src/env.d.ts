declare module 'virtual:nlds.css';
declare module 'virtual:nlds-forms.css';
