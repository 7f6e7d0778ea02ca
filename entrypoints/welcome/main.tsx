// Welcome page entrypoint: opened by the background on installation (`?installed`) and by the popup (`#stories`).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PAGES_CSS } from '@/lib/ui/pages-css';
import { TAB_PAGES_CSS } from '@/lib/ui/tab-pages-css';
import { STORIES_CSS, WELCOME_CSS } from '@/lib/ui/stories-css';
import { Welcome } from '@/lib/ui/Welcome';
import picture from './picture.json';
import pictureSrc from './sidebar.webp';
import { browserStoriesApi } from './stories-api';

const installed = new URLSearchParams(location.search).has('installed');
document.title = installed ? 'Welcome to Parallax' : 'Parallax: where it works';
const style = document.createElement('style');
style.textContent = PAGES_CSS + TAB_PAGES_CSS + STORIES_CSS + WELCOME_CSS;
document.head.append(style);

/** A link to `#stories` (from the popup) lands on the list once it is drawn, with focus there for the keyboard. */
function showStoriesIfAsked(): void {
  if (location.hash !== '#stories') return;
  const target = document.getElementById('stories');
  target?.setAttribute('tabindex', '-1');
  target?.focus();
}

render(
  <Welcome
    installed={installed}
    picture={{ src: pictureSrc, ...picture }}
    stories={browserStoriesApi()}
    onOpenOptions={() => void browser.runtime.openOptionsPage()}
    onStoriesLoaded={showStoriesIfAsked}
  />,
  document.getElementById('app')!,
);
