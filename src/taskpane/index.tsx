// PLACEHOLDER written by the foundation (engineer F) so the webpack build has its entry; the task
// pane engineer replaces this file with the real App mount.
import { createRoot } from 'react-dom/client';

function mount(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<p>Spridningslogg</p>);
}

if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady().then(mount);
} else {
  mount();
}
