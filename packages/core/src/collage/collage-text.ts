/**
 * One line of text drawn on the outfit collage PNG: what the API lays out (collage-labels.ts)
 * and what the compositor draws (vision's text-svg.ts), in canvas pixels.
 */
export interface CollageText {
  text: string;
  left: number;
  /** Top of the line box; the baseline sits about 0.8 em below. */
  top: number;
  /** Font size in pixels. */
  size: number;
  /** CSS hex. */
  colour: string;
  bold: boolean;
  italic?: boolean;
}
