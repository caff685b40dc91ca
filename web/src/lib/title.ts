// Every page names itself in the browser tab.
export function setTitle(title: string): void {
  document.title = title ? `${title} – Leerplek` : 'Leerplek';
}
