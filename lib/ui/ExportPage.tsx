// The page that saves the reader's comparison as a story pack: what the file holds, the file itself (saved at once
// and again on a click), and what a reviewer does with it.
import { useEffect, useState } from 'preact/hooks';
import type { PopupToBackgroundReplies } from '../messages';

type ExportReply = PopupToBackgroundReplies['compare-export'];

/** Props: how to ask the background for the comparison's pack. */
export interface ExportPageProps {
  exportPack(): Promise<ExportReply>;
}

/** A download address for a file given as base64, made in this page (a blob of its own origin). */
function fileLink(file: { name: string; base64: string }): string {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
}

/** The export page. */
export function ExportPage({ exportPack }: ExportPageProps) {
  const [reply, setReply] = useState<ExportReply | null>(null);
  const [problem, setProblem] = useState('');
  const [href, setHref] = useState<string | null>(null);

  useEffect(() => {
    let url: string | null = null;
    void exportPack().then(
      (r) => {
        setReply(r);
        if (!r.ok || !r.file) return setProblem(r.message);
        url = fileLink(r.file);
        setHref(url);
      },
      (error: unknown) => setProblem(`Parallax could not export the comparison: ${String(error)}`),
    );
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, []);

  // Saved once as soon as it is ready: the reader asked for it with the popup's button.
  useEffect(() => {
    if (href) document.getElementById('px-save')?.click();
  }, [href]);

  const reports = reply?.state.reports ?? [];
  return (
    <main class="px-page">
      <h1>Export your comparison</h1>
      {problem ? (
        <p class="px-problem" role="alert">
          {problem}
        </p>
      ) : reply === null ? (
        <p role="status">Preparing the story pack…</p>
      ) : (
        <>
          <p role="status">
            Your comparison of {reports.length} reports ({reports.map((r) => r.outlet).join(', ')}) is ready as a story
            pack, and your browser saves it now.
          </p>
          {href && reply.file ? (
            <p>
              <a id="px-save" class="px-button" href={href} download={reply.file.name}>
                Save {reply.file.name}
              </a>
            </p>
          ) : null}
        </>
      )}
      <p>
        The pack holds the comparison as Parallax’s engine drafted it, marked automatic. A reviewer can open it with the
        project’s tools (<code>npm run unpack</code>), check every figure against the reports, and publish it as a
        reviewed story (<code>npm run pack</code>). Anyone can add it on Parallax’s options page.
      </p>
    </main>
  );
}
