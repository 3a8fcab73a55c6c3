// PLACEHOLDER written by the foundation (engineer F) so the webpack build has its entry; the
// workbench engineer replaces this file with the host emulator + task pane page.
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root');
if (root) createRoot(root).render(<p>Spridningslogg – arbetsbänk</p>);
