/** English strings of the offline state (the PWA, #17). */
export const offlineEn = {
  title: 'You are offline',
  body: 'Showing what was last synced. Changes you make are kept on this device and sent when you are back online; some actions need the network.',
  waiting: (n: number) =>
    n === 1 ? '1 change waiting to be sent' : `${n} changes waiting to be sent`,
  sent: 'Back online: your changes were sent.',
  pendingItem: 'Waiting to be sent',
  needsNetwork: 'This needs the network. Try again when you are back online.',
};
