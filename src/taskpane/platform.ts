// What the host lets the pane do, asked of Office once, here only. Saving a file the pane made
// (an <a download> of a blob URL) works in Excel on the web and in Excel for Windows (WebView2);
// Excel for Mac and iPad (WKWebView) ignore it, so the pane says how else instead of offering it.
export function canSaveFiles(): boolean {
  const office = (
    globalThis as unknown as {
      Office?: { context?: { diagnostics?: { platform?: string }; platform?: string } };
    }
  ).Office;
  const platform = String(office?.context?.diagnostics?.platform ?? office?.context?.platform ?? '');
  return platform !== 'Mac' && platform !== 'iOS';
}
