// Export page entrypoint: opened by the popup's "Export as a story pack", it saves the reader's comparison as a story
// pack file (a page of its own: a download started in the popup is lost when the popup closes).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { PopupToBackgroundReplies } from '@/lib/messages';
import { replyOf } from '@/lib/message-replies';
import { ExportPage } from '@/lib/ui/ExportPage';
import { PAGES_CSS } from '@/lib/ui/pages-css';
import { TAB_PAGES_CSS } from '@/lib/ui/tab-pages-css';

const style = document.createElement('style');
style.textContent = PAGES_CSS + TAB_PAGES_CSS;
document.head.append(style);

render(
  <ExportPage
    exportPack={async () =>
      (await replyOf(
        browser.runtime.sendMessage({ type: 'compare-export', tabId: null }),
      )) as PopupToBackgroundReplies['compare-export']
    }
  />,
  document.getElementById('app')!,
);
