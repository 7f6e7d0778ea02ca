// The welcome page, opened once when Parallax is installed (and from the popup on a page it does not know): what
// Parallax does, a picture of the sidebar, the stories it knows with links to their articles, and how to begin.
import { StoriesSection, type StoriesApi } from './StoriesSection';

/** A screenshot of the real sidebar, shipped with the extension, and the words a screen reader says for it. */
export interface WelcomePicture {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/** Props of the welcome page; every action is a callback so the view never touches the browser. */
export interface WelcomeProps {
  /** Opened by the installation (a greeting) rather than from the popup. */
  installed: boolean;
  /** The picture of the sidebar, or null when it cannot be shown. */
  picture: WelcomePicture | null;
  stories: StoriesApi;
  onOpenOptions(): void;
  /** Called once the stories are listed (the page then honours a `#stories` link). */
  onStoriesLoaded?(): void;
}

/** The page: a `main` landmark with one h1 and a section per subject. */
export function Welcome({ installed, picture, stories, onOpenOptions, onStoriesLoaded }: WelcomeProps) {
  return (
    <main class="px-page px-welcome">
      <h1>{installed ? 'Welcome to Parallax' : 'Where Parallax works'}</h1>
      <p class="px-welcome-lead">
        When you read a news article about a story Parallax knows, a panel beside it shows how other outlets reported
        the same facts, figure by figure, in their own words. One switch highlights, in the article itself, the figures
        that outlets report differently; everything comes from an index inside the extension, so nothing you read leaves
        your browser.
      </p>
      {picture ? (
        <figure class="px-welcome-picture">
          <img src={picture.src} alt={picture.alt} width={picture.width} height={picture.height} />
          <figcaption>Parallax beside one of the articles it knows.</figcaption>
        </figure>
      ) : null}
      <div id="stories">
        <StoriesSection api={stories} headingId="px-stories-heading" onLoaded={onStoriesLoaded} />
      </div>
      <section aria-labelledby="px-how" class="px-stack">
        <h2 id="px-how">Good to know</h2>
        <ul class="px-welcome-steps">
          <li>On a site Parallax does not check by itself, click its button in the toolbar to check the page.</li>
          <li>
            In a narrow window, such as on a phone, Parallax is a bar along the bottom of the page: tap it for the
            facts, swipe it down to put it away.
          </li>
          <li>Story packs add stories someone else made, for example a teacher for a class.</li>
        </ul>
        <p>
          <button type="button" class="px-button px-link-button" onClick={onOpenOptions}>
            Settings and story packs
          </button>
        </p>
      </section>
    </main>
  );
}
