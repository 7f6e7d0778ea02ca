// The one error figure parsing throws, so the index build can report the file, the claim and the reason.

/** A figure that cannot be read as a value; the message names the figure and says why. */
export class FigureParseError extends Error {
  /** The figure as written. */
  readonly figure: string;
  /** Why it could not be read, without the figure. */
  readonly reason: string;

  constructor(figure: string, reason: string) {
    super(`cannot parse figure "${figure}": ${reason}`);
    this.name = 'FigureParseError';
    this.figure = figure;
    this.reason = reason;
  }
}
