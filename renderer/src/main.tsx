import { createRoot } from 'react-dom/client';
import { App } from './App';
import { NoticeProvider } from './notices';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <NoticeProvider>
    <App />
  </NoticeProvider>,
);
