// Copying a text the pane made (a mail text, a list of addresses): the async clipboard when the
// host allows it, else the text selected in its textarea and copied with execCommand (Office on
// the web blocks the async clipboard in some browsers).
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Blocked in Office on the web: fall through to the selection copy.
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
