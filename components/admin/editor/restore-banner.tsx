interface Props {
  savedAt: number;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offered on load when this browser holds newer, different text than the server. */
export function RestoreBanner({ savedAt, onRestore, onDiscard }: Props) {
  return (
    <section
      data-testid="restore-banner"
      aria-labelledby="restore-banner-heading"
      className="my-4 rounded-lg border border-amber-500 bg-amber-50 p-4 text-sm dark:bg-amber-950/40"
    >
      <h2 id="restore-banner-heading" className="font-semibold">
        Unsaved text found in this browser
      </h2>
      <p className="mt-1">
        It was written on <time dateTime={new Date(savedAt).toISOString()}>{new Date(savedAt).toLocaleString()}</time>, after the last save on the server.
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn-link" onClick={onRestore}>
          Restore unsaved text from this browser
        </button>
        <button type="button" className="btn-link" onClick={onDiscard}>
          Discard
        </button>
      </div>
    </section>
  );
}
