/** The confirmation before a saved outfit is deleted (its garments stay), with the toast after. */
import { useDeleteOutfit } from '../../api/outfits.ts';
import { waitsOffline } from '../../api/offline-queue.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useToast } from '../../components/Toast.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function DeleteOutfitDialog({
  outfitId,
  onClose,
  onDeleted,
}: {
  /** The outfit to delete; null keeps the dialog closed. */
  outfitId: string | null;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const { t } = useI18n();
  const toast = useToast();
  const remove = useDeleteOutfit();
  return (
    <ConfirmDialog
      open={outfitId !== null}
      title={t.saved.deleteTitle}
      body={t.saved.deleteBody}
      confirmLabel={t.common.delete}
      busy={remove.isPending}
      error={remove.error}
      onCancel={() => {
        remove.reset();
        onClose();
      }}
      onConfirm={() => {
        if (outfitId === null) return;
        const done = () => {
          onClose();
          toast.show(t.saved.deleted);
          onDeleted?.();
        };
        // Offline the delete waits in the queue (the outfit is already gone from the list).
        if (waitsOffline()) return void (remove.mutate(outfitId), done());
        remove.mutate(outfitId, { onSuccess: done });
      }}
    />
  );
}
