// The popup's way to the stories Parallax knows, on a page that is not one of them: a real link, opened in a tab.
/** Props: the list's address and what opening it does (the popup opens a tab and closes itself). */
export interface StoriesLinkProps {
  href: string | undefined;
  onOpen: (() => void) | undefined;
}

/** "See the stories Parallax knows", or nothing when the popup was given no list to link to. */
export function StoriesLink({ href, onOpen }: StoriesLinkProps) {
  if (!href) return null;
  const open = (event: MouseEvent) => {
    if (!onOpen) return;
    event.preventDefault();
    onOpen();
  };
  return (
    <a class="px-stories-link" href={href} target="_blank" rel="noopener" onClick={open}>
      See the stories Parallax knows
    </a>
  );
}
