import type { TargetedKeyboardEvent } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { SearchPanel } from "./SearchPanel";
import { t } from "../../i18n/browser/client";

interface Props {
  /** Changes on every request to open, so opening again re-focuses the field. */
  openRequest: number;
  /** Where focus goes back to when the dialog closes: the control that opened it. */
  returnFocusTo: HTMLElement;
  /** Text the learner typed while the dialog was loading. */
  typed: string;
}

/**
 * Search in a modal <dialog>: the page behind is inert while it is open, and Escape, the close
 * button or a click outside closes it and puts focus back where it was.
 */
export function SearchDialog({ openRequest, returnFocusTo, typed }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const leaving = useRef(false);

  // Synchronously after render, so the field has focus before the next key arrives.
  useLayoutEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    const field = input.current;
    if (!field) return;
    field.focus();
    if (typed) field.setSelectionRange(field.value.length, field.value.length);
    else field.select();
  }, [openRequest]);

  const close = () => dialog.current?.close();

  // Escape closes at once, even from a search field that has text in it.
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDialogElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  };

  const onClose = () => {
    // Following a result leaves the page; focus goes wherever the link leads.
    if (!leaving.current) returnFocusTo.focus();
    leaving.current = false;
  };

  return (
    <dialog
      ref={dialog}
      class="search-dialog"
      aria-labelledby="search-dialog-title"
      onKeyDown={onKeyDown}
      onClose={onClose}
      onClick={(event) => event.target === event.currentTarget && close()}
    >
      <div class="search-dialog-body">
        <div class="search-dialog-header">
          <h2 id="search-dialog-title">{t.search.open}</h2>
          <button type="button" class="search-close" onClick={close}>
            {t.search.close} <kbd aria-hidden="true">{t.search.closeKey}</kbd>
          </button>
        </div>
        <SearchPanel
          idPrefix="search-dialog"
          inputRef={input}
          initialQuery={typed}
          onNavigate={() => {
            leaving.current = true;
            close();
          }}
        />
      </div>
    </dialog>
  );
}
