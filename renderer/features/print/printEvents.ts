/** "A form of this case was printed": the print dialog tells the case's print panel to reload its history. */
const EVENT = 'desk:printed';

export function announcePrinted(caseId: string): void {
  window.dispatchEvent(new CustomEvent<string>(EVENT, { detail: caseId }));
}

export function onPrinted(caseId: string, listener: () => void): () => void {
  const handler = (e: Event) => {
    if ((e as CustomEvent<string>).detail === caseId) listener();
  };
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
