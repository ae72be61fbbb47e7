/** English strings of bulk upload (many photos, a folder) and the review screen. */
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const bulkEn = {
  bulk: {
    title: 'Uploading your photos',
    chooseFolder: 'Choose a folder',
    hint: 'Many photos at once are saved as they are recognised; check them afterwards in Review.',
    overall: (done: number, total: number) =>
      `${done} of ${plural(total, 'photo', 'photos')} saved`,
    overallProgress: 'Overall progress',
    failedCount: (n: number) => `${n} failed`,
    pause: 'Pause',
    resume: 'Resume',
    paused: 'Paused. Photos already sent are kept; the rest wait here, even if you reload.',
    retryFailed: 'Retry failed',
    retry: 'Retry',
    clearFinished: 'Clear finished',
    review: 'Review what was added',
    failures: 'Not saved',
    state: { waiting: 'Waiting', uploading: 'Sending…', done: 'Saved', failed: 'Failed' },
    photoProgress: (name: string) => `Upload of ${name}`,
  },
  review: {
    title: 'Review',
    intro:
      'What was added, the least certain first. Select several and set their garment or type, or confirm them as they are.',
    empty: 'Nothing to review: every garment is confirmed.',
    confirmSelected: (n: number) => `Confirm ${plural(n, 'garment', 'garments')}`,
    setClass: 'Set garment',
    setType: 'Set type',
    confirmed: (n: number) => `${plural(n, 'garment', 'garments')} confirmed.`,
    sure: (pct: string) => `${pct} sure`,
    unconfirmed: 'Unconfirmed',
    confirmedBadge: 'Confirmed',
    showConfirmed: 'Show confirmed too',
  },
};
